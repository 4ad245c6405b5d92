"""The admin keeps the holiday calendar: entering a year makes provisional due dates firm."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.data.calendar import replace_year
from desktop.domain.actor import Actor
from desktop.domain.enums import DayKind, Role
from desktop.domain.errors import DomainError
from desktop.domain.workdays import CalendarDay
from desktop.services import audit
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
