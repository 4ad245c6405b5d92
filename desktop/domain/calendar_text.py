"""A year's holiday arrangement as plain lines, the way the admin types it in:

    2027-01-01 休 元旦
    2027-02-07 班 春节调休

休 marks a weekday holiday, 班 a weekend make-up working day; the name is optional. A bad
line is refused with its number, so the editor can point at it and keep the rest.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import DayKind
from desktop.domain.errors import DomainError
from desktop.domain.workdays import CalendarDay

KIND_WORDS = {"休": DayKind.HOLIDAY, "班": DayKind.WORKDAY}
WORDS = {kind: word for word, kind in KIND_WORDS.items()}


class CalendarTextError(DomainError):
    """One line of the arrangement is wrong; `line` is its number, counted from 1."""

    code = "calendar_text"

    @property
    def line(self) -> int:
        return int(self.data["line"])  # type: ignore[call-overload]


def format_days(days: list[CalendarDay]) -> str:
    return "\n".join(f"{d.day.isoformat()} {WORDS[d.kind]} {d.name}".rstrip() for d in days)


def parse_years(text: str) -> dict[int, list[CalendarDay]]:
    """A file of one or more years (`calendar import`): every line read and checked against
    its own year, grouped by year, or an error naming the first bad line."""
    years: dict[int, list[CalendarDay]] = {}
    for day in parse_days(text, year=EACH_OWN_YEAR):
        years.setdefault(day.day.year, []).append(day)
    if not years:
        raise CalendarTextError(
            "文件中没有日期：每行应为“2027-01-01 休 元旦”或“2027-02-07 班”", line=0
        )
    return years


EACH_OWN_YEAR = 0  # parse_days: check each day against its own year


def parse_days(text: str, year: int | None = None) -> list[CalendarDay]:
    """Every line read, or an error naming the first bad line and what is wrong with it.
    Given the year (or EACH_OWN_YEAR), each day must belong to it, a holiday must fall on a
    weekday and a make-up working day on a weekend (weekends are not working days anyway)."""
    days: list[CalendarDay] = []
    first_line: dict[date, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split(maxsplit=2)
        if not parts:
            continue
        try:
            day = date.fromisoformat(parts[0])
            kind = KIND_WORDS[parts[1]]
        except (ValueError, IndexError, KeyError):
            raise CalendarTextError(
                "第{line}行“{text}”看不懂：应为“2027-01-01 休 元旦”或“2027-02-07 班”",
                line=number,
                text=line.strip(),
            ) from None
        if year is not None:
            _check(day, kind, year or day.year, number)
        if day in first_line:
            raise CalendarTextError(
                "第{line}行：{day} 在第{first}行已写过", line=number, day=day, first=first_line[day]
            )
        first_line[day] = number
        days.append(CalendarDay(day, kind, parts[2] if len(parts) > 2 else ""))
    return days


def _check(day: date, kind: DayKind, year: int, number: int) -> None:
    if day.year != year:
        raise CalendarTextError(
            "第{line}行：{day} 不属于 {year} 年", line=number, day=day, year=year
        )
    weekend = day.weekday() >= 5
    if kind is DayKind.HOLIDAY and weekend:
        raise CalendarTextError(
            "第{line}行：{day} 是周末，本就不计入工作日，无需标为节假日", line=number, day=day
        )
    if kind is DayKind.WORKDAY and not weekend:
        raise CalendarTextError(
            "第{line}行：{day} 是工作日，调休上班日只能是周六或周日", line=number, day=day
        )
