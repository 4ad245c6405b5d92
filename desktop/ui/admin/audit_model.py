"""Table model of the audit trail: pages of entries, newest first, loaded off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
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

from desktop.domain.timezone import CHINA
from desktop.services.audit_trail import PAGE, AuditFilter, AuditRow
from desktop.ui.operations import Operation

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[AuditFilter, int | None], list[AuditRow]]

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "序号"),
    QT_TRANSLATE_NOOP("AuditModel", "时间"),
    QT_TRANSLATE_NOOP("AuditModel", "操作人"),
    QT_TRANSLATE_NOOP("AuditModel", "动作"),
    QT_TRANSLATE_NOOP("AuditModel", "对象"),
    QT_TRANSLATE_NOOP("AuditModel", "对象编号"),
    QT_TRANSLATE_NOOP("AuditModel", "原值"),
    QT_TRANSLATE_NOOP("AuditModel", "新值"),
)
TEXT_LIMIT = 200  # long values are cut in the cell; the tooltip has them whole


def _cells(row: AuditRow) -> tuple[str, ...]:
    at = row.at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")
    return (str(row.id), at, row.actor, row.action, row.entity, row.entity_id, row.old, row.new)


class AuditModel(QAbstractTableModel):
    """Rows as the loader gives them; `fetchMore` asks for the next older page."""

    failed = Signal(object)
    loaded = Signal(int)

    def __init__(self, loader: PageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[AuditRow] = []
        self._filter = AuditFilter()
        self._more = False
        self._loading = False
        self._generation = 0  # answers to an older filter are dropped

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self.beginResetModel()
        self._filter, self._rows, self._more = audit_filter, [], True
        self._generation += 1
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, audit_filter = self._generation, self._filter
        before = self._rows[-1].id if self._rows else None
        loader = self._loader
        Operation(self, lambda: loader(audit_filter, before)).on_success(
            lambda rows: self._arrived(generation, rows)
        ).on_failure(lambda error: self._failed(generation, error)).run()

    def _arrived(self, generation: int, rows: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(error)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        text = _cells(row)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 40:
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", COLUMNS[section])
        return None
