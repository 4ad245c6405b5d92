"""The base of the long lists that arrive a page at a time, loaded off the UI thread: the
queues and the audit trail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Signal

from desktop.ui.operations import Operation
from desktop.ui.rows_model import Index


class PagedModel(QAbstractTableModel):
    """Rows in the order the loader gives them; `fetchMore` asks for the next page from the
    cursor the last page left. A subclass says how to ask (`page_work`) and what a page
    holds (`read_page`)."""

    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._cursor: Any = None
        self._more = False
        self._loading = False
        self._generation = 0  # answers to an older question are dropped
        self._retry_from: tuple[Any] | None = None

    # What a subclass says ------------------------------------------------------------------

    def page_work(self, cursor: Any) -> Callable[[], Any] | None:
        """The background work that loads the page after `cursor`; None: nothing to ask."""
        raise NotImplementedError

    def read_page(self, page: Any) -> tuple[Sequence[Any], Any, bool]:
        """A page's new rows, the cursor for the next page, and whether there is one."""
        raise NotImplementedError

    def page_arrived(self) -> None:
        """Called once a page's rows are in."""

    # Loading -------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def start_over(self, more: bool) -> None:
        """Empty the list and ask for the first page. `more`: whether a view may ask again
        for that first page (through `fetchMore`) should it fail."""
        self.beginResetModel()
        self._rows, self._cursor, self._more = [], None, more
        self._generation += 1
        self._loading = False
        self.forget_rows()
        self.endResetModel()
        self._load(None)

    def forget_rows(self) -> None:
        """Drop what a subclass keeps about the rows (called inside the reset)."""

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._cursor)

    def _load(self, cursor: Any) -> None:
        work = self.page_work(cursor)
        if work is None:
            return
        generation = self._generation
        self._set_loading(True)
        self._retry_from = None
        Operation(self, work).on_success(lambda page: self._append(generation, page)).on_failure(
            lambda error: self._fail(generation, cursor, error)
        ).run()

    def _append(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        fresh, self._cursor, self._more = self.read_page(page)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._set_loading(False)
        self.page_arrived()

    def _fail(self, generation: int, cursor: Any, error: Exception) -> None:
        if generation == self._generation:
            self._retry_from = (cursor,)  # remembered, so the page can be asked for again
            self._set_loading(False)
            self.failed.emit(error)

    def retry(self) -> bool:
        """Ask again for the page that failed (after a lost connection); True if asked."""
        if self._retry_from is None or self._loading:
            return False
        (cursor,) = self._retry_from
        self._load(cursor)
        return True

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)

    def row_at(self, position: int) -> Any:
        return self._rows[position]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
