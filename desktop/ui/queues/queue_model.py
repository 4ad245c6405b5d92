"""Table model of one queue view: rows arrive a page at a time, loaded off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.clock import WarningLevel
from desktop.services.cases.queues import Page, QueueQuery, QueueRow, SortKey
from desktop.ui.labels import label
from desktop.ui.operations import Operation

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[QueueQuery, tuple[Any, ...] | None], Page]

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("QueueModel", "受理编号"),
    QT_TRANSLATE_NOOP("QueueModel", "事项"),
    QT_TRANSLATE_NOOP("QueueModel", "申请人"),
    QT_TRANSLATE_NOOP("QueueModel", "项目"),
    QT_TRANSLATE_NOOP("QueueModel", "受理日期"),
    QT_TRANSLATE_NOOP("QueueModel", "承诺期限"),
    QT_TRANSLATE_NOOP("QueueModel", "剩余工作日"),
    QT_TRANSLATE_NOOP("QueueModel", "预警"),
    QT_TRANSLATE_NOOP("QueueModel", "状态"),
    QT_TRANSLATE_NOOP("QueueModel", "承办人"),
    QT_TRANSLATE_NOOP("QueueModel", "督办"),  # last: saved column layouts stay as they were
)
WARNING_COLUMN = 7
URGE_COLUMN = 10
URGE_COLOUR = QColor("#b00020")
SORTABLE = {0: SortKey.NUMBER, 4: SortKey.ACCEPTED, 5: SortKey.DUE, 8: SortKey.STATUS}
WARNING_TEXT = {
    WarningLevel.NORMAL: "",
    WarningLevel.YELLOW: QT_TRANSLATE_NOOP("QueueModel", "黄牌"),
    WarningLevel.RED: QT_TRANSLATE_NOOP("QueueModel", "红牌"),
}
WARNING_COLOUR = {WarningLevel.YELLOW: QColor("#fff3c4"), WarningLevel.RED: QColor("#fbd5d5")}


class QueueModel(QAbstractTableModel):
    """Rows in the order SQL gives them; `fetchMore` asks the loader for the next page."""

    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, loader: PageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[QueueRow] = []
        self._where: dict[int, int] = {}
        self._query: QueueQuery | None = None
        self._after: tuple[Any, ...] | None = None
        self._loading = False
        self._generation = 0  # answers to an older query are dropped
        self._retry_from: tuple[tuple[Any, ...] | None] | None = None

    # Loading -------------------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery | None:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: QueueQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows, self._where, self._after = [], {}, None
        self._generation += 1
        self.endResetModel()
        self._load(None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._after)

    def _load(self, after: tuple[Any, ...] | None) -> None:
        query, generation = self._query, self._generation
        if query is None:
            return
        self._set_loading(True)
        self._retry_from = None
        Operation(self, lambda: self._loader(query, after)).on_success(
            lambda page: self._append(generation, page)
        ).on_failure(lambda error: self._fail(generation, after, error)).run()

    def _append(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        first = len(self._rows)
        fresh = [row for row in page.rows if row.id not in self._where]
        if fresh:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, row in enumerate(fresh):
                self._where[row.id] = first + offset
            self._rows.extend(fresh)
            self.endInsertRows()
        self._after = page.after
        self._set_loading(False)

    def _fail(self, generation: int, after: tuple[Any, ...] | None, error: Exception) -> None:
        if generation == self._generation:
            self._retry_from = (after,)  # remembered, so the page can be asked for again
            self._set_loading(False)
            self.failed.emit(error)

    def retry(self) -> bool:
        """Ask again for the page that failed (after a lost connection); True if asked."""
        if self._retry_from is None or self._loading:
            return False
        (after,) = self._retry_from
        self._load(after)
        return True

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)

    def update_rows(self, fresh: dict[int, QueueRow]) -> None:
        """Replace rows on screen with fresher data (live refresh); missing ids are kept."""
        for case_id, row in fresh.items():
            position = self._where.get(case_id)
            if position is not None and self._rows[position] != row:
                self._rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(COLUMNS) - 1)
                )

    def loaded_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def row_at(self, position: int) -> QueueRow:
        return self._rows[position]

    # The model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, index.column())
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.warning in WARNING_COLOUR:
            return QBrush(WARNING_COLOUR[row.warning])
        if index.column() == URGE_COLUMN and row.urged:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(URGE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.FontRole and row.green_channel:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in SQL: a new query, loaded from the first page."""
        key = SORTABLE.get(column)
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return  # the header only caught up with the query
        self.set_query(
            replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )


def _display(row: QueueRow, column: int) -> str:
    if column == 0:
        return (
            QCoreApplication.translate("QueueModel", "【绿】") if row.green_channel else ""
        ) + row.number
    if column == 1:
        return row.item
    if column == 2:
        return row.applicant
    if column == 3:
        return row.project
    if column == 4:
        return row.accepted_on.isoformat()
    if column == 5:
        due = row.promised_due_on.isoformat() if row.promised_due_on else ""
        provisional = QCoreApplication.translate("QueueModel", "（暂定）")
        return f"{due}{provisional}" if row.provisional and due else due
    if column == 6:
        return (
            QCoreApplication.translate("QueueModel", "暂停计时")
            if row.remaining_days is None
            and row.status.value in ("supplement_requested", "inspection", "special_procedure")
            else ("" if row.remaining_days is None else str(row.remaining_days))
        )
    if column == 7:
        return QCoreApplication.translate("QueueModel", WARNING_TEXT[row.warning])
    if column == 8:
        return label(row.status)
    if column == 9:
        return row.handler
    return QCoreApplication.translate("QueueModel", "待确认") if row.urged else ""


def _tooltip(row: QueueRow) -> str:
    parts = [
        f"{row.number}  {row.item}",
        QCoreApplication.translate("QueueModel", "申请人：") + row.applicant,
    ]
    if row.green_channel:
        parts.append(QCoreApplication.translate("QueueModel", "绿色通道：优先办理"))
    if row.provisional:
        parts.append(
            QCoreApplication.translate("QueueModel", "期限为暂定：所跨年份的节假日安排尚未公布")
        )
    if row.urged:
        parts.append(
            QCoreApplication.translate("QueueModel", "已被督办，承办人尚未确认收到督办通知")
        )
    return "\n".join(parts)


def sort_indicator(query: QueueQuery) -> tuple[int, Qt.SortOrder]:
    """The header column and direction that show a query's order."""
    column = next(c for c, key in SORTABLE.items() if key is query.sort)
    order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
    return column, order
