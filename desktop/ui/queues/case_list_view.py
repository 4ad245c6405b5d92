"""The cases behind a figure (drill-down), paged like a queue; open one, or urge it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.table_export import Table
from desktop.services.cases.queues import QueueRow
from desktop.services.cases.urging import urge_case
from desktop.services.supervision.stats_cases import (
    FigureQuery,
    count_figure_cases,
    fetch_figure_page,
)
from desktop.services.supervision.tables import case_rows_table
from desktop.ui.context import AppContext
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.queues import urge_dialog
from desktop.ui.queues.queue_model import (
    LIST_COLUMNS,
    QueueModel,
    column_widths,
    sort_indicator,
)
from desktop.ui.workbench.window import Workbench

EXPORT_LIMIT = 100_000  # rows; a larger list is narrowed first (by period or group)


def all_rows(context: AppContext, query: FigureQuery) -> list[QueueRow]:
    """Every case of a figure, page by page (for export; off the UI thread)."""
    rows, after = [], None
    while len(rows) < EXPORT_LIMIT:
        page = context.read(fetch_figure_page, query, after, 2000)
        rows += page.rows
        if page.after is None:
            break
        after = page.after
    return rows


class CaseListView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query: FigureQuery | None = None
        self.title = QLabel(self.tr("在“统计看板”或“分组统计”中点击一个数字，这里列出它包含的办件"))
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.count = QLabel()
        self.model = QueueModel(
            lambda query, after: context.read(fetch_figure_page, query, after),
            columns=LIST_COLUMNS,
        )
        self.model.failed.connect(lambda error: self.count.setText(explain(error)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(column_widths(self.table.fontMetrics(), LIST_COLUMNS)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.open_case())
        open_button = QPushButton(self.tr("打开办件"))
        open_button.clicked.connect(self.open_case)
        urge_button = QPushButton(self.tr("督办……"))
        urge_button.setToolTip(self.tr("向承办人发出督办通知（仅限黄牌、红牌办件）"))
        urge_button.clicked.connect(self.urge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(open_button)
        buttons.addWidget(urge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.workbenches: dict[int, Workbench] = {}

    def show_query(self, query: FigureQuery) -> None:
        self.query = query
        self.title.setText(query.title())
        self.count.setText(self.tr("正在统计……"))
        self.model.set_query(query)
        self.table.horizontalHeader().setSortIndicator(*sort_indicator(query, LIST_COLUMNS))
        context = self.context
        Operation(self, lambda: context.read(count_figure_cases, query)).on_success(
            lambda n: self.count.setText(self.tr("共 %1 件").replace("%1", f"{n:,}"))
        ).on_failure(lambda error: self.count.setText(explain(error))).run()

    def selected(self) -> QueueRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_case(self) -> None:
        row = self.selected()
        if row is None:
            return
        bench = self.workbenches.get(row.id)
        if bench is None or not bench.isVisible():
            bench = self.workbenches[row.id] = Workbench(self.context, row.id)
        bench.show()
        bench.raise_()

    def urge(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("督办"), self.tr("请先选择一件办件"))
            return
        text = urge_dialog.ask_urge(urge_dialog.UrgeDialog(row, self))
        if text is None:
            return
        context, case_id = self.context, row.id
        Operation(self, lambda: context.write(urge_case, case_id, text)).on_success(
            lambda line: self._urged(line.case_number)
        ).on_failure(
            lambda error: QMessageBox.warning(self, self.tr("未能督办"), explain(error))
        ).run()

    def _urged(self, number: str) -> None:
        self.count.setText(
            self.tr("已督办 %1：承办人会在办件列表和办件中看到，并确认收到").replace("%1", number)
        )
        if self.query is not None:
            self.model.set_query(self.query)

    def export_work(self) -> Callable[[], Table] | None:
        """What to export, fetched off the UI thread: every case of the list."""
        query, context = self.query, self.context
        if query is None:
            return None
        return lambda: case_rows_table(query.title(), all_rows(context, query))
