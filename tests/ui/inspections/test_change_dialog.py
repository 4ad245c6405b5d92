"""The change dialog shows only what each change asks, and needs a reason (and a team of
two for an override) before it can be accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.enums import HalfDay
from desktop.services.inspections.replacement import LeaveCause
from desktop.ui.inspections.change_dialog import ChangeKind, InspectionChangeDialog

DAY = date(2026, 12, 1)


def ok_enabled(dialog: InspectionChangeDialog) -> bool:
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_an_override_needs_two_people_and_a_reason(qtbot):
    people = [(1, "张一（住建局）"), (2, "李四（消防）"), (3, "王六（消防）")]
    dialog = InspectionChangeDialog(
        None, ChangeKind.OVERRIDE, "GX1 · 测试", day=DAY, candidates=people, chosen=(1,)
    )
    qtbot.addWidget(dialog)
    assert not dialog.ui.member.isVisibleTo(dialog) and dialog.ui.team.isVisibleTo(dialog)
    dialog.fill("申请人要求")
    assert not ok_enabled(dialog)  # one person is not a team
    dialog.fill("申请人要求", day=date(2026, 12, 2), half_day=HalfDay.PM, team=(1, 3))
    assert ok_enabled(dialog)
    answers = dialog.answers()
    assert (answers.day, answers.half_day, answers.team_ids) == (
        date(2026, 12, 2),
        HalfDay.PM,
        (1, 3),
    )


def test_a_replacement_asks_who_leaves_and_why(qtbot):
    dialog = InspectionChangeDialog(
        None, ChangeKind.REPLACE, "GX1", day=DAY, members=[(4, "李四"), (7, "赵七")]
    )
    qtbot.addWidget(dialog)
    assert dialog.ui.member.isVisibleTo(dialog) and not dialog.ui.day.isVisibleTo(dialog)
    assert not ok_enabled(dialog)
    dialog.ui.cause.setCurrentIndex(1)
    dialog.fill("与申请人有亲属关系", member=7)
    assert ok_enabled(dialog)
    answers = dialog.answers()
    assert (answers.member_id, answers.cause) == (7, LeaveCause.CONFLICT)
