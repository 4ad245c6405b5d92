"""Moving a case along a transition: status, handler, decision and closing days, extension,
version stamp and history event, all in one step.

On SQLite the step is made here in Python. On PostgreSQL it is made by the database's
guarded function `desk_case_act`, which checks the same transition rules again for the
login behind the session: nobody can move a case by writing the row themselves there.
Claiming the next pool case is one call there (`desk_claim_next`), the pick included.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Result, Row
from sqlalchemy.orm import Session

from desktop.data.faults import server_message, sqlstate
from desktop.data.models import Case, CaseEvent
from desktop.domain.actor import Actor
from desktop.domain.enums import CLOSED_STATUSES, CaseStatus, Category
from desktop.domain.errors import DomainError
from desktop.domain.guards import DECISIONS, EXTENSION_DAYS, GuardFailed, NotAllowed
from desktop.domain.workflow import Action, Transition
from desktop.services import timesource

KEEP = object()  # the handler stays as it is

# The move, its audit entry when asked (none when the audit parameters are not given),
# and the case row as it is after it (desk_case_act_row): one round trip.
CASE_ACT = sa.text(
    "SELECT * FROM public.desk_case_act_row(CAST(:case_id AS integer), CAST(:action AS text), "
    "CAST(:version AS integer), CAST(:reason AS text), :data, CAST(:handler_id AS integer), "
    "CAST(:actor_id AS integer), CAST(:at AS timestamptz), CAST(:audit_actor AS text), "
    ":audit_old)"
).bindparams(
    sa.bindparam("data", type_=JSONB(none_as_null=True)),
    sa.bindparam("audit_actor", None, type_=sa.Text(), required=False),
    sa.bindparam("audit_old", None, type_=JSONB(none_as_null=True), required=False),
)


CLAIM_NEXT = sa.text(
    "SELECT id, number, status, version, handler_id, promised_due_on, due_provisional "
    "FROM public.desk_claim_next(CAST(:category AS text), CAST(:actor_id AS integer), "
    "CAST(:at AS timestamptz))"
)


def guarded(session: Session) -> bool:
    """Whether the database enforces the workflow itself (PostgreSQL)."""
    return session.get_bind().dialect.name == "postgresql"


def move(
    session: Session,
    actor: Actor,
    case: Case,
    rule: Transition,
    *,
    reason: str | None = None,
    data: dict[str, Any] | None = None,
    handler_id: Any = KEEP,
    audited: bool = False,
) -> bool:
    """Apply `rule` to the locked, checked `case`; `handler_id` for assign and transfer.
    With `audited`, the move's audit entry (case_core.finish's) is added with it where the
    database makes the move; returns whether it was."""
    if guarded(session):
        _move_in_database(session, actor, case, rule.action, reason, data, handler_id, audited)
        return audited
    _move_here(session, actor, case, rule, reason, data, handler_id)
    return False


def _move_here(
    session: Session,
    actor: Actor,
    case: Case,
    rule: Transition,
    reason: str | None,
    data: dict[str, Any] | None,
    handler_id: Any,
) -> None:
    """The same effects as desk_case_act (data/security/workflow_sql.py), in Python."""
    action, before = rule.action, case.status
    if action is Action.CLAIM:
        case.handler_id = actor.user_id
    elif action is Action.RELEASE:
        case.handler_id = None
    elif handler_id is not KEEP:
        case.handler_id = handler_id
    case.status = rule.target or case.status
    today = timesource.today()
    if action in DECISIONS:
        case.decided_on = today
    if case.status in CLOSED_STATUSES and case.status is not before:
        case.closed_on = today
    if action is Action.EXTEND:
        case.extension_days = EXTENSION_DAYS
        case.extension_reason = (reason or "").strip()
    record_change(session, actor, case, action.value, before, reason, data)


def _move_in_database(
    session: Session,
    actor: Actor,
    case: Case,
    action: Action,
    reason: str | None,
    data: dict[str, Any] | None,
    handler_id: Any,
    audited: bool,
) -> None:
    session.flush()
    old = {"status": case.status.value, "version": case.version}
    parameters = {
        "audit_actor": actor.username if audited else None,
        "audit_old": old if audited else None,
        "case_id": case.id,
        "action": action.value,
        "version": case.version,
        "reason": reason,
        "data": data,
        "handler_id": None if handler_id is KEEP else handler_id,
        "actor_id": actor.user_id,
        "at": timesource.now(),
    }
    # The row the function returns refreshes `case` in place (no second read).
    moved = sa.select(Case).from_statement(CASE_ACT).execution_options(populate_existing=True)
    _in_database(session, moved, parameters, action).scalars().one()


def claim_next_in_database(session: Session, actor: Actor, category: Category) -> Row[Any] | None:
    """The next pool case claimed by `desk_claim_next` in one call (PostgreSQL): the row of
    the claimed case, or None when the pool is empty."""
    parameters = {"category": category.value, "actor_id": actor.user_id, "at": timesource.now()}
    return _in_database(session, CLAIM_NEXT, parameters, Action.CLAIM).first()


def _in_database(
    session: Session, statement: sa.Executable, parameters: dict[str, Any], action: Action
) -> Result[Any]:
    try:
        return session.execute(statement, parameters)
    except sa.exc.DBAPIError as error:
        refusal = _refusal(error, action)
        if refusal is None:
            raise
        raise refusal from None


def _refusal(error: sa.exc.DBAPIError, action: Action) -> DomainError | None:
    """The database's refusal as the error the services raise for it."""
    detail, code = server_message(error), sqlstate(error)
    if code == "42501":
        return NotAllowed("数据库拒绝了“{action}”：{detail}", action=action.label, detail=detail)
    if code == "23514":
        return GuardFailed("数据库拒绝了“{action}”：{detail}", action=action.label, detail=detail)
    if code == "P0002":
        return DomainError("{detail}", detail=detail)
    return None


def record_change(
    session: Session,
    actor: Actor,
    case: Case,
    action: str,
    before: CaseStatus,
    reason: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Bump the version, stamp who changed the case and when, and add the history event."""
    now = timesource.now()
    case.version += 1
    case.updated_at = now
    case.updated_by_id = actor.user_id
    session.add(
        CaseEvent(
            case_id=case.id,
            at=now,
            actor_id=actor.user_id,
            action=action,
            from_status=before,
            to_status=case.status,
            reason=(reason or "").strip() or None,
            data=data,
        )
    )
