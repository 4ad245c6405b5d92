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


def _per_dialect(
    name: str, result: sa.types.TypeEngine[Any], postgresql: str, sqlite: str
) -> type[FunctionElement[Any]]:
    """A one-argument SQL function written out per backend; `{}` stands for the argument."""
    function = type(name, (FunctionElement,), {"type": result, "inherit_cache": True, "name": name})

    def render(template: str) -> Any:
        def compile_(element: Any, compiler: Any, **kw: Any) -> str:
            (column,) = list(element.clauses)
            return template.format(compiler.process(column, **kw))

        return compile_

    compiles(function)(render(postgresql))
    compiles(function, "sqlite")(render(sqlite))
    return function


# Days from EPOCH to a date column (0 on EPOCH).
days_since_epoch = _per_dialect(
    "days_since_epoch",
    sa.Integer(),
    f"({{}} - DATE '{EPOCH.isoformat()}')",
    f"CAST(julianday({{}}) - {EPOCH_JULIAN} AS INTEGER)",
)
# The first day of a date column's month. PostgreSQL goes through a plain timestamp (a
# date would become a timestamptz, converted per row); no numeric EXTRACT either.
first_of_month = _per_dialect(
    "first_of_month",
    sa.Date(),
    "CAST(date_trunc('month', CAST({} AS TIMESTAMP)) AS DATE)",
    "date({}, 'start of month')",
)


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
