"""The admin keeps the holiday calendar: entering a year makes provisional due dates firm."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.calendar import known_years, replace_year
from desktop.data.models import CalendarException
from desktop.domain.actor import Actor
from desktop.domain.calendar_notice import missing_year_warning
from desktop.domain.enums import DayKind, Role
from desktop.domain.errors import DomainError
from desktop.domain.phrases import Phrase
from desktop.domain.workdays import CalendarDay
from desktop.services import audit, timesource
from desktop.services.deadlines import refresh_provisional_cases


def set_year(session: Session, actor: Actor, year: int, days: Sequence[CalendarDay]) -> int:
    """Store a year's holidays and make-up working days; returns the cases recomputed."""
    if not actor.has(Role.ADMIN):
        raise DomainError("只有系统管理员可以维护节假日安排")
    for day in days:
        if day.day.year != year:
            raise DomainError("{day} 不属于 {year} 年", day=day.day, year=year)
        weekend = day.day.weekday() >= 5
        if day.kind is DayKind.HOLIDAY and weekend:
            raise DomainError("{day} 是周末，本就不计入工作日，无需标为节假日", day=day.day)
        if day.kind is DayKind.WORKDAY and not weekend:
            raise DomainError("{day} 是工作日，调休上班日只能是周六或周日", day=day.day)
    replace_year(session, year, days, source=f"admin:{actor.username}")
    session.flush()
    audit.record(
        session,
        actor,
        "set_calendar_year",
        "calendar",
        year,
        new={
            "holidays": [d.day.isoformat() for d in days if d.kind is DayKind.HOLIDAY],
            "workdays": [d.day.isoformat() for d in days if d.kind is DayKind.WORKDAY],
        },
    )
    return refresh_provisional_cases(session)


def calendar_overview(session: Session, actor: Actor) -> dict[int, list[CalendarDay]]:
    """Every known year with its holidays and make-up working days, in date order."""
    years: dict[int, list[CalendarDay]] = {year: [] for year in sorted(known_years(session))}
    for row in session.scalars(sa.select(CalendarException).order_by(CalendarException.day)):
        years.setdefault(row.day.year, []).append(CalendarDay(row.day, row.kind, row.name))
    return years


def calendar_warning(session: Session, actor: Actor) -> Phrase | None:
    """The banner when next year's holidays are still missing late in the year: for the
    admin only, who can enter them (others see the due dates it affects marked 暂定)."""
    if not actor.has(Role.ADMIN):
        return None
    return missing_year_warning(timesource.today(), known_years(session))
