"""The period report (工作情况报告) as a PDF: plain content in, bytes out.

A4 portrait, the organ's name and the title centred in Hei, the period under them and a red
rule; numbered sections of Song text, ruled tables, the monthly trend drawn with reportlab
graphics, the notes (注) at the end and "— n —" page numbers at the foot.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import engine  # noqa: F401  (reportlab set up for Chinese text)
from desktop.documents.fonts import HEI, SONG, check_glyphs, markup, register_all, text_width
from desktop.documents.layout import RED

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 22 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY = 11.5
GRID = HexColor("#555555")
HEADER_FILL = HexColor("#eeeeee")
BAR_COLOURS = (HexColor("#2f5597"), HexColor("#a9c4eb"))
LINE_COLOUR = HexColor("#c00000")


@dataclass(frozen=True)
class ReportTable:
    """A ruled table: headers, then rows of text (numbers already formatted)."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    widths: tuple[float, ...] = ()  # shares of the text width; empty: equal columns
    left: tuple[int, ...] = (0,)  # columns of names, aligned left; the rest are centred


@dataclass(frozen=True)
class Trend:
    """The monthly trend: counts per month, and a rate per month (None: nothing to divide)."""

    months: tuple[str, ...]
    accepted: tuple[int, ...]
    completed: tuple[int, ...]
    on_time_rate: tuple[float | None, ...]  # 0..100


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[ReportTable, ...] = ()
    trend: Trend | None = None


@dataclass(frozen=True)
class ReportContent:
    organ_name: str
    title: str
    period_line: str  # 统计期间：…
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = field(default=())
    made_line: str = ""  # 制表：… the organ and the day, at the end


def _style(size: float, face=SONG, **more) -> ParagraphStyle:  # type: ignore[no-untyped-def]
    return ParagraphStyle(
        f"r{size}{face.name}",
        fontName=face.name,
        fontSize=size,
        leading=size * 1.6,
        wordWrap="CJK",
        **more,
    )


def _para(text: str, size: float = BODY, face=SONG, **more) -> Paragraph:  # type: ignore[no-untyped-def]
    return Paragraph(markup(text, face), _style(size, face, **more))


def _table(table: ReportTable) -> list:  # type: ignore[type-arg]
    size = 9.5
    cells = [[_para(h, size, HEI, alignment=TA_CENTER) for h in table.headers]]
    for row in table.rows:
        cells.append(
            [
                _para(text, size, alignment=0 if n in table.left else TA_CENTER)
                for n, text in enumerate(row)
            ]
        )
    shares = table.widths or tuple(1 / len(table.headers) for _ in table.headers)
    ruled = Table(cells, colWidths=[WIDTH * share for share in shares], repeatRows=1)
    ruled.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    caption = _para(table.title, 10.5, HEI, alignment=TA_CENTER)
    return [KeepTogether([caption, Spacer(0, 1.5 * mm), ruled]), Spacer(0, 4 * mm)]


def _chart_title(drawing: Drawing, text: str) -> None:
    drawing.add(
        String(
            (drawing.width - text_width(text, 10, HEI)) / 2,
            drawing.height - 12,
            text,
            fontName=HEI.name,
            fontSize=10,
        )
    )


def _axis_labels(axis, size: float = 7.5) -> None:  # type: ignore[no-untyped-def]
    axis.labels.fontName = HEI.name
    axis.labels.fontSize = size


def _counts_chart(trend: Trend) -> Drawing:
    drawing = Drawing(WIDTH, 62 * mm)
    _chart_title(drawing, "图1  各月受理与办结件数")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 30, WIDTH - 50, 62 * mm - 58
    chart.data = [list(trend.accepted), list(trend.completed)]
    chart.categoryAxis.categoryNames = [m[2:].replace("-", ".") for m in trend.months]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.barSpacing, chart.groupSpacing = 1, 6
    for n, colour in enumerate(BAR_COLOURS):
        chart.bars[n].fillColor = colour
        chart.bars[n].strokeColor = None
    _axis_labels(chart.categoryAxis)
    _axis_labels(chart.valueAxis)
    drawing.add(chart)
    _legend(drawing, [(BAR_COLOURS[0], "受理"), (BAR_COLOURS[1], "办结")])
    return drawing


