"""The admin keeps the holiday calendar and the yellow-warning share: each change recounts
every open case's stored due dates in the same transaction, under a new calendar version."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.calendar import known_years, replace_year
from desktop.data.models import CalendarException
from desktop.domain.actor import Actor
from desktop.domain.calendar_notice import missing_year_warning
from desktop.domain.calendar_text import parse_years
from desktop.domain.enums import DayKind, Role
from desktop.domain.errors import DomainError
from desktop.domain.phrases import Phrase
from desktop.domain.workdays import CalendarDay
from desktop.services import audit, timesource
from desktop.services.bureau import BureauProfile, load_profile, save_profile
from desktop.services.deadlines import Recount, recount_open_cases

CALENDAR = "calendar"
YELLOW_SHARE = "yellow_share"


@dataclass(frozen=True)
class CalendarImport:
    """What `calendar import` stored: the years, their days, and the recount it made."""

    years: list[int]
    days: int
    recount: Recount | None  # None: nothing changed

    def lines(self) -> list[str]:
        years = "、".join(str(year) for year in self.years)
        out = [f"已导入 {years} 年的节假日安排，共 {self.days} 天"]
        if self.recount is None:
            out.append("与已有安排相同，期限无需重算")
        else:
            recount = self.recount
            out.append(
                f"日历第 {recount.version} 版：在办件 {recount.recounted} 件的期限已重算，"
                f"其中 {recount.changed} 件有变化"
            )
        return out


def _store_year(session: Session, actor: Actor, year: int, days: Sequence[CalendarDay]) -> bool:
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
    changed = replace_year(session, year, days, source=f"admin:{actor.username}")
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
    return changed


def set_year(session: Session, actor: Actor, year: int, days: Sequence[CalendarDay]) -> int:
    """Store a year's holidays and make-up working days; returns how many open cases got
    other dates (every open case is recounted when the working days changed)."""
    if not _store_year(session, actor, year, days):
        return 0
    return recount_open_cases(session, actor, CALENDAR).changed


def import_calendar(session: Session, actor: Actor, text: str) -> CalendarImport:
    """Store every year of a file of lines such as `2027-01-01 休 元旦`: all of it, or
    nothing when a line is bad (the error names it); one recount for all the years."""
    if not actor.has(Role.ADMIN):
        raise DomainError("只有系统管理员可以维护节假日安排")
    years = parse_years(text)
    changed = False
    for year, days in sorted(years.items()):
        changed = _store_year(session, actor, year, days) or changed
    recount = recount_open_cases(session, actor, CALENDAR) if changed else None
    return CalendarImport(sorted(years), sum(len(d) for d in years.values()), recount)


def save_bureau_profile(session: Session, actor: Actor, changes: dict[str, Any]) -> BureauProfile:
    """Save the bureau profile; a new yellow-warning share recounts every open case's
    yellow days in the same transaction."""
    before = load_profile(session).yellow_share if YELLOW_SHARE in changes else None
    profile = save_profile(session, actor, changes)
    if before is not None and profile.yellow_share != before:
        session.flush()
        recount_open_cases(session, actor, YELLOW_SHARE)
    return profile


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
