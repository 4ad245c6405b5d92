"""Result notices (监管结果抄告): send the period's approvals to each supervising department,
record receipts, export a notice's list; notices unconfirmed too long are red."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.documents.table_export import Table
from desktop.services.supervision import result_notices
from desktop.services.supervision.result_notices import NoticeLine, PendingNotice
from desktop.services.supervision.stats_definitions import Period
from desktop.services.supervision.tables import notice_cases_table, notices_table
from desktop.ui.context import AppContext
from desktop.ui.export_actions import save_table
from desktop.ui.operations import Operation
from desktop.ui.pdf_preview import PdfPreview
from desktop.ui.supervision.record_list_view import RecordListView

UNCONFIRMED = QColor("#fbd5d5")


class NoticesView(RecordListView):
    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(
            context, lambda n: UNCONFIRMED if n is not None and n.unconfirmed_late else None, False
        )
        self.period = period
        self.pending: list[PendingNotice] = []
        self.add_actions(
            (
                (self.tr("发送本期抄告……"), self.send),
                (self.tr("登记回执……"), self.receipt),
                (self.tr("导出抄告清单……"), self.export_list),
                (self.tr("抄告函……"), self.letter),
            )
        )
        self.layout_.addWidget(self.table, 1)

    def load_work(self, open_only: bool) -> Callable[[], list[NoticeLine]]:
        context = self.context
        return lambda: context.read(result_notices.list_notices)

    def table_of(self, records: list[NoticeLine]) -> Table:
        return notices_table(records)

    def reload(self) -> None:
        super().reload()
        context, period = self.context, self.period
        Operation(self, lambda: context.read(result_notices.pending_notices, period)).on_success(
            self._show_pending
        ).on_failure(self.failed).run()

    def _show_pending(self, pending: list[PendingNotice]) -> None:
        self.pending = pending
        if not pending:
            self.note.setText(self.tr("%1 的准予许可办件均已抄告").replace("%1", str(self.period)))
            return
        listed = "，".join(f"{p.department} {p.case_count}" for p in pending)
        self.note.setText(
            self.tr("待抄告（%1）：%2").replace("%1", str(self.period)).replace("%2", listed)
        )

    def send(self) -> None:
        if not self.pending:
            self.note.setText(self.tr("本期没有待抄告的办件"))
            return
        names = [
            self.tr("%1（%2 件）").replace("%1", p.department).replace("%2", str(p.case_count))
            for p in self.pending
        ]
        name, ok = QInputDialog.getItem(
            self, self.tr("发送抄告"), self.tr("抄告部门："), names, 0, False
        )
        if not ok:
            return
        chosen = self.pending[names.index(name)]
        context, period = self.context, self.period
        self.run(
            lambda: context.write(result_notices.send_notice, chosen.department_id, period),
            lambda line: (
                self.tr("已发送 %1，共 %2 件")
                .replace("%1", line.number)
                .replace("%2", str(line.case_count))
            ),
        )

    def receipt(self) -> None:
        notice = self.chosen(self.tr("请先选择一份抄告"))
        if notice is None:
            return
        who, ok = QInputDialog.getText(
            self, self.tr("登记回执 %1").replace("%1", notice.number), self.tr("部门签收人：")
        )
        if ok:
            context = self.context
            self.run(
                lambda: context.write(result_notices.record_receipt, notice.id, who),
                self.tr("已登记回执"),
            )

    def export_list(self) -> None:
        """The XLSX list that goes with the letter (the letter's PDF comes from documents)."""
        notice = self.chosen(self.tr("请先选择一份抄告"))
        if notice is None:
            return
        context = self.context

        def work() -> Table:
            return notice_cases_table(context.read(result_notices.sent_letter, notice.id))

        save_table(self, work, f"抄告清单-{notice.department}", "xlsx", self.note.setText)

    def letter(self) -> None:
        """The sealed, signed letter of the chosen notice, in a preview to print or save."""
        notice = self.chosen(self.tr("请先选择一份抄告"))
        if notice is None:
            return
        context = self.context
        Operation(self, lambda: context.read(result_notices.notice_pdf, notice.id)).on_success(
            lambda pdf: self._preview(notice.number, pdf)
        ).on_failure(self.failed).run()

    def _preview(self, number: str, pdf: bytes) -> None:
        self.preview = PdfPreview(number, pdf, f"{number}.pdf")
        self.preview.show()
