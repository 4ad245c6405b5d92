"""Each item's on-site checklist as spreadsheet rows: the catalogue file's third sheet,
检查要点, one row per check point by item code and number, with its major-violation flag.

A catalogue file made before the sheet existed has none; importing it leaves every
checklist as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import sheet_cells as cell

CHECK_SHEET = "检查要点"
CHECK_COLUMNS = ("事项编码", "序号", "检查要点", "重大事项")


@dataclass(frozen=True)
class CheckPointRow:
    item_code: str
    seq: int
    text: str
    major: bool


def read_check_point(values: Mapping[str, Any]) -> tuple[CheckPointRow | None, list[str]]:
    """The row, or None and every reason it cannot be read."""
    readers: dict[str, Callable[[Any, str], Any]] = {
        "事项编码": lambda v, c: cell.text(v, c, 32),
        "序号": lambda v, c: cell.integer(v, c, 1, 999),
        "检查要点": lambda v, c: cell.text(v, c, 200),
        "重大事项": cell.yes_no,
    }
    parsed: dict[str, Any] = {}
    reasons: list[str] = []
    for column, read in readers.items():
        try:
            parsed[column] = read(values.get(column), column)
        except cell.CellError as error:
            reasons.append(str(error))
    if reasons:
        return None, reasons
    return CheckPointRow(*(parsed[column] for column in CHECK_COLUMNS)), []


def check_point_values(row: CheckPointRow) -> list[Any]:
    """The row as written to the sheet (the inverse of `read_check_point`)."""
    return [row.item_code, row.seq, row.text, "是" if row.major else "否"]
