"""What each document says, read from the case: the plain data the documents package lays out.

One function per document type. Each checks that the case is at a point where the document
makes sense (a licence only after approval, a supplement notice only while materials are
missing...) and says what is missing when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CaseDelivery,
    CaseEvent,
    CaseMaterial,
    CasePromise,
    ClockPause,
    Commitment,
    Department,
    Inspection,
    InspectionMember,
    Inspector,
    IssuedDocument,
    Item,
    ItemMaterial,
    PromiseReceipt,
    StaffUser,
)
from desktop.data.models import (
    Licence as LicenceRow,
)
from desktop.documents.kinds.decisions import (
    GrantDecision,
    RejectionDecision,
)
from desktop.documents.kinds.delivery import DeliveredDocument, DeliveryProof
from desktop.documents.kinds.ends import TerminationDecision, WithdrawalDecision
from desktop.documents.kinds.licence import Licence
from desktop.documents.kinds.licence_ends import LicenceCancellation, LicenceRevocation
from desktop.documents.kinds.notices import (
    AcceptanceNotice,
    ExtensionNotice,
    InspectionNotice,
    MissingMaterial,
    PromisedMaterial,
    SpecialProcedureNotice,
    SupplementNotice,
)
from desktop.documents.kinds.notices import Inspector as InspectorLine
from desktop.documents.kinds.outcomes import (
    CompletionNotice,
    FilingNotice,
    FilingRefusal,
    RefusalDecision,
)
from desktop.documents.model import Applicant as DocumentApplicant
from desktop.documents.model import CaseInfo, DocumentType
from desktop.domain.clock import due_date
from desktop.domain.delivery import ServiceMethod, mask_id
from desktop.domain.enums import (
    CaseStatus,
    HalfDay,
    InspectionStatus,
    MaterialState,
    OpinionLevel,
    PauseKind,
)
from desktop.domain.errors import DomainError
from desktop.domain.item_kinds import kind_allows
from desktop.domain.licence_life import CaseKind, life_allows, new_validity
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.deadlines import case_pauses, work_calendar
from desktop.services.documents.site_record_data import site_record_document

GRANTED = (CaseStatus.APPROVED, CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)
# The documents a proof of service lists: what ends the case.
SERVED = (
    "grant",
    "licence",
    "rejection",
    "filing",
    "filing_refusal",
    "completion",
    "refusal",
    "termination",
    "withdrawal",
    "licence_cancellation",
    "licence_revocation",
)
SUPPLEMENT_DAYS = 15  # calendar days the notice gives the applicant to hand materials in


class NotIssuable(DomainError):
    code = "not_issuable"


def case_info(session: Session, case: Case) -> CaseInfo:
    applicant = session.get(Applicant, case.applicant_id)
    item = session.get(Item, case.item_id)
    assert applicant is not None and item is not None
    return CaseInfo(
        number=case.number,
        item_name=item.name,
        applicant=DocumentApplicant(
            name=applicant.name,
            identifier=applicant.identifier,
            kind=applicant.kind,
            address=applicant.address or "",
            legal_representative=applicant.legal_representative or "",
        ),
        received_on=case.accepted_at.astimezone(CHINA).date(),
        project_name=case.project_name or "",
        project_address=case.project_address or "",
    )


def _last_event(session: Session, case: Case, *actions: str) -> CaseEvent | None:
    return session.scalars(
        sa.select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.action.in_(actions))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).first()


def _granted(session: Session, case: Case) -> bool:
    decision = _last_event(session, case, "approve", "reject")
    return decision is not None and decision.action == "approve"


def _refuse(reason: str, case: Case) -> NotIssuable:
    return NotIssuable(
        "办件 {number} 现在不能制发这份文书：{reason}", number=case.number, reason=reason
    )


def _acceptance(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    item = session.get(Item, case.item_id)
    assert item is not None
    promised = session.execute(
        sa.select(CasePromise.material, CasePromise.promised_on)
        .join(CaseMaterial, CaseMaterial.id == CasePromise.case_material_id)
        .where(CasePromise.case_id == case.id)
        .order_by(CaseMaterial.seq)
    ).all()
    return AcceptanceNotice(
        info,
        info.received_on,
        item.statutory_limit_days,
        item.promised_limit_days,
        item.kind,
        tuple(PromisedMaterial(material, day) for material, day in promised),
    )


def _still_promised(case_id: int) -> sa.Select:
    received = sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == CasePromise.id)
    return sa.select(CasePromise.case_material_id).where(
        CasePromise.case_id == case_id, ~received.exists()
    )


def _supplement(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    rows = session.execute(
        sa.select(CaseMaterial.name, ItemMaterial.description)
        .outerjoin(ItemMaterial, ItemMaterial.id == CaseMaterial.item_material_id)
        .where(CaseMaterial.case_id == case.id, CaseMaterial.state == MaterialState.MISSING)
        # A 容缺 material still promised is not asked for again: the promise names its day.
        .where(CaseMaterial.id.not_in(_still_promised(case.id)))
        .order_by(CaseMaterial.seq)
    ).all()
    if case.status is not CaseStatus.SUPPLEMENT_REQUESTED or not rows:
        raise _refuse("只有在一次性告知补正、有缺少材料时才能制发补正材料通知书", case)
    requested = _last_event(session, case, "request_supplement")
    start = requested.at.astimezone(CHINA).date() if requested else timesource.today()
    return SupplementNotice(
        info,
        tuple(MissingMaterial(name, description or "") for name, description in rows),
        start + timedelta(days=SUPPLEMENT_DAYS),
        note=(requested.reason or "") if requested else "",
    )


def _inspection(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    inspection = session.scalars(
        sa.select(Inspection)
        .where(
            Inspection.case_id == case.id,
            Inspection.scheduled_on.is_not(None),
            Inspection.status != InspectionStatus.CANCELLED,
        )
        .order_by(Inspection.id.desc())
    ).first()
    if inspection is None or inspection.scheduled_on is None:
        raise _refuse("现场踏勘尚未安排日期和人员", case)
    team = session.execute(
        sa.select(Inspector.name, Department.short_name)
        .join(InspectionMember, InspectionMember.inspector_id == Inspector.id)
        .join(Department, Department.id == Inspector.department_id)
        .where(
            InspectionMember.inspection_id == inspection.id, InspectionMember.is_backup.is_(False)
        )
        .order_by(InspectionMember.rank)
    ).all()
    return InspectionNotice(
        info,
        inspection.scheduled_on,
        "下午" if inspection.half_day is HalfDay.PM else "上午",
        inspection.address or info.project_address or info.applicant.address,
        tuple(InspectorLine(name, department) for name, department in team),
    )


def _extension(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    """The statutory decision period (ALL art. 42) before and after the extension, counted
    by the same clock as the case's due dates, with the pauses known today."""
    if not case.extension_days:
        raise _refuse("本件没有延长期限", case)
    item = session.get(Item, case.item_id)
    assert item is not None
    calendar, pauses = work_calendar(session), case_pauses(session, case.id)
    as_of = case.closed_on or timesource.today()
    before, after = (
        due_date(calendar, case.accepted_on, item.statutory_limit_days, pauses, days, as_of).day
        for days in (0, case.extension_days)
    )
    return ExtensionNotice(
        info, info.received_on, case.extension_reason or "", before, after, case.extension_days
    )


