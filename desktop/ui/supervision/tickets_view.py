"""Hotline and complaint tickets: list, register, answer, escalate, close; the selected
ticket's history below. Late ones are red, escalated ones yellow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit, QSplitter, QWidget

from desktop.documents.table_export import Table
from desktop.domain.enums import TicketStatus
from desktop.domain.timezone import CHINA
from desktop.services.supervision import tickets
from desktop.services.supervision.tables import tickets_table
from desktop.services.supervision.tickets import TicketLine
from desktop.ui.context import AppContext
from desktop.ui.operations import Operation
from desktop.ui.supervision.record_list_view import RecordListView
from desktop.ui.supervision.ticket_dialog import NewTicketDialog

LATE, ESCALATED = QColor("#fbd5d5"), QColor("#fff3c4")


def ticket_colour(line: TicketLine | None) -> QColor | None:
    if line is None or line.status is TicketStatus.CLOSED:
        return None
    if line.late:
        return LATE
    return ESCALATED if line.escalated else None


class TicketsView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ticket_colour, True, parent)
        self.add_actions(
            (
                (self.tr("登记来电……"), self.register),
                (self.tr("答复……"), self.reply),
                (self.tr("升级督办……"), self.escalate),
                (self.tr("办结"), self.close_ticket),
                (self.tr("逾期工单全部升级"), self.escalate_late),
            )
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setPlaceholderText(self.tr("选择一张工单，这里显示它的办理经过"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 4)
        self.layout_.addWidget(splitter, 1)

    def load_work(self, open_only: bool) -> Callable[[], list[TicketLine]]:
        context = self.context
        return lambda: context.read(tickets.list_tickets, open_only=open_only)

    def table_of(self, records: list[TicketLine]) -> Table:
        return tickets_table(records)

    def _show_history(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.history.clear()
            return
        context, ticket_id = self.context, self.model.object_at(index.row()).id
        Operation(self, lambda: context.read(tickets.ticket_history, ticket_id)).on_success(
            lambda events: self.history.setPlainText(
                "\n".join(
                    f"{e.at.astimezone(CHINA):%Y-%m-%d %H:%M}  {e.actor}  {e.step.label}：{e.text}"
                    for e in events
                )
            )
        ).run()

    def _chosen(self) -> TicketLine | None:
        return self.chosen(self.tr("请先选择一张工单"))

    def register(self) -> None:
        dialog = NewTicketDialog(self.context, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data, context = dialog.ticket(), self.context
        self.run(lambda: context.write(tickets.open_ticket, data), self.tr("已登记"))

    def reply(self) -> None:
        line = self._chosen()
        if line is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("答复 %1").replace("%1", line.number), self.tr("答复内容：")
        )
        if ok:
            context = self.context
            self.run(lambda: context.write(tickets.reply_ticket, line.id, text), self.tr("已答复"))

    def escalate(self) -> None:
        line = self._chosen()
        if line is not None:
            context = self.context
            Operation(self, lambda: context.read(tickets.senior_staff)).on_success(
                lambda people: self._escalate_to(line, people)
            ).on_failure(self.failed).run()

    def _escalate_to(self, line: TicketLine, people: list[tuple[int, str]]) -> None:
        names = [self.tr("全体督办人员"), *(name for _, name in people)]
        title = self.tr("升级督办 %1").replace("%1", line.number)
        name, ok = QInputDialog.getItem(self, title, self.tr("升级给："), names, 0, False)
        if not ok:
            return
        to_id = {n: i for i, n in people}.get(name)
        reason, ok = QInputDialog.getText(self, title, self.tr("理由："))
        if ok:
            context = self.context
            self.run(
                lambda: context.write(tickets.escalate_ticket, line.id, to_id, reason),
                self.tr("已升级督办"),
            )

    def close_ticket(self) -> None:
        line = self._chosen()
        if line is not None:
            context = self.context
            self.run(lambda: context.write(tickets.close_ticket, line.id), self.tr("已办结"))

    def escalate_late(self) -> None:
        context = self.context
        self.run(
            lambda: context.write(tickets.escalate_late_tickets),
            lambda n: self.tr("已升级 %1 张逾期工单").replace("%1", str(n)),
        )
