"""One function per action on a case: permission, guards, transition, history, clock, audit.

Every function takes `(session, actor, case_id, version, ...)` and runs in the caller's
transaction. The case row is locked first (FOR UPDATE on PostgreSQL; SQLite's BEGIN
IMMEDIATE serialises writers), then `version` (what the user saw) is compared: an action
based on an older version fails with CaseChanged and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
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


def lock_case_with_item(session: Session, case_id: int) -> tuple[Case, Item]:
    """The case locked (as lock_case), and its item read, in one statement."""
    row = session.execute(
        sa.select(Case, Item)
        .join(Item, Item.id == Case.item_id)
        .where(Case.id == case_id)
        .with_for_update(of=Case)
        .execution_options(populate_existing=True)
    ).one_or_none()
    case = _found(None if row is None else row[0], case_id)
    return case, row[1]


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


DECISION_STEPS = ("propose", "send_back", "sign_off")


def _facts_row(session: Session, case: Case) -> sa.Row[Any]:
    """Everything case_facts reads beyond the case and its item, in one statement: the
    last two decision steps, the inspections recorded, the open 容缺 promises and, for a
    case still in the pool, its first two history events."""

    def step(n: int, column: Any) -> Any:
        return (
            sa.select(column)
            .where(CaseEvent.case_id == case.id, CaseEvent.action.in_(DECISION_STEPS))
            .order_by(CaseEvent.id.desc())
            .offset(n)
            .limit(1)
            .scalar_subquery()
        )

    done = sa.select(Inspection.conclusion).where(
        Inspection.case_id == case.id,
        Inspection.status == InspectionStatus.DONE,
        Inspection.conclusion.is_not(None),
    )
    columns = [
        step(0, CaseEvent.action).label("step0"),
        step(0, CaseEvent.actor_id).label("actor0"),
        step(0, CaseEvent.data).label("data0"),
        step(1, CaseEvent.action).label("step1"),
        step(1, CaseEvent.actor_id).label("actor1"),
        step(1, CaseEvent.data).label("data1"),
        done.exists().label("recorded"),
        done.order_by(Inspection.id.desc()).limit(1).scalar_subquery().label("latest"),
        _promises_holding(case.id).exists().label("promise_open"),
        sa.select(Commitment.id).where(Commitment.case_id == case.id).exists().label("signed"),
    ]
    if case.status is CaseStatus.RECEIVED:  # 窗口现场审批: who accepted it, and since?
        events = sa.select(CaseEvent.id).where(CaseEvent.case_id == case.id)
        first = events.order_by(CaseEvent.id).limit(1)
        columns += [
            first.with_only_columns(CaseEvent.action).scalar_subquery().label("first_action"),
            first.with_only_columns(CaseEvent.actor_id).scalar_subquery().label("first_actor"),
            events.order_by(CaseEvent.id).offset(1).limit(1).exists().label("later"),
        ]
    return session.execute(sa.select(*columns)).one()


Proposal = tuple[int | None, dict[str, Any] | None]  # who proposed, and the proposal's data


def _decision_steps(row: sa.Row[Any]) -> tuple[Proposal | None, int | None]:
    """The proposal in force (the last 'propose' not followed by a 'send_back') and who
    signed it off (a 'sign_off' after it), as desk_case_move reads them."""
    if row.step0 is None or row.step0 == "send_back":
        return None, None
    if row.step0 == "propose":
        return (row.actor0, row.data0), None
    proposal = (row.actor1, row.data1) if row.step1 == "propose" else None
    return proposal, row.actor0


def case_facts(session: Session, case: Case, item: Item | None = None) -> CaseFacts:
    """The facts the rules read (domain/guards.py CaseFacts), in one statement besides the
    case and its item."""
    item = item or session.get(Item, case.item_id)
    assert item is not None
    row = _facts_row(session, case)
    proposal, reviewer_id = _decision_steps(row)
    accepted_by, fresh = _at_window(case, row)
    return CaseFacts(
        status=case.status,
        category=case.category,
        handler_id=case.handler_id,
        proposer_id=proposal[0] if proposal else None,
        item_rule=item_rule(
            item.window_authorised,
            item.two_level_signoff,
            item.commitment_based and case.kind is CaseKind.NEW,
        ),
        needs_inspection=item.needs_inspection,
        inspection_recorded=bool(row.recorded),
        extended=case.extension_days > 0,
        proposed_grant=(proposal[1] or {}).get("grant") if proposal else None,
        reviewer_id=reviewer_id,
        latest_inspection_passed=(
            None if row.latest is None else row.latest is InspectionConclusion.PASSES
        ),
        accepted_by_id=accepted_by,
        fresh_at_window=fresh,
        promise_open=bool(row.promise_open),
        commitment_signed=(
            bool(row.signed) if item.commitment_based and case.kind is CaseKind.NEW else None
        ),
    )


def promises_holding_licence(session: Session, case_id: int) -> list[str]:
    """The 容缺 materials that keep the case's licence back: promised, not yet received, and
    not let out first by the catalogue (domain/promises.py holds_licence_back)."""
    return list(
        session.scalars(
            _promises_holding(case_id)
            .with_only_columns(CasePromise.material)
            .order_by(CasePromise.id)
        )
    )


def _promises_holding(case_id: int) -> sa.Select[Any]:
    """The case's 容缺 promises not yet received that the catalogue did not let out first."""
    received = sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == CasePromise.id)
    return sa.select(CasePromise.id).where(
        CasePromise.case_id == case_id,
        CasePromise.issue_before_received.is_(False),
        ~received.exists(),
    )


