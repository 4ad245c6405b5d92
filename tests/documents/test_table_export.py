"""Exported tables open in Excel as typed: Chinese intact, numbers numbers, no formulas."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

from openpyxl import load_workbook

from desktop.documents.table_export import Table, safe_cell, to_csv, to_text, to_xlsx

HOSTILE = ('=HYPERLINK("http://x","点我")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "正常文字")
TABLE = Table(
    "导出[测试]",
    ("名称", "数量", "比率", "日期", "时间"),
    [(text, n, -0.5, date(2026, 11, 20), datetime(2026, 11, 20, 2, tzinfo=UTC)) for n, text in
     enumerate(HOSTILE)],
)  # fmt: skip


def test_cells_that_would_run_as_formulas_are_quoted():
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("-3") == "'-3"
    assert safe_cell(-3) == -3  # numbers stay numbers
    assert safe_cell("审批") == "审批"


def test_xlsx_has_no_formula_and_keeps_values():
    sheet = load_workbook(io.BytesIO(to_xlsx(TABLE))).active
    assert sheet.title == "导出_测试_"
    values = [row for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [v[0] for v in values] == [safe_cell(text) for text in HOSTILE]
    assert all(not str(v[0]).startswith(("=", "+", "-", "@")) for v in values)
    assert values[1][1] == 1 and values[0][2] == -0.5
    assert values[0][4] == datetime(2026, 11, 20, 10, 0)  # China time
    for row in sheet.iter_rows():
        assert all(cell.data_type != "f" for cell in row)


def test_csv_is_utf8_with_bom_and_quoted():
    data = to_csv(TABLE)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(TABLE.headers)
    assert rows[1][0].startswith("'=HYPERLINK") and rows[6][0] == "正常文字"
    assert rows[1][3] == "2026-11-20" and rows[1][4] == "2026-11-20 10:00"


def test_text_lines_up_chinese_columns():
    text = to_text(Table("t", ("名称", "n"), [("审批", 1), ("ab", 22)]))
    lines = text.splitlines()

    def column(line: str, cell: str) -> int:  # on screen: a Chinese character is two wide
        before = line[: line.index(cell)]
        return len(before) + sum(1 for ch in before if ord(ch) > 0x2E80)

    assert column(lines[1], "n") == column(lines[2], "1") == column(lines[3], "22") == 6
