"""Preview a PDF document (QtPdf), print it through the system dialog, or save a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.printing import choose_printer, print_pdfs


class PdfPreview(QWidget):
    """One window per document: pages fit to width, Ctrl+P prints, Ctrl+Shift+S saves,
    Esc closes."""

    def __init__(self, title: str, data: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data, self.file_name = data, file_name
        self.setWindowTitle(title)
        self.resize(820, 700)  # fits a 768-high screen; the pages scroll
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        toolbar = QToolBar(self)
        for text, key, slot in (
            (self.tr("打印"), QKeySequence.StandardKey.Print, self.print_document),
            (self.tr("另存为"), QKeySequence("Ctrl+Shift+S"), self.save_copy),
            (self.tr("适合宽度"), QKeySequence("Ctrl+0"), self._fit_width),
            (self.tr("放大"), QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
            (self.tr("缩小"), QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(0.8)),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.status.setText(self.tr("共 %1 页").replace("%1", str(self.document.pageCount())))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:  # as it closes a dialog
            self.close()
            return
        super().keyPressEvent(event)

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def print_document(self) -> None:
        print_in_background(self, self.windowTitle(), [self.data])

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), self.file_name, self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            Path(path).write_bytes(self.data)
            self.status.setText(self.tr("已保存到 %1").replace("%1", path))


def print_in_background(parent: QWidget, title: str, pdfs: list[bytes]) -> None:
    """Ask for a printer, then print off the UI thread with a progress dialog."""
    printer = choose_printer(parent, title)
    if printer is None:
        return
    progress = QProgressDialog(parent.tr("正在打印……"), parent.tr("后台继续"), 0, len(pdfs), parent)
    progress.setWindowTitle(title)
    progress.setMinimumDuration(300)

    def done(pages: int) -> None:
        progress.close()
        parent.setProperty("last_printed_pages", pages)

    def failed(error: Exception) -> None:
        progress.close()
        QMessageBox.warning(parent, title, explain(error))

    Operation(parent, lambda report: print_pdfs(printer, pdfs, report)).with_progress(
        lambda report: progress.setValue(report[0])
    ).on_success(done).on_failure(failed).run()