def _special(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    event = _last_event(session, case, "start_special")
    if event is None:
        raise _refuse("本件没有进入特别程序", case)
    data = event.data or {}
    procedure = data.get("procedure") or session.scalar(
        sa.select(ClockPause.reason)
        .where(ClockPause.case_id == case.id, ClockPause.kind == PauseKind.SPECIAL_PROCEDURE)
        .order_by(ClockPause.id.desc())
        .limit(1)
    )
    if not procedure:
        raise _refuse("特别程序的种类（听证、检验、专家评审等）没有登记", case)
    return SpecialProcedureNotice(
        info,
        procedure,
        event.reason or "",
        event.at.astimezone(CHINA).date(),
        int(data.get("expected_days", 0)),
    )


def _decided_on(case: Case) -> date:
    assert case.decided_on is not None
    return case.decided_on


def _proposal(session: Session, case: Case) -> dict[str, Any]:
    """The proposal the decision approved: its scope and conditions (the last proposal)."""
    event = _last_event(session, case, "propose")
    return (event.data or {}) if event else {}


def _conditions(proposal: dict[str, Any]) -> tuple[str, ...]:
    return tuple(
        str(line).strip() for line in proposal.get("conditions") or () if str(line).strip()
    )


def _validity(item: Item, proposal: dict[str, Any]) -> int | None:
    """The years the approved proposal set (never more than the catalogue's), else the
    catalogue's validity (None: 长期)."""
    years = proposal.get("validity_years")
    return int(years) if isinstance(years, int) and years >= 1 else item.validity_years


def _item(session: Session, case: Case) -> Item:
    item = session.get(Item, case.item_id)
    assert item is not None
    return item


def _granted_case(session: Session, case: Case, what: str) -> None:
    if case.status not in GRANTED or not _granted(session, case):
        raise _refuse(f"{what}的决定尚未作出", case)


def _reasons(session: Session, case: Case, what: str) -> tuple[str, ...]:
    decision = _last_event(session, case, "approve", "reject")
    if decision is None or decision.action != "reject":
        raise _refuse(f"{what}的决定尚未作出", case)
    return tuple(line.strip() for line in (decision.reason or "").splitlines() if line.strip())


def _grant(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    _granted_case(session, case, "准予许可")
    item, proposal = _item(session, case), _proposal(session, case)
    terms = _licence_terms(session, case, item, proposal)
    return GrantDecision(
        info,
        info.received_on,
        f"准予{info.item_name}",
        valid_from=terms[0] if item.issues_licence else None,
        valid_until=terms[1] if item.issues_licence else None,
        conditions=terms[2],
        scope=terms[3],
        issues_licence=item.issues_licence,
        window_officer=_window_officer(session, case),
    )


def _window_officer(session: Session, case: Case) -> str:
    """The authorised clerk who granted the case on the spot (窗口现场审批), else ""."""
    decision = _last_event(session, case, "approve", "reject")
    data = (decision.data or {}) if decision is not None else {}
    if decision is None or data.get("level") != OpinionLevel.WINDOW.label:
        return ""
    clerk = session.get(StaffUser, decision.actor_id) if decision.actor_id else None
    return clerk.full_name if clerk is not None else ""


def _licence(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    """The licence: valid from the decision for the catalogue's years (or 长期), with the
    scope and conditions the approved proposal set."""
    _granted_case(session, case, "准予许可")
    item, proposal = _item(session, case), _proposal(session, case)
    if not item.issues_licence:
        raise _refuse("该事项按事项目录不发放许可证", case)
    decision = session.scalar(
        sa.select(IssuedDocument.number).where(
            IssuedDocument.case_id == case.id,
            IssuedDocument.doc_type == DocumentType.GRANT.value,
            IssuedDocument.void.is_(False),
        )
    )
    valid_from, valid_to, conditions, scope = _licence_terms(session, case, item, proposal)
    return Licence(
        info,
        f"准予{info.item_name}",
        valid_from,
        valid_to,
        conditions,
        decision or "",
        scope=scope,
    )


def _acted_on(session: Session, case: Case) -> LicenceRow | None:
    return session.get(LicenceRow, case.licence_id) if case.licence_id is not None else None


def _licence_terms(
    session: Session, case: Case, item: Item, proposal: dict[str, Any]
) -> tuple[date, date | None, tuple[str, ...], str]:
    """Validity, conditions and scope of the licence a grant issues: a change keeps the old
    validity, a renewal runs on from the old end (domain/licence_life.py); a change or a
    renewal keeps the old conditions and scope unless the proposal sets new ones."""
    old = _acted_on(session, case)
    years = _validity(item, proposal)
    if old is not None:
        years = _item_years(session, old.item_id)
    valid_from, valid_to = new_validity(
        case.kind,
        _decided_on(case),
        years,
        old.valid_from if old else None,
        old.valid_to if old else None,
    )
    conditions, scope = _conditions(proposal), str(proposal.get("scope") or "")
    if old is not None:
        conditions = conditions or tuple(str(line) for line in old.conditions or ())
        scope = scope or old.scope or ""
    return valid_from, valid_to, conditions, scope


def _item_years(session: Session, item_id: int) -> int | None:
    item = session.get(Item, item_id)
    assert item is not None
    return item.validity_years


def _licence_end(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    """注销/撤销行政许可决定书: the licence the case acts on ends on the decision's day."""
    _granted_case(session, case, "准予" + case.kind.label)
    old = _acted_on(session, case)
    if old is None:
        raise _refuse("本件没有指明所" + case.kind.label + "的许可证", case)
    decision = _last_event(session, case, "propose")  # the handler's finding, if written
    decision_type = LicenceCancellation if case.kind is CaseKind.CANCELLATION else LicenceRevocation
    # A revocation the post-check of a commitment opened cites the commitment and its check.
    commitment = session.scalar(
        sa.select(Commitment).where(Commitment.revocation_case_id == case.id)
    )
    return decision_type(
        info,
        info.received_on,
        old.licence_no,
        _item(session, case).name.split("（")[0] + "许可证",
        (decision.reason or "") if decision else "",
        _decided_on(case),
        commitment.signed_on if commitment else None,
        commitment.findings if commitment else "",
    )


def _rejection(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    reasons = _reasons(session, case, "不予许可")
    return RejectionDecision(info, info.received_on, reasons or ("不符合法定条件",))


def _filing(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    _granted_case(session, case, "予以备案")
    item = _item(session, case)
    return FilingNotice(info, info.received_on, _decided_on(case), item.legal_basis)


def _filing_refusal(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    reasons = _reasons(session, case, "不予备案")
    item = _item(session, case)
    return FilingRefusal(info, info.received_on, reasons or ("不符合备案条件",), item.legal_basis)


def _completion(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    _granted_case(session, case, "办结")
    item = _item(session, case)
    decision = _last_event(session, case, "propose")
    result = (decision.data or {}).get("scope", "") if decision else ""
    return CompletionNotice(info, info.received_on, item.kind, str(result), item.legal_basis)


def _refusal(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    reasons = _reasons(session, case, "不予办理")
    item = _item(session, case)
    return RefusalDecision(info, info.received_on, reasons or ("不符合规定",), item.legal_basis)


def _termination(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    """终止审查: the reason and legal basis given when the case was terminated."""
    event = _last_event(session, case, "terminate")
    if case.status is not CaseStatus.TERMINATED or event is None:
        raise _refuse("只有终止审查的办件才能制发终止审查决定书", case)
    basis = (event.data or {}).get("basis") or ""
    if not str(basis).strip():
        raise _refuse("终止审查时没有登记法律依据", case)
    return TerminationDecision(
        info,
        info.received_on,
        event.reason or "",
        str(basis),
        event.at.astimezone(CHINA).date(),
    )


def _withdrawal(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    event = _last_event(session, case, "withdraw")
    if case.status is not CaseStatus.WITHDRAWN or event is None:
        raise _refuse("只有申请人撤回的办件才能制发准予撤回申请决定书", case)
    return WithdrawalDecision(
        info, info.received_on, event.at.astimezone(CHINA).date(), event.reason or ""
    )


def _non_acceptance(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    # ALL art. 32: refusing to accept comes before a case exists; an accepted case ends by
    # decision, withdrawal (准予撤回) or termination of review (终止审查), never by this.
    raise _refuse("已受理的办件不能制发不予受理决定书（终止审查或准予撤回另有文书）", case)


def _delivery(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    """The proof of service: the applicant as addressee; the signer, their capacity and
    masked ID, the method and place as recorded at the hand-over; the clerk as server."""
    delivered = _last_event(session, case, "deliver")
    record = session.scalar(sa.select(CaseDelivery).where(CaseDelivery.case_id == case.id))
    recorded_name = (delivered.data or {}).get("received_by", "") if delivered else ""
    signer = record.signer if record else recorded_name
    if not signer:
        raise _refuse("请先在“登记出件”中登记签收人", case)
    documents = session.execute(
        sa.select(IssuedDocument.doc_type, IssuedDocument.number)
        .where(IssuedDocument.case_id == case.id, IssuedDocument.void.is_(False))
        .where(IssuedDocument.doc_type.in_(SERVED))
        .order_by(IssuedDocument.id)
    ).all()
    if not documents:
        raise _refuse("没有可以送达的决定书或许可证：请先制发", case)
    server_id = record.served_by_id if record else delivered.actor_id if delivered else None
    server = session.get(StaffUser, server_id) if server_id is not None else None
    return DeliveryProof(
        info,
        tuple(DeliveredDocument(DocumentType(t).label, n) for t, n in documents),
        (record.place if record else "") or extra.get("place", "政务服务中心统一出件窗口"),
        method=record.method.label if record else ServiceMethod.DIRECT.label,
        signer=signer,
        capacity=record.capacity.label if record else "",
        signer_id=mask_id(record.signer_id_number) if record else "",
        authorisation=record.authorisation if record else "",
        served_by=(server.full_name,) if server else (),
        served_on=delivered.at.astimezone(CHINA).date() if delivered else None,
    )


BUILDERS: dict[DocumentType, Callable[..., Any]] = {
    DocumentType.ACCEPTANCE: _acceptance,
    DocumentType.NON_ACCEPTANCE: _non_acceptance,
    DocumentType.SUPPLEMENT: _supplement,
    DocumentType.INSPECTION: _inspection,
    DocumentType.EXTENSION: _extension,
    DocumentType.SPECIAL_PROCEDURE: _special,
    DocumentType.GRANT: _grant,
    DocumentType.REJECTION: _rejection,
    DocumentType.LICENCE: _licence,
    DocumentType.FILING: _filing,
    DocumentType.FILING_REFUSAL: _filing_refusal,
    DocumentType.COMPLETION: _completion,
    DocumentType.REFUSAL: _refusal,
    DocumentType.TERMINATION: _termination,
    DocumentType.WITHDRAWAL: _withdrawal,
    DocumentType.DELIVERY_PROOF: _delivery,
    DocumentType.LICENCE_CANCELLATION: _licence_end,
    DocumentType.LICENCE_REVOCATION: _licence_end,
    DocumentType.INSPECTION_RECORD: site_record_document,
}


def document_for(
    session: Session, case: Case, kind: DocumentType, extra: dict[str, Any] | None = None
):
    if kind not in BUILDERS:
        raise DomainError("“{title}”不是针对单个办件的文书", title=kind.label)
    item = session.get(Item, case.item_id)
    assert item is not None
    if not life_allows(kind.value, case.kind):
        raise NotIssuable(
            "“{case_kind}”办件不能制发“{title}”", case_kind=case.kind.label, title=kind.label
        )
    if not kind_allows(kind.value, item.kind, item.issues_licence):
        raise NotIssuable(
            "“{item_kind}”事项“{item}”不能制发“{title}”",
            item_kind=item.kind.label,
            item=item.name,
            title=kind.label,
        )
    return BUILDERS[kind](session, case, case_info(session, case), extra or {})
