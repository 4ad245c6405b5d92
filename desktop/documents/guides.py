"""One-time notification guides (码上办): one A4 page per item telling an applicant all it
needs at once (materials, steps, limits, fees, place, hotline) with a QR code; and poster
sheets of many items' QR codes for the service hall.

The QR code holds the item's public page (from the bureau's URL pattern) or, when no
pattern is set, the guide's own text, so a phone shows the list without a network.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents import engine  # noqa: F401  (reportlab set up for Chinese text)
from desktop.documents.fonts import (
    HEI,
    SONG,
    check_glyphs,
    draw_runs,
    markup,
    register_all,
    text_width,
)
from desktop.documents.qr import draw_qr, qr_matrix

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
POSTER_COLUMNS, POSTER_ROWS = 3, 4


@dataclass(frozen=True)
class GuideMaterial:
    name: str
    description: str
    original: bool
    copies: int


@dataclass(frozen=True)
class ItemGuide:
    code: str
    name: str
    department: str
    statutory_days: int
    promised_days: int
    fee: str
    legal_basis: str
    at_most_one_trip: bool
    materials: tuple[GuideMaterial, ...]
    organ_name: str
    address: str
    hotline: str


def guide_text(guide: ItemGuide) -> str:
    """The guide as plain text: what the QR carries when there is no public page."""
    lines = [
        f"{guide.name}（{guide.code}）",
        f"承诺{guide.promised_days}个工作日办结（法定{guide.statutory_days}个工作日）；收费：{guide.fee}",
        "申请材料：",
        *(
            f"{n}. {m.name}（{'原件' if m.original else '复印件'}{m.copies}份）"
            for n, m in enumerate(guide.materials, 1)
        ),
        f"办理地点：{guide.address}",
        f"咨询电话：{guide.hotline}",
    ]
    return "\n".join(lines)


def _paragraph(text: str, size: float, face=SONG, leading: float | None = None) -> Paragraph:
    style = ParagraphStyle(
        "guide", fontName=face.name, fontSize=size, leading=leading or size * 1.45, wordWrap="CJK"
    )
    return Paragraph(markup(text, face), style)


def _materials_table(guide: ItemGuide, width: float) -> Table:
    rows = [[_paragraph(h, 10.5, HEI) for h in ("序号", "材料名称", "要求", "原件/复印件", "份数")]]
    for n, material in enumerate(guide.materials, 1):
        rows.append(
            [
                _paragraph(str(n), 10.5),
                _paragraph(material.name, 10.5),
                _paragraph(material.description or "—", 10.5),
                _paragraph("原件" if material.original else "复印件", 10.5),
                _paragraph(str(material.copies), 10.5),
            ]
        )
    widths = [0.08, 0.3, 0.38, 0.14, 0.1]
    table = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _draw_guide(canvas: Canvas, guide: ItemGuide, qr_content: str) -> None:
    width = PAGE_WIDTH - 2 * MARGIN
    top = PAGE_HEIGHT - MARGIN
    title = f"{guide.name} 一次性告知单"
    size = 18 if text_width(title, 18, HEI) <= width else 14
    draw_runs(canvas, (PAGE_WIDTH - text_width(title, size, HEI)) / 2, top - size, title, size, HEI)
    qr_size = 32 * mm
    draw_qr(
        canvas,
        qr_matrix(qr_content),
        PAGE_WIDTH - MARGIN - qr_size,
        top - 30 * mm - qr_size,
        qr_size,
    )
    draw_runs(
        canvas,
        PAGE_WIDTH - MARGIN - qr_size,
        top - 30 * mm - qr_size - 5 * mm,
        "扫码查看办事指南",
        8,
    )
    facts = [
        f"事项编码：{guide.code}",
        f"实施部门：{guide.organ_name}（{guide.department}）",
        f"办理时限：承诺 {guide.promised_days} 个工作日，法定 {guide.statutory_days} 个工作日",
        f"收费标准：{guide.fee}",
        f"设定依据：{guide.legal_basis or '—'}",
        "办理流程：申请 → 受理 → 审查 → 决定 → 送达（统一窗口出件）"
        + ("；材料齐全最多跑一次" if guide.at_most_one_trip else ""),
        f"办理地点：{guide.address}",
        f"咨询电话：{guide.hotline}",
    ]
    y = top - 14 * mm
    for fact in facts:
        paragraph = _paragraph(fact, 11)
        _, height = paragraph.wrap(width - qr_size - 6 * mm, PAGE_HEIGHT)
        y -= height + 1.5 * mm
        paragraph.drawOn(canvas, MARGIN, y)
    y = min(y, top - 30 * mm - qr_size - 10 * mm) - 6 * mm
    heading = _paragraph("申请材料（请一次备齐）", 12, HEI)
    _, height = heading.wrap(width, PAGE_HEIGHT)
    y -= height
    heading.drawOn(canvas, MARGIN, y)
    table = _materials_table(guide, width)
    _, height = table.wrap(width, y - MARGIN)
    table.drawOn(canvas, MARGIN, y - 2 * mm - height)


def guide_pdf(
    guides: list[tuple[ItemGuide, str]], progress: Callable[[int, int], None] | None = None
) -> bytes:
    """Guides, one page each: (the guide, what its QR code holds); `progress(done, total)`."""
    register_all()
    for guide, _ in guides:
        check_glyphs([("事项名称", guide.name)] + [("材料", m.name) for m in guide.materials])
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle("一次性告知单")
    for done, (guide, qr_content) in enumerate(guides, start=1):
        _draw_guide(canvas, guide, qr_content)
        canvas.showPage()
        if progress is not None:
            progress(done, len(guides))
    canvas.save()
    return out.getvalue()


def poster_pdf(title: str, entries: list[tuple[str, str, str]]) -> bytes:
    """Poster sheets for the hall: (item code, item name, QR content), 12 to a page."""
    register_all()
    check_glyphs([("海报标题", title)] + [("事项名称", name) for _, name, _ in entries])
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    cell_width = (PAGE_WIDTH - 2 * MARGIN) / POSTER_COLUMNS
    cell_height = (PAGE_HEIGHT - 2 * MARGIN - 14 * mm) / POSTER_ROWS
    per_page = POSTER_COLUMNS * POSTER_ROWS
    for start in range(0, len(entries), per_page):
        draw_runs(canvas, MARGIN, PAGE_HEIGHT - MARGIN - 8 * mm, title, 16, HEI)
        for n, (code, name, content) in enumerate(entries[start : start + per_page]):
            column, row = n % POSTER_COLUMNS, n // POSTER_COLUMNS
            x = MARGIN + column * cell_width
            y = PAGE_HEIGHT - MARGIN - 14 * mm - (row + 1) * cell_height
            size = min(cell_width, cell_height) - 16 * mm
            draw_qr(canvas, qr_matrix(content), x + (cell_width - size) / 2, y + 12 * mm, size)
            label = _paragraph(f"{name}（{code}）", 8.5, leading=11)
            _, height = label.wrap(cell_width - 4 * mm, 12 * mm)
            label.drawOn(canvas, x + 2 * mm, y + 10 * mm - height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
