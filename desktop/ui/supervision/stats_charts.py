"""The dashboard's charts (QtCharts), built from a StatsResult; a click on a bar asks for
the cases behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QApplication

from desktop.services.supervision.statistics import FigureRow, MonthRow, StatsResult
from desktop.services.supervision.stats_definitions import Dimension, Figure

CONTEXT = "SupervisionCharts"
COLOURS = {
    Figure.ACCEPTED: QColor("#4e79a7"),
    Figure.COMPLETED: QColor("#59a14f"),
    Figure.LATE: QColor("#e15759"),
    Figure.OVERDUE_NOW: QColor("#d62728"),
    Figure.DUE_SOON_NOW: QColor("#f2b701"),
    Figure.LATE_STEPS: QColor("#9c2a6b"),
    Figure.YELLOW_STEPS: QColor("#e8a33d"),
}
SERIES_NAMES = {
    Figure.ACCEPTED: QT_TRANSLATE_NOOP("SupervisionCharts", "受理"),
    Figure.COMPLETED: QT_TRANSLATE_NOOP("SupervisionCharts", "办结"),
    Figure.LATE: QT_TRANSLATE_NOOP("SupervisionCharts", "超期决定"),
    Figure.OVERDUE_NOW: QT_TRANSLATE_NOOP("SupervisionCharts", "红牌（已超期）"),
    Figure.DUE_SOON_NOW: QT_TRANSLATE_NOOP("SupervisionCharts", "黄牌（即将到期）"),
    Figure.LATE_STEPS: QT_TRANSLATE_NOOP("SupervisionCharts", "环节超时"),
    Figure.YELLOW_STEPS: QT_TRANSLATE_NOOP("SupervisionCharts", "环节临近到期"),
}
TITLES = (
    QT_TRANSLATE_NOOP("SupervisionCharts", "月度趋势：受理、办结与按时办结率"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "按队列：受理、办结、超期决定"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "按部门：受理与办结（受理最多的 8 个部门）"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "电子监察：当前红黄牌（承办人）"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "电子监察：当前红黄牌（部门）"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "按时办结率（%）"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "电子监察：当前环节超时（承办人）"),
    QT_TRANSLATE_NOOP("SupervisionCharts", "电子监察：当前环节超时（部门）"),
)
CASE_WARNINGS = (Figure.OVERDUE_NOW, Figure.DUE_SOON_NOW)  # the case's promised limit
STEP_WARNINGS = (Figure.LATE_STEPS, Figure.YELLOW_STEPS)  # the current step's own limit
MOST_BARS = 12  # longer lists stay readable in the tables
# A row of names down the side: at the dashboard's height more than 8 lose every other name.
MOST_ROWS = 8


@dataclass(frozen=True)
class BarClick:
    """What a bar stands for: a figure, for one row of a breakdown or one month."""

    figure: Figure
    dimension: Dimension | None = None
    key: object = None
    label: str = ""
    month: str = ""  # YYYY-MM for the trend


OnClick = Callable[[BarClick], None]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _chart(title: str) -> QChart:
    chart = QChart()
    font = QFont(QApplication.font())
    heading = QFont(font)
    heading.setPointSize(font.pointSize() + 1)
    heading.setBold(True)
    chart.setTitle(tr(title))
    chart.setTitleFont(heading)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _axis_font(axis: QBarCategoryAxis | QValueAxis) -> None:
    font = QFont(QApplication.font())
    font.setPointSize(max(font.pointSize() - 1, 8))
    axis.setLabelsFont(font)


def _bar_set(figure: Figure, values: Sequence[float]) -> QBarSet:
    bars = QBarSet(tr(SERIES_NAMES[figure]))
    bars.setColor(COLOURS[figure])
    bars.setBorderColor(COLOURS[figure])
    for value in values:
        bars.append(float(value))
    return bars


def _attach(
    chart: QChart,
    series: QAbstractBarSeries,
    categories: list[str],
    most: float,
    horizontal: bool = False,
) -> None:
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(categories)
    counts = QValueAxis()
    counts.setLabelFormat("%d")
    if most <= 8:  # small counts: one tick per whole number, never "0 0 1 1"
        counts.setRange(0, max(most, 1))
        counts.setTickCount(int(max(most, 1)) + 1)
    else:
        counts.setRange(0, most * 1.1)
        counts.applyNiceNumbers()
    names.setTruncateLabels(False)  # names are the point of the chart: never "..."
    for axis in (names, counts):
        _axis_font(axis)
    category_side, value_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(names, category_side)
    chart.addAxis(counts, value_side)
    series.attachAxis(names)
    series.attachAxis(counts)


def _on_bars(series: QAbstractBarSeries, figures: list[Figure], click: Callable) -> None:
    """Tell which figure (bar set) and which category (index) was clicked."""
    for bar_set, figure in zip(series.barSets(), figures, strict=True):
        bar_set.clicked.connect(partial(click, figure))


def trend_chart(result: StatsResult, on_click: OnClick) -> QChart:
    """Accepted and completed per month (bars), on-time rate (line, right axis)."""
    chart = _chart(TITLES[0])
    months: list[MonthRow] = result.months
    figures = [Figure.ACCEPTED, Figure.COMPLETED]
    series = QBarSeries()
    series.append(_bar_set(Figure.ACCEPTED, [m.accepted for m in months]))
    series.append(_bar_set(Figure.COMPLETED, [m.completed for m in months]))
    labels = [m.month[2:].replace("-", "/") for m in months]  # 25/12: fits twelve months
    _attach(
        chart, series, labels, max([m.accepted for m in months] + [m.completed for m in months])
    )
    _on_bars(series, figures, lambda f, i: on_click(BarClick(f, month=months[i].month)))
    rate = QLineSeries()
    rate.setName(tr(TITLES[5]))
    rate.setPen(QPen(QColor("#f28e2b"), 2.5))
    rate.setPointsVisible(True)
    for index, month in enumerate(months):
        if month.on_time_rate is not None:
            rate.append(index, month.on_time_rate * 100)
    chart.addSeries(rate)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d%%")
    _axis_font(percent)
    chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
    rate.attachAxis(chart.axes(Qt.Orientation.Horizontal)[0])
    rate.attachAxis(percent)
    return chart


def breakdown_chart(
    title: str,
    rows: list[FigureRow],
    dimension: Dimension,
    figures: list[Figure],
    on_click: OnClick,
    horizontal: bool = False,
) -> QChart:
    """Bars per row of a breakdown (the busiest rows), one bar set per figure."""
    chart = _chart(title)
    shown = rows[: MOST_ROWS if horizontal else MOST_BARS]
    if horizontal:
        shown = list(reversed(shown))  # the busiest at the top
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for figure in figures:
        series.append(_bar_set(figure, [r.figures.count(figure) for r in shown]))
    most = max((r.figures.count(f) for r in shown for f in figures), default=0)
    _attach(chart, series, [r.label for r in shown], most, horizontal)
    _on_bars(
        series,
        figures,
        lambda f, i: on_click(BarClick(f, dimension, shown[i].key, shown[i].label)),
    )
    return chart


def warnings_chart(
    title: str,
    rows: list[FigureRow],
    dimension: Dimension,
    on_click: OnClick,
    warnings: tuple[Figure, Figure] = CASE_WARNINGS,
) -> QChart:
    """Red and yellow today, stacked, for the rows that have any, worst first: the cases'
    promised limits, or the current steps' own (`STEP_WARNINGS`)."""
    chart = _chart(title)
    red, yellow = warnings

    def worst(row: FigureRow) -> tuple[int, int]:
        return row.figures.count(red), row.figures.count(yellow)

    warned = sorted((r for r in rows if any(worst(r))), key=worst, reverse=True)
    shown = list(reversed(warned[:MOST_ROWS]))
    figures = list(warnings)
    series = QHorizontalStackedBarSeries()
    for figure in figures:
        series.append(_bar_set(figure, [r.figures.count(figure) for r in shown]))
    most = max((sum(worst(r)) for r in shown), default=0)
    _attach(chart, series, [r.label for r in shown] or [""], most, horizontal=True)
    _on_bars(
        series,
        figures,
        lambda f, i: on_click(BarClick(f, dimension, shown[i].key, shown[i].label)),
    )
    return chart
