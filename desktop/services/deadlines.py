"""Due dates of cases: the calendar from the database, stored due dates kept current, and
the explanation of any case's clocks."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.calendar import load_work_calendar
from desktop.data.models import CalendarYear, Case, CaseEvent, ClockPause, Item
from desktop.domain.clock import Pause, due_date, warning_date
from desktop.domain.enums import CLOSED_STATUSES, DECIDED_STATUSES
from desktop.domain.explain import DueExplanation, StepInput, explain_due_dates
from desktop.domain.phrases import Term
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services import timesource
from desktop.services.bureau import load_profile
from desktop.services.case_moves import guarded

# The database counts the due dates itself on PostgreSQL (data/security/clock_sql.py).
REFRESH_IN_DATABASE = sa.text("SELECT public.desk_refresh_due(CAST(:case_id AS integer))")
REFRESH_PROVISIONAL_IN_DATABASE = sa.text("SELECT public.desk_refresh_provisional()")
DUE_ATTRIBUTES = ["promised_due_on", "promised_warn_on", "statutory_due_on", "due_provisional"]

# (calendar stamp, calendar) per database: rebuilt only when the admin edits the calendar.
_cached: dict[object, tuple[tuple[object, ...], WorkCalendar]] = {}
# Read before every use of the calendar, so built once.
_STAMP = sa.select(
    sa.func.count(), sa.func.max(CalendarYear.updated_at), sa.func.sum(CalendarYear.year)
)


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
    """Recompute the stored due dates from acceptance, pauses and extension: here on SQLite,
    by the database on PostgreSQL, where no login writes them."""
    if guarded(session):
        session.flush()
        session.execute(REFRESH_IN_DATABASE, {"case_id": case.id})
        session.refresh(case, DUE_ATTRIBUTES)
        return
    dates = counted_due_dates(session, case, calendar)
    (case.promised_due_on, case.promised_warn_on, case.statutory_due_on) = dates[:3]
    case.due_provisional = dates[3]


def counted_due_dates(
    session: Session, case: Case, calendar: WorkCalendar | None = None
) -> tuple[date, date, date, bool]:
    """The case's (promised, yellow, statutory) days and whether they are provisional, as
    the clock counts them here (the database counts the same: data/security/clock_sql.py)."""
    calendar = calendar or work_calendar(session)
    item = session.get(Item, case.item_id)
    assert item is not None
    pauses = case_pauses(session, case.id)
    yellow_share = load_profile(session).yellow_share
    as_of = case.closed_on or timesource.today()
    promised = due_date(
        calendar, case.accepted_on, item.promised_limit_days, pauses, case.extension_days, as_of
    )
    statutory = due_date(
        calendar, case.accepted_on, item.statutory_limit_days, pauses, case.extension_days, as_of
    )
    warn = warning_date(
        calendar,
        case.accepted_on,
        item.promised_limit_days,
        pauses,
        case.extension_days,
        as_of,
        yellow_share,
    )
    return promised.day, warn, statutory.day, promised.provisional or statutory.provisional


def refresh_provisional_cases(session: Session) -> int:
    """After a calendar edit: recompute every open case whose due date was provisional."""
    if guarded(session):
        session.flush()
        return int(session.scalar(REFRESH_PROVISIONAL_IN_DATABASE) or 0)
    calendar = work_calendar(session)
    cases = session.scalars(
        sa.select(Case).where(Case.due_provisional.is_(True), Case.status.not_in(CLOSED_STATUSES))
    )
    count = 0
    for case in cases:
        refresh_due_dates(session, case, calendar)
        count += 1
    return count


def _event_day(events: list[CaseEvent], *actions: str) -> date | None:
    for event in events:
        if event.action in actions:
            return event.at.astimezone(CHINA).date()
    return None


def explain_case(session: Session, case: Case) -> DueExplanation:
    """The full reasoning for one case's clocks and steps, as of today."""
    calendar = work_calendar(session)
    item = session.get(Item, case.item_id)
    assert item is not None
    events = list(
        session.scalars(
            sa.select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        )
    )
    claimed = _event_day(events, "claim", "assign")
    proposed = _event_day(events, "propose")
    decided = case.decided_on
    certified = _event_day(events, "issue_certificate")
    delivered = _event_day(events, "deliver")
    steps = (
        StepInput(Term("审查"), item.review_limit_days, claimed, proposed or decided),
        StepInput(Term("审批签发"), item.signoff_limit_days, proposed, decided),
        StepInput(
            Term("制证"),
            item.certificate_limit_days,
            decided if _event_day(events, "approve") else None,  # refusals get no licence
            certified,
        ),
        StepInput(Term("送达"), item.delivery_limit_days, decided, delivered),
    )
    stopped = case.decided_on if case.status in DECIDED_STATUSES else case.closed_on
    profile = load_profile(session)
    return explain_due_dates(
        calendar,
        accepted_on=case.accepted_on,
        statutory_days=item.statutory_limit_days,
        promised_days=item.promised_limit_days,
        pauses=case_pauses(session, case.id),
        extension_days=case.extension_days,
        today=timesource.today(),
        stopped_on=stopped,
        steps=steps,
        yellow_share=profile.yellow_share,
    )
