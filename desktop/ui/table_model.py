"""A sortable table model over a plain `Table` (the same rows the export writes), with the
object behind each row for actions and drill-down."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.documents.table_export import Table, cell_text
from desktop.ui.rows_model import OBJECT_ROLE, SORT_ROLE, Index, RowsModel, sort_key

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "Colour", "TableModel", "sort_key"]

Colour = Callable[[Any], QColor | None]


class TableModel(RowsModel):
    """Rows of a Table; `objects[i]` is what row i stands for (a ticket, a breakdown row).
    The order last chosen is kept across reloads."""

    def __init__(self, colour: Colour | None = None, parent: Any = None) -> None:
        super().__init__((), parent)
        self._colour = colour
        self.table = Table("", (), [])

    def set_table(self, table: Table, objects: Sequence[Any] | None = None) -> None:
        self.table = table
        self.replace_rows(table.rows, objects, table.headers)
        if self._sorted is not None:
            self.sort(*self._sorted)

    def default_objects(self) -> list[Any]:
        return [None] * len(self.rows)

    def shown_table(self) -> Table:
        """The table in the order it is shown (for export)."""
        return Table(self.table.title, self.headers, list(self.rows))

    def text(self, value: Any) -> str:
        return cell_text(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.rows[index.row()][index.column()]
            if isinstance(value, int | float):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and self._colour is not None:
            colour = self._colour(self.objects[index.row()])
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)
