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


def test_the_actions_hand_the_services_typed_answers_from_the_real_dialog(qtbot):
    """补抽替换, 改期 and 人工指定 through the real dialog, answered as a user would: the
    service gets LeaveCause and HalfDay members, never their plain text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.inspections.board import ScheduledLine
    from desktop.services.inspections.pool import InspectorLine
    from desktop.ui.inspections.actions import InspectionActions

    calls: list[tuple] = []

    class Host:
        inspectors = [
            InspectorLine(4, "李四", 1, "消防", (1,), ("消防",), "工程师", "", True, 4),
            InspectorLine(7, "赵七", 2, "住建", (2,), ("建筑",), "工程师", "", True, 4),
        ]

        def run_change(self, service, args, done) -> None:
            calls.append((service.__name__, args))

    window = QWidget()
    qtbot.addWidget(window)
    actions = InspectionActions(window, Host())
    line = ScheduledLine(
        1, "GX1", "测试事项", DAY, HalfDay.AM, (4, 7), ("李四", "赵七"), (), None, DAY, DAY, "某地"
    )

    def answer(**fields) -> None:
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, InspectionChangeDialog)
            dialog.fill(**fields)
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, fill)

    answer(reason="临时出差", member=7)
    actions.replace(line)
    answer(reason="申请人要求", half_day=HalfDay.PM)
    actions.reschedule(line)
    answer(reason="指定", half_day=HalfDay.PM, team=(4, 7))
    actions.override(line)
    assert [name for name, _ in calls] == [
        "replace_member",
        "reschedule_inspection",
        "override_team",
    ]
    replaced, rescheduled, overridden = (args for _, args in calls)
    assert replaced == (1, 7, LeaveCause.DECLINED, "临时出差")
    assert type(replaced[2]) is LeaveCause
    assert rescheduled == (1, DAY, HalfDay.PM, "申请人要求") and type(rescheduled[2]) is HalfDay
    assert overridden == (1, DAY, HalfDay.PM, (4, 7), "指定") and type(overridden[2]) is HalfDay
