"""PDF preview and printing: pages reach the printer (a PDF file here) off the UI thread."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen import canvas

from desktop.ui.operations import Operation
from desktop.ui.pdf_preview import PdfPreview
from desktop.ui.printing import print_pdfs


def sample_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for page in range(pages):
        drawing.drawString(100, 700, f"page {page + 1}")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def test_a_batch_prints_every_page_in_one_job_with_progress(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    reports: list[tuple[int, int]] = []
    result: list[int] = []
    preview = PdfPreview("文书", sample_pdf(2), "x.pdf")  # any live QObject parents the work
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 2
    batch = [sample_pdf(2), sample_pdf(3)]
    operation = Operation(preview, lambda report: print_pdfs(printer, batch, report))
    operation.with_progress(reports.append).on_success(result.append).on_failure(
        result.append
    ).run()
    qtbot.waitUntil(lambda: bool(result), timeout=15000)
    assert result == [5] and reports == [(1, 2), (2, 2)]
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 5
