"""What the printed on-site record (现场踏勘记录) says: the case's latest inspection whose
record was saved, or the one named by `extra["inspection_id"]`."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, Inspection, InspectionRecord
from desktop.documents.kinds.site_record import (
    CheckedPoint,
    ConfirmingInspector,
    KeptFile,
    SiteRecordDocument,
)
from desktop.documents.model import CaseInfo
from desktop.domain.enums import HalfDay
from desktop.domain.errors import DomainError
from desktop.domain.timezone import CHINA
from desktop.services.inspections.site_record import read_record


def site_record_document(
    session: Session, case: Case, info: CaseInfo, extra: dict[str, Any]
) -> SiteRecordDocument:
    query = (
        sa.select(Inspection)
        .join(InspectionRecord, InspectionRecord.inspection_id == Inspection.id)
        .where(Inspection.case_id == case.id, InspectionRecord.conclusion.is_not(None))
    )
    if extra.get("inspection_id") is not None:
        query = query.where(Inspection.id == int(extra["inspection_id"]))
    inspection = session.scalars(query.order_by(Inspection.id.desc())).first()
    if inspection is None or inspection.scheduled_on is None:
        raise DomainError("办件 {number} 还没有填写现场踏勘记录", number=case.number)
    record = read_record(session, inspection, case)
    assert record.conclusion is not None and record.day is not None
    return SiteRecordDocument(
        info,
        record.day,
        "下午" if record.half_day is HalfDay.PM else "上午",
        record.address or info.project_address or info.applicant.address,
        record.representative,
        tuple(
            CheckedPoint(f.check_point, f.major, f.verdict.label if f.verdict else "", f.note)
            for f in record.findings
        ),
        record.conclusion.label,
        record.summary,
        tuple(
            ConfirmingInspector(
                m.name,
                m.department,
                m.signed_at.astimezone(CHINA).date() if m.signed_at else None,
            )
            for m in record.members
        ),
        tuple(KeptFile(f.name, f.size, f.sha256, f.photo) for f in record.files),
        record.rectify_due,
        record.follows_id is not None,
    )
