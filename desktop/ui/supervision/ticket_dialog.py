"""Registering a hotline call or complaint: caller, subject, and the case it is about
(found by number or applicant name, in the background)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.enums import TicketKind
from desktop.services.supervision.tickets import NewTicket, find_cases
from desktop.ui.context import AppContext
from desktop.ui.messages import explain
from desktop.ui.operations import Operation


class NewTicketDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("登记来电或投诉"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("热线咨询"), TicketKind.HOTLINE)
        self.kind.addItem(self.tr("投诉"), TicketKind.COMPLAINT)
        self.caller, self.phone, self.subject = QLineEdit(), QLineEdit(), QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setFixedHeight(80)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("受理编号、申请人名称或证件号码"))
        self.search.returnPressed.connect(self.find)
        find_button = QPushButton(self.tr("查找"))
        find_button.clicked.connect(self.find)
        self.cases = QComboBox()
        self.cases.addItem(self.tr("（不关联办件）"), None)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(find_button)
        form = QFormLayout(self)
        form.addRow(self.tr("类型："), self.kind)
        form.addRow(self.tr("来电人："), self.caller)
        form.addRow(self.tr("电话："), self.phone)
        form.addRow(self.tr("事由："), self.subject)
        form.addRow(self.tr("详细内容："), self.body)
        form.addRow(self.tr("查找办件："), search_row)
        form.addRow(self.tr("关联办件："), self.cases)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def find(self) -> None:
        context, text = self.context, self.search.text()
        Operation(self, lambda: context.read(find_cases, text)).on_success(self._found).on_failure(
            lambda error: self.search.setToolTip(explain(error))
        ).run()

    def _found(self, found: list[tuple[int, str, str]]) -> None:
        self.cases.clear()
        self.cases.addItem(self.tr("（不关联办件）"), None)
        for case_id, number, applicant in found:
            self.cases.addItem(f"{number}  {applicant}", case_id)
        if found:
            self.cases.setCurrentIndex(1)

    def ticket(self) -> NewTicket:
        return NewTicket(
            kind=TicketKind(self.kind.currentData()),
            caller_name=self.caller.text(),
            caller_phone=self.phone.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            case_id=self.cases.currentData(),
        )
