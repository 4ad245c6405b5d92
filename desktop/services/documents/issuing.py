"""Issuing sealed documents: number, render, sign, record; void, copies, verification.

Everything happens in the caller's transaction: the number is taken from its counter, the
PDF produced and stored, and the audit entry written together, so a failure anywhere (a
character the fonts cannot draw, a lost connection) gives the number back and leaves no
half-issued document. A voided document keeps its number; a copy (副本) is a fresh print of
the same document, marked as a copy, and counted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, IssuedDocument
from desktop.documents.metadata import read_record
from desktop.documents.model import DocumentType, Issue, Marking
from desktop.documents.produce import produce_document
from desktop.documents.qr_payload import QrStatus, verify_qr_payload
from desktop.documents.verify import PdfStatus, verify_pdf
from desktop.domain import register
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.item_kinds import kind_allows
from desktop.domain.licence_life import REGISTER_DOCUMENTS, life_allows
from desktop.domain.phrases import Listing, Phrase
from desktop.domain.timezone import CHINA
from desktop.services import audit, timesource
from desktop.services.bureau import BureauProfile, load_profile
from desktop.services.case_core import lock_case, promises_holding_licence
from desktop.services.documents.document_data import NotIssuable, document_for
from desktop.services.documents.licence_register import (
    record_licence,
    register_follows,
    void_in_register,
)
from desktop.services.documents.numbering import document_number, next_serial
from desktop.services.documents.render_lock import rendering
from desktop.services.documents.signing_keys import load_signing, load_trust
from desktop.services.documents.verdict_words import PDF_VERDICTS, pdf_words, qr_words


class DocumentNotFound(DomainError):
    code = "document_not_found"


@dataclass(frozen=True)
class Issued:
    id: int
    number: str
    kind: DocumentType
    pdf: bytes
    copy: bool = False


@dataclass(frozen=True)
class Verification:
    """A check's answer in words: `str()` of a phrase is Chinese, the UI translates it."""

    status: str  # valid / void / tampered / unknown_signer / unsigned / malformed
    label: Phrase
    number: str | None
    detail: Phrase | None = None
    registered: bool = False  # the number is in this bureau's register


def _own_case(actor: Actor, case: Case) -> bool:
    return case.handler_id is not None and case.handler_id == actor.user_id


def may_issue(actor: Actor, case: Case, kind: DocumentType) -> bool:
    """Whether this person issues this type for the case now: the register's rules
    (domain/register.py, which the database applies to every registered document too)."""
    item = case.item
    if not life_allows(kind.value, case.kind):
        return False
    return kind_allows(kind.value, item.kind, item.issues_licence) and register.issue_allowed(
        kind.value, case.status, actor.roles, _own_case(actor, case)
    )


@dataclass(frozen=True)
class Prepared:
    """A document checked, numbered and filled in, waiting to be rendered and recorded."""

    case_id: int
    case_number: str
    kind: DocumentType
    document: Any
    issue: Issue
    serial: int


def issue_document(
    session: Session,
    actor: Actor,
    case_id: int,
    kind: DocumentType,
    extra: dict[str, Any] | None = None,
) -> Issued:
    # The keys first: the type's counter row stays locked from the number to the commit
    # (gapless numbers, README), and every issuer of the type waits for it meanwhile.
    signing = load_signing(session)
    prepared = prepare_issue(session, actor, case_id, kind, extra)
    with rendering():
        produced = produce_document(
            prepared.document, prepared.issue, signer=signing.signer, qr_key=signing.qr_key
        )
    return record_issue(session, actor, prepared, produced.pdf, produced.content_digest.hex())


def prepare_issue(
    session: Session,
    actor: Actor,
    case_id: int,
    kind: DocumentType,
    extra: dict[str, Any] | None = None,
) -> Prepared:
    """Check, lock, fill in and number (in the caller's transaction, so a rollback gives
    the number back)."""
    case = lock_case(session, case_id)  # one issuer of a case's documents at a time
    return _number(session, case, gather_issue(session, actor, case, kind, extra))


@dataclass(frozen=True)
class Gathered:
    """A document's data read from its case (at `version`), not yet numbered."""

    case_id: int
    version: int
    kind: DocumentType
    document: Any
    extra: dict[str, Any] | None = None


