"""The main window: opens the database off the UI thread and shows the queues at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget
from sqlalchemy.engine import URL

from desktop.data.database import describe
from desktop.services.startup import OpenedDatabase, open_database
from desktop.ui.operations import Operation
from desktop.ui.overview_model import OverviewModel


class MainWindow(QMainWindow):
    def __init__(self, url: URL, *, demo: bool = False) -> None:
        super().__init__()
        self.url = url
        self.demo = demo
        self.setWindowTitle("审批工作台")
        self.resize(720, 560)
        self.status = QLabel(f"正在打开数据库 {describe(url)} …")
        self.status.setWordWrap(True)
        self.model = OverviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel("各类办件一览")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.statusBar().showMessage(describe(url))

    def start(self) -> None:
        """Open (and, for the demo, fill) the database in the background."""
        url, demo = self.url, self.demo
        Operation(self, lambda: open_database(url, demo=demo)).on_success(self._opened).on_failure(
            self._failed
        ).run()

    def _opened(self, opened: OpenedDatabase) -> None:
        self.model.set_counts(opened.overview)
        total = sum(c.cases for c in opened.overview)
        note = f"共 {total:,} 件办件。" + (f" {opened.note}" if opened.note else "")
        self.status.setText(note)

    def _failed(self, error: Exception) -> None:
        self.status.setText(f"无法打开数据库：{error}")
        self.status.setStyleSheet("color: #b00020;")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
