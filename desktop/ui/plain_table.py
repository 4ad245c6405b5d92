"""A read-only, sortable table of plain rows (tuples), for lists the services return whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's own object, for actions on a selection


class PlainTableModel(QAbstractTableModel):
    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[Any, ...]] = []
        self.objects: list[Any] = []

    def set_rows(self, rows: list[tuple[Any, ...]], objects: list[Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.objects = objects if objects is not None else list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return self.objects[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()  # a reset keeps no stale persistent indexes around
        pairs = sorted(
            zip(self.rows, self.objects, strict=True),
            key=lambda pair: _sort_key(pair[0][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [row for row, _ in pairs]
        self.objects = [obj for _, obj in pairs]
        self.endResetModel()


def _sort_key(value: Any) -> tuple[int, Any]:
    # Numbers before text, each in its own order, and never a comparison of mixed types.
    if isinstance(value, bool) or value is None:
        return (2, str(value))
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value))
