"""The dashboard: headline figures and charts; a click on either lists the cases behind it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.table_export import cell_text
from desktop.services.supervision.statistics import StatsResult
from desktop.services.supervision.stats_cases import FigureQuery
from desktop.services.supervision.stats_definitions import Dimension, Figure, Period
from desktop.services.supervision.tables import figure_values
from desktop.ui.supervision.stats_charts import (
    CASE_WARNINGS,
    STEP_WARNINGS,
    TITLES,
    BarClick,
    breakdown_chart,
    trend_chart,
    warnings_chart,
)

CONTEXT = "Dashboard"
# (title, positions in figure_values, the figure a click lists, tooltip)
CARDS = (
    (QT_TRANSLATE_NOOP("Dashboard", "受理"), (0,), Figure.ACCEPTED, ""),
    (QT_TRANSLATE_NOOP("Dashboard", "办结"), (1,), Figure.COMPLETED, ""),
    (
        QT_TRANSLATE_NOOP("Dashboard", "办结率 %"),
        (2,),
        Figure.COHORT_OPEN,
        QT_TRANSLATE_NOOP(
            "Dashboard", "本期受理的办件中，期末前已送达的比例；点击查看未办结的办件"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "按时办结率 %"),
        (5,),
        Figure.LATE,
        QT_TRANSLATE_NOOP(
            "Dashboard", "本期作出决定的办件中，未超承诺期限的比例；点击查看超期的办件"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "平均用时 / 时限（工作日）"),
        (8, 9),
        Figure.DECIDED,
        QT_TRANSLATE_NOOP("Dashboard", "暂停计时的日子不计；时限含延长的期限"),
    ),
    (QT_TRANSLATE_NOOP("Dashboard", "提前决定"), (6,), Figure.EARLY, ""),
    (QT_TRANSLATE_NOOP("Dashboard", "超期决定"), (7,), Figure.LATE, ""),
    (QT_TRANSLATE_NOOP("Dashboard", "当前红牌"), (10,), Figure.OVERDUE_NOW, ""),
    (QT_TRANSLATE_NOOP("Dashboard", "当前黄牌"), (11,), Figure.DUE_SOON_NOW, ""),
    (
        QT_TRANSLATE_NOOP("Dashboard", "环节超时"),
        (12,),
        Figure.LATE_STEPS,
        QT_TRANSLATE_NOOP(
            "Dashboard",
            "当前环节（审查、审批签发、制证、送达）已过本环节期限的办件；点击查看办件、环节期限、"
            "承办人和部门",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "环节临近到期"),
        (13,),
        Figure.YELLOW_STEPS,
        QT_TRANSLATE_NOOP("Dashboard", "当前环节已到预警日、尚未到期的办件；点击查看"),
    ),
)
# What the two electronic-supervision charts count: the case's promised limit or the step's.
WARNING_SCOPES = (
    (QT_TRANSLATE_NOOP("Dashboard", "办件红黄牌"), CASE_WARNINGS, (3, 4)),
    (QT_TRANSLATE_NOOP("Dashboard", "环节超时与临近到期"), STEP_WARNINGS, (6, 7)),
)
CARDS_PER_ROW = 11  # one row of cards at 1366 pixels; more wrap
CARD_STYLE = (
    "QPushButton { text-align: left; padding: 6px 10px; border: 1px solid #c8d1dc; font-size: 12pt;"
    " border-radius: 4px; background: #f7f9fc; }"
    " QPushButton:hover { background: #e8f0fb; }"
)


def card_text(title: str, values: tuple[object, ...], positions: tuple[int, ...]) -> str:
    """A card: its title, then its value(s) exactly as the export writes them."""
    shown = " / ".join(cell_text(values[p]) or "—" for p in positions)
    return f"{QCoreApplication.translate(CONTEXT, title)}\n{shown}"


def month_period(month: str, within: Period) -> Period:
    """A month of the trend, clipped to the statistics period."""
    year, number = (int(part) for part in month.split("-"))
    first = date(year, number, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return Period(max(first, within.start), min(last, within.end))


class DashboardView(QWidget):
    drill = Signal(object)  # a FigureQuery
    open_licences = Signal()  # the 许可证即将到期 card: list them in the licences tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: StatsResult | None = None
        layout = QVBoxLayout(self)
        cards = QGridLayout()
        self.cards: list[QPushButton] = []
        for n, (title, _, figure, tip) in enumerate(CARDS):
            button = QPushButton(QCoreApplication.translate(CONTEXT, title))
            button.setStyleSheet(CARD_STYLE)
            button.setToolTip(QCoreApplication.translate(CONTEXT, tip) if tip else "")
            button.clicked.connect(lambda _=False, f=figure: self._clicked(BarClick(f)))
            cards.addWidget(button, n // CARDS_PER_ROW, n % CARDS_PER_ROW)
            self.cards.append(button)
        # Not a figure of the period: the licences in force ending within the licences
        # tab's days, as `licence expiring --days N` counts them (README, "The licence life
        # cycle").
        self.licences_card = QPushButton(self.tr("许可证即将到期"))
        self.licences_card.setStyleSheet(CARD_STYLE)
        self.licences_card.clicked.connect(self.open_licences)
        n = len(CARDS)
        cards.addWidget(self.licences_card, n // CARDS_PER_ROW, n % CARDS_PER_ROW)
        self.expiring: tuple[int, int] | None = None  # (count, days) shown on the card
        # 窗口现场审批: granted on the spot today and in the period (a figure, not a list).
        self.spot_card = QLabel(self.tr("现场办结 今日 / 本期"))
        self.spot_card.setStyleSheet(CARD_STYLE.replace("QPushButton", "QLabel"))
        self.spot_card.setToolTip(
            self.tr("经授权的窗口人员受理后当场准予许可的办件：今日的件数 / 本期的件数")
        )
        n += 1
        cards.addWidget(self.spot_card, n // CARDS_PER_ROW, n % CARDS_PER_ROW)
        # Two lines each (title, figure), even with a second row of cards to fit in.
        tall = self.licences_card.fontMetrics().lineSpacing() * 2 + 20
        for card in (*self.cards, self.licences_card, self.spot_card):
            card.setMinimumHeight(tall)
        layout.addLayout(cards)
        scope = QHBoxLayout()
        scope.addWidget(QLabel(self.tr("电子监察图表：")))
        self.warning_scope = QComboBox()
        for text, _, _ in WARNING_SCOPES:
            self.warning_scope.addItem(QCoreApplication.translate(CONTEXT, text))
        self.warning_scope.currentIndexChanged.connect(self._redraw)
        scope.addWidget(self.warning_scope)
        scope.addStretch(1)
        layout.addLayout(scope)
        grid = QGridLayout()
        self.views = [QChartView() for _ in range(5)]
        for view in self.views:
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            view.setMinimumHeight(260)
        grid.addWidget(self.views[0], 0, 0, 1, 2)
        grid.addWidget(self.views[1], 0, 2)
        for column, view in enumerate(self.views[2:]):
            grid.addWidget(view, 1, column)
        layout.addLayout(grid, 1)

    def show_result(self, result: StatsResult) -> None:
        self.result = result
        values = figure_values(result.total)
        for button, (title, positions, _, _) in zip(self.cards, CARDS, strict=True):
            button.setText(card_text(title, values, positions))
        self._redraw()

    def show_expiring(self, count: int, days: int) -> None:
        """The 许可证即将到期 card: how many licences in force end within `days` days."""
        self.expiring = (count, days)
        self.licences_card.setText(self.tr("许可证即将到期") + f"\n{count}")
        self.licences_card.setToolTip(
            self.tr(
                "有效许可证中，有效期在 %1 天内届满的张数（天数按“许可证到期”页的设置）；点击查看"
            ).replace("%1", str(days))
        )

    def show_on_the_spot(self, today: int, period: int) -> None:
        """The 现场办结 card: cases granted on the spot today, and in the period."""
        self.spot_card.setText(self.tr("现场办结 今日 / 本期") + f"\n{today} / {period}")

    def _redraw(self) -> None:
        result = self.result
        if result is None:
            return
        _, warnings, titles = WARNING_SCOPES[max(self.warning_scope.currentIndex(), 0)]
        click = self._clicked
        charts = [
            trend_chart(result, click),
            breakdown_chart(
                TITLES[1],
                result.rows(Dimension.QUEUE),
                Dimension.QUEUE,
                [Figure.ACCEPTED, Figure.COMPLETED, Figure.LATE],
                click,
            ),
            breakdown_chart(
                TITLES[2],
                result.rows(Dimension.DEPARTMENT),
                Dimension.DEPARTMENT,
                [Figure.ACCEPTED, Figure.COMPLETED],
                click,
                horizontal=True,
            ),
            warnings_chart(
                TITLES[titles[0]],
                result.rows(Dimension.HANDLER),
                Dimension.HANDLER,
                click,
                warnings,
            ),
            warnings_chart(
                TITLES[titles[1]],
                result.rows(Dimension.DEPARTMENT),
                Dimension.DEPARTMENT,
                click,
                warnings,
            ),
        ]
        for view, chart in zip(self.views, charts, strict=True):
            self._replace(view, chart)

    @staticmethod
    def _replace(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view does not delete the chart it lets go

    def _clicked(self, click: BarClick) -> None:
        if self.result is None:
            return
        period = self.result.period
        if click.month:
            period = month_period(click.month, period)
        query = FigureQuery(period, click.figure, click.dimension, click.key, click.label)
        self.drill.emit(query)
