"""Table model of one queue view: rows arrive a page at a time, loaded off the UI thread;
its columns are declared once, in `COLUMNS`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from desktop.domain.clock import WarningLevel
from desktop.services.cases.queues import PAUSED, Page, QueueQuery, QueueRow, SortKey
from desktop.ui.labels import label
from desktop.ui.paged_model import PagedModel
from desktop.ui.rows_model import OBJECT_ROLE, Index

__all__ = [
    "COLUMNS",
    "OBJECT_ROLE",
    "STEP_COLUMN",
    "URGE_COLUMN",
    "WARNING_COLUMN",
    "Column",
    "QueueModel",
    "column_widths",
]

PageLoader = Callable[[QueueQuery, tuple[Any, ...] | None], Page]


def _tr(declared: str) -> str:
    """A text declared with QT_TRANSLATE_NOOP in the QueueModel context, translated."""
    return QCoreApplication.translate("QueueModel", declared)


@dataclass(frozen=True)
class Column:
    """One column of the queue: `header` is translated in the QueueModel context; `sort`
    is the key SQL orders by when the header is clicked (None: the column does not sort);
    `sample` is the widest text the column needs to show whole (its default width); the
    `fills` column takes the room left and elides what does not fit."""

    key: str
    header: str
    text: Callable[[QueueRow], str]
    sort: SortKey | None = None
    alignment: Qt.AlignmentFlag | None = None
    sample: str = ""
    fills: bool = False


def _number(row: QueueRow) -> str:
    green = QCoreApplication.translate("QueueModel", "【绿】") if row.green_channel else ""
    return green + row.number


def _due(row: QueueRow) -> str:
    due = row.promised_due_on.isoformat() if row.promised_due_on else ""
    provisional = QCoreApplication.translate("QueueModel", "（暂定）")
    return f"{due}{provisional}" if row.provisional and due else due


def _remaining(row: QueueRow) -> str:
    if row.remaining_days is not None:
        return str(row.remaining_days)
    paused = row.status in PAUSED
    return QCoreApplication.translate("QueueModel", "暂停计时") if paused else ""


def _warning(row: QueueRow) -> str:
    return _tr(WARNING_TEXT[row.warning])


def _status(row: QueueRow) -> str:
    return label(row.status)


def _urge(row: QueueRow) -> str:
    return QCoreApplication.translate("QueueModel", "待确认") if row.urged else ""


def _step(row: QueueRow) -> str:
    if row.step is None or row.step_warning not in STEP_TEXT:
        return ""
    step = QCoreApplication.translate("terms", row.step.label)
    return _tr(STEP_TEXT[row.step_warning]).replace("%1", step)


STEP_TEXT = {
    WarningLevel.YELLOW: QT_TRANSLATE_NOOP("QueueModel", "%1临近到期"),
    WarningLevel.RED: QT_TRANSLATE_NOOP("QueueModel", "%1超时"),
}
WARNING_TEXT = {
    WarningLevel.NORMAL: "",
    WarningLevel.YELLOW: QT_TRANSLATE_NOOP("QueueModel", "黄牌"),
    WarningLevel.RED: QT_TRANSLATE_NOOP("QueueModel", "红牌"),
}
WARNING_COLOUR = {WarningLevel.YELLOW: QColor("#fff3c4"), WarningLevel.RED: QColor("#fbd5d5")}
URGE_COLOUR = QColor("#b00020")
STEP_YELLOW = QColor("#8a6d00")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

COLUMNS = (
    Column(
        "number",
        QT_TRANSLATE_NOOP("QueueModel", "受理编号"),
        _number,
        SortKey.NUMBER,
        sample="【绿】GX202611060009",
    ),
    # Item and applicant: the usual length whole, longer names elided (the tooltip has them).
    Column(
        "item",
        QT_TRANSLATE_NOOP("QueueModel", "事项"),
        lambda row: row.item,
        sample="建设项目环境影响报告",
    ),
    Column(
        "applicant",
        QT_TRANSLATE_NOOP("QueueModel", "申请人"),
        lambda row: row.applicant,
        sample="渭南群英房地产开发",
    ),
    Column(
        "project",
        QT_TRANSLATE_NOOP("QueueModel", "项目"),
        lambda row: row.project,
        sample="高新一路仓储物流园项目",
        fills=True,
    ),
    Column(
        "accepted",
        QT_TRANSLATE_NOOP("QueueModel", "受理日期"),
        lambda row: row.accepted_on.isoformat(),
        SortKey.ACCEPTED,
        sample="2026-11-06",
    ),
    Column(
        "due",
        QT_TRANSLATE_NOOP("QueueModel", "承诺期限"),
        _due,
        SortKey.DUE,
        sample="2026-12-10（暂定）",
    ),
    Column(
        "remaining",
        QT_TRANSLATE_NOOP("QueueModel", "剩余工作日"),
        _remaining,
        alignment=RIGHT,
        sample="暂停计时",
    ),
    Column("warning", QT_TRANSLATE_NOOP("QueueModel", "预警"), _warning, sample="红牌"),
    Column(
        "status",
        QT_TRANSLATE_NOOP("QueueModel", "状态"),
        _status,
        SortKey.STATUS,
        sample="现场踏勘",
    ),
    Column(
        "handler",
        QT_TRANSLATE_NOOP("QueueModel", "承办人"),
        lambda row: row.handler,
        sample="欧阳文华",
    ),
    # Last: column layouts saved before it existed keep their columns.
    Column("urge", QT_TRANSLATE_NOOP("QueueModel", "督办"), _urge, sample="待确认"),
    # The current step's own clock (electronic supervision flags a late step too).
    Column("step", QT_TRANSLATE_NOOP("QueueModel", "环节"), _step, sample="审批签发超时"),
)
COLUMN = {column.key: position for position, column in enumerate(COLUMNS)}
WARNING_COLUMN = COLUMN["warning"]
URGE_COLUMN = COLUMN["urge"]
STEP_COLUMN = COLUMN["step"]
STEP_KEYS = ("step", "step_due")  # coloured by the step's warning
_BY_KEY = {column.key: column for column in COLUMNS} | {
    column.key: column
    for column in (
        Column(
            "step_due",
            QT_TRANSLATE_NOOP("QueueModel", "环节期限"),
            lambda row: row.step_due_on.isoformat() if row.step_due_on else "",
            sample="2026-11-06",
        ),
        # The item's supervising department: late steps are ranked by it too.
        Column(
            "department",
            QT_TRANSLATE_NOOP("QueueModel", "部门"),
            lambda row: row.department,
            sample="市场监管局",
        ),
    )
}
# The supervision's lists of the cases behind a figure: who has the case and in which
# department, its step and the step's due day before the rest (a late step is the question).
LIST_COLUMNS = tuple(
    _BY_KEY[key]
    for key in (
        "number",
        "item",
        "applicant",
        "handler",
        "department",
        "step",
        "step_due",
        "due",
        "warning",
        "status",
        "accepted",
        "remaining",
        "urge",
        "project",
    )
)


CELL_PADDING = 12  # the cell's margins and the header's sort arrow


def column_widths(metrics: QFontMetrics, columns: Sequence[Column] = COLUMNS) -> list[int]:
    """Default widths from content: each column's sample and header, in the view's font
    (a green-channel row is bold, a little wider); the filling column's is its least."""
    widths = []
    for column in columns:
        texts = (column.sample, _tr(column.header))
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        widths.append(int(widest * 1.04) + CELL_PADDING)
    return widths


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class QueueModel(PagedModel):
    """Rows in the order SQL gives them; `fetchMore` asks the loader for the next page."""

    def __init__(
        self,
        loader: PageLoader,
        parent: QObject | None = None,
        columns: tuple[Column, ...] = COLUMNS,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._loader = loader
        self._rows: list[QueueRow] = []
        self._where: dict[int, int] = {}
        self._query: QueueQuery | None = None

    # Loading -------------------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery | None:
        return self._query

    def set_query(self, query: QueueQuery) -> None:
        self._query = query
        self.start_over(more=False)  # a first page that failed waits for `retry`

    def forget_rows(self) -> None:
        self._where = {}

    def page_work(self, cursor: Any) -> Callable[[], Page] | None:
        query, loader = self._query, self._loader
        if query is None:
            return None
        return lambda: loader(query, cursor)

    def read_page(self, page: Page) -> tuple[Sequence[QueueRow], Any, bool]:
        first = len(self._rows)
        fresh = [row for row in page.rows if row.id not in self._where]
        for offset, row in enumerate(fresh):
            self._where[row.id] = first + offset
        return fresh, page.after, page.after is not None

    def update_rows(self, fresh: dict[int, QueueRow]) -> None:
        """Replace rows on screen with fresher data (live refresh); missing ids are kept."""
        for case_id, row in fresh.items():
            position = self._where.get(case_id)
            if position is not None and self._rows[position] != row:
                self._rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(self.columns) - 1)
                )

    def loaded_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def row_at(self, position: int) -> QueueRow:
        return self._rows[position]

    # The model interface -------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.warning in WARNING_COLOUR:
            return QBrush(WARNING_COLOUR[row.warning])
        if column.key in STEP_KEYS and role == Qt.ItemDataRole.ForegroundRole and _step(row):
            return QBrush(URGE_COLOUR if row.step_warning is WarningLevel.RED else STEP_YELLOW)
        if column.key == "urge" and row.urged:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(URGE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if role == Qt.ItemDataRole.FontRole and row.green_channel:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in SQL: a new query, loaded from the first page."""
        columns = self.columns
        key = columns[column].sort if 0 <= column < len(columns) else None
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return  # the header only caught up with the query
        self.set_query(replace(self._query, sort=key, descending=descending))


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


def sort_indicator(
    query: QueueQuery, columns: Sequence[Column] = COLUMNS
) -> tuple[int, Qt.SortOrder]:
    """The header column and direction that show a query's order."""
    column = next(c for c, column in enumerate(columns) if column.sort is query.sort)
    order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
    return column, order
