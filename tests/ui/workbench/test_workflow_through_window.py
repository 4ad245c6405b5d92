"""Drive the real window: sign in, claim, supplement, propose, sign off as a second user."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialogButtonBox

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category
from desktop.domain.timezone import CHINA
from desktop.domain.workflow import Action
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.queues import QueueView
from desktop.services.demo.people import DEMO_PASSWORD
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.signin_dialog import SignInDialog
from desktop.ui.workbench.action_dialog import ActionDialog
from desktop.ui.workbench.window import Workbench

WAIT = 15000


@pytest.fixture
def answers(monkeypatch):
    """What the user enters in the action dialogs, one dict of inputs per dialog."""
    given: list[dict[str, object]] = []

    def answer(dialog: ActionDialog) -> int:
        dialog.fill(**given.pop(0))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", answer)
    return given


def sign_in(qtbot, context: AppContext, username: str) -> AppContext:
    """Through the dialog; on PostgreSQL as the user's own login, checked by the server."""
    dialog = SignInDialog(context.url, context.sessions)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText("wrong-password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "不正确" in dialog.message.text(), timeout=WAIT)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=WAIT)
    if context.url.get_backend_name() == "postgresql":
        assert dialog.url.username == username  # the window works as that login from now on
    return AppContext(dialog.url, dialog.sessions, dialog.actor)


def act(qtbot, bench: Workbench, action: Action, expected: CaseStatus) -> None:
    qtbot.waitUntil(lambda: bench.details is not None and not bench.busy, timeout=WAIT)
    assert action in bench.details.actions, bench.details.actions
    bench.actions_by_kind[action].trigger()
    qtbot.waitUntil(
        lambda: bench.details is not None and not bench.busy and bench.details.status is expected,
        timeout=WAIT,
    )


def test_a_case_from_pool_to_approval_through_the_window(qtbot, demo_context, answers):
    with demo_context.sessions() as session, session.begin():
        code = session.scalar(
            sa.select(m.Item.code)
            .where(
                m.Item.category == Category.SOCIAL,
                m.Item.two_level_signoff.is_(False),
                m.Item.window_authorised.is_(False),
                m.Item.needs_inspection.is_(False),
            )
            .limit(1)
        )
        applicant = session.scalar(sa.select(m.Applicant.id).limit(1))
        accept_case(
            session,
            Actor.system("test"),
            NewCase("WIN0001", code, applicant, datetime.now(CHINA) - timedelta(minutes=5)),
        )
    handler = sign_in(qtbot, demo_context, "soc1")
    window = MainWindow(handler)
    qtbot.addWidget(window)
    window.show()
    window.start()
    pool = window.navigation.index_of(Category.SOCIAL, QueueView.POOL)
    window.tree.setCurrentIndex(pool)
    window._view_chosen(pool)
    window.search.setText("WIN0001")
    window.search.returnPressed.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    window.open_selected(window.model.index(0, 0))
    bench = next(iter(window.workbenches.values()))
    act(qtbot, bench, Action.CLAIM, CaseStatus.UNDER_REVIEW)
    qtbot.waitUntil(
        lambda: window.model.row_at(0).status is CaseStatus.UNDER_REVIEW, timeout=2500
    )  # the queue row follows within the refresh interval

    bench._toggle_material(bench.materials.index(0, 0))
    qtbot.waitUntil(
        lambda: not bench.busy and bool(bench.details.material_ids_missing), timeout=WAIT
    )
    answers.append({"text": "请补齐后再来"})
    act(qtbot, bench, Action.REQUEST_SUPPLEMENT, CaseStatus.SUPPLEMENT_REQUESTED)
    act(qtbot, bench, Action.RECEIVE_SUPPLEMENT, CaseStatus.UNDER_REVIEW)
    answers.append({"choice": "拟准予许可", "text": "材料齐全，符合法定条件"})
    act(qtbot, bench, Action.PROPOSE, CaseStatus.DECISION_PROPOSED)
    assert Action.APPROVE not in bench.details.actions  # not by the proposer

    reviewer = sign_in(qtbot, demo_context, "review1")
    second = Workbench(reviewer, bench.case_id)
    qtbot.addWidget(second)
    answers.append({"text": "同意。"})
    act(qtbot, second, Action.APPROVE, CaseStatus.APPROVED)
    assert [row[0] for row in second.opinions.rows][-2:] == ["承办", "审核"]
    # The handler's open workbench notices the change made by the reviewer.
    qtbot.waitUntil(lambda: "已被" in bench.banner.text(), timeout=2500)
