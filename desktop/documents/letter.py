"""Letter-format documents (notices, decisions, the delivery form, the result notice) after
GB/T 9704-2012: title, number, addressee, body, then issuer, date and seal."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tables import LongTable, TableStyle

from desktop.documents.flowables import EndWithSignature, RedRule, SignatureBlock, Title
from desktop.documents.fonts import HEI, SONG, Face, markup, register_all
from desktop.documents.layout import (
    BODY_SIZE,
    BOTTOM_MARGIN,
    LEFT_MARGIN,
    LINE_PITCH,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RED,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TOP_MARGIN,
    LayoutRecorder,
    draw_marking,
    draw_page_number,
)
from desktop.documents.model import Marking
from desktop.documents.wording import clause


@dataclass(frozen=True)
class Para:
    """A body paragraph: indented two characters, justified; a heading is set in Hei."""

    text: str
    indent: bool = True
    heading: bool = False
    align: str = "justify"


@dataclass(frozen=True)
class Cell:
    """A table cell aligned other than to the left."""

    text: str
    align: str = "right"


@dataclass(frozen=True)
class Grid:
    """A ruled table; header rows repeat on every page and are set in Hei."""

    rows: tuple[tuple[str | Cell, ...], ...]
    widths: tuple[float, ...]  # shares of the text width
    header_rows: int = 1
    label_column: bool = False  # forms: the first column names the row, in Hei
    size: float = 12
    padding: float = 4


Block = Para | Grid


@dataclass(frozen=True)
class LetterBody:
    """What a document kind says, in reading order; the renderer adds title, number and seal."""

    addressee: str = ""
    blocks: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()  # 附注, under the date
    letterhead: bool = False  # a letter (函): organ's name in red, two rules, number right
    form: bool = False  # a form (送达回证): organ and title as its heading, no masthead


@dataclass(frozen=True)
class Letter:
    title: str
    number: str
    organ_name: str
    seal_text: str
    date_text: str
    body: LetterBody


MASTHEAD_SIZE = 30  # the organ's name: larger than the title; a long name is narrowed
_ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}


def paragraph_style(
    face: Face,
    size: float = BODY_SIZE,
    indent: bool = True,
    align: str = "justify",
    pitch: float = LINE_PITCH,
):
    leading = pitch if size == BODY_SIZE else size * 1.5
    return ParagraphStyle(
        f"{face.name}-{size}-{indent}-{align}-{pitch}",
        fontName=face.name,
        fontSize=size,
        leading=leading,
        firstLineIndent=2 * size if indent else 0,
        alignment=_ALIGN[align],
        wordWrap="CJK",
    )


def _paragraph(para: Para, pitch: float) -> Paragraph:
    face = HEI if para.heading else SONG
    style = paragraph_style(face, indent=para.indent, align=para.align, pitch=pitch)
    return Paragraph(markup(para.text, face), style)


def _grid(grid: Grid) -> LongTable:
    body = paragraph_style(SONG, grid.size, indent=False, align="left")
    header = paragraph_style(HEI, grid.size, indent=False, align="centre")
    label = paragraph_style(HEI, grid.size, indent=False, align="centre")
    data = []
    for row_index, row in enumerate(grid.rows):
        cells = []
        for column, cell in enumerate(row):
            is_header = row_index < grid.header_rows
            style = header if is_header else label if grid.label_column and column == 0 else body
            face = HEI if style is not body else SONG
            if isinstance(cell, Cell):
                style = paragraph_style(face, grid.size, indent=False, align=cell.align)
                cell = cell.text
            else:  # a typed value: a cell is no sentence, so no closing mark
                cell = clause(cell)
            cells.append(Paragraph(markup(cell, face), style))
        data.append(cells)
    table = LongTable(
        data, colWidths=[share * TEXT_WIDTH for share in grid.widths], repeatRows=grid.header_rows
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SONG.name),  # else Helvetica is listed
                ("TOPPADDING", (0, 0), (-1, -1), grid.padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), grid.padding + 1),
                ("LEFTPADDING", (0, 0), (-1, -1), grid.padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), grid.padding),
            ]
        )
    )
    return table


def _flowables(letter: Letter, recorder: LayoutRecorder, qr, pitch: float) -> list[Flowable]:
    def line(text: str, **style) -> Paragraph:
        return Paragraph(markup(text), paragraph_style(SONG, pitch=pitch, **style))

    story: list[Flowable] = []
    if letter.body.letterhead:
        story += [Title([letter.organ_name], 26, RED, pitch), Spacer(0, 6), RedRule()]
        story += [line(letter.number, indent=False, align="right"), Spacer(0, pitch * 0.5)]
        story.append(Title([letter.title], pitch=pitch))
    elif letter.body.form:
        story.append(Title([letter.organ_name, letter.title], pitch=pitch))
        story.append(line(letter.number, indent=False, align="centre"))
    else:
        # GB/T 9704-2012 7.2: the organ's name in red large type, the number centred under
        # it, a red rule as wide as the text block 4 mm below the number; then the title.
        story += [Title([letter.organ_name], MASTHEAD_SIZE, RED, pitch), Spacer(0, pitch * 0.6)]
        story += [line(letter.number, indent=False, align="centre"), Spacer(0, 4 * mm - 4)]
        story += [RedRule(double=False), Spacer(0, pitch * 0.6), Title([letter.title], pitch=pitch)]
    story.append(Spacer(0, pitch * 0.5))
    if letter.body.addressee:
        story.append(line(letter.body.addressee, indent=False))
    blocks = [_paragraph(b, pitch) if isinstance(b, Para) else _grid(b) for b in letter.body.blocks]
    block = SignatureBlock(
        letter.organ_name, letter.date_text, letter.seal_text, recorder, qr, pitch=pitch
    )
    notes = [line(f"（{note}）") for note in letter.body.notes]
    last = blocks.pop() if blocks else None
    return [*story, *blocks, EndWithSignature(last, block, notes)]


def _build(letter: Letter, marking: Marking, qr, attach, pitch: float):
    recorder = LayoutRecorder()
    buffer = io.BytesIO()

    def make_canvas(*args, **kwargs) -> Canvas:
        canvas = Canvas(*args, **kwargs)
        attach(canvas)
        return canvas

    def on_page(canvas, document) -> None:
        draw_page_number(canvas, canvas.getPageNumber())

    def on_page_end(canvas, document) -> None:
        draw_marking(canvas, marking)  # over the text, like a stamp
        recorder.page_count = canvas.getPageNumber()

    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        TEXT_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT_MARGIN,
        topMargin=TOP_MARGIN,
        pageTemplates=[PageTemplate("official", [frame], onPage=on_page, onPageEnd=on_page_end)],
        title=letter.title,
        initialFontName=SONG.name,  # else reportlab lists an unembedded Helvetica
    )
    document.build(_flowables(letter, recorder, qr, pitch), canvasmaker=make_canvas)
    return buffer.getvalue(), recorder


# GB/T 9704-2012 7.3.5.4: when the seal and date do not fit under the body, tighten the
# line spacing (22 lines a page "in general": up to 25 here) rather than start a page.
TIGHTER_PITCHES = (LINE_PITCH * 0.94, LINE_PITCH * 0.88)


def render_letter(
    letter: Letter,
    marking: Marking,
    qr: list[list[bool]] | None,
    attach: Callable[[object], None],
) -> tuple[bytes, LayoutRecorder]:
    """Lay the letter out on A4 pages; `attach` gets each canvas to add the metadata."""
    register_all()
    pdf, recorder = _build(letter, marking, qr, attach, LINE_PITCH)
    for pitch in TIGHTER_PITCHES if recorder.page_count > 1 else ():
        tighter = _build(letter, marking, qr, attach, pitch)
        if tighter[1].page_count < recorder.page_count:
            return tighter
    return pdf, recorder
