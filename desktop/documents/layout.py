"""Page geometry after GB/T 9704-2012 and the marks every page carries: page number, copy, void."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.documents import engine  # noqa: F401  (sets reportlab up first)
from desktop.documents.fonts import HEI, SONG, text_width
from desktop.documents.model import Marking

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN = 37 * mm
LEFT_MARGIN = 28 * mm
TEXT_WIDTH = 156 * mm
TEXT_HEIGHT = 225 * mm
BOTTOM_MARGIN = PAGE_HEIGHT - TOP_MARGIN - TEXT_HEIGHT  # 35 mm
RIGHT_EDGE = LEFT_MARGIN + TEXT_WIDTH

TITLE_SIZE = 22  # 二号
BODY_SIZE = 16  # 三号
LINES_PER_PAGE = 22
LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE  # 28.97 pt: 22 lines fill the text block
CHARACTER = BODY_SIZE  # "one character" in GB/T distances
PAGE_NUMBER_SIZE = 14  # 四号
PAGE_NUMBER_DROP = 7 * mm  # the page number's top sits 7 mm below the text block

RED = Color(0.85, 0.07, 0.1)
VOID_RED = Color(0.85, 0.07, 0.1, alpha=0.28)


@dataclass(frozen=True)
class Box:
    """A rectangle on one page, in PDF points from the bottom-left corner."""

    page_index: int
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


@dataclass(frozen=True)
class SealPlacement:
    """Where the seal was drawn: its centre and diameter, and the form XObject that holds it."""

    page_index: int
    centre_x: float
    centre_y: float
    diameter: float
    form_name: str

    @property
    def box(self) -> tuple[float, float, float, float]:
        radius = self.diameter / 2
        return (
            self.centre_x - radius,
            self.centre_y - radius,
            self.centre_x + radius,
            self.centre_y + radius,
        )


@dataclass
class LayoutRecorder:
    """Collects the positions a renderer draws, for signing and for checking the layout."""

    seal: SealPlacement | None = None
    issuer: Box | None = None
    date: Box | None = None
    qr: Box | None = None
    body_bottom: Box | None = None  # a zero-height box at the bottom of the body's last line
    page_count: int = 0
    extra: dict[str, Box] = field(default_factory=dict)

    def freeze(self) -> DocumentLayout:
        return DocumentLayout(
            page_count=self.page_count,
            seal=self.seal,
            issuer=self.issuer,
            date=self.date,
            qr=self.qr,
            body_bottom=self.body_bottom,
        )


@dataclass(frozen=True)
class DocumentLayout:
    page_count: int
    seal: SealPlacement | None
    issuer: Box | None
    date: Box | None
    qr: Box | None
    body_bottom: Box | None


def draw_page_number(canvas, number: int) -> None:
    """— 1 —: odd pages one character in from the right, even pages from the left."""
    text = f"— {number} —"
    width = text_width(text, PAGE_NUMBER_SIZE)
    y = BOTTOM_MARGIN - PAGE_NUMBER_DROP - PAGE_NUMBER_SIZE * 0.8
    x = RIGHT_EDGE - CHARACTER - width if number % 2 else LEFT_MARGIN + CHARACTER
    canvas.saveState()
    canvas.setFont(SONG.name, PAGE_NUMBER_SIZE)
    canvas.drawString(x, y, text)
    canvas.restoreState()


def draw_marking(canvas, marking: Marking) -> None:
    """A copy says 副本 in a red box at the top right; a void print has 作废 across the page."""
    if marking is Marking.COPY:
        canvas.saveState()
        size = 18
        width = text_width("副本", size, HEI) + 12
        x, y = PAGE_WIDTH - 20 * mm - width, PAGE_HEIGHT - 18 * mm - size
        canvas.setStrokeColor(RED)
        canvas.setFillColor(RED)
        canvas.setLineWidth(1.5)
        canvas.rect(x, y - 6, width, size + 10, stroke=1, fill=0)
        canvas.setFont(HEI.name, size)
        canvas.drawString(x + 6, y, "副本")
        canvas.restoreState()
    elif marking is Marking.VOID:
        canvas.saveState()
        canvas.setFillColor(VOID_RED)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        canvas.setFont(HEI.name, 160)
        canvas.drawCentredString(0, -55, "作废")
        canvas.restoreState()
