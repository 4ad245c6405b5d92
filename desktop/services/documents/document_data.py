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
    ClockPause,
    Department,
    Inspection,
    InspectionMember,
    Inspector,
    IssuedDocument,
    Item,
    ItemMaterial,
    StaffUser,
)
from desktop.documents.kinds.decisions import (
    GrantDecision,
    NonAcceptanceDecision,
    RejectionDecision,
)
from desktop.documents.kinds.delivery import DeliveredDocument, DeliveryProof
from desktop.documents.kinds.licence import Licence
from desktop.documents.kinds.notices import (
    AcceptanceNotice,
    ExtensionNotice,
    InspectionNotice,
    MissingMaterial,
    SpecialProcedureNotice,
    SupplementNotice,
)
from desktop.documents.kinds.notices import Inspector as InspectorLine
from desktop.documents.model import Applicant as DocumentApplicant
from desktop.documents.model import CaseInfo, DocumentType
from desktop.domain.clock import due_date
from desktop.domain.delivery import ServiceMethod, mask_id
from desktop.domain.enums import CaseStatus, HalfDay, InspectionStatus, MaterialState, PauseKind
from desktop.domain.errors import DomainError
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.deadlines import case_pauses, work_calendar

GRANTED = (CaseStatus.APPROVED, CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)
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
    return AcceptanceNotice(
        info, info.received_on, item.statutory_limit_days, item.promised_limit_days
    )


def _supplement(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    rows = session.execute(
        sa.select(CaseMaterial.name, ItemMaterial.description)
        .outerjoin(ItemMaterial, ItemMaterial.id == CaseMaterial.item_material_id)
        .where(CaseMaterial.case_id == case.id, CaseMaterial.state == MaterialState.MISSING)
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


def _grant(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    if case.status not in GRANTED or not _granted(session, case):
        raise _refuse("准予许可的决定尚未作出", case)
    return GrantDecision(
        info, info.received_on, f"准予{info.item_name}", valid_from=_decided_on(case)
    )


def _licence(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    if case.status not in GRANTED or not _granted(session, case):
        raise _refuse("准予许可的决定尚未作出", case)
    decision = session.scalar(
        sa.select(IssuedDocument.number).where(
            IssuedDocument.case_id == case.id,
            IssuedDocument.doc_type == DocumentType.GRANT.value,
            IssuedDocument.void.is_(False),
        )
    )
    return Licence(info, f"准予{info.item_name}", _decided_on(case), None, (), decision or "")


def _rejection(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    decision = _last_event(session, case, "approve", "reject")
    if decision is None or decision.action != "reject":
        raise _refuse("不予许可的决定尚未作出", case)
    reasons = tuple(line.strip() for line in (decision.reason or "").splitlines() if line.strip())
    return RejectionDecision(info, info.received_on, reasons or ("不符合法定条件",))


def _non_acceptance(session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]):
    if case.status is not CaseStatus.TERMINATED:
        raise _refuse("只有终止办理的办件才能制发不予受理决定书", case)
    event = _last_event(session, case, "terminate")
    return NonAcceptanceDecision(info, (event.reason if event else "") or "不符合受理条件")


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
        .where(IssuedDocument.doc_type.in_(("grant", "rejection", "licence")))
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
    DocumentType.DELIVERY_PROOF: _delivery,
}


def document_for(
    session: Session, case: Case, kind: DocumentType, extra: dict[str, Any] | None = None
):
    if kind not in BUILDERS:
        raise DomainError("“{title}”不是针对单个办件的文书", title=kind.label)
    return BUILDERS[kind](session, case, case_info(session, case), extra or {})
