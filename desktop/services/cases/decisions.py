"""Proposing, signing off, deciding, extending, and what follows the decision."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseDelivery, Item
from desktop.domain.actor import Actor
from desktop.domain.delivery import Receipt, check_receipt, mask_id
from desktop.domain.enums import CaseStatus, OpinionLevel, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import EXTENSION_DAYS
from desktop.domain.item_kinds import ItemKind
from desktop.domain.remedies import remedies_text
from desktop.domain.terminations import check_basis
from desktop.domain.workflow import Action
from desktop.services import audit, timesource
from desktop.services.bureau import load_profile
from desktop.services.case_core import (
    CaseState,
    act,
    close_case,
    finish,
)
from desktop.services.cases.commitments import start_check
from desktop.services.inspections.changes import cancel_with_case, lock_pool_for_case

MAX_CONDITIONS, MAX_CONDITION, MAX_SCOPE, MAX_VALIDITY = 10, 200, 500, 30


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
    validity_years: int | None = None,
) -> CaseState:
    """The handler's proposed decision (承办意见); refusals need written reasons. A grant
    may set the scope (许可范围, or what a completed item's result is), the conditions a
    licensing decision carries and, for an item that issues a licence, a validity shorter
    than the catalogue's (ALL art. 39: the licence states its validity): approving the
    proposal approves them with it. None keeps the catalogue's validity."""
    kept = [line.strip() for line in conditions if line.strip()]
    if not grant and (kept or scope.strip() or validity_years is not None):
        raise DomainError("拟不予许可的，不能附加条件、许可范围或有效期")

    def terms(case: Case, item: Item) -> dict[str, object]:
        """Checked against the item, once the case (and its item) is locked and read."""
        _check_terms(item, bool(kept), validity_years)
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
        if validity_years is not None:
            data["validity_years"] = validity_years
        return data

    step = act(
        session,
        actor,
        case_id,
        version,
        Action.PROPOSE,
        reason=opinion,
        grant=grant,
        data=terms,
        audited=True,
    )
    return finish(session, actor, step)


def _check_terms(item: Item, conditions: bool, validity_years: int | None) -> None:
    """Conditions belong to a licensing decision; a validity to an item that issues a
    licence, at most the catalogue's (an item valid 长期 allows up to MAX_VALIDITY years)."""
    if conditions and item.kind is not ItemKind.LICENSING:
        raise DomainError("“{kind}”事项的决定不能附加条件", kind=item.kind.label)
    if validity_years is None:
        return
    if not item.issues_licence:
        raise DomainError("事项“{item}”不发放许可证，不能设定有效期", item=item.name)
    most = item.validity_years or MAX_VALIDITY
    if not 1 <= validity_years <= most:
        raise DomainError(
            "有效期须为 1 至 {most} 年（事项目录规定的有效期为{catalogue}）",
            most=most,
            catalogue=f"{item.validity_years}年" if item.validity_years else "长期",
        )


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
        audited=True,
    )
    return finish(session, actor, step)


def send_back(session: Session, actor: Actor, case_id: int, version: int, reason: str) -> CaseState:
    step = act(session, actor, case_id, version, Action.SEND_BACK, reason=reason, audited=True)
    return finish(session, actor, step)


def approve(
    session: Session, actor: Actor, case_id: int, version: int, opinion: str = "同意。"
) -> CaseState:
    """Grant the case. Straight from 待认领 it is the window's on-the-spot grant (the rules let
    only the authorised clerk who accepted it do that), recorded at that level."""

    on_commitment = False

    def at_level(case: Case, item: Item) -> dict[str, object]:
        nonlocal on_commitment
        on_commitment = item.commitment_based  # its post-check falls due with the grant
        spot = case.status is CaseStatus.RECEIVED
        return {"grant": True, "level": OpinionLevel.WINDOW.label if spot else _level(actor)}

    step = act(
        session,
        actor,
        case_id,
        version,
        Action.APPROVE,
        reason=opinion,
        data=at_level,
        audited=True,
    )
    state = finish(session, actor, step)
    if on_commitment:
        start_check(session, case_id)
    return state


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
        audited=True,
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
    """终止审查, with the reason and its legal basis (a named law or regulation and its
    article, domain/terminations.py), both printed in the decision. The basis is checked
    after the permission, so a user who may not terminate hears that first; the failed
    check rolls the whole move back."""
    if len(reason.strip()) > MAX_SCOPE:
        raise DomainError("终止审查的理由不能超过 {length} 字", length=MAX_SCOPE)
    state = _end(session, actor, case_id, version, Action.TERMINATE, reason, {"basis": basis})
    check_basis(basis)
    return state


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
    if data is not None and "basis" in data:
        data = {"basis": str(data["basis"]).strip()}
    step = act(session, actor, case_id, version, action, reason=reason, data=data)
    close_case(session, step.case)
    cancel_with_case(session, actor, step.case, f"{action.label}：{reason.strip()}")
    return finish(session, actor, step)


def _level(actor: Actor) -> str:
    """The level a decision is signed at, recorded in Chinese like the rest of the history."""
    return (OpinionLevel.APPROVAL if actor.has(Role.HEAD) else OpinionLevel.REVIEW).label
