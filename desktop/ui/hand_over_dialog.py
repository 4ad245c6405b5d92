"""The hand-over dialog (登记出件): how the result is served and who signs for the applicant,
their ID number, capacity and power of attorney, checked as they are typed (the rules of
`desktop.domain.delivery`); OK stays disabled, and the hint says what to correct."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.delivery import Capacity, Receipt, ServiceMethod, check_receipt
from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError
from desktop.ui.messages import explain

WINDOW = "统一出件窗口"


class HandOverDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        case_number: str,
        applicant: str,
        applicant_kind: ApplicantKind,
        applicant_identifier: str = "",
    ) -> None:
        super().__init__(parent)
        self.applicant_kind = applicant_kind
        self.applicant_identifier = applicant_identifier
        self.setWindowTitle(self.tr("登记出件 %1").replace("%1", case_number))
        self.setMinimumWidth(520)
        self.method = QComboBox()
        for method, text in (
            (ServiceMethod.DIRECT, self.tr("直接送达")),
            (ServiceMethod.POST, self.tr("邮寄送达")),
            (ServiceMethod.ELECTRONIC, self.tr("电子送达")),
        ):
            self.method.addItem(text, method)
        self.capacity = QComboBox()
        capacities = [(Capacity.AGENT, self.tr("委托代理人"))]
        if applicant_kind is ApplicantKind.PERSON:
            capacities.insert(0, (Capacity.SELF, self.tr("本人")))
        else:
            capacities.insert(0, (Capacity.LEGAL_REPRESENTATIVE, self.tr("法定代表人")))
        for capacity, text in capacities:
            self.capacity.addItem(text, capacity)
        self.signer = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.id_number.setPlaceholderText(self.tr("18位居民身份证号码"))
        self.authorisation = QLineEdit()
        self.authorisation.setPlaceholderText(self.tr("如：某年某月某日出具，委托领取审批结果"))
        self.place = QLineEdit(self.tr(WINDOW))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("受送达人："), QLabel(applicant))
        form.addRow(self.tr("送达方式："), self.method)
        form.addRow(self.tr("签收人身份："), self.capacity)
        form.addRow(self.tr("签收人姓名："), self.signer)
        form.addRow(self.tr("居民身份证号码："), self.id_number)
        form.addRow(self.tr("授权委托书："), self.authorisation)
        self.place_label = QLabel(self.tr("送达地点："))
        form.addRow(self.place_label, self.place)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("登记并打印送达回证"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for edit in (self.signer, self.id_number, self.authorisation, self.place):
            edit.textChanged.connect(self._check)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.capacity.currentIndexChanged.connect(self._check)
        self._check()
        self.signer.setFocus()

    def receipt(self) -> Receipt:
        """What was entered, as typed (the service checks it again)."""
        return Receipt(
            self.signer.text(),
            self.id_number.text(),
            self._capacity(),
            self._method(),
            self.authorisation.text(),
            self.place.text(),
        )

    # Qt hands the combo's data back as plain text: make it the enum again.
    def _method(self) -> ServiceMethod:
        return ServiceMethod(self.method.currentData())

    def _capacity(self) -> Capacity:
        return Capacity(self.capacity.currentData())

    def _method_changed(self) -> None:
        """By post the place is the address the letter goes to; online, the address used."""
        method = self._method()
        label = {
            ServiceMethod.DIRECT: self.tr("送达地点："),
            ServiceMethod.POST: self.tr("邮寄地址："),
            ServiceMethod.ELECTRONIC: self.tr("电子送达地址："),
        }[method]
        self.place_label.setText(label)
        if method is not ServiceMethod.DIRECT and self.place.text() == self.tr(WINDOW):
            self.place.clear()
        self._check()

    def _check(self) -> None:
        self.authorisation.setEnabled(self._capacity() is Capacity.AGENT)
        problem = ""
        try:
            check_receipt(self.receipt(), self.applicant_kind, self.applicant_identifier)
            if not self.place.text().strip():
                problem = self.tr("请填写送达地点（邮寄地址或电子送达地址）")
        except DomainError as error:
            problem = explain(error)
        self.hint.setText(problem)
        self.ok.setEnabled(not problem)
