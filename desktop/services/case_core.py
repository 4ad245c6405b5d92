"""One function per action on a case: permission, guards, transition, history, clock, audit.

Every function takes `(session, actor, case_id, version, ...)` and runs in the caller's
transaction. The case row is locked first (FOR UPDATE on PostgreSQL; SQLite's BEGIN
IMMEDIATE serialises writers), then `version` (what the user saw) is compared: an action
based on an older version fails with CaseChanged and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Case,
    CaseEvent,
    CasePromise,
    ClockPause,
    Commitment,
    Inspection,
    Item,
    PromiseReceipt,
    StaffUser,
)
from desktop.domain.actor import SYSTEM, Actor
from desktop.domain.enums import (
    CaseStatus,
    InspectionConclusion,
    InspectionStatus,
    PauseKind,
    queue_rank,
)
from desktop.domain.errors import DomainError
from desktop.domain.guards import EXTENSION_DAYS as EXTENSION_DAYS  # re-exported
from desktop.domain.guards import CaseFacts, allowed_transition, check_guards
from desktop.domain.licence_life import CaseKind
from desktop.domain.timezone import CHINA
from desktop.domain.workflow import ACCEPT_EVENT, Action, Transition, item_rule
from desktop.services import audit, timesource
from desktop.services.case_moves import KEEP, guarded, move
from desktop.services.case_moves import record_change as record_change  # re-exported
from desktop.services.deadlines import refresh_due_dates


class CaseNotFound(DomainError):
    code = "case_not_found"


class CaseChanged(DomainError):
    """Someone else changed the case since the user loaded it."""

    code = "case_changed"


@dataclass(frozen=True)
class CaseState:
    """A case after an action, as plain data for the window."""

    id: int
    number: str
    status: CaseStatus
    version: int
    handler_id: int | None
    promised_due_on: Any
    due_provisional: bool


def state_of(case: Case) -> CaseState:
    return CaseState(
        case.id,
        case.number,
        case.status,
        case.version,
        case.handler_id,
        case.promised_due_on,
        case.due_provisional,
    )


# Loading and checking ------------------------------------------------------------------------


def lock_case(session: Session, case_id: int) -> Case:
    return _found(
        session.scalars(
            sa.select(Case)
            .where(Case.id == case_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).one_or_none(),
        case_id,
    )


def read_case(session: Session, case_id: int) -> Case:
    """The case as it is now, without locking it (for reading ahead)."""
    return _found(session.get(Case, case_id), case_id)


def _found(case: Case | None, case_id: int) -> Case:
    if case is None:
        raise CaseNotFound("办件（编号 {case_id}）不存在或已被删除", case_id=case_id)
    return case


def check_version(session: Session, case: Case, seen_version: int | None) -> None:
    if seen_version is None or case.version == seen_version:
        return
    who = session.get(StaffUser, case.updated_by_id) if case.updated_by_id else None
    name = who.full_name if who else SYSTEM
    at = case.updated_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")
    raise CaseChanged(
        "办件 {number} 已被{changed_by}于 {changed_at} 修改：请刷新后再办理",
        number=case.number,
        case_id=case.id,
        changed_by=name,
        changed_at=at,
    )


def _decision_steps(session: Session, case_id: int) -> tuple[CaseEvent | None, int | None]:
    """The proposal in force (the last 'propose' not followed by a 'send_back') and who
    signed it off (a 'sign_off' after it), as desk_case_move reads them."""
    steps = session.scalars(
        sa.select(CaseEvent)
        .where(
            CaseEvent.case_id == case_id,
            CaseEvent.action.in_(("propose", "send_back", "sign_off")),
        )
        .order_by(CaseEvent.id.desc())
        .limit(2)
    ).all()
    if not steps or steps[0].action == "send_back":
        return None, None
    if steps[0].action == "propose":
        return steps[0], None
    proposal = steps[1] if len(steps) > 1 and steps[1].action == "propose" else None
    return proposal, steps[0].actor_id


def case_facts(session: Session, case: Case, item: Item | None = None) -> CaseFacts:
    item = item or session.get(Item, case.item_id)
    assert item is not None
    proposal, reviewer_id = _decision_steps(session, case.id)
    recorded = session.scalar(
        sa.select(sa.func.count())
        .select_from(Inspection)
        .where(
            Inspection.case_id == case.id,
            Inspection.status == InspectionStatus.DONE,
            Inspection.conclusion.is_not(None),
        )
    )
    latest = session.scalar(
        sa.select(Inspection.conclusion)
        .where(
            Inspection.case_id == case.id,
            Inspection.status == InspectionStatus.DONE,
            Inspection.conclusion.is_not(None),
        )
        .order_by(Inspection.id.desc())
        .limit(1)
    )
    accepted_by, fresh = _at_window(session, case)
    return CaseFacts(
        status=case.status,
        category=case.category,
        handler_id=case.handler_id,
        proposer_id=proposal.actor_id if proposal else None,
        item_rule=item_rule(
            item.window_authorised,
            item.two_level_signoff,
            item.commitment_based and case.kind is CaseKind.NEW,
        ),
        needs_inspection=item.needs_inspection,
        inspection_recorded=bool(recorded),
        extended=case.extension_days > 0,
        proposed_grant=(proposal.data or {}).get("grant") if proposal else None,
        reviewer_id=reviewer_id,
        latest_inspection_passed=None if latest is None else latest is InspectionConclusion.PASSES,
        accepted_by_id=accepted_by,
        fresh_at_window=fresh,
        promise_open=bool(promises_holding_licence(session, case.id)),
        commitment_signed=(
            _commitment_signed(session, case.id)
            if item.commitment_based and case.kind is CaseKind.NEW
            else None
        ),
    )


def promises_holding_licence(session: Session, case_id: int) -> list[str]:
    """The 容缺 materials that keep the case's licence back: promised, not yet received, and
    not let out first by the catalogue (domain/promises.py holds_licence_back)."""
    received = sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == CasePromise.id)
    return list(
        session.scalars(
            sa.select(CasePromise.material)
            .where(
                CasePromise.case_id == case_id,
                CasePromise.issue_before_received.is_(False),
                ~received.exists(),
            )
            .order_by(CasePromise.id)
        )
    )


def _at_window(session: Session, case: Case) -> tuple[int | None, bool]:
    """Who accepted the case, and whether it is still as accepted, on its day of acceptance
    (窗口现场审批; desk_rule_fits reads the same facts)."""
    if case.status is not CaseStatus.RECEIVED:
        return None, False
    events = session.execute(
        sa.select(CaseEvent.action, CaseEvent.actor_id)
        .where(CaseEvent.case_id == case.id)
        .order_by(CaseEvent.id)
        .limit(2)
    ).all()
    if not events or events[0].action != ACCEPT_EVENT:
        return None, False
    return events[0].actor_id, len(events) == 1 and case.accepted_on == timesource.today()


def _commitment_signed(session: Session, case_id: int) -> bool:
    """Whether the case's 告知承诺书 is on record (services/cases/commitments.py)."""
    found = session.scalar(sa.select(Commitment.id).where(Commitment.case_id == case_id))
    return found is not None


