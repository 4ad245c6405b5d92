"""The inspector pool (踏勘人才库) as spreadsheet rows: the columns, and each row read or
rejected with every reason, as the catalogue's rows are (`domain/catalogue_rows.py`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import sheet_cells as cell
from desktop.domain.catalogue_rows import LIST_SEPARATOR

POOL_SHEET = "踏勘人员"
POOL_COLUMNS = ("编号", "姓名", "部门编码", "专业编码", "职称", "电话", "每日上限", "在库")
MAX_DAILY_CAPACITY = 4


@dataclass(frozen=True)
class InspectorRow:
    id: int | None  # None: a new inspector
    name: str
    department_code: str
    specialty_codes: tuple[str, ...]
    title: str
    phone: str
    daily_capacity: int
    active: bool


def _id(value: Any, column: str) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    return cell.integer(value, column, 1, 2_000_000_000)


def _codes(value: Any, column: str) -> tuple[str, ...]:
    joined = cell.text(value, column, 400)
    return tuple(code.strip() for code in joined.split(LIST_SEPARATOR) if code.strip())


READERS: dict[str, Callable[[Any, str], Any]] = {
    "编号": _id,
    "姓名": lambda v, c: cell.text(v, c, 64),
    "部门编码": lambda v, c: cell.text(v, c, 16),
    "专业编码": _codes,
    "职称": lambda v, c: cell.text(v, c, 64, required=False),
    "电话": lambda v, c: cell.text(v, c, 32, required=False),
    "每日上限": lambda v, c: cell.integer(v, c, 1, MAX_DAILY_CAPACITY),
    "在库": cell.yes_no,
}


def read_inspector(values: Mapping[str, Any]) -> tuple[InspectorRow | None, list[str]]:
    parsed: dict[str, Any] = {}
    reasons: list[str] = []
    for column, read in READERS.items():
        try:
            parsed[column] = read(values.get(column), column)
        except cell.CellError as error:
            reasons.append(str(error))
    if reasons:
        return None, reasons
    return InspectorRow(*(parsed[column] for column in POOL_COLUMNS)), []


def inspector_values(row: InspectorRow) -> list[Any]:
    """The row as written to a sheet (the inverse of `read_inspector`)."""
    return [
        row.id,
        row.name,
        row.department_code,
        LIST_SEPARATOR.join(row.specialty_codes),
        row.title,
        row.phone,
        row.daily_capacity,
        "是" if row.active else "否",
    ]
