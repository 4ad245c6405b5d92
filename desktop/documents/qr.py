"""QR codes drawn as vector modules, at a fixed version and mask so every code looks alike.

qrcode chooses the mask by trying all eight (about 5x slower) and computes the error
correction with generic polynomial objects; here the mask is fixed, the Reed-Solomon
codewords come from precomputed tables, and qrcode only draws the function patterns, once.
A test checks the result is the very matrix qrcode itself makes.
"""

from __future__ import annotations

from functools import cache

from qrcode import QRCode
from qrcode.base import rs_blocks
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import mask_func
from reportlab.pdfgen.canvas import Canvas

QR_VERSION = 15  # 77 modules, 412 bytes at level M: every payload of ours fits
QR_MASK = 4
_LEVEL = ERROR_CORRECT_M
_BYTE_MODE = 0b0100
Path = tuple[tuple[int, int], ...]
Grid = tuple[tuple[bool | None, ...], ...]

_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _EXP[_power + 255] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D  # the QR field polynomial x^8 + x^4 + x^3 + x^2 + 1


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _generator_multiples(degree: int) -> tuple[int, ...]:
    """For each byte value, its product with the generator polynomial's lower terms, as one
    big-endian integer of `degree` bytes (so a division step is a shift and an XOR)."""
    generator = [1]
    for power in range(degree):
        root = _EXP[power]
        generator = [
            (generator[i] if i < len(generator) else 0)
            ^ (_multiply(generator[i - 1], root) if i > 0 else 0)
            for i in range(len(generator) + 1)
        ]
    return tuple(
        int.from_bytes(bytes(_multiply(factor, g) for g in generator[1:]), "big")
        for factor in range(256)
    )


def _error_correction(data: bytes, degree: int) -> list[int]:
    """The Reed-Solomon remainder, its bytes held in one integer."""
    multiples = _generator_multiples(degree)
    mask, top = (1 << (8 * degree)) - 1, 8 * (degree - 1)
    remainder = 0
    for byte in data:
        factor = byte ^ (remainder >> top)
        remainder = ((remainder << 8) & mask) ^ multiples[factor]
    return list(remainder.to_bytes(degree, "big"))


def _capacity(version: int) -> int:
    return sum(block.data_count for block in rs_blocks(version, _LEVEL))


def _count_bits(version: int) -> int:
    return 8 if version < 10 else 16


def _version_for(size: int) -> int:
    """QR_VERSION, or the smallest larger version for a payload too long for it."""
    for version in range(QR_VERSION, 41):
        if 4 + _count_bits(version) + 8 * size <= 8 * _capacity(version):
            return version
    raise ValueError("QR payload too long")


def _codewords(payload: bytes, version: int) -> list[int]:
    """Byte-mode data, terminator and padding, split into blocks, with interleaved EC."""
    capacity = _capacity(version)
    count_bits = _count_bits(version)
    value = (_BYTE_MODE << count_bits | len(payload)) << (8 * len(payload))
    value |= int.from_bytes(payload, "big")
    bits = 4 + count_bits + 8 * len(payload)
    tail = min(4, 8 * capacity - bits)  # terminator
    tail += -(bits + tail) % 8  # to a whole byte
    value <<= tail
    stream = value.to_bytes((bits + tail) // 8, "big")
    stream += bytes([0xEC, 0x11] * capacity)[: capacity - len(stream)]
    data_blocks, ec_blocks, offset = [], [], 0
    for block in rs_blocks(version, _LEVEL):
        chunk = stream[offset : offset + block.data_count]
        offset += block.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_error_correction(chunk, block.total_count - block.data_count))
    words = []
    for blocks in (data_blocks, ec_blocks):
        for index in range(max(len(block) for block in blocks)):
            words += [block[index] for block in blocks if index < len(block)]
    return words


@cache
def _layout(version: int, mask: int) -> tuple[Path, tuple[bool, ...], Grid]:
    """The data modules in qrcode's placement order, whether the mask flips each, and the
    function patterns (finders, timing, alignment, format and version) qrcode draws."""
    template = QRCode(version=version, error_correction=_LEVEL, border=0, mask_pattern=mask)
    template.modules_count = version * 4 + 17
    template.data_cache = [0] * (_capacity(version) + 1)
    free: list[tuple[int, int]] = []
    template.map_data = lambda data, pattern: None  # only the function patterns
    template.makeImpl(False, mask)
    count = template.modules_count
    row, step = count - 1, -1
    for column in range(count - 1, 0, -2):
        if column <= 6:
            column -= 1
        while 0 <= row < count:
            for c in (column, column - 1):
                if template.modules[row][c] is None:
                    free.append((row, c))
            row += step
        row -= step
        step = -step
    flips = mask_func(mask)
    patterns = tuple(tuple(row) for row in template.modules)
    return tuple(free), tuple(bool(flips(r, c)) for r, c in free), patterns


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, dark = True, without the quiet zone: the cached function
    patterns, with the codewords placed along qrcode's path under the fixed mask."""
    payload = text.encode("utf-8")
    version = _version_for(len(payload))
    path, flips, patterns = _layout(version, QR_MASK)
    data = _codewords(payload, version)
    bits = [(byte >> shift) & 1 == 1 for byte in data for shift in range(7, -1, -1)]
    bits += [False] * (len(path) - len(bits))
    modules = [list(row) for row in patterns]
    for (row, column), bit, flip in zip(path, bits, flips, strict=False):
        modules[row][column] = bit != flip
    return modules  # type: ignore[return-value]  (every None is a data module, now set)


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
