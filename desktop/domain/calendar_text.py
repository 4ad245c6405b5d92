"""A year's holiday arrangement as plain lines, the way the admin types it in:

    2027-01-01 休 元旦
    2027-02-07 班 春节调休

休 marks a weekday holiday, 班 a weekend make-up working day; the name is optional.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import DayKind
from desktop.domain.workdays import CalendarDay

KIND_WORDS = {"休": DayKind.HOLIDAY, "班": DayKind.WORKDAY}
WORDS = {kind: word for word, kind in KIND_WORDS.items()}


class CalendarTextError(ValueError):
    pass


def format_days(days: list[CalendarDay]) -> str:
    return "\n".join(f"{d.day.isoformat()} {WORDS[d.kind]} {d.name}".rstrip() for d in days)


def parse_days(text: str) -> list[CalendarDay]:
    """Every line read, or an error naming the first bad line and what it should look like."""
    days = []
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split(maxsplit=2)
        if not parts:
            continue
        try:
            day = date.fromisoformat(parts[0])
            kind = KIND_WORDS[parts[1]]
        except (ValueError, IndexError, KeyError):
            raise CalendarTextError(
                f"第{number}行“{line.strip()}”看不懂：应为“2027-01-01 休 元旦”或“2027-02-07 班”"
            ) from None
        days.append(CalendarDay(day, kind, parts[2] if len(parts) > 2 else ""))
    return days
