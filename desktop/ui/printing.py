"""Print PDFs through the system print dialog, page images painted off the UI thread.

Qt allows QPainter on a QPrinter outside the UI thread, and QtPdf renders there too, so a
batch of a thousand documents prints while the window stays responsive. Pages are drawn at
300 dpi and scaled to fill the printer's paintable area, keeping the A4 proportions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

Report = Callable[[int, int], None]
RENDER_DPI = 300


class PrintFailed(Exception):
    pass


def choose_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The system print dialog; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def _load(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready:
        raise PrintFailed("文书文件无法读取，未能打印：请重新生成该文书后再试")
    return document, buffer  # the buffer must outlive the document's use


def _fit(page: QSize, area: QRect) -> QRect:
    scaled = page.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.x(), area.y(), scaled.width(), scaled.height())


def print_pdfs(printer: QPrinter, pdfs: Sequence[bytes], report: Report) -> int:
    """Print every page of every PDF as one job (call off the UI thread); returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("打印机无法开始打印：请检查打印机是否连接、是否有纸")
    pages = 0
    try:
        for done, data in enumerate(pdfs, start=1):
            document, _buffer = _load(data)
            for index in range(document.pageCount()):
                if pages and not printer.newPage():
                    raise PrintFailed("打印机无法换页：请检查打印机状态")
                points = document.pagePointSize(index)
                target = _fit(points.toSize(), painter.viewport())
                # Rendered at no more than 300 dpi (a 1200-dpi A4 page would be 550 MB), then
                # scaled by the painter to the printer's own resolution.
                image_size = (points * (RENDER_DPI / 72)).toSize()
                painter.drawImage(target, document.render(index, image_size))
                pages += 1
            report(done, len(pdfs))
    finally:
        painter.end()
    return pages
