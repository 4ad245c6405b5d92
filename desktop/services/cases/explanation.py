"""Why a case is due when it is: its clocks and steps explained as of today, and which
calendar version its stored dates were counted by."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import CalendarVersion, Case, CaseEvent, Item
from desktop.domain.enums import DECIDED_STATUSES
from desktop.domain.explain import CalendarNote, DueExplanation, StepInput, explain_due_dates
from desktop.domain.phrases import Term
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.bureau import load_profile
from desktop.services.deadlines import calendar_version, case_pauses, work_calendar


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
        # The steps' names as literal terms, to be translated (domain/steps.py STEP_LABELS
        # says the same: tests/services/test_dates_current.py holds them equal).
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
    explanation = explain_due_dates(
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
    explanation.calendar = calendar_note(session, case, explanation.promised.due)
    return explanation


def calendar_note(session: Session, case: Case, counted_due: date) -> CalendarNote:
    """Which calendar version the stored dates were counted by, and what the case stored
    when that is no longer today's count (a closed case keeps what it was decided under)."""
    applied = session.get(CalendarVersion, case.calendar_version) if case.calendar_version else None
    stored = case.promised_due_on
    return CalendarNote(
        version=case.calendar_version,
        current=calendar_version(session),
        changed_on=applied.changed_at.astimezone(CHINA).date() if applied else None,
        stored_due=stored if stored is not None and stored != counted_due else None,
    )
