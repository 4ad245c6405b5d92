"""The change dialog shows only what each change asks, and needs a reason (and a team of
two for an override) before it can be accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.enums import HalfDay
from desktop.services.inspections.candidates import Candidate
from desktop.services.inspections.replacement import LeaveCause
from desktop.ui.inspections.change_dialog import ChangeKind, InspectionChangeDialog

DAY = date(2026, 12, 1)


def ok_enabled(dialog: InspectionChangeDialog) -> bool:
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_an_override_needs_two_people_and_a_reason(qtbot):
    people = [
        Candidate(1, "张一", "住建局", ("建筑",), True, (), ()),
        Candidate(3, "王六", "消防局", ("消防",), False, ("消防",), ()),
        Candidate(2, "李四", "消防局", ("消防",), False, ("消防",), ("已停用",)),
    ]
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
    from desktop.ui.inspections.actions import InspectionActions

    calls: list[tuple] = []

    class Host:
        def run_change(self, service, args, done) -> None:
            calls.append((service.__name__, args))

        def run_read(self, service, args, done) -> None:
            assert service.__name__ == "override_candidates" and args == (1,)
            done(
                [
                    Candidate(4, "李四", "消防", ("消防",), True, ("消防",), ()),
                    Candidate(7, "赵七", "住建", ("建筑",), False, (), ()),
                ]
            )

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


def test_the_override_list_filters_and_shows_the_eligible_first_and_why_not(qtbot):
    people = [
        Candidate(1, "张一", "住建局", ("建筑",), True, ("建筑",), ()),
        Candidate(3, "王六", "消防局", ("消防",), False, ("消防",), ()),
        Candidate(2, "李四", "消防局", ("消防",), False, (), ("已停用", "回避：任职或持股")),
    ]
    dialog = InspectionChangeDialog(
        None, ChangeKind.OVERRIDE, "GX1 · 测试", day=DAY, candidates=people, chosen=(3,)
    )
    qtbot.addWidget(dialog)
    team = dialog.ui.team.model()

    def shown() -> list[str]:
        return [team.index(row, 0).data() for row in range(team.rowCount())]

    assert shown()[0] == "张一（住建局；建筑） — 责任部门人员；具备所需专业：建筑"
    assert shown()[2] == "李四（消防局；消防） — 不符合条件：已停用；回避：任职或持股"
    assert (
        "共 3 人，符合条件的 2 人排在前面；显示 3 人。已选 1 人：王六" in dialog.ui.teamCount.text()
    )
    dialog.ui.teamFilter.setText("消防")  # a specialty or a department
    assert [text.split("（")[0] for text in shown()] == ["王六", "李四"]
    dialog.ui.teamFilter.setText("张")
    assert [text.split("（")[0] for text in shown()] == ["张一"]
    team.setData(team.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.ui.teamFilter.setText("没有的人")
    assert shown() == [] and "没有姓名、部门或专业含“没有的人”的人员" in dialog.ui.teamCount.text()
    dialog.fill("申请人要求")
    assert ok_enabled(dialog) and dialog.answers().team_ids == (1, 3)  # hidden, still chosen
    assert "已选 2 人：张一、王六" in dialog.ui.teamCount.text()
