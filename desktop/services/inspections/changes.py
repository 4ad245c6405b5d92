"""A coordinator's changes to an inspection, each with a recorded reason: a team set by
hand (checked against the hard rules), another half-day, a new window, cancellation (which,
for the case's last open inspection, returns the case to review)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import (
    OPEN_INSPECTIONS,
    CaseStatus,
    HalfDay,
    InspectionStatus,
    PauseKind,
)
from desktop.domain.errors import DomainError
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.pool import Slot
from desktop.domain.inspections.team_rules import team_breaches
from desktop.domain.workflow import Action
from desktop.services import timesource
from desktop.services.case_core import act, close_pauses, finish, lock_case
from desktop.services.deadlines import work_calendar
from desktop.services.inspections import draw_log
from desktop.services.inspections.access import SCHEDULING, lock_pool, require
from desktop.services.inspections.pool_snapshot import build_snapshot
from desktop.services.inspections.teams import load_inspection, schedule, set_team, team_of

MAX_WINDOW_DAYS = 20


class ChangeRefused(DomainError):
    code = "inspection_change_refused"


class TeamBreaksRules(DomainError):
    """A hand-made team or half-day breaks a hard rule; `rules` names every breach."""

    code = "team_breaks_rules"


@dataclass(frozen=True)
class ChangeOutcome:
    inspection_id: int
    case_number: str
    status: InspectionStatus
    day: date | None
    half_day: HalfDay | None
    team: tuple[str, ...]
    back_to_review: bool = False  # a cancellation returned the case to review


def override_team(
    session: Session,
    actor: Actor,
    inspection_id: int,
    day: date,
    half_day: HalfDay,
    member_ids: Sequence[int],
    reason: str,
) -> ChangeOutcome:
    """Set the team and half-day by hand, if they keep every hard rule."""
    _start(session, actor, reason, "人工指定踏勘人员")
    inspection, case = load_inspection(session, inspection_id, OPEN_INSPECTIONS)
    before = _state(session, inspection)
    slot = Slot(day, half_day)
    _check(session, inspection, slot, member_ids)
    backups = team_of(session, inspection.id).backups
    schedule(inspection, slot)
    set_team(session, inspection, sorted(set(member_ids)), backups)
    return _logged(session, actor, DrawEvent.OVERRIDE, inspection, case.number, reason, before)


def reschedule_inspection(
    session: Session, actor: Actor, inspection_id: int, day: date, half_day: HalfDay, reason: str
) -> ChangeOutcome:
    """The same team at another half-day of the window, if everyone is free then."""
    _start(session, actor, reason, "调整踏勘时间")
    inspection, case = load_inspection(session, inspection_id, {InspectionStatus.SCHEDULED})
    before = _state(session, inspection)
    slot = Slot(day, half_day)
    members = team_of(session, inspection.id).members
    _check(session, inspection, slot, members)
    schedule(inspection, slot)
    return _logged(session, actor, DrawEvent.RESCHEDULE, inspection, case.number, reason, before)


def postpone_inspection(
    session: Session,
    actor: Actor,
    inspection_id: int,
    new_start: date,
    window_days: int,
    reason: str,
) -> ChangeOutcome:
    """Back to the pending requests with a new window; the team is released."""
    _start(session, actor, reason, "延期踏勘")
    if not 1 <= window_days <= MAX_WINDOW_DAYS:
        raise ChangeRefused("时间窗应为1至{limit}个工作日", limit=MAX_WINDOW_DAYS)
    if new_start < timesource.today():
        raise ChangeRefused("新的时间窗不能早于今天（{today}）", today=timesource.today())
    inspection, case = load_inspection(session, inspection_id, OPEN_INSPECTIONS)
    before = _state(session, inspection)
    inspection.status = InspectionStatus.REQUESTED
    inspection.scheduled_on = inspection.half_day = inspection.draw_id = None
    inspection.window_start = new_start
    inspection.window_end = work_calendar(session).add_working_days(new_start, window_days)
    set_team(session, inspection, [], [])
    return _logged(session, actor, DrawEvent.POSTPONE, inspection, case.number, reason, before)


def cancel_inspection(
    session: Session, actor: Actor, inspection_id: int, reason: str
) -> ChangeOutcome:
    """Cancel; the team stays on record but no longer books anyone's half-day or load.

    When it was the case's last open inspection, the case leaves the inspection step for
    review, its clock running again from today, and its history says why: the handler may
    then request another inspection or go on with the review."""
    _start(session, actor, reason, "取消踏勘")
    # The case first, as the handler's end_inspection locks it: one of the two goes first,
    # and the other then finds the inspection done, or cancelled.
    inspection, case = load_inspection(session, inspection_id, OPEN_INSPECTIONS)
    lock_case(session, case.id)
    inspection, case = load_inspection(session, inspection_id, OPEN_INSPECTIONS)
    before = _state(session, inspection)
    inspection.status = InspectionStatus.CANCELLED
    last = case.status is CaseStatus.INSPECTION and not _open_inspections(session, case.id)
    if last:
        step = act(
            session,
            actor,
            case.id,
            None,
            Action.CANCEL_INSPECTION,
            reason=reason,
            data={"inspection_id": inspection.id},
        )
        close_pauses(session, case, PauseKind.INSPECTION)
        finish(session, actor, step)
    outcome = _logged(session, actor, DrawEvent.CANCEL, inspection, case.number, reason, before)
    return replace(outcome, back_to_review=last)


def cancel_with_case(session: Session, actor: Actor, case: m.Case, reason: str) -> list[int]:
    """Cancel the open inspections of a case its handler withdraws or the head terminates,
    in that same transaction and logged as a coordinator's cancel is, so their teams are
    free again."""
    found = session.scalars(
        sa.select(m.Inspection)
        .where(m.Inspection.case_id == case.id, m.Inspection.status.in_(OPEN_INSPECTIONS))
        .order_by(m.Inspection.id)
    ).all()
    if found:
        lock_pool(session, case.id)  # held already, unless one was requested since
    cancelled = []
    for inspection in found:
        before = _state(session, inspection)
        inspection.status = InspectionStatus.CANCELLED
        _logged(session, actor, DrawEvent.CANCEL, inspection, case.number, reason, before)
        cancelled.append(inspection.id)
    return cancelled


def lock_pool_for_case(session: Session, case_id: int) -> None:
    """Before closing a case with open inspections, lock the pool: before the case, in the
    order the coordinator's changes take the two, and so no draw stores a plan for an
    inspection cancelled meanwhile."""
    if _open_inspections(session, case_id):
        lock_pool(session, case_id)


def _open_inspections(session: Session, case_id: int) -> int:
    return session.scalar(
        sa.select(sa.func.count())
        .select_from(m.Inspection)
        .where(m.Inspection.case_id == case_id, m.Inspection.status.in_(OPEN_INSPECTIONS))
    )


def _start(session: Session, actor: Actor, reason: str, action: str) -> None:
    require(actor, SCHEDULING, action)
    if not reason.strip():
        raise ChangeRefused("请填写{action}的理由", action=action)
    lock_pool(session)


def _check(
    session: Session, inspection: m.Inspection, slot: Slot, member_ids: Sequence[int]
) -> None:
    """Refuse with every broken rule, judged against the pool without this inspection."""
    snapshot = build_snapshot(
        session,
        slot.day,
        1,
        as_of=timesource.today(),
        inspection_ids=[inspection.id],
        unbooked={inspection.id},
    )
    breaches = team_breaches(snapshot, snapshot.requests[0], slot, member_ids)
    if breaches:
        names = {p.id: p.name for p in snapshot.inspectors}
        raise TeamBreaksRules(
            "人工安排不符合踏勘规则：{rules}",
            rules="；".join(b.describe(names) for b in breaches),
            breaches=[b.rule.value for b in breaches],
        )


def _state(session: Session, inspection: m.Inspection) -> dict[str, Any]:
    return {
        "status": inspection.status.value,
        "draw_id": inspection.draw_id,
        "day": inspection.scheduled_on.isoformat() if inspection.scheduled_on else None,
        "half_day": inspection.half_day.value if inspection.half_day else None,
        "members": list(team_of(session, inspection.id).members),
        "window": [inspection.window_start.isoformat(), inspection.window_end.isoformat()],
    }


def _logged(
    session: Session,
    actor: Actor,
    kind: DrawEvent,
    inspection: m.Inspection,
    case_number: str,
    reason: str,
    before: dict[str, Any],
) -> ChangeOutcome:
    session.flush()
    draw_log.append(
        session,
        actor,
        kind,
        draw_id=before["draw_id"],
        inspection_id=inspection.id,
        reason=reason,
        data={"before": before, "after": _state(session, inspection)},
    )
    members = team_of(session, inspection.id).members
    names = dict(
        session.execute(
            sa.select(m.Inspector.id, m.Inspector.name).where(m.Inspector.id.in_(members))
        ).all()
    )
    return ChangeOutcome(
        inspection.id,
        case_number,
        inspection.status,
        inspection.scheduled_on,
        inspection.half_day,
        tuple(names[i] for i in members),
    )
