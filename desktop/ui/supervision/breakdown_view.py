"""The figures by queue, department, item or handler, and by month: sortable tables;
a double-click lists the cases behind the figure under the cursor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.services.supervision.statistics import FigureRow, StatsResult
from desktop.services.supervision.stats_cases import FigureQuery
from desktop.services.supervision.stats_definitions import Dimension, Figure
from desktop.services.supervision.tables import figures_table, months_table
from desktop.ui.supervision.dashboard_view import month_period
from desktop.ui.table_model import TableModel

# The figure a column's number counts (rates and averages: the cases that make them).
COLUMN_FIGURES = (
    Figure.ACCEPTED,
    Figure.ACCEPTED,
    Figure.COMPLETED,
    Figure.COHORT_OPEN,
    Figure.DECIDED,
    Figure.ON_TIME,
    Figure.LATE,
    Figure.EARLY,
    Figure.LATE,
    Figure.DECIDED,
    Figure.DECIDED,
    Figure.OVERDUE_NOW,
    Figure.DUE_SOON_NOW,
    Figure.LATE_STEPS,
    Figure.YELLOW_STEPS,
)
MONTH_FIGURES = (
    Figure.ACCEPTED,
    Figure.ACCEPTED,
    Figure.COMPLETED,
    Figure.DECIDED,
    Figure.ON_TIME,
    Figure.LATE,
)


def table_view(model: TableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    # Rows come in the services' order until the user clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class BreakdownView(QWidget):
    drill = Signal(object)  # a FigureQuery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: StatsResult | None = None
        self.dimension = Dimension.QUEUE
        self.figures = TableModel(parent=self)
        self.months = TableModel(parent=self)
        self.figures_view, self.months_view = table_view(self.figures), table_view(self.months)
        self.figures_view.doubleClicked.connect(self._figure_chosen)
        self.months_view.doubleClicked.connect(self._month_chosen)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figures_view)
        splitter.addWidget(self.months_view)
        splitter.setStretchFactor(0, 3)
        QVBoxLayout(self).addWidget(splitter)

    def show_result(self, result: StatsResult, dimension: Dimension) -> None:
        self.result, self.dimension = result, dimension
        rows: list[FigureRow | None] = [*result.rows(dimension), None]  # None: the total
        self.figures.set_table(figures_table(result, dimension), rows)
        self.months.set_table(months_table(result), [m.month for m in result.months])

    def _figure_chosen(self, index: QModelIndex) -> None:
        if self.result is None:
            return
        row: FigureRow | None = self.figures.object_at(index.row())
        figure = COLUMN_FIGURES[index.column()]
        if row is None:
            self.drill.emit(FigureQuery(self.result.period, figure))
        else:
            self.drill.emit(
                FigureQuery(self.result.period, figure, self.dimension, row.key, row.label)
            )

    def _month_chosen(self, index: QModelIndex) -> None:
        if self.result is None:
            return
        month = self.months.object_at(index.row())
        period = month_period(month, self.result.period)
        self.drill.emit(FigureQuery(period, MONTH_FIGURES[index.column()]))
