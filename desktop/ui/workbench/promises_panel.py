"""The workbench's 容缺承诺 tab: the materials accepted missing on the applicant's written
promise, each with its day and where it stands (overdue in red), and the handler's 登记补交
button that records the selected one received (README, "容缺受理")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.promises import PromiseState
from desktop.services.cases.promises import PromiseRow, receive_promised
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import PlainTableModel

if TYPE_CHECKING:
    from desktop.services.cases.details import CaseDetails
    from desktop.ui.workbench.window import Workbench

RED = QColor("#c62828")


class PromiseModel(PlainTableModel):
    """The promises, an overdue one in red."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            promise: PromiseRow = self.object_at(index.row())
            return RED if promise.state is PromiseState.OVERDUE else None
        return super().data(index, role)


class PromisesPanel(QObject):
    """A tab shown only for a case accepted 容缺."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.rows: tuple[PromiseRow, ...] = ()
        self.may_receive = False
        self.model = PromiseModel(
            (
                self.tr("材料"),
                self.tr("承诺补交日期"),
                self.tr("未补交可先发证"),
                self.tr("状态"),
                self.tr("补交日期"),
                self.tr("登记人"),
            )
        )
        self.page = QWidget()
        self.note = QLabel(
            self.tr(
                "申请人签署了容缺受理承诺书，承诺在下列日期前补交材料；"
                "未补交且不可先发证的材料补交前，不能制发许可证。"
            )
        )
        self.note.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.receive_button = QPushButton(self.tr("登记补交"))
        self.receive_button.setToolTip(self.tr("所选材料今日已收到：登记补交"))
        self.receive_button.clicked.connect(self.receive)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receive_button)
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.index = bench.tabs.addTab(self.page, self.tr("容缺承诺"))
        bench.tabs.setTabVisible(self.index, False)

    def case_shown(self, details: CaseDetails) -> None:
        self.rows, self.may_receive = details.promises, details.receives_promised
        yes, no = self.tr("是"), self.tr("否")
        self.model.set_rows(
            [
                (
                    p.material,
                    p.promised_on.isoformat(),
                    yes if p.issue_before_received else no,
                    label(p.state),
                    p.received_on.isoformat() if p.received_on else "",
                    p.received_by or "",
                )
                for p in self.rows
            ],
            list(self.rows),
        )
        overdue = sum(p.state is PromiseState.OVERDUE for p in self.rows)
        title = self.tr("容缺承诺")
        if overdue:
            title = self.tr("容缺承诺（%1 项逾期）").replace("%1", str(overdue))
        self.bench.tabs.setTabText(self.index, title)
        self.bench.tabs.setTabVisible(self.index, bool(self.rows))
        self.receive_button.setVisible(self.may_receive)
        open_rows = [r for r, p in enumerate(self.rows) if p.received_on is None]
        if open_rows:
            self.view.selectRow(open_rows[0])
        self._enable()

    def selected(self) -> PromiseRow | None:
        chosen = self.view.selectionModel().selectedRows()
        return self.model.object_at(chosen[0].row()) if chosen else None

    def _enable(self) -> None:
        promise = self.selected()
        self.receive_button.setEnabled(
            self.may_receive and promise is not None and promise.received_on is None
        )

    def receive(self) -> None:
        bench, promise, details = self.bench, self.selected(), self.bench.details
        if promise is None or details is None or promise.received_on is not None or bench.busy:
            return
        context, case_id, version = bench.context, details.id, details.version
        self.receive_button.setEnabled(False)
        Operation(
            self, lambda: context.write(receive_promised, case_id, version, promise.id)
        ).on_success(lambda _: bench.load()).on_failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        self._enable()
        QMessageBox.warning(self.bench, self.tr("未能登记补交"), explain(error))
