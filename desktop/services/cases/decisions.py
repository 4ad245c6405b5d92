"""Proposing, signing off, deciding, extending, and what follows the decision."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.actor import Actor
from desktop.domain.enums import OpinionLevel, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import EXTENSION_DAYS
from desktop.domain.remedies import remedies_text
from desktop.domain.workflow import Action
from desktop.services.bureau import load_profile
from desktop.services.case_core import (
    CaseState,
    act,
    close_case,
    finish,
)
from desktop.services.inspections.changes import cancel_with_case, lock_pool_for_case


def propose(
    session: Session, actor: Actor, case_id: int, version: int, *, grant: bool, opinion: str
) -> CaseState:
    """The handler's proposed decision (承办意见); refusals need written reasons."""
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.PROPOSE,
        reason=opinion,
        grant=grant,
        data={"grant": grant, "level": OpinionLevel.HANDLER.label},
    )
    return finish(session, actor, step)


def sign_off(
    session: Session, actor: Actor, case_id: int, version: int, opinion: str = "同意承办人意见。"
) -> CaseState:
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.SIGN_OFF,
        reason=opinion,
        data={"level": OpinionLevel.REVIEW.label},
    )
    return finish(session, actor, step)


def send_back(session: Session, actor: Actor, case_id: int, version: int, reason: str) -> CaseState:
    step = act(session, actor, case_id, version, Action.SEND_BACK, reason=reason)
    return finish(session, actor, step)


def approve(
    session: Session, actor: Actor, case_id: int, version: int, opinion: str = "同意。"
) -> CaseState:
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.APPROVE,
        reason=opinion,
        data={"grant": True, "level": _level(actor)},
    )
    return finish(session, actor, step)


def reject(
    session: Session, actor: Actor, case_id: int, version: int, reasons: str
) -> tuple[CaseState, str]:
    """Refuse with written reasons; returns the remedies text the decision must carry."""
    profile = load_profile(session)
    remedies = remedies_text(profile.reconsideration_body, profile.court)
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.REJECT,
        reason=reasons,
        data={"grant": False, "level": _level(actor), "remedies": remedies},
    )
    return finish(session, actor, step), remedies


def extend(session: Session, actor: Actor, case_id: int, version: int, reason: str) -> CaseState:
    """One extension of ten working days, by the head, with reasons (ALL art. 42)."""
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.EXTEND,
        reason=reason,
        data={"days": EXTENSION_DAYS},
    )
    return finish(session, actor, step)


# After the decision -------------------------------------------------------------------------


def issue_certificate(session: Session, actor: Actor, case_id: int, version: int) -> CaseState:
    step = act(session, actor, case_id, version, Action.ISSUE_CERTIFICATE)
    return finish(session, actor, step)


def deliver(
    session: Session, actor: Actor, case_id: int, version: int, received_by: str
) -> CaseState:
    """Hand-over at the unified window: who received it is recorded (送达回证)."""
    if not received_by.strip():
        raise DomainError("请填写签收人姓名")
    step = act(
        session, actor, case_id, version, Action.DELIVER, data={"received_by": received_by.strip()}
    )
    close_case(session, step.case)
    return finish(session, actor, step)


def withdraw(session: Session, actor: Actor, case_id: int, version: int, reason: str) -> CaseState:
    return _end(session, actor, case_id, version, Action.WITHDRAW, reason)


def terminate(session: Session, actor: Actor, case_id: int, version: int, reason: str) -> CaseState:
    return _end(session, actor, case_id, version, Action.TERMINATE, reason)


def _end(
    session: Session, actor: Actor, case_id: int, version: int, action: Action, reason: str
) -> CaseState:
    """Withdraw or terminate: the clock stops, and open inspections are cancelled."""
    lock_pool_for_case(session, case_id)
    step = act(session, actor, case_id, version, action, reason=reason)
    close_case(session, step.case)
    cancel_with_case(session, actor, step.case, f"{action.label}：{reason.strip()}")
    return finish(session, actor, step)


def _level(actor: Actor) -> str:
    """The level a decision is signed at, recorded in Chinese like the rest of the history."""
    return (OpinionLevel.APPROVAL if actor.has(Role.HEAD) else OpinionLevel.REVIEW).label