# The one path every action takes -----------------------------------------------------------


@dataclass
class Step:
    """An action under way: the locked case, the rule that allowed it, the status before,
    and the case's item (held, so the session does not load it again to finish)."""

    case: Case
    rule: Transition
    before: CaseStatus
    action: Action
    item: Item


def act(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int | None,
    action: Action,
    *,
    reason: str | None = None,
    grant: bool | None = None,
    data: dict[str, Any] | None = None,
    handler_id: Any = KEEP,
) -> Step:
    """Lock, compare the version, check permission and guards, move, record. Callers add
    the action's own effects (pauses, inspections, materials) to the returned case."""
    case = lock_case(session, case_id)
    check_version(session, case, version)
    item = session.get(Item, case.item_id)
    assert item is not None
    facts = case_facts(session, case, item)
    row = allowed_transition(action, facts, actor)
    check_guards(action, facts, reason=reason, grant=grant)
    before = case.status
    move(session, actor, case, row, reason=reason, data=data, handler_id=handler_id)
    return Step(case, row, before, action, item)


def finish(session: Session, actor: Actor, step: Step) -> CaseState:
    """Refresh the clock, write the audit entry, and hand back plain data. On PostgreSQL
    the move counted the clock itself (desk_case_move: the step's days, or the full count
    when a pause, an extension or the closing changed it) and the case was reloaded after
    it, so it is not counted a second time here."""
    case = step.case
    case.queue_rank = queue_rank(case.green_channel, case.status)
    if not guarded(session):
        refresh_due_dates(session, case)
    session.flush()
    audit.record(
        session,
        actor,
        step.action.value,
        "case",
        case.id,
        old={"status": step.before.value, "version": case.version - 1},
        new={"status": case.status.value, "version": case.version, "handler_id": case.handler_id},
    )
    return state_of(case)


def open_pause(
    session: Session,
    case: Case,
    kind: PauseKind,
    *,
    expected_days: int | None = None,
    reason: str | None = None,
) -> None:
    """Stop the clock today, as the case enters a pausing step. On PostgreSQL the workflow
    function has done it already, on the server's day (no login writes pauses there)."""
    if guarded(session):
        return
    session.add(
        ClockPause(
            case_id=case.id,
            kind=kind,
            started_on=timesource.today(),
            expected_days=expected_days,
            reason=reason,
        )
    )


def close_pauses(session: Session, case: Case, *kinds: PauseKind) -> None:
    """End the open pauses of these kinds (all kinds when none given) today (on PostgreSQL,
    the workflow function ended them as the case left the step)."""
    if guarded(session):
        return
    query = sa.select(ClockPause).where(
        ClockPause.case_id == case.id, ClockPause.ended_on.is_(None)
    )
    if kinds:
        query = query.where(ClockPause.kind.in_(kinds))
    for pause in session.scalars(query):
        pause.ended_on = max(timesource.today(), pause.started_on)


def close_case(session: Session, case: Case) -> None:
    """A closed case's clock stops: end its pauses (the move set `closed_on`)."""
    close_pauses(session, case)
