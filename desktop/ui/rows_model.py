"""The base of the small, whole tables (a list the services return at once): rows of plain
values, the object behind each row, and sorting in memory with one sort key."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's own object, for actions on a selection
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def sort_key(value: Any) -> tuple[int, Any]:
    """Blanks last; numbers, dates and text each in their natural order, and never a
    comparison of mixed types."""
    if value is None or value == "":
        return (2, 0)
    if isinstance(value, bool | int | float):
        return (0, float(value))
    if isinstance(value, datetime):
        return (0, value.timestamp())
    if isinstance(value, date):
        return (0, value.toordinal())
    return (1, str(value))


class RowsModel(QAbstractTableModel):
    """`rows[i]` is a tuple of cell values under `headers`; `objects[i]` is what row i
    stands for (a ticket, an account, the row itself)."""

    def __init__(self, headers: tuple[str, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[Any, ...]] = []
        self.objects: list[Any] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # the order last asked for

    def replace_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        objects: Sequence[Any] | None,
        headers: tuple[str, ...] | None = None,
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = headers
        self.rows = list(rows)
        self.objects = list(objects) if objects is not None else self.default_objects()
        self.endResetModel()

    def default_objects(self) -> list[Any]:
        """What a row stands for when the caller names nothing: the row itself."""
        return list(self.rows)

    def object_at(self, row: int) -> Any:
        return self.objects[row]

    def text(self, value: Any) -> str:
        """How a cell's value reads."""
        return "" if value is None else str(value)

    # The model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()][index.column()])
        if role == SORT_ROLE:
            return sort_key(self.rows[index.row()][index.column()])
        if role == OBJECT_ROLE:
            return self.objects[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """In memory: these tables hold at most a few thousand rows. Selections follow
        their rows."""
        if not 0 <= column < len(self.headers):
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        ranked = sorted(
            range(len(self.rows)),
            key=lambda row: sort_key(self.rows[row][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved_to = {old: new for new, old in enumerate(ranked)}
        self.rows = [self.rows[row] for row in ranked]
        self.objects = [self.objects[row] for row in ranked]
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(moved_to[i.row()], i.column()) for i in kept]
        )
        self.layoutChanged.emit()
