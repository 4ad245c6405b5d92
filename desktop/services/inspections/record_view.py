"""One inspection's on-site record as the handler's case window shows it: the record, its
photos' bytes for thumbnails, and the sealed record document issued from it, if any."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.services.inspections.access import require
from desktop.services.inspections.site_record import READERS, SiteRecord, site_record

MAX_THUMBNAILS = 12  # the window shows a row of them; the rest are listed by name


@dataclass(frozen=True)
class RecordView:
    record: SiteRecord
    photos: tuple[tuple[int, bytes], ...]  # (file id, content) of the first photos
    document: str | None  # the number of the sealed record document issued from it


def record_view(session: Session, actor: Actor, inspection_id: int) -> RecordView:
    """The record of `inspection_id`, its photos, and its issued document's number."""
    require(actor, READERS, "查看现场踏勘记录")
    record = site_record(session, actor, inspection_id)
    photo_ids = [f.id for f in record.files if f.photo][:MAX_THUMBNAILS]
    photos = tuple(
        (file_id, content)
        for file_id, content in session.execute(
            sa.select(m.InspectionFile.id, m.InspectionFile.content)
            .where(m.InspectionFile.id.in_(photo_ids))
            .order_by(m.InspectionFile.id)
        )
    )
    return RecordView(record, photos, _issued_from(session, record))


def _confirmed_at(session: Session, inspection_id: int) -> datetime | None:
    """When the team's last inspector confirmed the record (None while one has not)."""
    signed = session.scalars(
        sa.select(m.InspectionMember.signed_at).where(
            m.InspectionMember.inspection_id == inspection_id,
            m.InspectionMember.is_backup.is_(False),
        )
    ).all()
    if not signed or any(at is None for at in signed):
        return None
    return max(at for at in signed if at is not None)


def _issued_from(session: Session, record: SiteRecord) -> str | None:
    """The valid record document issued after this record was confirmed and before the
    case's next record was (a document names its case, not its inspection: each record
    is printed once the team has confirmed it, so the times tell them apart)."""
    if not record.confirmed:
        return None
    since = _confirmed_at(session, record.inspection_id)
    later = session.scalars(
        sa.select(m.Inspection.id).where(
            m.Inspection.case_id == record.case_id, m.Inspection.id > record.inspection_id
        )
    ).all()
    until = min(
        (at for at in (_confirmed_at(session, i) for i in later) if at is not None),
        default=None,
    )
    query = sa.select(m.IssuedDocument.number).where(
        m.IssuedDocument.case_id == record.case_id,
        m.IssuedDocument.doc_type == DocumentType.INSPECTION_RECORD.value,
        m.IssuedDocument.void.is_(False),
    )
    if since is not None:
        query = query.where(m.IssuedDocument.issued_at >= since)
    if until is not None:
        query = query.where(m.IssuedDocument.issued_at < until)
    return session.scalar(query.order_by(m.IssuedDocument.issued_at.desc()).limit(1))


def case_records(session: Session, actor: Actor, case_number: str) -> list[SiteRecord]:
    """The on-site record of each inspection of the case numbered `case_number`, oldest
    first (an inspection not yet recorded shows its checklist with no answers)."""
    require(actor, READERS, "查看现场踏勘记录")
    case_id = session.scalar(sa.select(m.Case.id).where(m.Case.number == case_number.strip()))
    if case_id is None:
        raise DomainError("找不到受理编号为 {number} 的办件，请核对编号", number=case_number)
    ids = session.scalars(
        sa.select(m.Inspection.id).where(m.Inspection.case_id == case_id).order_by(m.Inspection.id)
    ).all()
    return [site_record(session, actor, inspection_id) for inspection_id in ids]
