"""Platypus pieces of an official document: the title, and the signature block that keeps the
issuer, the date and the seal together with the end of the body."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop.documents.fonts import draw_runs, text_width
from desktop.documents.layout import (
    BODY_SIZE,
    CHARACTER,
    LINE_PITCH,
    RED,
    TITLE_SIZE,
    Box,
    LayoutRecorder,
    SealPlacement,
)
from desktop.documents.qr import draw_qr
from desktop.documents.seal import SEAL_DIAMETER, SEAL_FORM, stamp_seal

QR_SIZE = 26 * mm
QR_CAPTION = "扫码核验"


class Title(Flowable):
    """Centred title lines in 22 pt, slightly emboldened like 小标宋."""

    def __init__(
        self, lines: list[str], size: float = TITLE_SIZE, colour=None, pitch: float = LINE_PITCH
    ) -> None:
        super().__init__()
        self.lines = lines
        self.size = size
        self.colour = colour
        self.pitch = max(pitch, size * 1.4)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.pitch * len(self.lines)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.colour is not None:
            canvas.setFillColor(self.colour)
            canvas.setStrokeColor(self.colour)
        for index, line in enumerate(self.lines):
            scale = min(1.0, self.width / text_width(line, self.size))
            width = text_width(line, self.size) * scale
            baseline = self.pitch * (len(self.lines) - index - 1) + self.pitch * 0.25
            canvas.saveState()
            canvas.translate((self.width - width) / 2, baseline)
            canvas.scale(scale, 1)  # a name too long for the line is narrowed, never cut
            draw_runs(canvas, 0, 0, line, self.size, bold=True)
            canvas.restoreState()
        canvas.restoreState()


class RedRule(Flowable):
    """The red rule of the masthead, as wide as the text block (GB/T 9704 版头中的分隔线):
    one line under a document's number, or a letter's two, thick over thin (信函格式)."""

    def __init__(self, double: bool = True) -> None:
        super().__init__()
        self.double = double

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 8

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RED)
        if self.double:
            self.canv.setLineWidth(2)
            self.canv.line(0, 6, self.width, 6)
            self.canv.setLineWidth(0.7)
            self.canv.line(0, 2.5, self.width, 2.5)
        else:
            self.canv.setLineWidth(1.2)
            self.canv.line(0, 4, self.width, 4)
        self.canv.restoreState()


class SignatureBlock(Flowable):
    """Issuer and date with the seal pressed on them, and the QR code at the left if any.

    GB/T 9704-2012 7.3.5.1: the date stands four characters in from the right, the issuer's
    name is centred above it, the seal is centred on both with them a little below its centre,
    and the seal's top is within one line of the body. A name too long for that moves the
    block left until it ends one character in from the right.
    """

    def __init__(
        self,
        issuer: str,
        date_text: str,
        seal_text: str,
        recorder: LayoutRecorder,
        qr: list[list[bool]] | None = None,
        seal_name: str | None = None,
        pitch: float = LINE_PITCH,
    ) -> None:
        super().__init__()
        self.pitch = pitch
        self.gap = pitch * 0.25  # body bottom to the seal's top
        self.issuer = issuer
        self.seal_name = seal_name or issuer  # the organ's name round the seal
        self.date_text = date_text
        self.seal_text = seal_text
        self.recorder = recorder
        self.qr = qr
        self.height = self.gap + SEAL_DIAMETER + 2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        ax0, ay0 = self.canv.absolutePosition(x0, y0)
        ax1, ay1 = self.canv.absolutePosition(x1, y1)
        return Box(self.canv.getPageNumber() - 1, ax0, ay0, ax1, ay1)

    def draw(self) -> None:
        canvas = self.canv
        radius = SEAL_DIAMETER / 2
        issuer_width = text_width(self.issuer, BODY_SIZE)
        date_width = text_width(self.date_text, BODY_SIZE)
        centre_x = self.width - 4 * CHARACTER - date_width / 2
        centre_x = min(centre_x, self.width - CHARACTER - issuer_width / 2)
        centre_y = self.height - self.gap - radius
        issuer_y = centre_y - 6
        date_y = issuer_y - self.pitch
        draw_runs(canvas, centre_x - issuer_width / 2, issuer_y, self.issuer, BODY_SIZE)
        draw_runs(canvas, centre_x - date_width / 2, date_y, self.date_text, BODY_SIZE)
        stamp_seal(canvas, centre_x, centre_y, self.seal_name, self.seal_text)
        record = self.recorder
        record.body_bottom = self._box(0, self.height, self.width, self.height)
        record.issuer = self._box(
            centre_x - issuer_width / 2,
            issuer_y - 2,
            centre_x + issuer_width / 2,
            issuer_y + 14,
        )
        record.date = self._box(
            centre_x - date_width / 2, date_y - 2, centre_x + date_width / 2, date_y + 14
        )
        seal_box = self._box(
            centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius
        )
        record.seal = SealPlacement(seal_box.page_index, *seal_box.centre, SEAL_DIAMETER, SEAL_FORM)
        if self.qr is not None:
            bottom = centre_y - radius + 14
            draw_qr(canvas, self.qr, 0, bottom, QR_SIZE)
            caption_width = text_width(QR_CAPTION, 9)
            draw_runs(canvas, (QR_SIZE - caption_width) / 2, bottom - 11, QR_CAPTION, 9)
            record.qr = self._box(0, bottom, QR_SIZE, bottom + QR_SIZE)


class EndWithSignature(Flowable):
    """The body's last paragraph or table, the signature block and the notes, never parted.

    When they do not fit, the body splits so that at least two lines of a paragraph (or the
    last row of a table) go over with the signature: a page with only a seal is not allowed.
    """

    KEEP_LINES = 2

    def __init__(self, tail: Flowable | None, block: SignatureBlock, notes: list[Flowable]) -> None:
        super().__init__()
        self.tail = tail
        self.block = block
        self.notes = notes

    def _parts(self) -> list[Flowable]:
        return ([self.tail] if self.tail is not None else []) + [self.block, *self.notes]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [part.wrap(available_width, available_height)[1] for part in self._parts()]
        self.width, self.height = available_width, sum(self._heights)
        return available_width, self.height

    def _kept_height(self) -> float:
        if isinstance(self.tail, Paragraph):
            return self.KEEP_LINES * self.tail.style.leading
        return self.tail._rowHeights[-1]  # a table, wrapped: keep its last row

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.tail is None:
            return []
        tail_height = self.tail.wrap(available_width, available_height)[1]
        head_room = min(available_height, tail_height - self._kept_height() + 1)
        if head_room <= 0:
            return []
        parts = self.tail.split(available_width, head_room)
        if len(parts) != 2:
            return []
        return [parts[0], EndWithSignature(parts[1], self.block, self.notes)]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        for part, height in zip(self._parts(), self._heights, strict=True):
            top -= height
            part.drawOn(canvas, x, top, _sW)
