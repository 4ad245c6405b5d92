"""The supervision window (督办与统计): dashboard, breakdowns, the cases behind any figure,
tickets, rating follow-ups, result notices, urges and staff performance, all exportable."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from desktop.documents.table_export import Table
from desktop.domain.errors import DomainError
from desktop.services import timesource
from desktop.services.cases.urging import UrgeLine, list_urges
from desktop.services.documents.licence_book import expiring
from desktop.services.supervision.on_the_spot import on_the_spot
from desktop.services.supervision.performance import PerformanceRow, moments, staff_performance
from desktop.services.supervision.scoring import Scoreboard, scoreboard
from desktop.services.supervision.statistics import StatsResult, compute_statistics
from desktop.services.supervision.stats_cases import FigureQuery
from desktop.services.supervision.stats_definitions import Dimension, Period
from desktop.services.supervision.tables import (
    figures_table,
    months_table,
    performance_table,
    urges_table,
)
from desktop.ui.context import AppContext
from desktop.ui.export_actions import save_table
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.queues.case_list_view import CaseListView
from desktop.ui.supervision.breakdown_view import BreakdownView, table_view
from desktop.ui.supervision.commitments_view import CommitmentsView
from desktop.ui.supervision.dashboard_view import DashboardView
from desktop.ui.supervision.follow_ups_view import FollowUpsView
from desktop.ui.supervision.licences_view import LicencesView
from desktop.ui.supervision.notices_view import NoticesView
from desktop.ui.supervision.performance_view import PerformanceView
from desktop.ui.supervision.projects_view import ProjectsView
from desktop.ui.supervision.promises_view import PromisesView
from desktop.ui.supervision.report_action import PeriodReportAction
from desktop.ui.supervision.tickets_view import TicketsView
from desktop.ui.table_model import TableModel

URGES_SHOWN = 5000  # the period's newest urges; a longer list is narrowed by period


@dataclass(frozen=True)
class Loaded:
    """One refresh: the statistics, the staff performance, its scores and the urges."""

    stats: StatsResult
    performance: list[PerformanceRow]
    board: Scoreboard
    urges: list[UrgeLine]
    seconds: float
    lag: float | None = None  # seconds the standby read from is behind, when it shows


def load(context: AppContext, period: Period) -> Loaded:
    """Read on the reports' server (a standby where there is one, README "A standby")."""
    started = time.perf_counter()
    stats = context.report(compute_statistics, period)
    performance = context.report(staff_performance, period, stats)
    board = context.report(scoreboard, period, performance)
    urges = context.report(list_urges, urged_between=moments(period), limit=URGES_SHOWN)
    lag = context.report_lag()
    return Loaded(stats, performance, board, urges, time.perf_counter() - started, lag)


def qdate(day) -> QDate:  # type: ignore[no-untyped-def]
    return QDate(day.year, day.month, day.day)


class SupervisionWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded: Loaded | None = None
        self._shown = False
        self.setWindowTitle(self.tr("督办与统计 — 审批工作台"))
        self.resize(1280, 700)  # fits a 1366×768 office screen with its taskbar
        period = Period.last_months(timesource.today())
        self.start, self.end = QDateEdit(qdate(period.start)), QDateEdit(qdate(period.end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.dimension = QComboBox()
        for dimension, text in (
            (Dimension.QUEUE, self.tr("按队列")),
            (Dimension.DEPARTMENT, self.tr("按部门")),
            (Dimension.ITEM, self.tr("按事项")),
            (Dimension.HANDLER, self.tr("按承办人")),
        ):
            self.dimension.addItem(text, dimension)
        self.dimension.currentIndexChanged.connect(self._show_breakdown)
        self.report = PeriodReportAction(self)
        self._toolbar()
        self.dashboard = DashboardView()
        self.breakdown = BreakdownView()
        self.cases = CaseListView(context)
        self.tickets = TicketsView(context)
        self.follow_ups = FollowUpsView(context)
        self.notices = NoticesView(context, period)
        self.licences = LicencesView(context, period)
        self.promises = PromisesView(context, period)
        self.projects = ProjectsView(context, period)
        self.commitments = CommitmentsView(context, period)
        self.urges = TableModel(parent=self)
        self.performance = TableModel(parent=self)
        self.scores = PerformanceView(self.performance)
        self.scores.period_chosen.connect(self.choose_period)
        for view in (self.dashboard, self.breakdown):
            view.drill.connect(self.show_cases)
        self.dashboard.open_licences.connect(self.show_expiring_licences)
        self.licences.days.editingFinished.connect(self._count_expiring)
        self.tabs = QTabWidget()
        for widget, title in (
            (self.dashboard, self.tr("统计看板")),
            (self.breakdown, self.tr("分组统计")),
            (self.cases, self.tr("办件清单")),
            (self.tickets, self.tr("热线与投诉")),
            (self.follow_ups, self.tr("差评回访")),
            (self.notices, self.tr("监管抄告")),
            (self.licences, self.tr("许可证到期")),
            (self.promises, self.tr("容缺承诺")),
            (self.projects, self.tr("工程建设项目")),
            (self.commitments, self.tr("告知承诺核查")),
            (table_view(self.urges), self.tr("督办记录")),
            (self.scores, self.tr("绩效考核")),
        ):
            self.tabs.addTab(widget, title)
        self.setCentralWidget(self.tabs)

    def _toolbar(self) -> None:
        bar = self.addToolBar(self.tr("统计"))
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr(" 期间：")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(" — "))
        bar.addWidget(self.end)
        bar.addWidget(QLabel(self.tr("  分组：")))
        bar.addWidget(self.dimension)
        bar.addSeparator()
        for text, keys, slot in (
            (self.tr("刷新"), QKeySequence.StandardKey.Refresh, self.refresh),
            (self.tr("导出 Excel"), QKeySequence("Ctrl+E"), lambda: self.export("xlsx")),
            (self.tr("导出 CSV"), QKeySequence("Ctrl+Shift+E"), lambda: self.export("csv")),
            (self.tr("工作报告"), QKeySequence("Ctrl+Shift+R"), lambda: self.report.run()),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            bar.addAction(action)

    # Loading -------------------------------------------------------------------------------

    def period(self) -> Period:
        start, end = self.start.date(), self.end.date()
        return Period(
            start.toPython(),  # type: ignore[arg-type]
            end.toPython(),  # type: ignore[arg-type]
        )

    def refresh(self) -> None:
        try:
            period = self.period()
        except DomainError as error:
            self.statusBar().showMessage(explain(error))
            return
        self.statusBar().showMessage(self.tr("正在统计……"))
        self.notices.period = period
        self.licences.period = period
        self.promises.period = period
        self.projects.period = period
        self.commitments.period = period
        context = self.context
        Operation(self, lambda: load(context, period)).on_success(self._loaded).on_failure(
            lambda error: self.statusBar().showMessage(explain(error))
        ).run()
        for view in (
            self.tickets,
            self.follow_ups,
            self.notices,
            self.licences,
            self.promises,
            self.projects,
            self.commitments,
        ):
            view.reload()
        self._count_expiring()
        Operation(self, lambda: context.report(on_the_spot, period)).on_success(
            lambda spot: self.dashboard.show_on_the_spot(spot.today, spot.period)
        ).on_failure(lambda error: self.statusBar().showMessage(explain(error))).run()

    def _count_expiring(self) -> None:
        """The dashboard's 许可证即将到期 card, within the licences tab's days."""
        context, days = self.context, self.licences.days.value()
        Operation(self, lambda: len(context.read(expiring, days))).on_success(
            lambda count: self.dashboard.show_expiring(count, days)
        ).on_failure(lambda error: self.statusBar().showMessage(explain(error))).run()

    def show_expiring_licences(self) -> None:
        """From the dashboard's card: the licences tab, listing those expiring."""
        self.tabs.setCurrentWidget(self.licences)
        self.licences.in_period.setChecked(False)
        self.licences.show_expiring()

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.dashboard.show_result(loaded.stats)
        self._show_breakdown()
        self.urges.set_table(urges_table(loaded.urges), loaded.urges)
        self.performance.set_table(
            performance_table(loaded.performance, loaded.stats.period), loaded.performance
        )
        self.scores.show_board(loaded.board)
        message = (
            self.tr("%1 的统计，用时 %2 秒")
            .replace("%1", str(loaded.stats.period))
            .replace("%2", f"{loaded.seconds:.2f}")
        )
        if loaded.lag is not None:
            message += self.tr("（数据来自备用服务器，约滞后 %1 秒）").replace(
                "%1", f"{loaded.lag:.0f}"
            )
        self.statusBar().showMessage(message)

    def _show_breakdown(self) -> None:
        if self.loaded is not None:
            self.breakdown.show_result(self.loaded.stats, Dimension(self.dimension.currentData()))

    def choose_period(self, period: Period) -> None:
        """Show an assessment period (from the 绩效考核 tab) in every tab."""
        self.start.setDate(qdate(period.start))
        self.end.setDate(qdate(period.end))
        self.refresh()

    def show_cases(self, query: FigureQuery) -> None:
        self.cases.show_query(query)
        self.tabs.setCurrentWidget(self.cases)

    # Export --------------------------------------------------------------------------------

    def export_work(self) -> Callable[[], Table | list[Table]] | None:
        """What the current tab exports: its table(s), as shown."""
        current = self.tabs.currentWidget()
        if current in (self.dashboard, self.breakdown):
            if self.loaded is None:
                return None
            stats, by = self.loaded.stats, Dimension(self.dimension.currentData())
            return lambda: [figures_table(stats, by), months_table(stats)]
        if current in (
            self.cases,
            self.tickets,
            self.follow_ups,
            self.notices,
            self.promises,
            self.projects,
        ):
            return current.export_work()  # type: ignore[attr-defined,no-any-return]
        if current is self.scores:
            tables = self.scores.export_tables()
            return lambda: tables
        table = self.urges.shown_table()
        return lambda: table

    def export(self, kind: str) -> None:
        work = self.export_work()
        if work is None:
            self.statusBar().showMessage(self.tr("没有可导出的内容：请先刷新"))
            return
        name = f"{self.tabs.tabText(self.tabs.currentIndex())}-{self.period()}".replace(" ", "")
        save_table(self, work, name, kind, self.statusBar().showMessage)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()
