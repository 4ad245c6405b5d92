"""The certificate window (发证窗口): decided cases waiting for documents or hand-over;
issue and print a whole selection in one job with progress, record who collected what."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services.documents.print_queue import (
    WaitingCase,
    hand_over,
    issue_for_cases,
    waiting_cases,
)
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_print_queue import Ui_PrintQueue
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.pdf_preview import print_in_background
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel
from desktop.ui.verify_dialog import VerifyDialog


class PrintQueue(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = ui = Ui_PrintQueue()
        ui.setupUi(self)
        self.model = PlainTableModel(
            (
                self.tr("受理编号"),
                self.tr("申请人"),
                self.tr("事项"),
                self.tr("决定"),
                self.tr("决定日期"),
                self.tr("已制发"),
                self.tr("待制发"),
            ),
            self,
        )
        ui.cases.setModel(self.model)
        ui.refresh.clicked.connect(self.load)
        ui.issueAndPrint.clicked.connect(self.issue_and_print)
        ui.handOver.clicked.connect(self.hand_over)
        ui.verify.clicked.connect(lambda: VerifyDialog(self.context, self).exec())
        self.printed: list[bytes] = []
        self.load()

    def load(self) -> None:
        context = self.context
        self.ui.status.setText(self.tr("正在读取……"))
        Operation(self, lambda: context.read(waiting_cases)).on_success(self._show).on_failure(
            self._failed
        ).run()

    def _show(self, entries: list[WaitingCase]) -> None:
        self.model.set_rows(
            [
                (
                    e.number,
                    e.applicant,
                    e.item,
                    self.tr("准予许可") if e.granted else self.tr("不予许可"),
                    e.decided_on or "",
                    "、".join(e.issued),
                    "、".join(label(kind) for kind in e.needs),
                )
                for e in entries
            ],
            entries,
        )
        self.ui.cases.resizeColumnsToContents()
        self.ui.status.setText(self.tr("共 %1 件").replace("%1", str(len(entries))))

    def _failed(self, error: Exception) -> None:
        self.ui.progress.setVisible(False)
        self.ui.status.setText(explain(error))

    def selected(self) -> list[WaitingCase]:
        rows = {index.row() for index in self.ui.cases.selectionModel().selectedRows()}
        return [self.model.index(row, 0).data(ROW_ROLE) for row in sorted(rows)]

    def issue_and_print(self) -> None:
        chosen = [entry.id for entry in self.selected() if entry.needs]
        if not chosen:
            self.ui.status.setText(self.tr("请先选择尚待制发文书的办件"))
            return
        context = self.context
        self.ui.progress.setRange(0, len(chosen))
        self.ui.progress.setValue(0)
        self.ui.progress.setVisible(True)
        self.ui.issueAndPrint.setEnabled(False)

        def work(report):  # type: ignore[no-untyped-def]
            return issue_for_cases(context.sessions, context.actor, chosen, report)

        Operation(self, work).with_progress(
            lambda report: self.ui.progress.setValue(report[0])
        ).on_success(self._issued).on_failure(self._failed).run()

    def _issued(self, result) -> None:  # type: ignore[no-untyped-def]
        issued, failures = result
        self.ui.issueAndPrint.setEnabled(True)
        self.ui.progress.setVisible(False)
        self.printed = [document.pdf for document in issued]
        message = self.tr("已制发 %1 份文书").replace("%1", str(len(issued)))
        if failures:
            message += "\n" + self.tr("未能制发：") + "\n" + "\n".join(failures[:20])
        self.ui.status.setText(message)
        self.load()
        if self.printed:
            print_in_background(self, self.tr("打印文书"), self.printed)

    def hand_over(self) -> None:
        entries = self.selected()
        if len(entries) != 1:
            self.ui.status.setText(self.tr("请选择一件办件登记出件"))
            return
        entry = entries[0]
        who, ok = QInputDialog.getText(
            self, self.tr("登记出件"), self.tr("%1 的签收人姓名：").replace("%1", entry.number)
        )
        if not ok or not who.strip():
            return
        context = self.context

        def work() -> bytes:
            return context.write(hand_over, entry.id, who).pdf

        Operation(self, work).on_success(self._handed_over).on_failure(
            lambda error: QMessageBox.warning(self, self.tr("登记出件"), explain(error))
        ).run()

    def _handed_over(self, proof: bytes) -> None:
        self.ui.status.setText(self.tr("已登记出件，正在打印送达回证"))
        self.load()
        print_in_background(self, self.tr("送达回证"), [proof])