def _rate_chart(trend: Trend) -> Drawing:
    drawing = Drawing(WIDTH, 56 * mm)
    _chart_title(drawing, "图2  各月按时办结率（%）")
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 36, 30, WIDTH - 50, 56 * mm - 58
    chart.data = [[None if r is None else r for r in trend.on_time_rate]]
    chart.categoryAxis.categoryNames = [m[2:].replace("-", ".") for m in trend.months]
    rates = [r for r in trend.on_time_rate if r is not None]
    chart.valueAxis.valueMin = max(0, (int(min(rates)) // 10) * 10 - 10) if rates else 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 10 if chart.valueAxis.valueMin >= 50 else 20
    chart.lines[0].strokeColor = LINE_COLOUR
    chart.lines[0].strokeWidth = 1.5
    chart.joinedLines = 1
    _axis_labels(chart.categoryAxis)
    _axis_labels(chart.valueAxis)
    drawing.add(chart)
    return drawing


def _legend(drawing: Drawing, entries: list[tuple[object, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = drawing.width - 100, drawing.height - 8
    legend.fontName, legend.fontSize = HEI.name, 8.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 40
    legend.colorNamePairs = entries
    drawing.add(legend)


def _story(content: ReportContent) -> list:  # type: ignore[type-arg]
    story: list = [  # type: ignore[type-arg]
        _para(content.organ_name, 15, HEI, alignment=TA_CENTER),
        Spacer(0, 1 * mm),
        _para(content.title, 20, HEI, alignment=TA_CENTER),
        Spacer(0, 2 * mm),
        _para(content.period_line, 11, SONG, alignment=TA_CENTER),
        HRFlowable(width="100%", thickness=1.5, color=RED, spaceBefore=2 * mm, spaceAfter=5 * mm),
    ]
    for section in content.sections:
        story += [CondPageBreak(40 * mm), _para(section.heading, 13, HEI), Spacer(0, 1.5 * mm)]
        story += [_para(text, BODY, firstLineIndent=2 * BODY) for text in section.paragraphs]
        story.append(Spacer(0, 3 * mm))
        for table in section.tables:
            story += _table(table)
        if section.trend is not None and section.trend.months:
            story += [
                KeepTogether([_counts_chart(section.trend)]),
                Spacer(0, 3 * mm),
                KeepTogether([_rate_chart(section.trend)]),
                Spacer(0, 4 * mm),
            ]
    if content.notes:
        story += [CondPageBreak(30 * mm), _para("注：", 10, HEI)]
        story += [_para(note, 9.5, SONG, leftIndent=2 * 9.5) for note in content.notes]
    if content.made_line:
        story += [Spacer(0, 6 * mm), _para(content.made_line, BODY, alignment=2)]
    return story


def _page_number(canvas, document) -> None:  # type: ignore[no-untyped-def]
    text = f"— {document.page} —"
    canvas.setFont(SONG.name, 10.5)
    canvas.drawCentredString(PAGE_WIDTH / 2, 12 * mm, text)


def _texts(content: ReportContent) -> list[tuple[str, str]]:
    texts = [("机关名称", content.organ_name), ("标题", content.title)]
    for section in content.sections:
        texts += [("正文", section.heading), *(("正文", p) for p in section.paragraphs)]
        for table in section.tables:
            texts += [("表格", table.title), *(("表格", c) for r in table.rows for c in r)]
    return texts + [("注", note) for note in content.notes]


def report_pdf(content: ReportContent) -> bytes:
    """The report as PDF bytes; a character no bundled font can draw is refused first."""
    register_all()
    check_glyphs(_texts(content))
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=content.title,
        author=content.organ_name,
        pageCompression=1,
    )
    document.build(_story(content), onFirstPage=_page_number, onLaterPages=_page_number)
    return out.getvalue()
