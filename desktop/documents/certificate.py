"""The licence laid out as a certificate: a double border, a large title, a ruled table of
its fields, and at the foot the QR code, the issuing organ, the date and the seal."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.tables import Table, TableStyle

from desktop.documents.errors import DocumentError
from desktop.documents.flowables import SignatureBlock
from desktop.documents.fonts import HEI, SONG, draw_runs, markup, register_all, text_width
from desktop.documents.kinds.licence import Licence
from desktop.documents.layout import (
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    LayoutRecorder,
    draw_marking,
)
from desktop.documents.letter import paragraph_style
from desktop.documents.model import Issue, Marking
from desktop.documents.wording import chinese_date, clause

BORDER = Color(0.6, 0.12, 0.1)
_TITLE = "行政许可证"
_TITLE_SIZE = 40
_FIELD_SIZE = 14  # 四号
_SMALLER_SIZES = (12, 10.5)  # 小四, 五号: for a licence with long fields, before refusing
_LABEL_WIDTH = 44 * mm
_TABLE_TOP = PAGE_HEIGHT - 70 * mm
_FOOT = 28 * mm  # the signature block's bottom


def _border(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(BORDER)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, PAGE_WIDTH - 24 * mm, PAGE_HEIGHT - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * mm, 15 * mm, PAGE_WIDTH - 30 * mm, PAGE_HEIGHT - 30 * mm)
    canvas.restoreState()


def _heading(canvas: Canvas, number: str) -> None:
    spacing = _TITLE_SIZE * 0.35
    width = text_width(_TITLE, _TITLE_SIZE) + spacing * (len(_TITLE) - 1)
    x = (PAGE_WIDTH - width) / 2
    for character in _TITLE:
        draw_runs(canvas, x, PAGE_HEIGHT - 47 * mm, character, _TITLE_SIZE, bold=True)
        x += text_width(character, _TITLE_SIZE) + spacing
    line = f"编号：{number}"
    size = 14
    draw_runs(canvas, (PAGE_WIDTH - text_width(line, size)) / 2, PAGE_HEIGHT - 59 * mm, line, size)


def _table(licence: Licence, size: float = _FIELD_SIZE) -> Table:
    label = paragraph_style(HEI, size, indent=False, align="centre")
    value = paragraph_style(SONG, size, indent=False, align="left")
    data = [
        [Paragraph(markup(name, HEI), label), Paragraph(markup(clause(text)), value)]
        for name, text in licence.rows()
    ]
    table = Table(data, colWidths=[_LABEL_WIDTH, TEXT_WIDTH - _LABEL_WIDTH], rowHeights=None)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, BORDER),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SONG.name),  # else Helvetica is listed
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
            ]
        )
    )
    return table


def render_licence(
    licence: Licence,
    issue: Issue,
    marking: Marking,
    qr: list[list[bool]] | None,
    attach: Callable[[object], None],
) -> tuple[bytes, LayoutRecorder]:
    """One A4 page; a licence whose fields do not fit on it is refused, never cut."""
    register_all()
    recorder = LayoutRecorder(page_count=1)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), initialFontName=SONG.name)
    attach(canvas)
    _border(canvas)
    _heading(canvas, issue.number)
    block = SignatureBlock(
        issue.bureau.organ_name,
        chinese_date(issue.issued_on),
        issue.bureau.seal_text,
        recorder,
        qr,
    )
    _, block_height = block.wrap(TEXT_WIDTH, PAGE_HEIGHT)
    for size in (_FIELD_SIZE, *_SMALLER_SIZES):
        table = _table(licence, size)
        _, height = table.wrapOn(canvas, TEXT_WIDTH, PAGE_HEIGHT)
        if _TABLE_TOP - height >= _FOOT + block_height:
            break
    else:
        raise DocumentError(
            "行政许可证内容过长，一页印不下：请精简许可内容或附加条件", field="permitted"
        )
    table.drawOn(canvas, LEFT_MARGIN, _TABLE_TOP - height)
    block.drawOn(canvas, LEFT_MARGIN, _FOOT)
    draw_marking(canvas, marking)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), recorder
