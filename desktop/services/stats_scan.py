"""The statistics' passes over the cases: counts per (queue, item, handler), and per month.

Two grouped queries with the same aggregates (the conditions of `stats_definitions`),
each a parallel scan on PostgreSQL; Python only adds up groups. (One scan with GROUPING
SETS was tried: PostgreSQL runs it in a single process, which made it slower.)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case
from desktop.domain.enums import Category
from desktop.services.deadlines import work_calendar
from desktop.services.stats_definitions import Figure, Period, figure_condition, touches_period
from desktop.services.stats_workdays import first_of_month, working_day_position

# Counted in SQL; the cases of the cohort still open are what the others leave.
COUNTED = [figure for figure in Figure if figure is not Figure.COHORT_OPEN]
TREND = (Figure.ACCEPTED, Figure.COMPLETED, Figure.DECIDED, Figure.ON_TIME)


@dataclass(frozen=True)
class GroupCounts:
    """The counts of the cases of one (queue, item, handler)."""

    category: Category
    item_id: int
    handler_id: int | None
    counts: dict[str, int]
    extension_days: int  # over the cases decided in the period
    days_past_due: int  # over the cases decided in the period (negative: days to spare)


@dataclass
class MonthCounts:
    """Per month (YYYY-MM): accepted, completed, decided, on time, each by its own date."""

    counts: dict[Figure, Counter[str | None]] = field(
        default_factory=lambda: {figure: Counter() for figure in TREND}
    )

    def add(self, months: tuple[str | None, ...], counted: dict[str, int]) -> None:
        accepted, decided, closed = months
        for figure, month in (
            (Figure.ACCEPTED, accepted),
            (Figure.COMPLETED, closed),
            (Figure.DECIDED, decided),
            (Figure.ON_TIME, decided),
        ):
            self.counts[figure][month] += counted[figure.value]


def tune_for_reporting(session: Session) -> None:
    """PostgreSQL: a grouped scan of many rows runs in a few hundred milliseconds, less
    than JIT compilation of it would take; and its hash table needs more than 4 MB."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SET LOCAL jit = off"))
        session.execute(sa.text("SET LOCAL work_mem = '64MB'"))


def month_of(first: date | str | None) -> str | None:
    """YYYY-MM of a `first_of_month` result (SQLite may hand back the text)."""
    return None if first is None else str(first)[:7]


def scan_cases(
    session: Session, period: Period, today: date
) -> tuple[list[GroupCounts], MonthCounts]:
    """Every count of the period, grouped both ways."""
    low, high = session.execute(
        sa.select(sa.func.min(Case.promised_due_on), sa.func.max(Case.promised_due_on))
    ).one()
    calendar = work_calendar(session)
    first = min(period.start, low or period.start)
    last = max(period.end, high or period.end)

    def position(column: sa.ColumnElement[date]) -> sa.ColumnElement[int]:
        return working_day_position(column, calendar, first, last)

    decided = figure_condition(Figure.DECIDED, period, today)
    aggregates = [
        *(sa.func.count().filter(figure_condition(f, period, today)) for f in COUNTED),
        sa.func.sum(Case.extension_days).filter(decided),
        sa.func.sum(position(Case.decided_on) - position(Case.promised_due_on)).filter(decided),
    ]
    keys = [Case.category, Case.item_id, Case.handler_id]
    months = [first_of_month(c) for c in (Case.accepted_on, Case.decided_on, Case.closed_on)]
    scope = touches_period(period)
    groups, trend = [], MonthCounts()
    for row in session.execute(sa.select(*keys, *aggregates).where(scope).group_by(*keys)):
        groups.append(GroupCounts(*row[:3], *_counts(row[3:])))
    in_trend = [COUNTED.index(f) for f in TREND]
    statement = sa.select(*months, *(aggregates[n] for n in in_trend)).where(scope)
    for row in session.execute(statement.group_by(*months)):
        counted = {f.value: n for f, n in zip(TREND, row[3:], strict=True)}
        trend.add(tuple(month_of(m) for m in row[:3]), counted)
    return groups, trend


def _counts(values: tuple[int | None, ...]) -> tuple[dict[str, int], int, int]:
    counted = {f.value: int(n or 0) for f, n in zip(COUNTED, values, strict=False)}
    extensions, past_due = values[len(COUNTED) :]
    return counted, int(extensions or 0), int(past_due or 0)
