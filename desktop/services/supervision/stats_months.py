"""A period's counts from the month tallies (`CaseMonthTally`, kept exact by triggers), so a
refresh adds up a few thousand rows however many cases there are.

The tallies know months, not days, so they answer for the period rounded to whole months:
P' = [first day of a month, last day of a month], the nearest to P. A case whose dates all
lie outside the days where P and P' differ is counted alike by both, so

    counts(P) = tallies(P') + cases(X, P) - cases(X, P')

where X are the cases accepted, decided or closed on one of those days, counted from the
cases themselves (by the dates' indexes). For the usual period, twelve months up to today,
the only such days are the rest of this month, which hold no cases yet. Today's warnings
come from the open cases alone.

A tallies row's months stand for their first days: for a month wholly inside or wholly
outside P', a condition on its first day is the condition on every day of it, so the
definitions of `stats_definitions` hold unchanged.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import CaseMonthTally
from desktop.services.supervision.stats_definitions import Figure, Period, dated_in
from desktop.services.supervision.stats_scan import (
    PERIOD_FIGURES,
    TREND,
    Counts,
    scan_cases,
    scan_open_cases,
)

T = CaseMonthTally
ONE_DAY = timedelta(days=1)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - ONE_DAY


def _misfits(period: Period, whole: Period | None) -> list[tuple[date, date]]:
    """The days where a case's counts for P and for P' may differ: the days in one of them
    only, and those between their ends (closed by the end)."""
    if whole is None:
        return [(period.start, period.end)]
    ranges = [
        (min(period.start, whole.start), max(period.start, whole.start) - ONE_DAY),
        (min(period.end, whole.end) + ONE_DAY, max(period.end, whole.end)),
    ]
    return [(first, last) for first, last in ranges if first <= last]


def whole_months(period: Period) -> tuple[Period | None, list[tuple[date, date]]]:
    """P' (None when empty), the whole months nearest to P, and the days where they differ:
    each end rounded in or out, whichever leaves fewer such days."""
    starts = {_month_start(period.start)}
    if period.start.day != 1:
        starts.add(_month_end(period.start) + ONE_DAY)
    ends = {_month_end(period.end)}
    if period.end != _month_end(period.end):
        ends.add(_month_start(period.end) - ONE_DAY)
    choices = []
    for start, end in product(sorted(starts), sorted(ends, reverse=True)):
        whole = Period(start, end) if start <= end else None
        misfits = _misfits(period, whole)
        choices.append((sum((last - first).days + 1 for first, last in misfits), whole, misfits))
    _, whole, misfits = min(choices, key=lambda choice: choice[0])  # the first on a tie
    return whole, misfits


def _add_tallies(session: Session, whole: Period, into: Counts) -> None:
    """Add the counts of P' from the tallies, by the figures' definitions."""

    def within(month: sa.ColumnElement[date]) -> sa.ColumnElement[bool]:
        return month.between(whole.start, whole.end)

    accepted, decided = within(T.accepted_month), within(T.decided_month)
    cohort = sa.and_(accepted, T.closed_month <= whole.end)
    dated = sa.or_(accepted, decided, within(T.closed_month))
    sums = {
        Figure.ACCEPTED: sa.func.sum(T.cases).filter(accepted),
        Figure.COMPLETED: sa.func.sum(T.delivered).filter(within(T.closed_month)),
        Figure.COHORT_COMPLETED: sa.func.sum(T.delivered).filter(cohort),
        Figure.COHORT_ENDED: sa.func.sum(T.ended).filter(cohort),
        Figure.DECIDED: sa.func.sum(T.cases).filter(decided),
        Figure.ON_TIME: sa.func.sum(T.on_time).filter(decided),
        Figure.EARLY: sa.func.sum(T.early).filter(decided),
        Figure.LATE: sa.func.sum(T.late).filter(decided),
    }
    aggregates = [
        *(sums[f] for f in PERIOD_FIGURES),
        sa.func.sum(T.cases),  # every row taken is dated in P'
        sa.func.sum(T.extension_days).filter(decided),
        sa.func.sum(T.days_past_due).filter(decided),
    ]
    keys = [T.category, T.item_id, T.handler_id]
    rows = (T.cases > 0, dated)
    for row in session.execute(sa.select(*keys, *aggregates).where(*rows).group_by(*keys)):
        into.add_group(tuple(row[:3]), tuple(row[3:]))  # type: ignore[arg-type]
    months = [T.accepted_month, T.decided_month, T.closed_month]
    statement = sa.select(*months, *(sums[f] for f in TREND)).where(*rows).group_by(*months)
    for row in session.execute(statement):
        into.add_months(tuple(row[:3]), tuple(row[3:]))


def count_period(session: Session, period: Period, today: date) -> Counts:
    """Every count of the period, per (queue, item, handler) and per month; only the groups
    with a case dated in the period or still open."""
    counts = Counts()
    whole, misfits = whole_months(period)
    if whole is not None:
        _add_tallies(session, whole, counts)
    misfit = sa.or_(sa.false(), *(dated_in(first, last) for first, last in misfits))
    if misfits and session.scalar(sa.select(sa.exists().where(misfit))):
        scan_cases(session, period, today, misfit, counts)
        if whole is not None:
            scan_cases(session, whole, today, misfit, counts, sign=-1)
    scan_open_cases(session, period, today, counts)
    counts.keep_touching()
    return counts
