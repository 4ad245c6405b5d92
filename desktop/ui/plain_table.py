"""A read-only, sortable table of plain rows (tuples), for lists the services return whole."""

from __future__ import annotations

from typing import Any

from desktop.ui.rows_model import OBJECT_ROLE, RowsModel

ROW_ROLE = OBJECT_ROLE  # the row's own object, for actions on a selection


class PlainTableModel(RowsModel):
    """Headers fixed at creation; each row stands for itself unless told otherwise."""

    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(headers, parent)

    def set_rows(self, rows: list[tuple[Any, ...]], objects: list[Any] | None = None) -> None:
        self.replace_rows(rows, objects)
