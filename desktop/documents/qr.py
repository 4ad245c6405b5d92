"""QR codes drawn as vector modules: a fixed version and mask, so every code looks alike and
no time goes on trying all eight masks (qrcode's automatic choice is about 5x slower)."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

QR_VERSION = 15  # 77 modules, about 410 bytes at level M: every payload of ours fits
QR_MASK = 4
QUIET_ZONE = 4  # modules of white round the code, as the standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, dark = True, without the quiet zone."""
    code = qrcode.QRCode(
        version=QR_VERSION, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK
    )
    code.add_data(text.encode("utf-8"), optimize=0)
    # fit from QR_VERSION up: only a payload too long for it gets a larger version.
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw the code with its bottom-left corner at (x, y), `size` points square.

    The modules are written as one path of integer rectangles in a scaled coordinate
    system: a run of dark modules in a row is one rectangle, and no float is formatted.
    """
    count = len(matrix)
    rectangles = []
    for row_index, row in enumerate(matrix):
        top = count - 1 - row_index
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                rectangles.append(f"{start} {top} {column - start} 1 re")
            else:
                column += 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral("\n".join(rectangles) + "\nf")
    canvas.restoreState()
