"""The licence register (许可证登记): written as a licence, 注销 or 撤销 document is registered
(on PostgreSQL by the guarded function `desk_licence_record`, data/security/licence_sql.py,
the only writer of the table; on SQLite here, by the same rules of domain/licence_life.py)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, CaseEvent, IssuedDocument, Item, Licence
from desktop.domain.errors import DomainError
from desktop.domain.licence_life import LIFE_RULES, LicenceStatus, new_validity
from desktop.services import timesource

RECORD = sa.text("SELECT public.desk_licence_record(CAST(:d AS integer))")


def register_follows(session: Session, case_id: int, doc_type: str) -> bool:
    """Whether registering this document of this case writes the licence register."""
    kind = session.scalar(sa.select(Case.kind).where(Case.id == case_id))
    return kind is not None and LIFE_RULES[kind].register_document == doc_type


def record_licence(session: Session, document_id: int) -> int:
    """Write the register for a document just registered: a new licence's first version;
    a change's or renewal's next (the old one 已变更/已延续); a cancellation's or
    revocation's end of the version acted on. Returns the version's id."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(RECORD, {"d": document_id}).scalar_one())
    return _record_here(session, document_id)


def _record_here(session: Session, document_id: int) -> int:
    """desk_licence_record's rules, for SQLite (which has no guarded functions)."""
    doc = session.get(IssuedDocument, document_id)
    assert doc is not None and doc.case_id is not None and not doc.void
    case = session.get(Case, doc.case_id)
    assert case is not None
    rule = LIFE_RULES[case.kind]
    if doc.doc_type != rule.register_document or case.decided_on is None:
        raise DomainError("文书 {number} 不能写入许可证登记", number=doc.number)
    proposal = session.scalar(
        sa.select(CaseEvent.data)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == "propose")
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    proposal = proposal or {}
    old = session.get(Licence, case.licence_id) if case.licence_id is not None else None
    result: Licence | None = old
    if old is not None:
        if old.status is not LicenceStatus.VALID:
            raise DomainError(
                "许可证 {number} 现为“{status}”，不能再{kind}",
                number=old.licence_no,
                status=old.status.label,
                kind=case.kind.label,
            )
        assert rule.old_status is not None
        old.status = rule.old_status
        old.ended_on = case.decided_on
        old.ended_by_case_id = case.id
        old.ended_by_document_id = doc.id
    if rule.new_version:
        item = session.get(Item, old.item_id if old else case.item_id)
        assert item is not None
        valid_from, valid_to = new_validity(
            case.kind,
            case.decided_on,
            item.validity_years,
            old.valid_from if old else None,
            old.valid_to if old else None,
        )
        # A licence re-issued after its document was voided keeps its number.
        licence_no = (
            old.licence_no
            if old
            else session.scalar(
                sa.select(Licence.licence_no)
                .where(Licence.case_id == case.id, Licence.status == LicenceStatus.VOID)
                .order_by(Licence.version.desc())
                .limit(1)
            )
            or doc.number
        )
        latest = session.scalar(
            sa.select(sa.func.max(Licence.version)).where(Licence.licence_no == licence_no)
        )
        result = Licence(
            licence_no=licence_no,
            version=(latest or 0) + 1,
            document_id=doc.id,
            document_number=doc.number,
            case_id=case.id,
            item_id=item.id,
            holder_id=case.applicant_id,
            valid_from=valid_from,
            valid_to=valid_to,
            conditions=proposal.get("conditions") or (old.conditions if old else None),
            scope=proposal.get("scope") or (old.scope if old else None),
            status=LicenceStatus.VALID,
        )
        session.add(result)
    session.flush()
    assert result is not None
    return result.id


def void_in_register(session: Session, document_id: int) -> None:
    """A voided document never took effect: the version it made reads 已作废 (ended by it),
    and the version its act ended is in force again, for the document issued in its place
    to act on (on PostgreSQL the trigger `desk_licence_void` does this as `void` is set)."""
    if session.get_bind().dialect.name == "postgresql":
        return
    today = timesource.today()
    for made in session.scalars(
        sa.select(Licence).where(
            Licence.document_id == document_id, Licence.status != LicenceStatus.VOID
        )
    ):
        made.status = LicenceStatus.VOID
        made.ended_on = today
        made.ended_by_case_id = made.case_id
        made.ended_by_document_id = document_id
    for ended in session.scalars(
        sa.select(Licence).where(
            Licence.ended_by_document_id == document_id,
            Licence.document_id.is_distinct_from(document_id),
        )
    ):
        ended.status = LicenceStatus.VALID
        ended.ended_on = ended.ended_by_case_id = ended.ended_by_document_id = None
    session.flush()
