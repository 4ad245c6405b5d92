"""Reading and writing spreadsheet files (XLSX via openpyxl, CSV) as rows of named columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.phrases import Term
from desktop.domain.sheet_cells import safe_for_sheet

Rows = list[tuple[int, dict[str, Any]]]  # (row number in the file, values by column name)
FIELD_TOO_LONG = Term("有一个字段超过 131072 个字符")
NOT_CSV = Term("格式不符合 CSV")


def write_xlsx(sheets: dict[str, tuple[Sequence[str], list[list[Any]]]]) -> bytes:
    """A workbook with one sheet per entry: a header row, then the rows (never formulas)."""
    from openpyxl import Workbook  # imported when needed: it costs a second at start-up

    book = Workbook()
    book.remove(book.active)
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        for row in rows:
            sheet.append([safe_for_sheet(value) for value in row])
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rows(values: Iterator[Sequence[Any]], where: str) -> tuple[list[str], Rows]:
    header_values = next(values, None)
    if header_values is None:
        raise DomainError("{where}是空的：第1行应为列名", where=where)
    header = [str(v).strip() if v is not None else "" for v in header_values]
    rows: Rows = []
    for number, raw in enumerate(values, start=2):
        if raw is None or all(v is None or str(v).strip() == "" for v in raw):
            continue  # blank lines are not rows
        rows.append((number, dict(zip(header, raw, strict=False))))
    return header, rows


def read_xlsx(data: bytes, sheet: str | None = None) -> tuple[list[str], Rows]:
    """The named sheet (or the first) as (header, rows); cells keep their types."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:
        raise DomainError("无法读取 Excel 文件：请确认是 .xlsx 格式且未损坏") from None
    if sheet is not None and sheet not in book.sheetnames:
        raise DomainError("Excel 文件中没有名为“{sheet}”的工作表", sheet=sheet)
    try:
        if not book.worksheets:
            raise DomainError("Excel 文件中没有工作表")
        chosen = book[sheet] if sheet is not None else book.worksheets[0]
        return _rows(chosen.iter_rows(values_only=True), f"工作表“{chosen.title}”")
    except DomainError:
        raise
    except Exception:  # a damaged sheet shows only when its rows are read
        raise DomainError("无法读取 Excel 文件：请确认是 .xlsx 格式且未损坏") from None
    finally:
        book.close()  # read-only workbooks hold the archive open until closed


def read_csv(data: bytes) -> tuple[list[str], Rows]:
    """A CSV file in UTF-8 (with or without BOM) or, failing that, GB18030 (Excel's Chinese)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DomainError("无法识别 CSV 文件的编码：请另存为 UTF-8 编码的 CSV")
    reader = csv.reader(io.StringIO(text))
    try:
        return _rows(iter(reader), "CSV 文件")
    except csv.Error as error:  # the field size limit (csv.field_size_limit) and the like
        reason = FIELD_TOO_LONG if "field limit" in str(error) else NOT_CSV
        raise DomainError(
            "CSV 文件第 {line} 行无法读取：{reason}。请确认是前台系统导出的 CSV 文件",
            line=reader.line_num,
            reason=reason,
        ) from None


def write_csv(header: Sequence[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_for_sheet(value) for value in row])
    return out.getvalue().encode("utf-8-sig")  # the BOM lets Excel see UTF-8


def missing_columns(header: Sequence[str], wanted: Sequence[str]) -> list[str]:
    return [column for column in wanted if column not in header]