def gather_issue(
    session: Session,
    actor: Actor,
    case: Case,
    kind: DocumentType,
    extra: dict[str, Any] | None = None,
) -> Gathered:
    """Check the permission and fill the document in from the case, without locking (so a
    batch can read the next cases while the current ones are rendered)."""
    if not register.issuer_allowed(kind.value, actor.roles, _own_case(actor, case)):
        raise NotAllowed(
            "您不能制发本件的“{title}”：请由发证窗口人员或本件承办人办理", title=kind.label
        )
    document = document_for(session, case, kind, extra)  # says what is missing, if anything
    if not may_issue(actor, case, kind):
        raise NotIssuable(
            "办件 {number} 处于“{status}”，不能制发“{title}”",
            number=case.number,
            status=case.status.label,
            title=kind.label,
        )
    if kind is DocumentType.LICENCE and (held := promises_holding_licence(session, case.id)):
        raise NotIssuable(
            "办件 {number} 容缺受理承诺补交的{materials}尚未收到：收到后才能制发许可证",
            number=case.number,
            materials=Listing(tuple(f"“{m}”" for m in held)),
        )
    return Gathered(case.id, case.version, kind, document, extra)


def number_issue(
    session: Session,
    actor: Actor,
    gathered: Gathered,
    profile: BureauProfile | None = None,
    issued_on: date | None = None,
) -> Prepared:
    """Lock the case, take the document's number; its data is read again if the case
    changed since it was gathered. A batch passes the bureau profile it read once; the
    demo bureau passes the day its history says the document was made (else today)."""
    case = lock_case(session, gathered.case_id)
    if case.version != gathered.version:
        gathered = gather_issue(session, actor, case, gathered.kind, gathered.extra)
    return _number(session, case, gathered, profile, issued_on)


def _number(
    session: Session,
    case: Case,
    gathered: Gathered,
    profile: BureauProfile | None = None,
    issued_on: date | None = None,
) -> Prepared:
    """Number a document of a locked case, unless the case already has one."""
    kind = gathered.kind
    existing = session.scalar(
        sa.select(IssuedDocument.number).where(
            IssuedDocument.case_id == case.id,
            IssuedDocument.doc_type == kind.value,
            IssuedDocument.void.is_(False),
        )
    )
    if existing is not None:
        raise DomainError(
            "本件的“{title}”已制发（{number}）：需要再打印请用“打印副本”，内容有误请先作废",
            title=kind.label,
            number=existing,
        )
    profile = profile or load_profile(session)
    today = issued_on or timesource.today()
    serial = next_serial(session, kind.value, today.year)
    number = document_number(profile, kind, today.year, serial)
    issue = Issue(profile.letterhead, number, today)
    return Prepared(case.id, case.number, kind, gathered.document, issue, serial)


def record_issue(
    session: Session,
    actor: Actor,
    prepared: Prepared,
    pdf: bytes,
    content_sha256: str,
    issued_at: datetime | None = None,
) -> Issued:
    """Register the document with its PDF; nothing about it changes afterwards (only the
    void mark and the count of copies). `issued_at` (the demo's history) defaults to now."""
    issue = prepared.issue
    # A plain INSERT, not an ORM object: the row is never read back here, and a batch
    # registers one per document.
    row_id = session.execute(
        sa.insert(IssuedDocument.__table__)
        .values(
            case_id=prepared.case_id,
            doc_type=prepared.kind.value,
            year=issue.issued_on.year,
            serial=prepared.serial,
            number=issue.number,
            issued_by_id=actor.user_id,
            issued_at=issued_at or timesource.now(),
            content_sha256=content_sha256,
            pdf=pdf,
        )
        .returning(IssuedDocument.__table__.c.id)
    ).scalar_one()
    audit.record(
        session,
        actor,
        "issue_document",
        "issued_document",
        row_id,
        new={"case": prepared.case_number, "type": prepared.kind.value, "number": issue.number},
    )
    if prepared.kind.value in REGISTER_DOCUMENTS and register_follows(
        session, prepared.case_id, prepared.kind.value
    ):
        licence_id = record_licence(session, row_id)
        audit.record(
            session,
            actor,
            "record_licence",
            "licence",
            licence_id,
            new={"case": prepared.case_number, "document": issue.number},
        )
    return Issued(row_id, issue.number, prepared.kind, pdf)


def _registered(session: Session, number: str) -> IssuedDocument:
    row = session.scalar(sa.select(IssuedDocument).where(IssuedDocument.number == number))
    if row is None:
        raise DocumentNotFound("文号 {number} 不在本局的发文登记中，请核对", number=number)
    return row


