"""The certificate window (发证窗口): decided cases waiting for documents or hand-over;
find one by case number, applicant or document number; issue and print a whole selection
in one job with progress, record who collected what."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.services.cases.window import may_decide_at_window
from desktop.services.documents.print_queue import (
    WaitingCase,
    hand_over,
    issue_for_cases,
    waiting_cases,
)
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_print_queue import Ui_PrintQueue
from desktop.ui.hand_over_dialog import HandOverDialog
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.pdf_preview import print_in_background
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel
from desktop.ui.seal_pin import ask_seal_pin
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
        # 窗口现场审批: for the clerks the admin authorised (README, "On-the-spot approval").
        self.on_the_spot = QPushButton(self.tr("窗口现场审批…"))
        self.on_the_spot.setVisible(may_decide_at_window(context.actor))
        self.on_the_spot.clicked.connect(self.decide_on_the_spot)
        ui.bar.insertWidget(ui.bar.indexOf(ui.handOver) + 1, self.on_the_spot)
        ui.search.textChanged.connect(lambda _: self._show_matching())
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: ui.search.setFocus())
        self.entries: list[WaitingCase] = []
        self.printed: list[bytes] = []
        self.done = 0  # cases of the batch under way issued so far
        self.load()

    def load(self) -> None:
        self.ui.status.setText(self.tr("正在读取……"))
        self._read(count=True)

    def _read(self, count: bool) -> None:
        """Read the queue again; `count`: say how many wait (else what was said stays)."""
        context = self.context
        Operation(self, lambda: context.read(waiting_cases)).on_success(
            lambda entries: self._show(entries, count)
        ).on_failure(self._failed).run()

    def _show(self, entries: list[WaitingCase], count: bool = True) -> None:
        self.entries = entries
        self._show_matching(count)

    def _show_matching(self, count: bool = True) -> None:
        """The entries matching the search box (every word somewhere), the rest hidden;
        `count`: say how many wait and match (else what was said stays)."""
        words = self.ui.search.text().split()
        shown = [e for e in self.entries if matches(e, words)]
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
                for e in shown
            ],
            shown,
        )
        self.ui.cases.resizeColumnsToContents()
        if not count:
            return
        total = str(len(self.entries))
        if not words:
            self.ui.status.setText(self.tr("共 %1 件").replace("%1", total))
        elif shown:
            self.ui.status.setText(
                self.tr("共 %1 件，符合查找条件的 %2 件")
                .replace("%1", total)
                .replace("%2", str(len(shown)))
            )
        else:
            self.ui.status.setText(
                self.tr("共 %1 件，没有符合“%2”的办件：请检查受理编号、申请人或文书编号")
                .replace("%1", total)
                .replace("%2", " ".join(words))
            )

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
        self.done = 0
        self.ui.progress.setRange(0, len(chosen))
        self.ui.progress.setValue(0)
        self.ui.progress.setVisible(True)
        self.ui.issueAndPrint.setEnabled(False)

        def work(report):  # type: ignore[no-untyped-def]
            done = [0]

            def progressed(count: int, total: int) -> None:
                done[0] = count
                report(count, total)

            def retrying(attempt: int, error: BaseException) -> None:
                context.on_retry(attempt, error)  # the main window's banner, as for any action
                report(done[0], len(chosen), attempt)

            return issue_for_cases(context.sessions, context.actor, chosen, progressed, retrying)

        Operation(self, work).with_progress(self._progressed).on_success(self._issued).on_failure(
            self._batch_failed
        ).run()

    def _progressed(self, report: tuple[int, ...]) -> None:
        """A chunk done, or a chunk being retried after a fault (then the attempt too)."""
        done, total, *retrying = report
        self.done = done
        self.ui.progress.setValue(done)
        if retrying:  # the work goes on by itself; the clerk only waits
            text = self.tr("连接中断，正在重试（第 %1 次）……已制发 %2/%3 件，不会重复制发")
            values = (retrying[0], done, total)
        else:
            text, values = self.tr("正在制发：%1/%2 件"), (done, total)
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        self.ui.status.setText(text)

    def _batch_failed(self, error: Exception) -> None:
        """The batch stopped (the retry time ran out): what was issued stays issued."""
        self.ui.issueAndPrint.setEnabled(True)
        if ask_seal_pin(self, error):  # the token's PIN, asked at the first signing
            self.issue_and_print()
            return
        self._failed(error)
        if self.done:
            kept = self.tr("已完成的 %1 件已保存；连接恢复后请点“刷新”，再制发其余办件")
            self.ui.status.setText(
                self.ui.status.text() + "\n" + kept.replace("%1", str(self.done))
            )

    def _issued(self, result) -> None:  # type: ignore[no-untyped-def]
        issued, failures = result
        self.ui.issueAndPrint.setEnabled(True)
        self.ui.progress.setVisible(False)
        self.printed = [document.pdf for document in issued]
        message = self.tr("已制发 %1 份文书").replace("%1", str(len(issued)))
        if failures:
            message += "\n" + self.tr("未能制发：") + "\n" + "\n".join(failures[:20])
        self.ui.status.setText(message)
        self._read(count=False)  # the outcome stays said
        if self.printed:
            print_in_background(self, self.tr("打印文书"), self.printed)

    def decide_on_the_spot(self) -> None:
        from desktop.ui.window_approval_dialog import WindowApprovalDialog

        self.window_dialog = WindowApprovalDialog(self.context, self)
        self.window_dialog.decided.connect(self._decided_on_the_spot)
        self.window_dialog.open()

    def _decided_on_the_spot(self, sitting) -> None:  # type: ignore[no-untyped-def]
        self.ui.status.setText(
            self.tr("%1 已当场准予并制发文书：打印后请为申请人登记出件").replace(
                "%1", sitting.number
            )
        )
        self._read(count=False)

    def hand_over(self) -> None:
        entries = self.selected()
        if len(entries) != 1:
            self.ui.status.setText(self.tr("请选择一件办件登记出件"))
            return
        entry = entries[0]
        dialog = HandOverDialog(
            self, entry.number, entry.applicant, entry.applicant_kind, entry.applicant_identifier
        )
        if dialog.exec() != HandOverDialog.DialogCode.Accepted:
            return
        receipt = dialog.receipt()
        context = self.context

        def work() -> bytes:
            return context.write(hand_over, entry.id, receipt).pdf

        Operation(self, work).on_success(self._handed_over).on_failure(
            lambda error: QMessageBox.warning(self, self.tr("登记出件"), explain(error))
        ).run()

    def _handed_over(self, proof: bytes) -> None:
        self.ui.status.setText(self.tr("已登记出件，正在打印送达回证"))
        self._read(count=False)
        print_in_background(self, self.tr("送达回证"), [proof])


def matches(entry: WaitingCase, words: list[str]) -> bool:
    """Each word is part of the case number, the applicant or an issued document's number."""
    haystack = "\n".join((entry.number, entry.applicant, *entry.issued)).casefold()
    return all(word.casefold() in haystack for word in words)
