"""The bundled TrueType fonts: registered once with reportlab, checked glyph by glyph."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.assets import resource_path
from desktop.documents.errors import MissingGlyph


@dataclass(frozen=True)
class Face:
    """One face of a bundled TrueType collection, under the name reportlab knows it by."""

    name: str
    file: str
    subfont: int = 0


# AR PL UMing CN: a Song/Ming face with TrueType outlines (reportlab refuses CFF fonts).
SONG = Face("ApprovalSong", "uming.ttc")
# WenQuanYi Micro Hei: headings and table headers, and the fallback for characters Song lacks.
HEI = Face("ApprovalHei", "wqy-microhei.ttc")
FACES = (SONG, HEI)

# Layout characters that are never drawn as glyphs.
_NOT_DRAWN = frozenset("\n\r\t")


class _SlicingView:
    """Bytes-like view that copies only the slices asked for."""

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._view = memoryview(data)[start : start + length]

    def __getitem__(self, index: slice) -> bytes:
        return bytes(self._view[index])


def _share_glyph_table(font: TTFont) -> None:
    # reportlab copies the whole glyf table (17 MB for UMing) for every subset it embeds;
    # a view that copies only the glyphs used keeps a document's font subsets cheap.
    face = font.face
    start, length = face.get_table_pos("glyf")
    glyphs = _SlicingView(face._ttf_data, start, length)
    read_table = face.get_table
    face.get_table = lambda tag: glyphs if tag == "glyf" else read_table(tag)


@cache
def registered(face: Face) -> TTFont:
    """The reportlab font for `face`, registered on first use (embedded as subsets)."""
    font = TTFont(face.name, str(resource_path("fonts", face.file)), subfontIndex=face.subfont)
    _share_glyph_table(font)
    pdfmetrics.registerFont(font)
    return font


def register_all() -> None:
    for face in FACES:
        registered(face)


def has_glyph(face: Face, character: str) -> bool:
    return ord(character) in registered(face).face.charToGlyph


@cache
def face_for(character: str, preferred: Face = SONG) -> Face | None:
    """The preferred face if it can draw the character, else the first bundled one that can."""
    if has_glyph(preferred, character):
        return preferred
    return next((face for face in FACES if has_glyph(face, character)), None)


def check_glyphs(fields: Iterable[tuple[str, str]]) -> None:
    """Raise MissingGlyph for the first character of any (field, text) no bundled font has."""
    for field, text in fields:
        for character in text:
            if character not in _NOT_DRAWN and face_for(character) is None:
                raise MissingGlyph(field, character)


def runs(text: str, preferred: Face = SONG) -> list[tuple[Face, str]]:
    """Split text into runs that one face can draw, falling back character by character."""
    result: list[tuple[Face, str]] = []
    for character in text:
        face = face_for(character, preferred) or preferred
        if result and result[-1][0] == face:
            result[-1] = (face, result[-1][1] + character)
        else:
            result.append((face, character))
    return result


def markup(text: str, preferred: Face = SONG) -> str:
    """Paragraph markup for text: escaped, with fallback runs in their own font tags."""
    parts = []
    for face, run in runs(text, preferred):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if face == preferred else f'<font name="{face.name}">{escaped}</font>')
    return "".join(parts)


def draw_runs(
    canvas, x: float, y: float, text: str, size: float, preferred: Face = SONG, *, bold=False
) -> None:
    """Draw text at (x, y) with per-character fallback; bold strokes the outlines as well."""
    if bold:
        canvas.saveState()  # the render mode is graphics state: keep it to this text
        canvas.setLineWidth(size * 0.025)
    text_object = canvas.beginText(x, y)
    if bold:
        text_object.setTextRenderMode(2)
    for face, run in runs(text, preferred):
        text_object.setFont(face.name, size)
        text_object.textOut(run)
    canvas.drawText(text_object)
    if bold:
        canvas.restoreState()


def text_width(text: str, size: float, preferred: Face = SONG) -> float:
    return sum(pdfmetrics.stringWidth(run, face.name, size) for face, run in runs(text, preferred))
