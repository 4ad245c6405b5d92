"""My urges (我的督办): the urge notices sent to the signed-in handler; open the case, or
acknowledge the selected notices (确认收到). Everything runs off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Role
from desktop.services.cases.urging import UrgeLine, acknowledge_urge, list_urges
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel
from desktop.ui.workbench.case_rows import when


class UrgesWindow(QWidget):
    """Lists the urges sent to the actor, those waiting for acknowledgement by default."""

    acknowledged = Signal()  # urges were acknowledged here (the queue's marks and count)

    def __init__(self, context: AppContext, open_case: Callable[[int], None]) -> None:
        super().__init__()
        self.context = context
        self.open_case = open_case
        self.note = ""  # what was just done, said with the next list
        self.setWindowTitle(self.tr("我的督办"))
        self.resize(1000, 460)
        hint = QLabel(
            self.tr(
                "督办人员就您承办的黄牌、红牌办件发出的督办通知。请抓紧办理，并选中后点"
                "“确认收到”告知督办人员；双击或按 Enter 打开办件。"
            )
        )
        hint.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("也显示已确认的"))
        self.show_all.toggled.connect(lambda _: self.load())
        self.model = PlainTableModel(
            (
                self.tr("督办时间"),
                self.tr("受理编号"),
                self.tr("事项"),
                self.tr("级别"),
                self.tr("督办人"),
                self.tr("确认收到"),
                self.tr("督办意见"),
            ),
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Newest first, as listed; a click on a header sorts by that column instead.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _: self.open_selected())  # double-click or Enter
        self.status = QLabel()
        buttons = QHBoxLayout()
        for text, key, slot in (
            (self.tr("确认收到（Ctrl+Shift+O）"), "Ctrl+Shift+O", self.acknowledge),
            (self.tr("打开办件"), None, self.open_selected),
            (self.tr("刷新（F5）"), "F5", self.load),
        ):
            button = QPushButton(text)
            if key is not None:
                button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.show_all)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        context, waiting = self.context, not self.show_all.isChecked()
        self.status.setText(self.tr("正在读取……"))
        Operation(
            self, lambda: context.read(list_urges, to_me=True, unacknowledged_only=waiting)
        ).on_success(self._show).on_failure(self._failed).run()

    def _show(self, lines: list[UrgeLine]) -> None:
        waiting = self.tr("未确认")
        self.model.set_rows(
            [
                (
                    when(u.urged_at),
                    u.case_number,
                    u.item,
                    label(u.level),
                    u.urged_by,
                    when(u.acknowledged_at) if u.acknowledged_at else waiting,
                    u.message,
                )
                for u in lines
            ],
            lines,
        )
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        open_count = sum(1 for u in lines if u.acknowledged_at is None)
        summary = (
            self.tr("%1 条督办待确认收到").replace("%1", str(open_count))
            if open_count
            else self.tr("没有待确认的督办")
        )
        self.status.setText(f"{self.note}  {summary}" if self.note else summary)
        self.note = ""

    def _selected(self) -> list[UrgeLine]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows]

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen:
            self.open_case(chosen[0].case_id)

    def acknowledge(self) -> None:
        ids = [u.id for u in self._selected() if u.acknowledged_at is None]
        if not ids:
            self.status.setText(self.tr("请先选中要确认收到的督办（未确认的）"))
            return
        context = self.context
        self.status.setText(self.tr("正在确认……"))
        Operation(self, lambda: [context.write(acknowledge_urge, i) for i in ids]).on_success(
            lambda done: self._acknowledged(len(done))
        ).on_failure(self._failed).run()

    def _acknowledged(self, count: int) -> None:
        self.note = self.tr("已确认收到 %1 条督办。").replace("%1", str(count))
        self.acknowledged.emit()
        self.load()

    def _failed(self, error: Exception) -> None:
        self.status.clear()
        QMessageBox.warning(self, self.windowTitle(), explain(error))


class UrgesEntry(QObject):
    """The main window's 我的督办 action (Ctrl+Shift+U), for handlers: says how many urges
    wait for acknowledgement, in red while any do, and opens the list."""

    def __init__(
        self,
        action: QAction,
        toolbar: QToolBar,
        context: AppContext,
        open_case: Callable[[int], None],
        acknowledged: Callable[[], None],
    ) -> None:
        super().__init__(toolbar)
        self.action, self.toolbar, self.context = action, toolbar, context
        self.open_case, self.on_acknowledged = open_case, acknowledged
        self.enabled = context.actor.has(Role.HANDLER_ENGINEERING) or context.actor.has(
            Role.HANDLER_SOCIAL
        )
        action.setVisible(self.enabled)
        action.setEnabled(self.enabled)
        action.triggered.connect(self.open)
        self.count: int | None = None  # unknown until the first refresh
        self.window: UrgesWindow | None = None

    def open(self) -> None:
        if self.window is None or not self.window.isVisible():
            self.window = UrgesWindow(self.context, self.open_case)
            self.window.acknowledged.connect(self.on_acknowledged)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def show_count(self, count: int) -> int:
        """Show the count; returns how many arrived since the last one (for a message)."""
        arrived = 0 if self.count is None else max(0, count - self.count)
        self.count = count
        text = self.tr("我的督办")
        if count:
            text = self.tr("我的督办（%1 条待确认）").replace("%1", str(count))
        self.action.setText(text)
        button = self.toolbar.widgetForAction(self.action)
        if button is not None:
            button.setStyleSheet("color: #b00020; font-weight: bold;" if count else "")
        return arrived

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
