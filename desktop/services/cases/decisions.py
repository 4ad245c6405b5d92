"""Proposing, signing off, deciding, extending, and what follows the decision."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseDelivery, Item
from desktop.domain.actor import Actor
from desktop.domain.delivery import Receipt, check_receipt, mask_id
from desktop.domain.enums import OpinionLevel, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import EXTENSION_DAYS
from desktop.domain.remedies import remedies_text
from desktop.domain.workflow import Action
from desktop.services import audit, timesource
from desktop.services.bureau import load_profile
from desktop.services.case_core import (
    CaseState,
    act,
    close_case,
    finish,
)
from desktop.services.inspections.changes import cancel_with_case, lock_pool_for_case

MAX_CONDITIONS, MAX_CONDITION, MAX_SCOPE = 10, 200, 500


def propose(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    *,
    grant: bool,
    opinion: str,
    conditions: Sequence[str] = (),
    scope: str = "",
) -> CaseState:
    """The handler's proposed decision (承办意见); refusals need written reasons. A grant
    may set the scope (许可范围, or what a completed item's result is) and conditions the
    licence carries (ALL art. 39): approving the proposal approves them with it."""
    kept = [line.strip() for line in conditions if line.strip()]
    if not grant and (kept or scope.strip()):
        raise DomainError("拟不予许可的，不能附加条件或许可范围")
    if any(len(line) > MAX_CONDITION for line in kept) or len(kept) > MAX_CONDITIONS:
        raise DomainError(
            "附加条件最多 {count} 条，每条不超过 {length} 字",
            count=MAX_CONDITIONS,
            length=MAX_CONDITION,
        )
    if len(scope.strip()) > MAX_SCOPE:
        raise DomainError("许可范围不能超过 {length} 字", length=MAX_SCOPE)
    data: dict[str, object] = {"grant": grant, "level": OpinionLevel.HANDLER.label}
    if kept:
        data["conditions"] = kept
    if scope.strip():
        data["scope"] = scope.strip()
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.PROPOSE,
        reason=opinion,
        grant=grant,
        data=data,
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
    session: Session, actor: Actor, case_id: int, version: int, received_by: str | Receipt
) -> CaseState:
    """Service of the result (送达回证): who signed, and with a full receipt (the window's
    hand-over dialog) also their ID, capacity, the method and the place, recorded with the
    clerk as server and audited (Civil Procedure Law arts. 87-90). A bare name is the short
    form the history has always kept."""
    receipt = _checked_receipt(session, case_id, received_by)
    if receipt is None:
        if not str(received_by).strip():
            raise DomainError("请填写签收人姓名")
        name = str(received_by).strip()
        data: dict[str, str] = {"received_by": name}
    else:
        name = receipt.signer
        data = {
            "received_by": name,
            "capacity": receipt.capacity.value,
            "method": receipt.method.value,
        }
    step = act(session, actor, case_id, version, Action.DELIVER, data=data)
    if receipt is not None:
        _record_delivery(session, actor, case_id, receipt)
    close_case(session, step.case)
    return finish(session, actor, step)


def _checked_receipt(session: Session, case_id: int, given: str | Receipt) -> Receipt | None:
    if not isinstance(given, Receipt):
        return None
    case = session.get(Case, case_id)
    if case is None:
        raise DomainError("办件不存在或已被删除")
    applicant = session.get(Applicant, case.applicant_id)
    assert applicant is not None
    return check_receipt(given, applicant.kind, applicant.identifier)


def _record_delivery(session: Session, actor: Actor, case_id: int, receipt: Receipt) -> None:
    session.add(
        CaseDelivery(
            case_id=case_id,
            method=receipt.method,
            place=receipt.place,
            signer=receipt.signer,
            signer_id_number=receipt.id_number,
            capacity=receipt.capacity,
            authorisation=receipt.authorisation,
            served_by_id=actor.user_id,
            served_at=timesource.now(),
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "record_delivery",
        "case",
        case_id,
        new={
            "signer": receipt.signer,
            "signer_id": mask_id(receipt.id_number),
            "capacity": receipt.capacity.label,
            "method": receipt.method.label,
            "authorisation": receipt.authorisation,
            "place": receipt.place,
        },
    )


def withdraw(session: Session, actor: Actor, case_id: int, version: int, reason: str) -> CaseState:
    return _end(session, actor, case_id, version, Action.WITHDRAW, reason)


def terminate(
    session: Session, actor: Actor, case_id: int, version: int, reason: str, basis: str = ""
) -> CaseState:
    """终止审查, with the reason and its legal basis (both go into the decision); without a
    basis typed, the item's own legal basis is cited (an item without one leaves the
    decision to be made once a basis is recorded: document_data says so)."""
    case = session.get(Case, case_id)
    if not basis.strip() and case is not None:
        item = session.get(Item, case.item_id)
        basis = item.legal_basis if item is not None else ""
    data: dict[str, object] | None = {"basis": basis.strip()} if basis.strip() else None
    return _end(session, actor, case_id, version, Action.TERMINATE, reason, data)


def _end(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    action: Action,
    reason: str,
    data: dict[str, object] | None = None,
) -> CaseState:
    """Withdraw or terminate: the clock stops, and open inspections are cancelled."""
    lock_pool_for_case(session, case_id)
    step = act(session, actor, case_id, version, action, reason=reason, data=data)
    close_case(session, step.case)
    cancel_with_case(session, actor, step.case, f"{action.label}：{reason.strip()}")
    return finish(session, actor, step)


def _level(actor: Actor) -> str:
    """The level a decision is signed at, recorded in Chinese like the rest of the history."""
    return (OpinionLevel.APPROVAL if actor.has(Role.HEAD) else OpinionLevel.REVIEW).label
