"""The working-day calendar: statutory holidays skipped, make-up working days (调休) counted.

Years without published data fall back to "Monday to Friday" and every result that
touches such a year is flagged provisional, never guessed silently.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain.enums import DayKind

# The span the index covers; dates outside it are refused rather than mis-counted.
INDEX_FIRST = date(2000, 1, 1)
INDEX_LAST = date(2045, 12, 31)


class DateOutOfRange(ValueError):
    """A date outside the span the calendar can count."""


@dataclass(frozen=True)
class CalendarDay:
    """One exception to the Monday-to-Friday rule."""

    day: date
    kind: DayKind
    name: str = ""


@dataclass
class WorkCalendar:
    """Working days by the State Council calendar; built once, queried many times."""

    exceptions: dict[date, DayKind]
    known_years: frozenset[int]
    _working: list[date] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        working: list[date] = []
        day = INDEX_FIRST
        one = timedelta(days=1)
        while day <= INDEX_LAST:
            if self._is_working(day):
                working.append(day)
            day += one
        self._working = working

    @classmethod
    def from_days(cls, days: Iterable[CalendarDay], known_years: Iterable[int]) -> WorkCalendar:
        return cls({d.day: d.kind for d in days}, frozenset(known_years))

    def _is_working(self, day: date) -> bool:
        kind = self.exceptions.get(day)
        if kind is DayKind.HOLIDAY:
            return False
        if kind is DayKind.WORKDAY:
            return True
        return day.weekday() < 5

    def is_working_day(self, day: date) -> bool:
        _check_range(day)
        return self._is_working(day)

    def span_is_known(self, first: date, last: date) -> bool:
        """True when every year from `first` to `last` has calendar data."""
        return all(y in self.known_years for y in range(first.year, last.year + 1))

    def position(self, day: date) -> int:
        """Number of working days on or before `day` (within the index)."""
        _check_range(day)
        return bisect_right(self._working, day)

    def working_day_at(self, position: int) -> date:
        """The working day whose position() is `position`."""
        if not 1 <= position <= len(self._working):
            raise DateOutOfRange(f"工作日序号 {position} 超出日历范围")
        return self._working[position - 1]

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: the start day itself is not counted."""
        return self.position(end) - self.position(start)

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day after `start` (start not counted, Civil Code art. 201)."""
        if days < 1:
            raise ValueError("时限必须至少为1个工作日")
        return self.working_day_at(self.position(start) + days)

    def holidays_between(self, start: date, end: date) -> list[date]:
        """Weekday holidays in (start, end]: the days the count skipped beyond weekends."""
        return sorted(
            d for d, k in self.exceptions.items() if k is DayKind.HOLIDAY and start < d <= end
        )

    def makeup_days_between(self, start: date, end: date) -> list[date]:
        """Weekend working days (调休) in (start, end] that the count included."""
        return sorted(
            d for d, k in self.exceptions.items() if k is DayKind.WORKDAY and start < d <= end
        )


def _check_range(day: date) -> None:
    if not INDEX_FIRST <= day <= INDEX_LAST:
        raise DateOutOfRange(f"日期 {day} 超出工作日历范围（{INDEX_FIRST}—{INDEX_LAST}）")
