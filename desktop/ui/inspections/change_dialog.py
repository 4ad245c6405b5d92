"""One dialog for the coordinator's changes to an inspection: who leaves and why, a new
half-day, a new window, a hand-picked team (the pool filtered by name, department or
specialty, the eligible first, the others with their reasons); always a reason, which the
log records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.enums import HalfDay
from desktop.services.inspections.candidates import Candidate
from desktop.services.inspections.replacement import LeaveCause
from desktop.ui.forms_generated.ui_inspection_change import Ui_InspectionChangeDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # name, department and specialties
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
INELIGIBLE = QColor("#777777")


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
        candidates: Sequence[Candidate] = (),
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
            "team": (ui.teamLabel, ui.teamFilter, ui.team, ui.teamCount),
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
        for candidate in candidates:
            item = QStandardItem(self._candidate_text(candidate))
            item.setCheckable(True)
            item.setEditable(False)
            checked = candidate.inspector_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(candidate.inspector_id, ID_ROLE)
            item.setData(candidate.name, NAME_ROLE)
            item.setData(
                " ".join((candidate.name, candidate.department, *candidate.specialties)),
                FILTER_ROLE,
            )
            if not candidate.eligible:
                item.setForeground(QBrush(INELIGIBLE))
                item.setToolTip(self.tr("不符合条件：") + "；".join(candidate.reasons))
            self.people.appendRow(item)
        self.eligible = sum(1 for c in candidates if c.eligible)
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.people)
        self.shown.setFilterRole(FILTER_ROLE)
        self.shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.team.setModel(self.shown)
        ui.teamFilter.textChanged.connect(self._filter)
        self._count()
        ui.hint.setText(self._hint())
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("办理"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.reason.textChanged.connect(self._check)
        self.people.itemChanged.connect(self._check)
        self.people.itemChanged.connect(lambda _: self._count())
        self._check()
        ui.reason.setFocus()
        self.adjustSize()  # shrink to the rows this change shows
        if kind is ChangeKind.OVERRIDE:
            self.resize(max(self.width(), 720), self.height())

    def _candidate_text(self, candidate: Candidate) -> str:
        facts = [candidate.department, "、".join(candidate.specialties) or self.tr("无专业")]
        text = f"{candidate.name}（{'；'.join(facts)}）"
        if candidate.eligible:
            brings = []
            if candidate.from_responsible_department:
                brings.append(self.tr("责任部门人员"))
            if candidate.covers:
                brings.append(self.tr("具备所需专业：") + "、".join(candidate.covers))
            return f"{text} — {'；'.join(brings)}" if brings else text
        return f"{text} — {self.tr('不符合条件：')}{'；'.join(candidate.reasons)}"

    def _filter(self, text: str) -> None:
        self.shown.setFilterFixedString(text.strip())
        self._count()

    def _count(self) -> None:
        total = self.people.rowCount()
        chosen = [
            self.people.item(row).data(NAME_ROLE)
            for row in range(total)
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]
        if chosen:
            text = self.tr("共 %1 人，符合条件的 %2 人排在前面；显示 %3 人。已选 %4 人：%5")
        else:
            text = self.tr("共 %1 人，符合条件的 %2 人排在前面；显示 %3 人。已选 %4 人")
        text = (
            text.replace("%1", str(total))
            .replace("%2", str(self.eligible))
            .replace("%3", str(self.shown.rowCount()))
            .replace("%4", str(len(chosen)))
            .replace("%5", "、".join(chosen))
        )
        if total and not self.shown.rowCount():
            text += "\n" + self.tr("没有姓名、部门或专业含“%1”的人员").replace(
                "%1", self.ui.teamFilter.text().strip()
            )
        self.ui.teamCount.setText(text)

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
