"""The main window: queues on the left, the selected view's cases on the right, kept live."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QWidget,
)

from desktop.domain.enums import Category, Role
from desktop.domain.phrases import Phrase
from desktop.services.admin.calendar import calendar_warning
from desktop.services.cases.queues import (
    QueueQuery,
    QueueView,
    count_views,
    fetch_page,
    fetch_rows,
    views_for,
)
from desktop.services.cases.urging import count_urges_to_me
from desktop.services.database import describe
from desktop.services.server_clock import check_clock
from desktop.ui import settings
from desktop.ui.admin.actions import add_admin_actions, add_supervision_action
from desktop.ui.clock_warning import ClockWarning
from desktop.ui.composed import say
from desktop.ui.connection_watch import connection_watch
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_main_window import Ui_MainWindow
from desktop.ui.labels import label
from desktop.ui.live import LiveUpdates
from desktop.ui.menu_bar import ShortcutsDialog, build_menu_bar, show_about
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.queues.navigation import KEY_ROLE, NavigationModel
from desktop.ui.queues.queue_model import (
    COLUMNS,
    STEP_COLUMN,
    URGE_COLUMN,
    WARNING_COLUMN,
    QueueModel,
    column_widths,
    sort_indicator,
)
from desktop.ui.queues.saved_filters import SavedFilters
from desktop.ui.queues.urges_view import UrgesEntry

if TYPE_CHECKING:
    from desktop.ui.workbench.window import Workbench  # imported when a case is first opened

COUNTS_AFTER_CHANGE_MS = 1500  # counts follow notifications, batched
log = logging.getLogger("desktop.ui.main_window")


def warm_connection(context: AppContext) -> float:
    """Off the UI thread at sign-in: the person's usual writes rehearsed and rolled back, so
    the first real one does not pay for a new server connection's caches (imported here:
    the window shows before this work needs it)."""
    from desktop.services.admin.warm_up import warm_up

    return warm_up(context.sessions, context.actor)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        actor = context.actor
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("审批工作台 — %1").replace("%1", actor.full_name))
        self.tree, self.table = self.ui.tree, self.ui.table
        self.search, self.title, self.banner = self.ui.search, self.ui.title, self.ui.banner
        self.navigation = NavigationModel(views_for(actor))
        self.saved = SavedFilters(actor.username)
        self.navigation.set_saved(sorted(self.saved.all()))
        self.tree.setModel(self.navigation)
        self.tree.expandAll()
        self.tree.clicked.connect(self._view_chosen)
        self.model = QueueModel(lambda query, after: context.read(fetch_page, query, after), self)
        self.model.failed.connect(self._show_error)
        self.model.loading_changed.connect(self._loading)
        self.table.setModel(self.model)
        self._fit_columns()
        self.table.doubleClicked.connect(self.open_selected)
        self.table.activated.connect(self.open_selected)  # Enter on a row (without the menu)
        self.search.returnPressed.connect(self._reload)
        self.ui.splitter.setStretchFactor(1, 1)
        navigation_width = self.tree.fontMetrics().horizontalAdvance("即将到期（黄牌）（99,999）")
        self.ui.splitter.setSizes([navigation_width + 2 * self.tree.indentation(), 1000])
        self._actions()
        self.statusBar().showMessage(
            self.tr("%1（%2） · %3")
            .replace("%1", actor.full_name)
            .replace("%2", actor.username)
            .replace("%3", describe(context.url))
        )
        self.clock_warning = ClockWarning(self)
        self.statusBar().addPermanentWidget(self.clock_warning)
        self.live = LiveUpdates(context.url, self)
        self.live.tick.connect(self.refresh)
        self.live.changed.connect(self._cases_changed)
        connection_watch().retrying.connect(self._show_retrying)
        self._refreshing = False
        self._again = False  # a change arrived while refreshing: refresh once more
        self._closed = False
        self.counts_timer = QTimer(self)
        self.counts_timer.setSingleShot(True)
        self.counts_timer.setInterval(COUNTS_AFTER_CHANGE_MS)
        self.counts_timer.timeout.connect(self.refresh)
        self.workbenches: dict[int, Workbench] = {}
        self._restore_layout()

    def _fit_columns(self) -> None:
        """Widths from content, so that every column fits a 1366 px screen; the project
        column takes the room left and elides (a layout the user saved replaces this)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(column_widths(self.table.fontMetrics())):
            self.table.setColumnWidth(column, width)
            if COLUMNS[column].fills:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _actions(self) -> None:
        ui = self.ui
        ui.refreshAction.triggered.connect(self._reload)
        ui.findAction.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        ui.saveFilterAction.triggered.connect(lambda: self.save_filter())
        ui.removeFilterAction.triggered.connect(self.remove_filter)
        # Delete only in the navigation (a widget shortcut): elsewhere it must delete text.
        self.tree.addAction(ui.removeFilterAction)
        ui.adminAction.setVisible(self.context.actor.has(Role.ADMIN))
        ui.adminAction.setEnabled(self.context.actor.has(Role.ADMIN))
        ui.adminAction.triggered.connect(self.open_admin)
        self.admin_window: QWidget | None = None
        window_staff = self.context.actor.has(Role.CLERK) or self.context.actor.has(Role.HEAD)
        ui.printQueueAction.setVisible(window_staff)
        ui.printQueueAction.setEnabled(window_staff)
        ui.printQueueAction.triggered.connect(self.open_print_queue)
        ui.verifyAction.triggered.connect(self.open_verify)
        self.print_queue: QWidget | None = None
        self.urges = UrgesEntry(
            ui.urgesAction, ui.toolbar, self.context, self.open_case, self.refresh
        )
        supervision = add_supervision_action(self, ui.toolbar, self.context)
        self.admin_actions = add_admin_actions(self, ui.toolbar, self.context)
        coordinator = self.context.actor.has(Role.COORDINATOR)
        ui.coordinatorAction.setVisible(coordinator)
        ui.coordinatorAction.setEnabled(coordinator)
        ui.coordinatorAction.triggered.connect(self.open_coordinator)
        self.coordinator_window: QWidget | None = None
        self.global_search: QWidget | None = None
        ui.globalSearchAction.triggered.connect(self.open_global_search)
        ui.openCaseAction.triggered.connect(lambda: self.open_selected())
        self.table.addAction(ui.openCaseAction)  # Enter on a row (a widget shortcut)
        ui.shortcutsAction.triggered.connect(self.show_shortcuts)
        ui.aboutAction.triggered.connect(self.show_about)
        ui.quitAction.triggered.connect(self.close)
        build_menu_bar(
            self,
            (
                (self.tr("文件"), (ui.verifyAction, None, ui.quitAction)),
                (self.tr("办件"), (ui.openCaseAction, ui.globalSearchAction, ui.urgesAction)),
                (
                    self.tr("视图"),
                    (
                        ui.refreshAction,
                        ui.findAction,
                        None,
                        ui.saveFilterAction,
                        ui.removeFilterAction,
                    ),
                ),
                (
                    self.tr("工具"),
                    (
                        ui.printQueueAction,
                        ui.coordinatorAction,
                        *([supervision] if supervision else []),
                        ui.adminAction,
                        *self.admin_actions,
                    ),
                ),
                (self.tr("帮助"), (ui.shortcutsAction, ui.aboutAction)),
            ),
        )

    def open_global_search(self) -> None:
        """Search every case this person may see (Ctrl+Shift+F), whatever view is shown."""
        from desktop.ui.queues.global_search import GlobalSearch

        if self.global_search is None:
            self.global_search = GlobalSearch(self.context, self.open_case, self)
        self.global_search.show()
        self.global_search.raise_()
        self.global_search.activateWindow()

    def show_shortcuts(self) -> None:
        self.shortcuts = ShortcutsDialog(self)
        self.shortcuts.show()

    def show_about(self) -> None:
        self.about = show_about(self, self.context)

    def open_print_queue(self) -> None:
        from desktop.ui.print_queue import PrintQueue

        if self.print_queue is None or not self.print_queue.isVisible():
            self.print_queue = PrintQueue(self.context)
        self.print_queue.show()
        self.print_queue.raise_()

    def open_verify(self) -> None:
        from desktop.ui.verify_dialog import VerifyDialog

        VerifyDialog(self.context, self).exec()

    def open_admin(self) -> None:
        from desktop.ui.admin.window import AdminWindow

        if self.admin_window is None or not self.admin_window.isVisible():
            self.admin_window = AdminWindow(self.context)
        self.admin_window.show()
        self.admin_window.raise_()

    def open_coordinator(self) -> None:
        from desktop.ui.inspections.window import CoordinatorWindow

        if self.coordinator_window is None or not self.coordinator_window.isVisible():
            self.coordinator_window = CoordinatorWindow(self.context)
        self.coordinator_window.show()
        self.coordinator_window.raise_()

    def start(self) -> None:
        """Show the actor's most useful view first, then keep everything live."""
        actor = self.context.actor
        category = (
            Category.SOCIAL
            if actor.has(Role.HANDLER_SOCIAL) and not actor.has(Role.HANDLER_ENGINEERING)
            else Category.ENGINEERING
        )
        handler = actor.has(Role.HANDLER_ENGINEERING) or actor.has(Role.HANDLER_SOCIAL)
        own = [v for v in self.navigation.views if v in (QueueView.CERTIFY, QueueView.SCHEDULE)]
        view = QueueView.MINE if handler else own[0] if own else QueueView.ALL
        index = self.navigation.index_of(category, view)
        self.tree.setCurrentIndex(index)
        self._view_chosen(index)
        self.refresh()
        self.live.start()
        context = self.context
        Operation(self, lambda: context.read(calendar_warning)).on_success(self._show_notice).run()
        Operation(self, lambda: warm_connection(context)).on_failure(self._not_warmed).run()

    def _not_warmed(self, error: Exception) -> None:
        """The warm-up only saves the first action some milliseconds: its failure (the
        connection watch says when the server is away) costs the person nothing to read."""
        log.info("connection not warmed: %s", error)

    def _show_notice(self, notice: Phrase | None) -> None:
        self.ui.notice.setText(say(notice) if notice is not None else "")
        self.ui.notice.setVisible(notice is not None)

    def open_selected(self, index: QModelIndex | None = None) -> None:
        """Open the case under the cursor in its workbench (double-click or Enter)."""
        index = index if index is not None and index.isValid() else self.table.currentIndex()
        if index.isValid():
            self.open_case(self.model.row_at(index.row()).id)

    def open_case(self, case_id: int) -> None:
        """The case's workbench, opened or brought to the front."""
        bench = self.workbenches.get(case_id)
        if bench is None or not bench.isVisible():
            from desktop.ui.workbench.window import Workbench

            bench = Workbench(self.context, case_id)
            bench.urges_acknowledged.connect(self.refresh)
            self.workbenches[case_id] = bench
        bench.show()
        bench.raise_()
        bench.activateWindow()

    def _view_chosen(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is None:
            return
        if key[0] == "saved":
            self._apply_saved(key[1])
            return
        category, view = key
        self.title.setText(f"{label(category)} · {label(view)}")
        query = QueueQuery.default(category, view, self.search.text())
        self.model.set_query(query)
        self.table.horizontalHeader().setSortIndicator(*sort_indicator(query))

    def _apply_saved(self, name: str) -> None:
        query = self.saved.all().get(name)
        if query is None:
            return
        self.search.setText(query.search)
        self.title.setText(self.tr("我的筛选") + f" · {name}")
        self.model.set_query(query)
        self.table.horizontalHeader().setSortIndicator(*sort_indicator(query))

    def save_filter(self, name: str | None = None) -> None:
        """Save the current view, search and order under a name (asked when not given)."""
        query = self.model.query
        if query is None:
            return
        from dataclasses import replace

        query = replace(query, search=self.search.text())
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("保存筛选"), self.tr("名称："))
            if not ok:
                return
        name = name.strip()
        if name:
            self.saved.save(name, query)
            self.navigation.set_saved(sorted(self.saved.all()))
            self.tree.expandAll()

    def remove_filter(self) -> None:
        key = self.tree.currentIndex().data(KEY_ROLE)
        if key is not None and key[0] == "saved":
            self.saved.remove(key[1])
            self.navigation.set_saved(sorted(self.saved.all()))
            self.tree.expandAll()

    def _reload(self) -> None:
        query = self.model.query
        if query is not None:
            from dataclasses import replace

            self.model.set_query(replace(query, search=self.search.text()))
        self.refresh()

    def _cases_changed(self, ids: set[int] | None) -> None:
        """A notification: re-query the changed rows on screen now; the counts (a heavier
        query) at most every few seconds however busy the bureau is."""
        if ids is None:
            self.refresh()
        else:
            shown = [case_id for case_id in self.model.loaded_ids() if case_id in ids]
            if shown:
                context = self.context
                # Quietly: the timed refresh reloads these rows too, and shows its failures.
                Operation(self, lambda: context.read(fetch_rows, shown)).on_success(
                    self.model.update_rows
                ).quietly().run()
            if not self.counts_timer.isActive():
                self.counts_timer.start()
        for bench in self.workbenches.values():
            if ids is None or bench.case_id in ids:
                bench.check_version()

    def refresh(self) -> None:
        """Counts for both queues and fresh data for the rows on screen, in the background."""
        if self._closed:
            return
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        ids = self.model.loaded_ids()[:2000]
        context, urged, views = self.context, self.urges.enabled, self.navigation.views

        def load():  # type: ignore[no-untyped-def]
            counts = {c: context.read(count_views, c, views) for c in Category}
            urges = context.read(count_urges_to_me) if urged else 0
            rows = context.read(fetch_rows, ids) if ids else {}
            return counts, rows, urges, context.read(check_clock)

        Operation(self, load).on_success(self._refreshed).on_failure(self._refresh_failed).run()

    def _refreshed(self, result) -> None:  # type: ignore[no-untyped-def]
        self._refreshing = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh)  # cancelled if the window goes
        counts, rows, urges, clock = result
        self.clock_warning.show_check(clock)
        for category, per_view in counts.items():
            self.navigation.set_counts(category, per_view)
        self.model.update_rows(rows)
        if self.urges.enabled and self.urges.show_count(urges):
            self.statusBar().showMessage(
                self.tr("收到新的督办通知：点“我的督办”（Ctrl+Shift+U）查看并确认收到"), 15000
            )
        self.banner.setVisible(False)
        self.model.retry()  # the database is back: load what failed meanwhile

    def _refresh_failed(self, error: Exception) -> None:
        self._refreshing = False
        self._again = False  # the next tick retries
        self._show_error(error)

    def _show_retrying(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def _show_error(self, error: Exception) -> None:
        self.banner.setText(explain(error) + self.tr("（程序会自动重试）"))
        self.banner.setVisible(True)

    def _loading(self, loading: bool) -> None:
        self.statusBar().showMessage(
            self.tr("正在加载……")
            if loading
            else self.tr("已加载 %1 件").replace("%1", f"{self.model.rowCount():,}"),
            3000,
        )

    def _restore_layout(self) -> None:
        user, header = self.context.actor.username, self.table.horizontalHeader()
        geometry = settings.WINDOW_GEOMETRY.of(user).get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        # The urge column is the model's last, so saved layouts keep their columns; it is
        # shown beside the warning, and moved there in a layout saved before it existed.
        # The step column, added after it, goes beside the urge the same way.
        header.moveSection(URGE_COLUMN, WARNING_COLUMN + 1)
        header.moveSection(STEP_COLUMN, WARNING_COLUMN + 2)
        state = settings.QUEUE_COLUMNS.of(user).get()
        saved_columns = settings.QUEUE_COLUMN_COUNT.of(user).get()
        if state is None or not header.restoreState(state):
            return
        for column, beside in ((URGE_COLUMN, WARNING_COLUMN), (STEP_COLUMN, URGE_COLUMN)):
            if saved_columns <= column:
                header.moveSection(header.visualIndex(column), header.visualIndex(beside) + 1)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        user = self.context.actor.username
        settings.WINDOW_GEOMETRY.of(user).set(self.saveGeometry())
        settings.QUEUE_COLUMNS.of(user).set(self.table.horizontalHeader().saveState())
        settings.QUEUE_COLUMN_COUNT.of(user).set(self.model.columnCount())
        self._closed = True
        self.live.changed.disconnect(self._cases_changed)
        self.live.tick.disconnect(self.refresh)
        self.live.stop()
        for bench in self.workbenches.values():
            bench.close()
        for other in (self.admin_window, self.print_queue):
            if other is not None:
                other.close()
        self.urges.close()
        super().closeEvent(event)
