"""Table model of the audit trail: pages of entries, newest first, loaded off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal

from desktop.domain.timezone import CHINA
from desktop.services.audit_trail import PAGE, AuditFilter, AuditRow
from desktop.ui.composed import WORDS, say
from desktop.ui.paged_model import PagedModel
from desktop.ui.rows_model import OBJECT_ROLE, Index

__all__ = ["COLUMNS", "OBJECT_ROLE", "AuditModel"]

PageLoader = Callable[[AuditFilter, int | None], list[AuditRow]]

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "序号"),
    QT_TRANSLATE_NOOP("AuditModel", "时间"),
    QT_TRANSLATE_NOOP("AuditModel", "操作人"),
    QT_TRANSLATE_NOOP("AuditModel", "动作"),
    QT_TRANSLATE_NOOP("AuditModel", "对象"),
    QT_TRANSLATE_NOOP("AuditModel", "办件号/名称"),
    QT_TRANSLATE_NOOP("AuditModel", "变更"),
)
CHANGE = len(COLUMNS) - 1
TEXT_LIMIT = 200  # long values are cut in the cell; the tooltip has them whole


def _words(value: object, fallback: str) -> str:
    return fallback if value is None else WORDS.word(value)


def _cells(row: AuditRow) -> tuple[str, ...]:
    at = row.at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")
    return (
        str(row.id),
        at,
        row.actor_name or row.actor,
        _words(row.action_label, row.action),
        _words(row.record_label, row.entity),
        WORDS.word(row.record) if row.record else row.entity_id,
        "；".join(say(line) for line in row.change),
    )


class AuditModel(PagedModel):
    """Rows as the loader gives them; `fetchMore` asks for the next older page."""

    loaded = Signal(int)

    def __init__(self, loader: PageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[AuditRow] = []
        self._filter = AuditFilter()

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.start_over(more=True)  # a view scrolling on asks again for a page that failed

    def page_work(self, cursor: int | None) -> Callable[[], list[AuditRow]]:
        loader, audit_filter = self._loader, self._filter
        return lambda: loader(audit_filter, cursor)

    def read_page(self, page: list[AuditRow]) -> tuple[list[AuditRow], int | None, bool]:
        # The next page starts before the oldest entry shown.
        before = page[-1].id if page else self._cursor
        return page, before, len(page) == PAGE

    def page_arrived(self) -> None:
        self.loaded.emit(len(self._rows))

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            text = _cells(row)[index.column()]
            return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHANGE and row.change:
            return "\n".join(say(line) for line in row.change)  # one field a line, whole
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", COLUMNS[section])
        return None
