"""Due dates of cases: the calendar from the database, and the stored due dates kept
current as a case moves and as the calendar or the yellow-warning share changes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.calendar import load_work_calendar
from desktop.data.models import CalendarVersion, CalendarYear, Case, CaseEvent, ClockPause, Item
from desktop.data.models.base import utcnow
from desktop.domain.actor import Actor
from desktop.domain.clock import Pause, due_date, warning_date
from desktop.domain.enums import CLOSED_STATUSES
from desktop.domain.steps import LIMIT_COLUMNS, STARTED_BY, Step, current_step
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services import audit, timesource
from desktop.services.bureau import load_profile
from desktop.services.case_moves import guarded

# The database counts the due dates itself on PostgreSQL (data/security/clock_sql.py,
# recount_sql.py): for one case as it moves, and for every open case after a calendar edit.
REFRESH_IN_DATABASE = sa.text("SELECT public.desk_refresh_due(CAST(:case_id AS integer))")
RECOUNT_IN_DATABASE = sa.text("SELECT recounted, changed FROM public.desk_recount_now()")
RECOUNT_ALL_IN_DATABASE = sa.text("SELECT recounted, changed FROM public.desk_recount_open()")
DUE_ATTRIBUTES = [
    "promised_due_on",
    "promised_warn_on",
    "statutory_due_on",
    "due_provisional",
    "step_due_on",
    "step_warn_on",
    "calendar_version",
]

# (calendar stamp, calendar) per database: rebuilt only when the admin edits the calendar.
_cached: dict[object, tuple[tuple[object, ...], WorkCalendar]] = {}
# Read before every use of the calendar, so built once.
_STAMP = sa.select(
    sa.func.count(), sa.func.max(CalendarYear.updated_at), sa.func.sum(CalendarYear.year)
)
_VERSION = sa.select(sa.func.coalesce(sa.func.max(CalendarVersion.version), 0))


@dataclass(frozen=True)
class CountedDates:
    """What a case stores of its clocks, as counted now (the database counts the same)."""

    promised: date
    warn: date
    statutory: date
    provisional: bool
    step_due: date | None = None
    step_warn: date | None = None

    def as_stored(self) -> tuple[date, date, date, bool, date | None, date | None]:
        return (
            self.promised,
            self.warn,
            self.statutory,
            self.provisional,
            self.step_due,
            self.step_warn,
        )


@dataclass(frozen=True)
class Recount:
    """A calendar edit's recount: the version it made, the open cases recounted, and how
    many of them got other dates."""

    version: int
    recounted: int
    changed: int


def work_calendar(session: Session) -> WorkCalendar:
    """The current calendar, cached per database until a year is added or edited."""
    stamp = tuple(session.execute(_STAMP).one())
    url = session.get_bind().url
    key = (url.drivername, url.host, url.port, url.database)  # whoever signs in
    hit = _cached.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    calendar = load_work_calendar(session)
    _cached[key] = (stamp, calendar)
    return calendar


def calendar_version(session: Session) -> int:
    """The calendar version in force (0 before the first edit)."""
    return int(session.scalar(_VERSION) or 0)


def case_pauses(session: Session, case_id: int) -> list[Pause]:
    return [
        Pause(p.started_on, p.ended_on, p.kind)
        for p in session.scalars(
            sa.select(ClockPause)
            .where(ClockPause.case_id == case_id)
            .order_by(ClockPause.started_on, ClockPause.id)
        )
    ]


def refresh_due_dates(session: Session, case: Case, calendar: WorkCalendar | None = None) -> None:
    """Recompute the stored due dates from acceptance, pauses, extension and the current
    step: here on SQLite, by the database on PostgreSQL, where no login writes them."""
    if guarded(session):
        session.flush()
        session.execute(REFRESH_IN_DATABASE, {"case_id": case.id})
        session.refresh(case, DUE_ATTRIBUTES)
        return
    _store(case, counted_dates(session, case, calendar), calendar_version(session))


def _store(case: Case, dates: CountedDates, version: int) -> bool:
    """Write the counted dates; whether any of them changed."""
    before = (
        case.promised_due_on,
        case.promised_warn_on,
        case.statutory_due_on,
        case.due_provisional,
        case.step_due_on,
        case.step_warn_on,
    )
    (
        case.promised_due_on,
        case.promised_warn_on,
        case.statutory_due_on,
        case.due_provisional,
        case.step_due_on,
        case.step_warn_on,
    ) = dates.as_stored()
    case.calendar_version = version
    return before != dates.as_stored()


def counted_due_dates(
    session: Session, case: Case, calendar: WorkCalendar | None = None
) -> tuple[date, date, date, bool]:
    """The case's (promised, yellow, statutory) days and whether they are provisional, as
    the clock counts them here (the database counts the same: data/security/clock_sql.py)."""
    return counted_dates(session, case, calendar).as_stored()[:4]  # type: ignore[return-value]


def counted_dates(
    session: Session,
    case: Case,
    calendar: WorkCalendar | None = None,
    yellow_share: float | None = None,
    pauses: list[Pause] | None = None,
) -> CountedDates:
    """Every date the case stores, as the clock counts them today."""
    calendar = calendar or work_calendar(session)
    item = session.get(Item, case.item_id)
    assert item is not None
    pauses = case_pauses(session, case.id) if pauses is None else pauses
    share = load_profile(session).yellow_share if yellow_share is None else yellow_share
    as_of = case.closed_on or timesource.today()
    start, limit = case.accepted_on, item.promised_limit_days
    promised = due_date(calendar, start, limit, pauses, case.extension_days, as_of)
    statutory = due_date(
        calendar, start, item.statutory_limit_days, pauses, case.extension_days, as_of
    )
    warn = warning_date(calendar, start, limit, pauses, case.extension_days, as_of, share)
    step_due = step_warn = None
    step = current_step(case.status)
    started = step_started_on(session, case, step) if step else None
    step_limit = getattr(item, LIMIT_COLUMNS[step]) if step else 0
    if started is not None and step_limit >= 1:
        today = timesource.today()
        step_due = due_date(calendar, started, step_limit, pauses, 0, today).day
        step_warn = warning_date(calendar, started, step_limit, pauses, 0, today, share)
    return CountedDates(
        promised.day,
        warn,
        statutory.day,
        promised.provisional or statutory.provisional,
        step_due,
        step_warn,
    )


def step_started_on(session: Session, case: Case, step: Step) -> date | None:
    """The day a step started: its first claim or proposal, or the decision."""
    if step not in STARTED_BY:
        return case.decided_on
    at = session.scalar(
        sa.select(CaseEvent.at)
        .where(CaseEvent.case_id == case.id, CaseEvent.action.in_(STARTED_BY[step]))
        .order_by(CaseEvent.id)
        .limit(1)
    )
    return at.astimezone(CHINA).date() if at is not None else None


def recount_open_cases(session: Session, actor: Actor, what: str) -> Recount:
    """After a change to the calendar or the yellow share (`what`): every case not yet
    closed counted again (a decided one keeps its own dates, its step is counted), in this
    transaction, under a new calendar version, audited as one entry. On PostgreSQL the
    database does it (and would at commit anyway)."""
    if guarded(session):
        session.flush()
        recounted, changed = session.execute(RECOUNT_IN_DATABASE).one()
        session.expire_all()  # the stored dates changed under the session
        return Recount(calendar_version(session), int(recounted), int(changed))
    version = CalendarVersion(
        changed_by=actor.username, what=what, recounted=0, pending=False, changed_at=utcnow()
    )
    session.add(version)
    session.flush()
    calendar, share = work_calendar(session), load_profile(session).yellow_share
    cases = session.scalars(sa.select(Case).where(Case.status.not_in(CLOSED_STATUSES))).all()
    pauses: dict[int, list[Pause]] = {case.id: [] for case in cases}
    for row in session.scalars(
        sa.select(ClockPause)
        .join(Case, Case.id == ClockPause.case_id)
        .where(Case.status.not_in(CLOSED_STATUSES))
        .order_by(ClockPause.started_on, ClockPause.id)
    ):
        pauses[row.case_id].append(Pause(row.started_on, row.ended_on, row.kind))
    changed = 0
    for case in cases:
        dates = counted_dates(session, case, calendar, share, pauses[case.id])
        if not own_clock_runs(case):  # decided under the calendar then: its step alone
            dates = replace(
                dates,
                promised=case.promised_due_on,
                warn=case.promised_warn_on,
                statutory=case.statutory_due_on,
                provisional=case.due_provisional,
            )
        changed += _store(case, dates, version.version)
    version.recounted = len(cases)
    recount = Recount(version.version, len(cases), changed)
    _audit_recount(session, actor, recount, what)
    return recount


def own_clock_runs(case: Case) -> bool:
    """Whether a calendar edit recounts the case's own dates: not yet decided, or decided
    on provisional ones (recount_sql.OWN_CLOCK_RUNS); otherwise only its current step."""
    return case.decided_on is None or case.due_provisional


def _audit_recount(session: Session, actor: Actor, recount: Recount, what: str) -> None:
    audit.record(
        session,
        actor,
        "recount_due",
        "calendar_versions",
        recount.version,
        new={
            "version": recount.version,
            "what": what,
            "recounted": recount.recounted,
            "changed": recount.changed,
        },
    )


def refresh_provisional_cases(session: Session) -> int:
    """After an upgrade: every case not yet closed counted again (new columns filled);
    how many changed."""
    if guarded(session):
        session.flush()
        return int(session.execute(RECOUNT_ALL_IN_DATABASE).one()[1])
    calendar, version = work_calendar(session), calendar_version(session)
    changed = 0
    for case in session.scalars(sa.select(Case).where(Case.status.not_in(CLOSED_STATUSES))):
        changed += _store(case, counted_dates(session, case, calendar), version)
    return changed
