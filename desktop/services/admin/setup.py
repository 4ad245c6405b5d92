"""Bringing a database into service: schema to head, calendar seeded, bureau profile present."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from desktop.data import migrate
from desktop.data.calendar import known_years, replace_year
from desktop.data.database import check_reachable, session_factory
from desktop.data.models import Setting
from desktop.domain.holiday_source import published_calendar
from desktop.services.bureau import DEFAULT_PROFILE, PROFILE_KEY
from desktop.services.deadlines import refresh_provisional_cases


@dataclass(frozen=True)
class SetupReport:
    revision_before: str | None
    revision_after: str
    calendar_years_added: list[int]


def prepare_database(engine: Engine) -> SetupReport:
    """Upgrade to head, then add what a working bureau needs and the database lacks.

    Never overwrites: years the admin already has stay as they are.
    """
    check_reachable(engine)
    before, after = migrate.upgrade(engine)
    Session = session_factory(engine)
    with Session() as session, session.begin():
        have = known_years(session)
        published = published_calendar()
        added = [year for year in published if year not in have]
        for year in added:
            replace_year(session, year, published[year], source="chinesecalendar")
        if session.get(Setting, PROFILE_KEY) is None:
            session.add(Setting(key=PROFILE_KEY, value=DEFAULT_PROFILE.as_stored()))
        if before is not None and before != after:
            session.flush()
            refresh_provisional_cases(session)  # fills what new columns need
    return SetupReport(before, after, added)