def _at_window(case: Case, row: sa.Row[Any]) -> tuple[int | None, bool]:
    """Who accepted the case, and whether it is still as accepted, on its day of acceptance
    (窗口现场审批; desk_rule_fits reads the same facts)."""
    if case.status is not CaseStatus.RECEIVED or row.first_action != ACCEPT_EVENT:
        return None, False
    return row.first_actor, not row.later and case.accepted_on == timesource.today()


# The one path every action takes -----------------------------------------------------------


# The data of an action, worked out (and checked) from the locked case and its item.
Terms = Callable[[Case, Item], "dict[str, Any] | None"]


@dataclass
class Step:
    """An action under way: the locked case, the rule that allowed it, the status before,
    and the case's item (held, so the session does not load it again to finish)."""

    case: Case
    rule: Transition
    before: CaseStatus
    action: Action
    item: Item
    audited: bool = False  # the audit entry went with the move (act's `audited`)


def act(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int | None,
    action: Action,
    *,
    reason: str | None = None,
    grant: bool | None = None,
    data: dict[str, Any] | Terms | None = None,
    handler_id: Any = KEEP,
    audited: bool = False,
) -> Step:
    """Lock, compare the version, check permission and guards, move, record. Callers add
    the action's own effects (pauses, inspections, materials) to the returned case.

    `data` may be a function of the locked case and its item (Terms), for an action whose
    data or checks depend on them: it runs first, so the case is read once. `audited`
    when `finish` follows at once: its audit entry then goes with the move (one round trip
    less on PostgreSQL)."""
    case, item = lock_case_with_item(session, case_id)
    if callable(data):
        data = data(case, item)
    check_version(session, case, version)
    facts = case_facts(session, case, item)
    row = allowed_transition(action, facts, actor)
    check_guards(action, facts, reason=reason, grant=grant)
    before = case.status
    audited = move(
        session, actor, case, row, reason=reason, data=data, handler_id=handler_id, audited=audited
    )
    return Step(case, row, before, action, item, audited)


def finish(session: Session, actor: Actor, step: Step) -> CaseState:
    """Refresh the clock, write the audit entry (unless it went with the move), and hand
    back plain data. On PostgreSQL
    the move counted the clock itself (desk_case_move: the step's days, or the full count
    when a pause, an extension or the closing changed it) and the case was reloaded after
    it, so it is not counted a second time here."""
    case = step.case
    case.queue_rank = queue_rank(case.green_channel, case.status)
    if not guarded(session):
        refresh_due_dates(session, case)
    session.flush()
    if step.audited:
        return state_of(case)
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
