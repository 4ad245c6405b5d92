"""Reading one spreadsheet cell as a typed value, or saying exactly what is wrong with it.

Files come from other systems and from people: every cell is checked for its type and
length, and text that a spreadsheet would run as a formula (`=cmd|...`, `+`, `-`, `@`) is
refused, so that nothing imported can later execute when someone opens an export.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
YES = {"是", "y", "yes", "true", "1", "√"}
NO = {"否", "n", "no", "false", "0", ""}


class CellError(ValueError):
    """One bad cell: the column's name and what to do about it (Chinese)."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(f"“{column}”{reason}")
        self.column = column
        self.reason = reason


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def text(value: Any, column: str, max_length: int, *, required: bool = True) -> str:
    result = _raw(value)
    if not result:
        if required:
            raise CellError(column, "不能为空")
        return ""
    if result.startswith(FORMULA_STARTS):
        raise CellError(column, f"以“{result[0]}”开头，可能是公式，已拒绝（请删去开头的符号）")
    if len(result) > max_length:
        raise CellError(column, f"过长：{len(result)} 个字符，最多 {max_length} 个")
    return result


def integer(value: Any, column: str, minimum: int, maximum: int) -> int:
    raw = _raw(value)
    if not raw:
        raise CellError(column, "不能为空")
    try:
        number = int(raw)
    except ValueError:
        raise CellError(column, f"应为整数，实为“{raw[:20]}”") from None
    if not minimum <= number <= maximum:
        raise CellError(column, f"应在 {minimum}—{maximum} 之间，实为 {number}")
    return number


def yes_no(value: Any, column: str) -> bool:
    raw = _raw(value).lower()
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise CellError(column, f"应填“是”或“否”，实为“{raw[:20]}”")


def moment(value: Any, column: str) -> datetime:
    """A date and time such as 2026-11-20 09:30 (or a spreadsheet date cell)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raw = _raw(value)
    if not raw:
        raise CellError(column, "不能为空")
    for pattern in (
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d",
        "%Y/%m/%d %H:%M",
        "%Y/%m/%d",
    ):
        try:
            return datetime.strptime(raw, pattern)
        except ValueError:
            continue
    raise CellError(column, f"不是有效的日期时间（应如 2026-11-20 09:30），实为“{raw[:30]}”")


def safe_for_sheet(value: Any) -> Any:
    """An exported value that a spreadsheet will show, never run (a leading quote)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
