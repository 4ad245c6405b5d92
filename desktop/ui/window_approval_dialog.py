"""The on-the-spot approval dialog (窗口现场审批) of the certificate window: item, applicant,
the materials checked complete, the decision; OK accepts, grants, issues and prints in one
sitting (README, "On-the-spot approval at the window")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ApplicantKind
from desktop.services.cases.applicants import NewApplicant
from desktop.services.cases.window import (
    DEFAULT_OPINION,
    WindowApplication,
    WindowItem,
    window_items,
)
from desktop.services.documents.window_desk import WindowSitting, decide_at_window
from desktop.ui.context import AppContext
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.pdf_preview import print_in_background
from desktop.ui.seal_pin import ask_seal_pin


class WindowApprovalDialog(QDialog):
    decided = Signal(object)  # the WindowSitting, once the case is granted and issued

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("窗口现场审批"))
        self.setMinimumWidth(620)
        self.items: list[WindowItem] = []
        self.item = QComboBox()
        self.item.currentIndexChanged.connect(self._show_materials)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("前台综合受理系统的受理编号"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("单位（统一社会信用代码）"), ApplicantKind.ORGANISATION)
        self.kind.addItem(self.tr("个人（居民身份证号码）"), ApplicantKind.PERSON)
        self.identifier = QLineEdit()
        self.identifier.setMaxLength(18)
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("已登记的申请人可不填"))
        self.phone = QLineEdit()
        self.materials = QListWidget()
        self.materials.setMaximumHeight(120)
        self.complete = QCheckBox(self.tr("以上申请材料已全部收取，齐全并符合法定形式"))
        self.opinion = QPlainTextEdit(DEFAULT_OPINION)  # the record's words, as typed
        self.opinion.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("事项"), self.item)
        form.addRow(self.tr("受理编号"), self.number)
        form.addRow(self.tr("申请人类型"), self.kind)
        form.addRow(self.tr("证件号码"), self.identifier)
        form.addRow(self.tr("申请人名称"), self.applicant)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("申请材料"), self.materials)
        form.addRow("", self.complete)
        form.addRow(self.tr("决定"), QLabel(self.tr("当场准予行政许可")))
        form.addRow(self.tr("审批意见"), self.opinion)
        self.hint = QLabel(
            self.tr(
                "确定后即受理、当场准予，并制发加盖审批专用章的决定书和许可证件；"
                "材料不齐或需要踏勘、审核的，请按一般程序受理。"
            )
        )
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("当场准予并打印"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addStretch(1)  # a taller dialog grows here, not between the rows
        layout.addWidget(self.buttons)
        context = self.context
        Operation(self, lambda: context.read(window_items)).on_success(self._show_items).on_failure(
            lambda error: self.status.setText(explain(error))
        ).run()

    def _show_items(self, items: list[WindowItem]) -> None:
        self.items = items
        self.item.clear()
        for item in items:
            self.item.addItem(f"{item.code}  {item.name}", item.code)
        if not items:
            self.status.setText(self.tr("事项目录中没有授权窗口现场审批的事项"))

    def _show_materials(self, index: int) -> None:
        self.materials.clear()
        self.complete.setChecked(False)  # checked again for each item's own list
        if 0 <= index < len(self.items):
            self.materials.addItems(list(self.items[index].materials))

    def application(self) -> tuple[WindowApplication, NewApplicant]:
        name = self.applicant.text().strip()
        return (
            WindowApplication(
                self.number.text(),
                self.item.currentData() or "",
                0,
                self.complete.isChecked(),
                self.opinion.toPlainText(),
            ),
            NewApplicant(
                self.kind.currentData(),
                name,
                self.identifier.text(),
                contact_name=name,
                contact_phone=self.phone.text(),
            ),
        )

    def submit(self) -> None:
        application, applicant = self.application()
        context = self.context
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("正在受理、审批并制发文书……"))
        Operation(self, lambda: context.write(decide_at_window, application, applicant)).on_success(
            self._decided
        ).on_failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if ask_seal_pin(self, error):  # the token's PIN, asked at the first signing
            self.submit()
            return
        self.status.setText(explain(error))

    def _decided(self, sitting: WindowSitting | None) -> None:
        self.buttons.setEnabled(True)
        if not sitting:  # done before a lost connection: the certificate window lists it
            self.status.setText(self.tr("已办理：请在发证窗口刷新后打印文书、登记出件"))
            return
        self.sitting = sitting
        self.decided.emit(sitting)
        self.accept()
        pdfs = [document.pdf for document in sitting.documents]
        if pdfs:
            print_in_background(self.parentWidget() or self, self.tr("打印文书"), pdfs)
