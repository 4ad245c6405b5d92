"""Reading and writing the holiday calendar tables."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import CalendarException, CalendarYear
from desktop.data.models.base import utcnow
from desktop.domain.workdays import CalendarDay, WorkCalendar

FORGET_DAYS = sa.text("SELECT public.desk_calendar_forget(CAST(:days AS date[]))")


def known_years(session: Session) -> set[int]:
    return set(session.scalars(sa.select(CalendarYear.year)))


def load_work_calendar(session: Session) -> WorkCalendar:
    """The calendar as the admin left it: every exception and every known year."""
    days = [
        CalendarDay(row.day, row.kind, row.name)
        for row in session.scalars(sa.select(CalendarException))
    ]
    return WorkCalendar.from_days(days, known_years(session))


def replace_year(session: Session, year: int, days: Iterable[CalendarDay], source: str) -> bool:
    """Store one year's exceptions, replacing whatever was there, and mark the year known;
    whether the working days changed (a day, or the year newly known).

    Only the days that change are written: for each changed day, triggers recount the working
    days of the month tallies (see `CaseMonthTally`) over the cases."""
    wanted = {d.day: (d.kind, d.name) for d in days}
    outside = [day for day in wanted if day.year != year]
    if outside:
        raise ValueError(f"日期 {outside[0]} 不属于 {year} 年")
    row = (CalendarException.day, CalendarException.kind, CalendarException.name)
    this_year = CalendarException.day.between(date(year, 1, 1), date(year, 12, 31))
    stored = {
        day: (kind, name) for day, kind, name in session.execute(sa.select(*row).where(this_year))
    }
    gone = [day for day in stored if day not in wanted]
    changed = bool(gone)
    if gone:
        if session.get_bind().dialect.name == "postgresql":
            # No login may delete there (data/security/locks_sql.py).
            session.execute(FORGET_DAYS, {"days": gone})
        else:
            session.execute(sa.delete(CalendarException).where(CalendarException.day.in_(gone)))
    for day, (kind, name) in wanted.items():
        if day in stored and stored[day] != (kind, name):
            changed = changed or stored[day][0] != kind
            session.execute(
                sa.update(CalendarException)
                .where(CalendarException.day == day)
                .values(kind=kind, name=name)
            )
    added = [
        {"day": day, "kind": kind, "name": name}
        for day, (kind, name) in wanted.items()
        if day not in stored
    ]
    if added:
        session.execute(sa.insert(CalendarException), added)
    existing = session.get(CalendarYear, year)
    if existing is None:
        session.add(CalendarYear(year=year, source=source))
    else:
        existing.source = source
        existing.updated_at = utcnow()
    return changed or bool(added) or existing is None
