"""Claiming cases from the pool, releasing them, and assigning them to handlers."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Case,
    StaffUser,
)
from desktop.domain.actor import Actor
from desktop.domain.enums import (
    CaseStatus,
    Category,
)
from desktop.domain.errors import DomainError
from desktop.domain.guards import QUEUE_ROLE, NotAllowed
from desktop.domain.phrases import Term
from desktop.domain.workflow import Action
from desktop.services.case_core import (
    CaseState,
    act,
    finish,
    lock_case,
)
from desktop.services.case_moves import claim_next_in_database, guarded


def claim(session: Session, actor: Actor, case_id: int, version: int | None = None) -> CaseState:
    """Take a case from the pool. Of many concurrent claimers exactly one wins."""
    case = lock_case(session, case_id)
    if case.status is not CaseStatus.RECEIVED:
        handler = session.get(StaffUser, case.handler_id) if case.handler_id else None
        who = handler.full_name if handler else Term("他人")
        raise NotAllowed(
            "办件 {number} 已被{who}认领，请选择其他办件",
            number=case.number,
            who=who,
            action=Action.CLAIM,
        )
    step = act(session, actor, case_id, version, Action.CLAIM)
    return finish(session, actor, step)


def claim_next(session: Session, actor: Actor, category: Category) -> CaseState | None:
    """Claim the next case of a queue: green channel first (queue rank 0), then the oldest.
    None when empty.

    PostgreSQL skips rows other claimers hold locked, so concurrent claimers never collide;
    the order follows the pool's own index. There the database picks, moves and records
    the case in one call; a claim does not move the clock (no pause is open in the pool),
    so the due dates stay as intake counted them.
    """
    if not actor.has(QUEUE_ROLE[category]):
        raise NotAllowed("您不是{category}承办人，不能认领本类办件", category=category)
    if guarded(session):
        row = claim_next_in_database(session, actor, category)
        if row is None:
            return None
        return CaseState(
            row.id,
            row.number,
            CaseStatus(row.status),
            row.version,
            row.handler_id,
            row.promised_due_on,
            row.due_provisional,
        )
    case_id = session.scalar(
        sa.select(Case.id)
        .where(Case.category == category, Case.status == CaseStatus.RECEIVED)
        .order_by(Case.queue_rank, Case.accepted_at, Case.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    return None if case_id is None else claim(session, actor, case_id)


def release(
    session: Session, actor: Actor, case_id: int, version: int, reason: str | None = None
) -> CaseState:
    step = act(session, actor, case_id, version, Action.RELEASE, reason=reason)
    return finish(session, actor, step)


def assign(
    session: Session,
    actor: Actor,
    case_ids: Sequence[int],
    handler_id: int,
    reason: str | None = None,
) -> list[CaseState]:
    """Assign pool cases or transfer cases in hand to a handler, all or none (supervisor)."""
    handler = session.get(StaffUser, handler_id)
    if handler is None or not handler.active:
        raise DomainError("指派对象不存在或已停用，请重新选择承办人")
    results = []
    for case_id in case_ids:
        case = lock_case(session, case_id)
        if QUEUE_ROLE[case.category] not in handler.role_set:
            raise DomainError(
                "{handler}不是{category}承办人，不能承办办件 {number}",
                handler=handler.full_name,
                category=case.category,
                number=case.number,
            )
        action = Action.ASSIGN if case.status is CaseStatus.RECEIVED else Action.TRANSFER
        step = act(
            session,
            actor,
            case_id,
            None,
            action,
            reason=reason,
            data={"from_handler_id": case.handler_id, "to_handler_id": handler_id},
            handler_id=handler_id,
        )
        results.append(finish(session, actor, step))
    return results
