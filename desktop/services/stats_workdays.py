"""Dates in SQL for statistics: months, and working-day positions as a plain expression, so
grouped queries count working days by the bureau's calendar without a lookup per row.

position(d) = Monday-to-Friday days up to d (arithmetic on the day number)
            + the calendar's corrections up to d (+1 per weekend make-up working day,
              -1 per weekday holiday), as a balanced CASE over the exception days.

Only differences of positions are meaningful: position(b) - position(a) is the number
of working days in (a, b], exactly `WorkCalendar.working_days_between(a, b)` for any two
days in the span the expression was built for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from desktop.domain.enums import DayKind
from desktop.domain.workdays import WorkCalendar

EPOCH = date(1999, 12, 27)  # a Monday before the calendar's first day
EPOCH_JULIAN = 2451539.5  # julianday(EPOCH) in SQLite, so it is not recomputed per row


class days_since_epoch(FunctionElement[int]):
    """Days from EPOCH to a date column (0 on EPOCH)."""

    type = sa.Integer()
    inherit_cache = True
    name = "days_since_epoch"


@compiles(days_since_epoch)
def _days_postgresql(element: days_since_epoch, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"({compiler.process(column, **kw)} - DATE '{EPOCH.isoformat()}')"


@compiles(days_since_epoch, "sqlite")
def _days_sqlite(element: days_since_epoch, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"CAST(julianday({compiler.process(column, **kw)}) - {EPOCH_JULIAN} AS INTEGER)"


class first_of_month(FunctionElement[date]):
    """The first day of a date column's month (cheap: no numeric EXTRACT per row)."""

    type = sa.Date()
    inherit_cache = True
    name = "first_of_month"


@compiles(first_of_month)
def _month_postgresql(element: first_of_month, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    # Through a plain timestamp: a date would become a timestamptz, converted per row.
    return f"CAST(date_trunc('month', CAST({compiler.process(column, **kw)} AS TIMESTAMP)) AS DATE)"


@compiles(first_of_month, "sqlite")
def _month_sqlite(element: first_of_month, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"date({compiler.process(column, **kw)}, 'start of month')"


def _weekdays_up_to(column: sa.ColumnElement[date]) -> sa.ColumnElement[int]:
    """Monday-to-Friday days in [EPOCH, d]: five per whole week, then the days of this one."""
    days = days_since_epoch(column)
    into_week = days % 7  # 0 Monday ... 6 Sunday
    this_week = sa.case((into_week >= 4, 5), else_=into_week + 1)
    return 5 * (days // 7) + this_week


def _corrections(calendar: WorkCalendar, first: date, last: date) -> list[tuple[date, int]]:
    """(day, running total) at each exception in [first, last] that changes the count."""
    running, steps = 0, []
    for day in sorted(d for d in calendar.exceptions if first <= d <= last):
        weekend, kind = day.weekday() >= 5, calendar.exceptions[day]
        if kind is DayKind.WORKDAY and weekend:
            running += 1
        elif kind is DayKind.HOLIDAY and not weekend:
            running -= 1
        else:
            continue  # a weekend holiday or a weekday "working day" changes nothing
        steps.append((day, running))
    return steps


def _step_case(
    column: sa.ColumnElement[date], steps: list[tuple[date, int]], low: int, high: int
) -> sa.ColumnElement[int]:
    """The running total at `column`, knowing that between `low` and `high` steps lie at or
    before it: a binary search, so each row makes about log2(steps) comparisons."""
    if low == high:
        return sa.literal_column(str(steps[low - 1][1] if low else 0), sa.Integer)
    middle = (low + high + 1) // 2
    return sa.case(
        (column >= steps[middle - 1][0], _step_case(column, steps, middle, high)),
        else_=_step_case(column, steps, low, middle - 1),
    )


def working_day_position(
    column: sa.ColumnElement[date], calendar: WorkCalendar, first: date, last: date
) -> sa.ColumnElement[int]:
    """The working-day position of a date column, valid for dates in [first, last]."""
    steps = _corrections(calendar, first, last)
    return _weekdays_up_to(column) + _step_case(column, steps, 0, len(steps))
