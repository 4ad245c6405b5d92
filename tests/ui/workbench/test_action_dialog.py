"""The action dialog asks exactly what an action needs and refuses to go on without it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.enums import InspectionConclusion
from desktop.ui.workbench.action_dialog import ActionDialog
from desktop.ui.workbench.action_inputs import INSPECTION_RESULT_FORM, PROPOSE_FORM, SPECIAL_FORM


def ok_enabled(dialog: ActionDialog) -> bool:
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_propose_needs_an_opinion_and_returns_the_choice(qtbot):
    dialog = ActionDialog(None, "WIN0001", "WIN0001 · 拟定决定", PROPOSE_FORM)
    qtbot.addWidget(dialog)
    assert not dialog.ui.days.isVisibleTo(dialog) and dialog.ui.choice.isVisibleTo(dialog)
    assert not ok_enabled(dialog) and "请填写“承办意见”" in dialog.ui.hint.text()
    dialog.accept()
    assert dialog.result() == 0  # Enter with nothing written does not slip through
    dialog.fill(choice="拟不予许可", text="  不符合法定条件  ")
    assert ok_enabled(dialog)
    answers = dialog.answers()
    assert answers.choice is False and answers.text == "不符合法定条件"


def test_inspection_result_and_special_procedure_forms(qtbot):
    result = ActionDialog(None, "X", "X", INSPECTION_RESULT_FORM)
    qtbot.addWidget(result)
    result.fill(choice="限期整改", text="消防通道堵塞，已限期整改")
    assert result.answers().choice is InspectionConclusion.RECTIFY
    special = ActionDialog(None, "X", "X", SPECIAL_FORM)
    qtbot.addWidget(special)
    assert special.ui.days.isVisibleTo(special)
    special.fill(choice="听证", days=15, text="申请人要求听证")
    assert (special.answers().choice, special.answers().days) == ("听证", 15)


def test_what_the_user_wrote_survives_a_failed_action(qtbot, monkeypatch, demo_context):
    import sqlalchemy as sa

    from desktop.data import models as m
    from desktop.domain.enums import CaseStatus
    from desktop.domain.workflow import Action
    from desktop.services.cases import actions as cases
    from desktop.services.staff import actor_for
    from desktop.ui.context import AppContext
    from desktop.ui.workbench.window import Workbench

    with demo_context.sessions() as session:
        case = session.scalars(
            sa.select(m.Case).where(
                m.Case.status == CaseStatus.UNDER_REVIEW, m.Case.handler_id.is_not(None)
            )
        ).first()
        handler = session.get(m.StaffUser, case.handler_id)
        context = AppContext(
            demo_context.url, demo_context.sessions, actor_for(session, handler.username)
        )
    bench = Workbench(context, case.id)
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None, timeout=15000)
    shown: list[str] = []

    def answer(dialog: ActionDialog) -> int:
        shown.append(dialog.ui.text.toPlainText())
        dialog.fill(choice="拟不予许可", text=shown[-1] or "申请人不具备法定条件，详见附件")
        dialog.accept()
        return dialog.result()

    def lost_connection(*args, **kwargs):
        raise sa.exc.OperationalError("UPDATE cases", {}, Exception("server closed the connection"))

    monkeypatch.setattr(ActionDialog, "exec", answer)
    monkeypatch.setattr(cases, "propose", lost_connection)
    monkeypatch.setattr("desktop.services.transactions.RETRY_FOR_SECONDS", 0.3)  # gives up soon
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.workbench.window.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    bench.run_action(Action.PROPOSE)
    qtbot.waitUntil(lambda: bool(warnings), timeout=15000)
    assert "连接中断" in warnings[0] and "已保留" in warnings[0]
    bench.run_action(Action.PROPOSE)  # the second dialog starts from what was written
    assert shown == ["", "申请人不具备法定条件，详见附件"]
    # Its failure must arrive while the warning is still replaced, not after the test.
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=15000)
