"""Global search (Ctrl+Shift+F): every case the user may see, in both queues and every
status, by number, applicant, identifier or project; Enter opens the workbench."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases.queues import SEARCH_LIMIT, QueueRow, search_everywhere
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel


class GlobalSearch(QDialog):
    """Not modal: several cases may be opened from one search."""

    def __init__(
        self, context: AppContext, open_case: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.open_case = context, open_case
        self.searching = False
        self.setWindowTitle(self.tr("查找办件（全部队列）"))
        self.resize(1100, 560)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("受理编号、申请人名称、身份证号码、统一社会信用代码或项目名称，按回车查找")
        )
        self.text.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("查找"))
        self.find_button.setDefault(False)
        self.find_button.setAutoDefault(False)
        self.open_button = QPushButton(self.tr("打开办件"))
        self.open_button.setAutoDefault(False)
        self.status = QLabel(self.tr("在您可以查看的全部办件中查找，不限于当前视图。"))
        self.model = PlainTableModel(
            (
                self.tr("受理编号"),
                self.tr("事项"),
                self.tr("申请人"),
                self.tr("项目"),
                self.tr("承诺期限"),
                self.tr("状态"),
                self.tr("承办人"),
            ),
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 220, 200, 200, 100, 90)):
            self.table.setColumnWidth(column, width)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.find_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.text.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self.open_button.clicked.connect(lambda: self.open_chosen())  # not clicked(bool)
        self.table.activated.connect(self.open_chosen)  # Enter or double-click on a row
        self.text.setFocus()

    def find(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.status.setText(self.tr("请输入要查找的编号、名称、证件号码或项目名称。"))
            return
        if self.searching:
            return
        self.searching = True
        self.status.setText(self.tr("正在查找……"))
        context = self.context
        Operation(self, lambda: context.read(search_everywhere, text)).on_success(
            self._found
        ).on_failure(self._failed).run()

    def _found(self, rows: list[QueueRow]) -> None:
        self.searching = False
        self.model.set_rows(
            [
                (
                    row.number,
                    row.item,
                    row.applicant,
                    row.project,
                    row.promised_due_on.isoformat() if row.promised_due_on else "",
                    label(row.status),
                    row.handler,
                )
                for row in rows
            ],
            list(rows),
        )
        if not rows:
            self.status.setText(self.tr("没有找到符合条件的办件。"))
        elif len(rows) >= SEARCH_LIMIT:
            self.status.setText(
                self.tr("只列出最新受理的 %1 件：请输入更完整的内容缩小范围。").replace(
                    "%1", str(SEARCH_LIMIT)
                )
            )
        else:
            self.status.setText(
                self.tr("找到 %1 件：按回车或双击打开。").replace("%1", str(len(rows)))
            )
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def _failed(self, error: Exception) -> None:
        self.searching = False
        self.status.setText(explain(error))

    def open_chosen(self, index: QModelIndex | None = None) -> None:
        """Open the chosen case's workbench (the selected row when none is given)."""
        index = index if index is not None and index.isValid() else self.table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("请先在列表中选择一个办件。"))
            return
        row: QueueRow = self.model.index(index.row(), 0).data(ROW_ROLE)
        self.open_case(row.id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter in the line edit searches, in the table opens: never close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
