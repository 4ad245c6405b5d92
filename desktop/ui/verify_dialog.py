"""Checking a document someone hands in: its PDF, or the text a scanner reads from its QR."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.services.documents.issuing import Verification, verify_document, verify_qr
from desktop.services.input_files import read_input
from desktop.ui.composed import say
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_verify_dialog import Ui_VerifyDialog
from desktop.ui.messages import explain
from desktop.ui.operations import Operation

COLOURS = {"valid": "#1b5e20", "void": "#8a6d00"}  # everything else is red


class VerifyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_VerifyDialog()
        ui.setupUi(self)
        ui.chooseFile.clicked.connect(lambda: self.check_file())
        ui.checkQr.clicked.connect(self.check_qr)
        self.result: Verification | None = None

    def check_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文书"), "", "PDF (*.pdf)")
        if not path:
            return
        context = self.context
        self._run(lambda: context.read(verify_document, read_input(path)))

    def check_qr(self) -> None:
        context, text = self.context, self.ui.qrText.toPlainText()
        if text.strip():
            self._run(lambda: context.read(verify_qr, text))

    def _run(self, work) -> None:  # type: ignore[no-untyped-def]
        self.ui.verdict.setText(self.tr("正在核验……"))
        self.ui.details.clear()
        Operation(self, work).on_success(self._show).on_failure(
            lambda error: self.ui.verdict.setText(explain(error))
        ).run()

    def _show(self, result: Verification) -> None:
        self.result = result
        colour = COLOURS.get(result.status, "#b00020")
        self.ui.verdict.setStyleSheet(
            f"font-size: 13pt; font-weight: bold; padding: 8px; color: {colour};"
        )
        self.ui.verdict.setText(say(result.label))
        lines = []
        if result.number:
            lines.append(self.tr("文号：%1").replace("%1", result.number))
            if not result.registered:
                lines.append(self.tr("该文号不在本库的发文登记中"))
        if result.detail is not None:
            lines.append(self.tr("说明：%1").replace("%1", say(result.detail)))
        self.ui.details.setText("\n".join(lines))
