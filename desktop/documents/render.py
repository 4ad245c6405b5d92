"""Render any document: check its glyphs, build its record and QR, lay it out, return bytes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from desktop.documents.certificate import render_licence
from desktop.documents.errors import MissingKey
from desktop.documents.fonts import check_glyphs
from desktop.documents.kinds.licence import Licence
from desktop.documents.layout import DocumentLayout
from desktop.documents.letter import Letter, LetterBody, render_letter
from desktop.documents.metadata import attach_record
from desktop.documents.model import DocumentType, Issue, Marking, QrSubject
from desktop.documents.qr import qr_matrix
from desktop.documents.qr_payload import QrSigningKey, qr_content, sign_qr_payload
from desktop.documents.record import document_record, record_digest, text_fields
from desktop.documents.wording import chinese_date


class Document(Protocol):
    """Any document kind: a frozen dataclass with a `kind` class attribute."""

    kind: DocumentType


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    kind: DocumentType
    marking: Marking
    record: bytes  # canonical record, embedded in the PDF
    content_digest: bytes  # SHA-256 of the record, as in the QR code
    qr_text: str | None
    layout: DocumentLayout


def _qr_text(
    document, issue: Issue, record: bytes, marking: Marking, key: QrSigningKey | None
) -> str | None:
    if not document.kind.carries_qr:
        return None
    if key is None:
        raise MissingKey(f"{document.kind.label}须带签名二维码：请先生成或导入本局的二维码密钥")
    subject: QrSubject = document.qr_subject()
    payload = sign_qr_payload(
        key, document.kind, issue.number, issue.issued_on, subject, record, marking
    )
    return qr_content(payload, issue.bureau.verify_url)


def render_document(
    document: Document,
    issue: Issue,
    *,
    marking: Marking = Marking.ORIGINAL,
    qr_key: QrSigningKey | None = None,
) -> RenderedDocument:
    """The unsigned PDF of a document, with the seal drawn; sign it with SealSigner.sign."""
    check_glyphs(text_fields(issue, "issue"))
    check_glyphs(text_fields(document, "data"))
    kind = document.kind
    record = document_record(kind, document, issue)
    qr_text = _qr_text(document, issue, record, marking, qr_key)
    matrix = qr_matrix(qr_text) if qr_text is not None else None
    title = f"{kind.label} {issue.number}"

    def attach(canvas) -> None:
        attach_record(
            canvas,
            title=title,
            author=issue.bureau.organ_name,
            record=record,
            qr_text=qr_text,
            marking=marking,
        )

    if isinstance(document, Licence):
        pdf, recorder = render_licence(document, issue, marking, matrix, attach)
    else:
        body: LetterBody = document.body(issue)
        letter = Letter(
            title=kind.label,
            number=issue.number,
            organ_name=issue.bureau.organ_name,
            seal_text=issue.bureau.seal_text,
            date_text=chinese_date(issue.issued_on),
            body=body,
        )
        pdf, recorder = render_letter(letter, marking, matrix, attach)
    return RenderedDocument(
        pdf=pdf,
        kind=kind,
        marking=marking,
        record=record,
        content_digest=record_digest(record),
        qr_text=qr_text,
        layout=recorder.freeze(),
    )
