"""The workbench's documents tab: issue what the case allows now, preview, print, copies, void.

Kept apart from the workbench window: it adds its buttons to the tab and works on the
documents table the workbench fills. The issuing service (and the PDF and signing libraries
under it, slow to import) is imported by the background work that first needs it, so a
workbench opens without waiting for them.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMenu, QMessageBox, QPushButton

from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.seal_pin import ask_seal_pin

if TYPE_CHECKING:
    from desktop.documents.model import DocumentType
    from desktop.services.cases.details import CaseDetails
    from desktop.ui.pdf_preview import PdfPreview
    from desktop.ui.workbench.window import Workbench


def _issuing() -> ModuleType:
    from desktop.services.documents import issuing

    return issuing


class DocumentsPanel(QObject):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.previews: list[PdfPreview] = []
        self.issue_menu = QMenu(bench)
        self.issue_button = QPushButton(self.tr("制发文书"))
        self.issue_button.setMenu(self.issue_menu)
        row = QHBoxLayout()
        row.addWidget(self.issue_button)
        for text, slot in (
            (self.tr("预览"), self.preview),
            (self.tr("打印"), self.print_selected),
            (self.tr("打印副本"), self.print_copy),
            (self.tr("作废…"), self.void),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        bench.ui.documentsLayout.insertLayout(0, row)
        bench.ui.documentsView.doubleClicked.connect(lambda _: self.preview())

    def case_shown(self, details: CaseDetails) -> None:
        context, case_id = self.bench.context, details.id

        def offered() -> list[DocumentType]:
            from desktop.services.documents.print_queue import issuable_types

            return context.read(issuable_types, case_id)

        Operation(self, offered).on_success(self._offer).run()

    def _offer(self, kinds: list[DocumentType]) -> None:
        self.issue_menu.clear()
        for kind in kinds:
            action = self.issue_menu.addAction(label(kind))
            action.triggered.connect(lambda _=False, k=kind: self.issue(k))
        self.issue_button.setEnabled(bool(kinds))

    def _selected_number(self) -> str | None:
        index = self.bench.ui.documentsView.currentIndex()
        if not index.isValid():
            return None
        return self.bench.documents.rows[index.row()][0]

    def _run(self, work, done) -> None:  # type: ignore[no-untyped-def]
        def failed(error: Exception) -> None:
            if ask_seal_pin(self.bench, error):  # the token's PIN, asked at the first signing
                self._run(work, done)
            else:
                QMessageBox.warning(self.bench, self.tr("文书"), explain(error))

        Operation(self, work).on_success(done).on_failure(failed).run()

    def issue(self, kind: DocumentType) -> None:
        details = self.bench.details
        if details is None:
            return
        context, case_id = self.bench.context, details.id
        self._run(
            lambda: context.write(_issuing().issue_document, case_id, kind),
            lambda issued: (self._show_pdf(issued.number, issued.pdf), self.bench.load()),
        )

    def preview(self) -> None:
        number, context = self._selected_number(), self.bench.context
        if number:
            self._run(
                lambda: context.read(_issuing().document_pdf, number),
                lambda pdf: self._show_pdf(number, pdf),
            )

    def print_selected(self) -> None:
        number, context = self._selected_number(), self.bench.context
        if number:
            self._run(
                lambda: context.read(_issuing().document_pdf, number),
                lambda pdf: self._print(number, pdf),
            )

    def print_copy(self) -> None:
        number, context = self._selected_number(), self.bench.context
        if number:
            self._run(
                lambda: context.write(_issuing().print_copy, number),
                lambda issued: self._print(number, issued.pdf),
            )

    def void(self) -> None:
        number, context = self._selected_number(), self.bench.context
        if not number:
            return
        reason, ok = QInputDialog.getText(
            self.bench, self.tr("作废文书"), self.tr("作废 %1 的原因：").replace("%1", number)
        )
        if ok and reason.strip():
            self._run(
                lambda: context.write(_issuing().void_document, number, reason),
                lambda _: self.bench.load(),
            )

    def _print(self, number: str, pdf: bytes) -> None:
        from desktop.ui.pdf_preview import print_in_background

        print_in_background(self.bench, number, [pdf])

    def _show_pdf(self, number: str, pdf: bytes) -> None:
        from desktop.ui.pdf_preview import PdfPreview

        preview = PdfPreview(number, pdf, f"{number}.pdf")
        self.previews = [p for p in self.previews if p.isVisible()] + [preview]
        preview.show()
