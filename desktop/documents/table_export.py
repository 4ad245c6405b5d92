"""Any table to XLSX (openpyxl) or CSV bytes: plain data in, bytes out.

Spreadsheet programs run a cell that starts with = + - or @ as a formula, so an applicant
who names a company "=HYPERLINK(...)" could make a supervisor's export run it (CSV/formula
injection). Text cells starting with those characters (or a tab or carriage return) get
a leading apostrophe, which shows the text as typed; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.domain.timezone import CHINA

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_TITLE = 31  # Excel's limit


@dataclass(frozen=True)
class Table:
    """A titled table of plain values (text, numbers, dates, None)."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]


def safe_cell(value: Any) -> Any:
    """The value as it may go into a spreadsheet cell: never a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(CHINA).replace(tzinfo=None)  # XLSX has no zones: China time
    return value


def to_csv(table: Table) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow(["" if v is None else cell_text(safe_cell(v)) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(*tables: Table) -> bytes:
    """One sheet per table, headers bold and frozen, columns sized to their content."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title, workbook.sheetnames))
        sheet.append([safe_cell(h) for h in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
        for row in table.rows:
            sheet.append([safe_cell(v) for v in row])
        # openpyxl reads any string starting with "=" as a formula: say these are text.
        for row in sheet.iter_rows(min_row=1):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for index, header in enumerate(table.headers, 1):
            values = [header, *(row[index - 1] for row in table.rows[:500])]
            width = max(_display_width(cell_text(v)) for v in values)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_text(table: Table) -> str:
    """The table as aligned plain text for a terminal (Chinese counted double width)."""
    cells = [list(table.headers), *([cell_text(v) for v in row] for row in table.rows)]
    widths = [max(_display_width(row[i]) for row in cells) for i in range(len(table.headers))]

    def line(row: list[str]) -> str:
        return "  ".join(
            text + " " * (width - _display_width(text))
            for text, width in zip(row, widths, strict=True)
        ).rstrip()

    return "\n".join([table.title, *(line(row) for row in cells)])


def cell_text(value: Any) -> str:
    """How a value reads in a text table or on screen."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, datetime):
        return safe_cell(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _display_width(text: str) -> int:
    """Chinese characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _sheet_title(title: str, taken: list[str]) -> str:
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:MAX_SHEET_TITLE] or "Sheet"
    candidate, n = clean, 2
    while candidate in taken:
        suffix = f"({n})"
        candidate, n = clean[: MAX_SHEET_TITLE - len(suffix)] + suffix, n + 1
    return candidate