def document_pdf(session: Session, actor: Actor, number: str) -> bytes:
    """The stored original, exactly as issued (for preview and printing)."""
    row = _registered(session, number)
    assert row.pdf is not None
    return row.pdf


def void_document(session: Session, actor: Actor, number: str, reason: str) -> None:
    """Void a document: it keeps its number, marked void, and verifies as void from now on."""
    if not (actor.has(Role.CLERK) or actor.has(Role.HEAD)):
        raise NotAllowed("只有发证窗口人员或局领导可以作废文书")
    if not reason.strip():
        raise DomainError("请写明作废的原因")
    row = _registered(session, number)
    if row.void:
        raise DomainError("文书 {number} 已经作废", number=number)
    row.void = True
    row.voided_at = timesource.now()
    row.void_reason = reason.strip()
    session.flush()
    void_in_register(session, row.id)
    audit.record(
        session,
        actor,
        "void_document",
        "issued_document",
        row.id,
        new={"number": number, "reason": reason},
    )


def print_copy(session: Session, actor: Actor, number: str) -> Issued:
    """A copy (副本): the same document printed afresh, marked as a copy, and counted."""
    if not (actor.has(Role.CLERK) or actor.has(Role.HEAD)):
        raise NotAllowed("只有发证窗口人员或局领导可以打印副本")
    row = _registered(session, number)
    if row.void:
        raise DomainError("文书 {number} 已作废，不能打印副本", number=number)
    case = lock_case(session, row.case_id) if row.case_id is not None else None
    if case is None:
        raise DomainError("文书 {number} 不属于办件，不能在此打印副本", number=number)
    kind = DocumentType(row.doc_type)
    document = document_for(session, case, kind)
    issued_on = row.issued_at.astimezone(CHINA).date()
    issue = Issue(load_profile(session).letterhead, number, issued_on)
    signing = load_signing(session)
    with rendering():
        produced = produce_document(
            document, issue, signer=signing.signer, qr_key=signing.qr_key, marking=Marking.COPY
        )
    if produced.content_digest.hex() != row.content_sha256:
        raise DomainError(
            "办件或单位信息在发文后已有变更，副本将与原件不一致：请作废原件后重新制发（{number}）",
            number=number,
        )
    row.reprints += 1
    audit.record(
        session,
        actor,
        "print_copy",
        "issued_document",
        row.id,
        new={"number": number, "copy": row.reprints},
    )
    return Issued(row.id, number, kind, produced.pdf, copy=True)


def case_documents(
    session: Session, actor: Actor, case_id: int
) -> list[tuple[str, str, datetime, bool]]:
    return [
        tuple(r)
        for r in session.execute(
            sa.select(
                IssuedDocument.number,
                IssuedDocument.doc_type,
                IssuedDocument.issued_at,
                IssuedDocument.void,
            )
            .where(IssuedDocument.case_id == case_id)
            .order_by(IssuedDocument.id)
        )
    ]


def verify_document(session: Session, actor: Actor, pdf: bytes) -> Verification:
    """The PDF's seal signature against the trusted roots, then the register: void is void."""
    verdict = verify_pdf(pdf, load_trust(session).roots)
    embedded = verdict.record or read_record(pdf)
    number = None
    if embedded is not None:
        try:
            number = json.loads(embedded.record)["issue"]["number"]
        except (ValueError, KeyError, TypeError):
            number = None
    return _with_register(session, verdict.status.value, *pdf_words(verdict), number)


def verify_qr(session: Session, actor: Actor, text: str) -> Verification:
    verdict = verify_qr_payload(text.strip(), load_trust(session).qr_keys.values())
    number = verdict.fields.number if verdict.fields else None
    return _with_register(session, verdict.status.value, *qr_words(verdict), number)


def _with_register(
    session: Session, status: str, label: Phrase, detail: Phrase | None, number: str | None
) -> Verification:
    row = (
        session.scalar(sa.select(IssuedDocument).where(IssuedDocument.number == number))
        if number
        else None
    )
    if status in (PdfStatus.VALID.value, QrStatus.VALID.value) and row is not None and row.void:
        reason = (row.void_reason or "").strip()
        return Verification(
            PdfStatus.VOID.value,
            PDF_VERDICTS[PdfStatus.VOID],
            number,
            Phrase("本局发文登记中该文书已作废，原因：{reason}", reason=reason)
            if reason
            else Phrase("本局发文登记中该文书已作废"),
            True,
        )
    return Verification(status, label, number, detail, row is not None)
