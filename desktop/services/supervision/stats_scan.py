"""The statistics' passes over the cases themselves, with the conditions of `stats_definitions`:
a period's counts for the cases in a scope, and today's warnings over the open cases.

Counts are kept per (queue, item, handler) and per month, and can be added or taken away
(`stats_months` corrects the month tallies with them); Python only adds up groups.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case
from desktop.data.models.cases import IN_BACK_OFFICE_SQL, STEP_RUNNING_SQL
from desktop.domain.enums import Category
from desktop.services.deadlines import work_calendar
from desktop.services.supervision.stats_definitions import (
    Figure,
    Period,
    dated_in,
    figure_condition,
)
from desktop.services.supervision.stats_workdays import first_of_month, working_day_position

NOW_FIGURES = (Figure.OVERDUE_NOW, Figure.DUE_SOON_NOW)  # as of today, open cases only
STEP_FIGURES = (Figure.LATE_STEPS, Figure.YELLOW_STEPS)  # as of today, cases with a step running
# Counted from the period's dates; the cases of the cohort still open are what the others leave.
PERIOD_FIGURES = [
    figure
    for figure in Figure
    if figure is not Figure.COHORT_OPEN and figure not in NOW_FIGURES + STEP_FIGURES
]
TREND = (Figure.ACCEPTED, Figure.COMPLETED, Figure.DECIDED, Figure.ON_TIME)
# Counted besides: cases dated in the period, sums over the decided, cases in the back office.
DATED, EXTENSION_DAYS, DAYS_PAST_DUE, OPEN = "dated", "extension_days", "days_past_due", "open"
# A group's counts, in this order: what a pass over the period adds, then today's.
SLOTS = (
    *(f.value for f in PERIOD_FIGURES),
    DATED,
    EXTENSION_DAYS,  # over the cases decided in the period
    DAYS_PAST_DUE,  # over the cases decided in the period (negative: days to spare)
    *(f.value for f in NOW_FIGURES),
    OPEN,
    *(f.value for f in STEP_FIGURES),
)
SLOT = {name: n for n, name in enumerate(SLOTS)}

GroupKey = tuple[Category, int, int | None]  # queue, item, handler


@dataclass
class Counts:
    """Counts per (queue, item, handler), as lists in `SLOTS` order (a few thousand groups
    are added up per refresh), and per month (YYYY-MM) of accepted, completed, decided and
    on time, each by its own date. Every pass adds to them (or takes away, with sign -1)."""

    groups: dict[GroupKey, list[int]] = field(default_factory=dict)
    months: dict[Figure, Counter[str | None]] = field(
        default_factory=lambda: {figure: Counter() for figure in TREND}
    )

    def add_group(
        self, key: GroupKey, values: tuple[int | None, ...], sign: int = 1, first: int = 0
    ) -> None:
        """Add counts to a group's slots from `first` on (the period's, unless told)."""
        slots = self.groups.get(key)
        if slots is None:
            slots = self.groups[key] = [0] * len(SLOTS)
        for n, value in enumerate(values, first):
            if value:
                slots[n] += sign * value

    def add_months(
        self, months: tuple[object, ...], values: tuple[int | None, ...], sign: int = 1
    ) -> None:
        """Add the `TREND` counts of cases accepted, decided and closed in these months."""
        accepted, decided, closed = (month_of(m) for m in months)
        for figure, month, n in zip(
            TREND, (accepted, closed, decided, decided), values, strict=True
        ):
            self.months[figure][month] += sign * int(n or 0)

    def keep_touching(self) -> None:
        """Keep the groups with a case dated in the period, still open or with a step late
        or yellow today: those a breakdown lists, even with nothing else to count."""
        kept = [SLOT[DATED], SLOT[OPEN], *(SLOT[f.value] for f in STEP_FIGURES)]
        self.groups = {k: g for k, g in self.groups.items() if any(g[n] for n in kept)}


def tune_for_reporting(session: Session) -> None:
    """PostgreSQL: a grouped scan of many rows runs in a few hundred milliseconds, less
    than JIT compilation of it would take; and its hash table needs more than 4 MB."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SET LOCAL jit = off"))
        session.execute(sa.text("SET LOCAL work_mem = '64MB'"))


def month_of(first: object) -> str | None:
    """YYYY-MM of a first day of a month (SQLite may hand back the text)."""
    return None if first is None else str(first)[:7]


def scan_cases(
    session: Session,
    period: Period,
    today: date,
    scope: sa.ColumnElement[bool],
    into: Counts,
    sign: int = 1,
) -> None:
    """Add (or with sign -1 take away) the period's counts of the cases in `scope`."""
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
        *(sa.func.count().filter(figure_condition(f, period, today)) for f in PERIOD_FIGURES),
        sa.func.count().filter(dated_in(period.start, period.end)),
        sa.func.sum(Case.extension_days).filter(decided),
        sa.func.sum(position(Case.decided_on) - position(Case.promised_due_on)).filter(decided),
    ]
    keys = [Case.category, Case.item_id, Case.handler_id]
    for row in session.execute(sa.select(*keys, *aggregates).where(scope).group_by(*keys)):
        into.add_group(tuple(row[:3]), tuple(row[3:]), sign)  # type: ignore[arg-type]
    months = [first_of_month(c) for c in (Case.accepted_on, Case.decided_on, Case.closed_on)]
    trend = (aggregates[PERIOD_FIGURES.index(f)] for f in TREND)
    statement = sa.select(*months, *trend).where(scope).group_by(*months)
    for row in session.execute(statement):
        into.add_months(tuple(row[:3]), tuple(row[3:]), sign)


def scan_open_cases(session: Session, period: Period, today: date, into: Counts) -> None:
    """Add today's red and yellow counts (and how many cases are open): only the cases still
    in the back office can have them, and a partial index holds just those; then today's
    late and yellow steps, over the cases whose step runs (another partial index)."""
    keys = [Case.category, Case.item_id, Case.handler_id]
    warnings = [sa.func.count().filter(figure_condition(f, period, today)) for f in NOW_FIGURES]
    statement = sa.select(*keys, *warnings, sa.func.count()).where(IN_BACK_OFFICE_SQL)
    for row in session.execute(statement.group_by(*keys)):
        into.add_group(tuple(row[:3]), tuple(row[3:]), first=SLOT[NOW_FIGURES[0].value])
    # Steps run also after the decision (certificate, delivery): their own partial index.
    steps = [sa.func.count().filter(figure_condition(f, period, today)) for f in STEP_FIGURES]
    statement = sa.select(*keys, *steps).where(STEP_RUNNING_SQL)
    for row in session.execute(statement.group_by(*keys)):
        into.add_group(tuple(row[:3]), tuple(row[3:]), first=SLOT[STEP_FIGURES[0].value])
