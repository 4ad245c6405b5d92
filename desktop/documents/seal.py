"""The approval seal as vector graphics: a 42 mm red ring, the organ's name round the top,
a five-pointed star in the centre and the seal's purpose straight below it."""

from __future__ import annotations

import io
import math

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import SONG, face_for, registered, text_width
from desktop.documents.layout import RED

SEAL_DIAMETER = 42 * mm
SEAL_FORM = "ApprovalSeal"
SEAL_BLEND = "Darken"
_RIM = 1.2 * mm  # 边宽: the rim of a state organ's seal
_STAR_RADIUS = 7 * mm
_MAX_ARC = 240  # degrees of the rim the organ's name may take at most
_STEP = 22  # degrees per character while the name is short
_GAP = 0.2  # the share of each character's arc left free, so neighbours never touch
_MIN_SQUEEZE = 0.6  # narrowed no further than this; then the characters are set smaller
_CLEARANCE = 1.4 * mm  # between the characters' tops and the rim


def _glyph(canvas: Canvas, character: str, size: float, squeeze: float) -> None:
    """One character centred on the origin's baseline, squeezed sideways, ink-bold."""
    face = face_for(character) or SONG
    width = pdfmetrics.stringWidth(character, face.name, size)
    text = canvas.beginText()
    text.setTextRenderMode(2)  # fill and stroke: seal characters are heavier than print
    text.setFont(face.name, size)
    text.setHorizScale(squeeze * 100)
    text.setTextOrigin(-width * squeeze / 2, 0)
    text.textOut(character)
    canvas.drawText(text)


def _star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    inner = radius * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for index in range(10):
        r = radius if index % 2 == 0 else inner
        angle = math.radians(90 + 36 * index)
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def _arc_layout(count: int, radius: float) -> tuple[float, float, float, float]:
    """(step in degrees, size, baseline radius, squeeze) of a name of `count` characters.

    Evenly spaced over at most _MAX_ARC degrees; each character gets its arc at the baseline
    (where neighbours come closest) less a free share, is narrowed down to _MIN_SQUEEZE
    like a seal's long Song, and beyond that set smaller, so neighbours never touch; its top
    keeps a clear band below the rim.
    """
    step = min(_STEP, _MAX_ARC / (count - 1)) if count > 1 else 0.0
    size = radius * 0.29
    squeeze = 1.0
    for _ in range(3):  # the size sets the baseline, the baseline the room per character
        baseline = radius - _RIM - _CLEARANCE - size * 0.86
        if count < 2:
            break
        room = math.radians(step) * baseline * (1 - _GAP)
        squeeze = min(1.0, room / size)
        if squeeze < _MIN_SQUEEZE:
            size, squeeze = room / _MIN_SQUEEZE, _MIN_SQUEEZE
    return step, size, radius - _RIM - _CLEARANCE - size * 0.86, squeeze


def _arc_name(canvas: Canvas, cx: float, cy: float, radius: float, name: str) -> None:
    step, size, baseline, squeeze = _arc_layout(len(name), radius)
    span = step * (len(name) - 1)
    for index, character in enumerate(name):
        angle = 90 + span / 2 - index * step  # left to right over the top
        canvas.saveState()
        canvas.translate(
            cx + baseline * math.cos(math.radians(angle)),
            cy + baseline * math.sin(math.radians(angle)),
        )
        canvas.rotate(angle - 90)  # upright means pointing away from the centre
        _glyph(canvas, character, size, squeeze)
        canvas.restoreState()


def draw_seal(
    canvas: Canvas,
    cx: float,
    cy: float,
    organ_name: str,
    seal_text: str,
    diameter: float = SEAL_DIAMETER,
) -> None:
    """Draw the seal centred on (cx, cy) with canvas operations only (no bitmap)."""
    registered(SONG)
    radius = diameter / 2
    canvas.saveState()
    canvas.setStrokeColor(RED)
    canvas.setFillColor(RED)
    canvas.setLineWidth(_RIM)
    canvas.circle(cx, cy, radius - _RIM / 2, stroke=1, fill=0)
    canvas.setLineWidth(0.35)
    star = canvas.beginPath()
    points = _star_points(cx, cy + radius * 0.02, _STAR_RADIUS * diameter / SEAL_DIAMETER)
    star.moveTo(*points[0])
    for point in points[1:]:
        star.lineTo(*point)
    star.close()
    canvas.drawPath(star, stroke=0, fill=1)
    _arc_name(canvas, cx, cy, radius, organ_name)
    size = radius * 0.2
    width = text_width(seal_text, size)
    squeeze = min(1.0, radius * 1.3 / width) if width else 1.0
    canvas.saveState()
    canvas.translate(cx, cy - radius * 0.64)
    spacing = size * 0.12 if squeeze == 1.0 else 0
    offset = -(width + spacing * (len(seal_text) - 1)) / 2
    for character in seal_text:
        advance = text_width(character, size) * squeeze
        canvas.saveState()
        canvas.translate(offset + advance / 2, 0)
        _glyph(canvas, character, size, squeeze)
        canvas.restoreState()
        offset += advance + spacing
    canvas.restoreState()
    canvas.restoreState()


def define_seal_form(canvas: Canvas, organ_name: str, seal_text: str) -> str:
    """Put the seal into one form XObject (drawn where needed, reused as the signature's look)."""
    if not canvas.hasForm(SEAL_FORM):
        canvas.beginForm(SEAL_FORM, 0, 0, SEAL_DIAMETER, SEAL_DIAMETER)
        draw_seal(canvas, SEAL_DIAMETER / 2, SEAL_DIAMETER / 2, organ_name, seal_text)
        canvas.endForm()
    return SEAL_FORM


def stamp_seal(canvas: Canvas, cx: float, cy: float, organ_name: str, seal_text: str) -> None:
    """Press the document's seal form onto the page, centred on (cx, cy)."""
    define_seal_form(canvas, organ_name, seal_text)
    canvas.saveState()
    # Darken: the text under the seal stays legible, and a second impression of the same seal
    # (the signature's appearance over the page's own) changes nothing. Set out here because
    # reportlab does not give a form XObject its own graphics-state resources.
    canvas.setBlendMode(SEAL_BLEND)
    canvas.translate(cx - SEAL_DIAMETER / 2, cy - SEAL_DIAMETER / 2)
    canvas.doForm(SEAL_FORM)
    canvas.restoreState()


def seal_pdf(organ_name: str, seal_text: str) -> bytes:
    """A one-page PDF of just the seal, for previews in the admin's seal settings."""
    buffer = io.BytesIO()
    side = SEAL_DIAMETER + 4 * mm
    canvas = Canvas(buffer, pagesize=(side, side))
    draw_seal(canvas, side / 2, side / 2, organ_name, seal_text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
