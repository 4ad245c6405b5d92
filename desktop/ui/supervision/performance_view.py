"""The 绩效考核 tab: people or departments ranked by score for the chosen period, the parts
of the selected score beside the ranking, and each person's figures below (README
"Supervision"). Choosing an assessment period sets the window's period."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.table_export import Table
from desktop.services import timesource
from desktop.services.supervision.scoring import (
    AssessmentPeriod,
    Scoreboard,
    ScoredRow,
    assessment_periods,
)
from desktop.services.supervision.tables import (
    all_score_parts_table,
    score_parts_table,
    score_table,
)
from desktop.ui.supervision.breakdown_view import table_view
from desktop.ui.table_model import TableModel


class PerformanceView(QWidget):
    period_chosen = Signal(object)  # a Period

    def __init__(self, figures: TableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Scoreboard | None = None
        self.kind = ""
        self.periods = QComboBox()
        self.periods.setMinimumContentsLength(14)
        self.periods.activated.connect(self._period_chosen)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("人员排名"), False)
        self.scope.addItem(self.tr("部门排名"), True)
        self.scope.currentIndexChanged.connect(lambda _: self._show_ranking())
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.ranking = TableModel(parent=self)
        self.parts = TableModel(parent=self)
        self.figures = figures
        self.ranking_view = table_view(self.ranking)
        self.ranking_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_parts(current.row())
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("考核期间：")))
        top.addWidget(self.periods)
        top.addWidget(QLabel(self.tr("  排名：")))
        top.addWidget(self.scope)
        top.addStretch(1)
        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(self.ranking_view)
        across.addWidget(table_view(self.parts))
        across.setStretchFactor(0, 3)
        across.setStretchFactor(1, 1)
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(table_view(figures))
        down.setStretchFactor(0, 3)
        down.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.formula)
        layout.addWidget(down, 1)

    def show_board(self, board: Scoreboard) -> None:
        self.board = board
        if board.settings.period != self.kind:
            self.kind = board.settings.period
            self.periods.clear()
            self.periods.addItem(self.tr("工具栏所选期间"), None)
            for name, period in assessment_periods(self.kind, timesource.today()):
                self.periods.addItem(name, period)
        kind = AssessmentPeriod(self.kind).label
        self.formula.setText(
            self.tr(
                "得分 = 100 + 按时决定、按时答复工单、评价得分（非常满意 +2 … 非常不满意 −2）"
                "的加分 − 超期决定、红黄牌、被督办、被投诉的扣分，各按管理员设定的权重；"
                "部门得分按人员平均。考核周期：%1。"
            ).replace("%1", kind)
        )
        self._show_ranking()

    def departments_shown(self) -> bool:
        return bool(self.scope.currentData())

    def _rows(self) -> list[ScoredRow]:
        if self.board is None:
            return []
        return self.board.departments if self.departments_shown() else self.board.people

    def _show_ranking(self) -> None:
        if self.board is None:
            return
        self.ranking.set_table(score_table(self.board, self.departments_shown()), self._rows())
        if self.ranking.rowCount():
            self.ranking_view.selectRow(0)
        self._show_parts(0)

    def _show_parts(self, row: int) -> None:
        chosen = self.ranking.object_at(row) if 0 <= row < self.ranking.rowCount() else None
        if chosen is None:
            self.parts.set_table(Table("", (), []))
        else:
            self.parts.set_table(score_parts_table(chosen))

    def _period_chosen(self, index: int) -> None:
        period = self.periods.itemData(index)
        if period is not None:
            self.period_chosen.emit(period)

    def export_tables(self) -> list[Table]:
        """The ranking as shown, every score's parts, and the figures they come from."""
        if self.board is None:
            return [self.figures.shown_table()]
        departments = self.departments_shown()
        return [
            self.ranking.shown_table(),
            all_score_parts_table(self.board, departments),
            self.figures.shown_table(),
        ]
