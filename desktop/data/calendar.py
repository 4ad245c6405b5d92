"""Reading and writing the holiday calendar tables."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import CalendarException, CalendarYear
from desktop.data.models.base import utcnow
from desktop.domain.workdays import CalendarDay, WorkCalendar


def known_years(session: Session) -> set[int]:
    return set(session.scalars(sa.select(CalendarYear.year)))


def load_work_calendar(session: Session) -> WorkCalendar:
    """The calendar as the admin left it: every exception and every known year."""
    days = [
        CalendarDay(row.day, row.kind, row.name)
        for row in session.scalars(sa.select(CalendarException))
    ]
    return WorkCalendar.from_days(days, known_years(session))


def replace_year(session: Session, year: int, days: Iterable[CalendarDay], source: str) -> None:
    """Store one year's exceptions, replacing whatever was there, and mark the year known."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    session.execute(sa.delete(CalendarException).where(CalendarException.day.between(first, last)))
    rows = [{"day": d.day, "kind": d.kind, "name": d.name} for d in days]
    outside = [r["day"] for r in rows if r["day"].year != year]
    if outside:
        raise ValueError(f"日期 {outside[0]} 不属于 {year} 年")
    if rows:
        session.execute(sa.insert(CalendarException), rows)
    existing = session.get(CalendarYear, year)
    if existing is None:
        session.add(CalendarYear(year=year, source=source))
    else:
        existing.source = source
        existing.updated_at = utcnow()
