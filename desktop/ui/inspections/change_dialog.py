"""One dialog for the coordinator's changes to an inspection: who leaves and why, a new
half-day, a new window, a hand-picked team; always a reason, which the log records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.enums import HalfDay
from desktop.services.inspections.replacement import LeaveCause
from desktop.ui.forms_generated.ui_inspection_change import Ui_InspectionChangeDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChangeKind(Enum):
    REPLACE = "replace"
    OVERRIDE = "override"
    RESCHEDULE = "reschedule"
    POSTPONE = "postpone"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ChangeAnswers:
    member_id: int | None
    cause: LeaveCause
    day: date
    half_day: HalfDay
    window_days: int
    team_ids: tuple[int, ...]
    reason: str


class InspectionChangeDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        kind: ChangeKind,
        summary: str,
        *,
        day: date,
        half_day: HalfDay = HalfDay.AM,
        members: Sequence[tuple[int, str]] = (),
        candidates: Sequence[tuple[int, str]] = (),
        chosen: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.ui = ui = Ui_InspectionChangeDialog()
        ui.setupUi(self)
        self.setWindowTitle(self._title())
        ui.summary.setText(summary)
        shown = {
            ChangeKind.REPLACE: {"member", "cause"},
            ChangeKind.OVERRIDE: {"day", "half", "team"},
            ChangeKind.RESCHEDULE: {"day", "half"},
            ChangeKind.POSTPONE: {"day", "window"},
            ChangeKind.CANCEL: set(),
        }[kind]
        for name, widgets in {
            "member": (ui.memberLabel, ui.member),
            "cause": (ui.causeLabel, ui.cause),
            "day": (ui.dayLabel, ui.day),
            "half": (ui.halfDay,),
            "window": (ui.windowDays,),
            "team": (ui.teamLabel, ui.team),
        }.items():
            for widget in widgets:
                widget.setVisible(name in shown)
        for inspector_id, name in members:
            ui.member.addItem(name, inspector_id)
        ui.cause.addItem(self.tr("无法参加（拒绝、生病等）"), LeaveCause.DECLINED)
        ui.cause.addItem(self.tr("申报利害关系，需回避"), LeaveCause.CONFLICT)
        ui.halfDay.addItem(self.tr("上午"), HalfDay.AM)
        ui.halfDay.addItem(self.tr("下午"), HalfDay.PM)
        ui.halfDay.setCurrentIndex(0 if half_day is HalfDay.AM else 1)
        ui.day.setDate(QDate(day.year, day.month, day.day))
        if kind is ChangeKind.POSTPONE:
            ui.dayLabel.setText(self.tr("新时间窗自："))
        self.people = QStandardItemModel(self)
        for inspector_id, text in candidates:
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            checked = inspector_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(inspector_id, ID_ROLE)
            self.people.appendRow(item)
        ui.team.setModel(self.people)
        ui.hint.setText(self._hint())
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("办理"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.reason.textChanged.connect(self._check)
        self.people.itemChanged.connect(self._check)
        self._check()
        ui.reason.setFocus()
        self.adjustSize()  # shrink to the rows this change shows

    def _title(self) -> str:
        return {
            ChangeKind.REPLACE: self.tr("补抽替换"),
            ChangeKind.OVERRIDE: self.tr("人工指定踏勘组"),
            ChangeKind.RESCHEDULE: self.tr("改期"),
            ChangeKind.POSTPONE: self.tr("延期"),
            ChangeKind.CANCEL: self.tr("取消踏勘"),
        }[self.kind]

    def _hint(self) -> str:
        return {
            ChangeKind.REPLACE: self.tr(
                "按本次抽取公布的备选顺序递补，其余安排不变；申报回避的将记入回避关系。"
            ),
            ChangeKind.OVERRIDE: self.tr(
                "人工指定须符合全部规则（人数、责任部门、专业、回避、请假、冲突、每日上限），"
                "理由记入抽取记录。"
            ),
            ChangeKind.RESCHEDULE: self.tr("原踏勘组改到时间窗内的另一个半天，须全体有空。"),
            ChangeKind.POSTPONE: self.tr("退回待安排，按新的时间窗参加下一次抽取。"),
            ChangeKind.CANCEL: self.tr("取消后不再安排；记录保留。"),
        }[self.kind]

    def _check(self) -> None:
        ready = bool(self.ui.reason.toPlainText().strip())
        if self.kind is ChangeKind.OVERRIDE:
            ready = ready and len(self.answers().team_ids) >= 2
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def fill(
        self,
        reason: str,
        day: date | None = None,
        half_day: HalfDay | None = None,
        team: Sequence[int] | None = None,
        member: int | None = None,
    ) -> None:
        """Answer as a user would (tests and scripted runs)."""
        ui = self.ui
        if day is not None:
            ui.day.setDate(QDate(day.year, day.month, day.day))
        if half_day is not None:
            ui.halfDay.setCurrentIndex(ui.halfDay.findData(half_day))
        if member is not None:
            ui.member.setCurrentIndex(ui.member.findData(member))
        if team is not None:
            for row in range(self.people.rowCount()):
                item = self.people.item(row)
                wanted = item.data(ID_ROLE) in team
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        ui.reason.setPlainText(reason)

    def answers(self) -> ChangeAnswers:
        """What was chosen, typed: a combo box hands a str-enum back as its plain text."""
        ui = self.ui
        team = tuple(
            self.people.item(row).data(ID_ROLE)
            for row in range(self.people.rowCount())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        )
        picked = ui.day.date()
        return ChangeAnswers(
            ui.member.currentData(),
            LeaveCause(ui.cause.currentData()),
            date(picked.year(), picked.month(), picked.day()),
            HalfDay(ui.halfDay.currentData()),
            ui.windowDays.value(),
            team,
            ui.reason.toPlainText().strip(),
        )
