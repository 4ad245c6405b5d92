"""A sortable table model over a plain `Table` (the same rows the export writes), with the
object behind each row for actions and drill-down."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.documents.table_export import Table, cell_text

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Colour = Callable[[Any], QColor | None]


def sort_key(value: Any) -> tuple[int, Any]:
    """Blanks last; numbers, dates and text each in their natural order."""
    if value is None or value == "":
        return (2, 0)
    if isinstance(value, bool | int | float):
        return (0, float(value))
    if isinstance(value, datetime):
        return (0, value.timestamp())
    if isinstance(value, date):
        return (0, value.toordinal())
    return (1, str(value))


class TableModel(QAbstractTableModel):
    """Rows of a Table; `objects[i]` is what row i stands for (a ticket, a breakdown row)."""

    def __init__(self, colour: Colour | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[tuple[Any, ...]] = []
        self._objects: list[Any] = []
        self._colour = colour
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # kept across reloads
        self.table = Table("", (), [])

    def set_table(self, table: Table, objects: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self.table = table
        self._headers = table.headers
        self._rows = list(table.rows)
        self._objects = list(objects) if objects is not None else [None] * len(self._rows)
        self.endResetModel()
        if self._sorted is not None:
            self.sort(*self._sorted)

    def object_at(self, row: int) -> Any:
        return self._objects[row]

    def shown_table(self) -> Table:
        """The table in the order it is shown (for export)."""
        return Table(self.table.title, self._headers, list(self._rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == SORT_ROLE:
            return sort_key(value)
        if role == OBJECT_ROLE:
            return self._objects[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._colour is not None:
            colour = self._colour(self._objects[index.row()])
            return QBrush(colour) if colour is not None else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """In memory: these tables hold at most a few thousand rows."""
        if not 0 <= column < len(self._headers):
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        ranked = sorted(
            range(len(self._rows)),
            key=lambda row: sort_key(self._rows[row][column]),
            reverse=order_is_descending(order),
        )
        moved_to = {old: new for new, old in enumerate(ranked)}
        self._rows = [self._rows[row] for row in ranked]
        self._objects = [self._objects[row] for row in ranked]
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(moved_to[i.row()], i.column()) for i in kept]
        )
        self.layoutChanged.emit()


def order_is_descending(order: Qt.SortOrder) -> bool:
    return order == Qt.SortOrder.DescendingOrder
