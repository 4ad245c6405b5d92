"""The action dialog asks exactly what an action needs and refuses to go on without it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.enums import InspectionConclusion
from desktop.ui.action_dialog import ActionDialog
from desktop.ui.action_inputs import INSPECTION_RESULT_FORM, PROPOSE_FORM, SPECIAL_FORM


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
    result.fill(choice="整改后合格", text="消防通道堵塞，已限期整改")
    assert result.answers().choice is InspectionConclusion.RECTIFY
    special = ActionDialog(None, "X", "X", SPECIAL_FORM)
    qtbot.addWidget(special)
    assert special.ui.days.isVisibleTo(special)
    special.fill(choice="听证", days=15, text="申请人要求听证")
    assert (special.answers().choice, special.answers().days) == ("听证", 15)
