"""The week by inspector and half-day: one row per inspector, one column per working
half-day; a cell shows the case being inspected or why the inspector is away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.enums import HalfDay
from desktop.services.inspections.board import CalendarRow, CellKind, WeekCalendar
from desktop.ui.plain_table import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "WeekCalendarModel"
NAME, DEPARTMENT = 0, 1
FIRST_SLOT = 2
WEEKDAYS = (
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周一"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周二"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周三"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周四"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周五"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周六"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "周日"),
)
HALVES = {
    HalfDay.AM: QT_TRANSLATE_NOOP("WeekCalendarModel", "上午"),
    HalfDay.PM: QT_TRANSLATE_NOOP("WeekCalendarModel", "下午"),
}
PERSON_HEADERS = (
    QT_TRANSLATE_NOOP("WeekCalendarModel", "踏勘人员"),
    QT_TRANSLATE_NOOP("WeekCalendarModel", "部门"),
)
INACTIVE_TEXT = QT_TRANSLATE_NOOP("WeekCalendarModel", "已停用")
COLOURS = {CellKind.INSPECTION: QColor("#cfe3ff"), CellKind.LEAVE: QColor("#e3e3e3")}
INACTIVE = QColor("#999999")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WeekCalendarModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.week: WeekCalendar | None = None
        self.headers = tuple(tr(text) for text in PERSON_HEADERS)

    def set_week(self, week: WeekCalendar) -> None:
        self.beginResetModel()
        self.week = week
        self.endResetModel()

    def row_at(self, row: int) -> CalendarRow:
        assert self.week is not None
        return self.week.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.week is None else len(self.week.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return FIRST_SLOT + (0 if self.week is None else len(self.week.slots))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.week is None:
            return None
        row = self.week.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if column < FIRST_SLOT:
            return self._person(row, column, role)
        cell = row.cells[column - FIRST_SLOT]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.detail or cell.label or None
        if role == Qt.ItemDataRole.BackgroundRole and cell.kind in COLOURS:
            return QBrush(COLOURS[cell.kind])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _person(self, row: CalendarRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if column == NAME else row.department
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and not row.active:
            return tr(INACTIVE_TEXT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_SLOT:
            return self.headers[section]
        assert self.week is not None
        slot = self.week.slots[section - FIRST_SLOT]
        weekday = tr(WEEKDAYS[slot.day.weekday()])
        return f"{slot.day:%m-%d} {weekday}\n{tr(HALVES[slot.half_day])}"
