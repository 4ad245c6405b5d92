"""Verify a signed document: one verdict from the whole of pyHanko's validation.

`valid` alone is not enough: a flipped byte outside the signature leaves the CMS signature
valid but the document digest wrong (`intact` false), and an incremental update appended
after signing leaves both true but the signature no longer covers the whole file. A
document counts as valid only if it carries exactly one signature, a certification with
DocMDP "no changes", intact, valid, trusted, covering the entire file, with no changes
after signing.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.documents.metadata import EmbeddedRecord, read_record
from desktop.documents.model import Marking


class PdfStatus(StrEnum):
    VALID = "valid"
    VOID = "void"  # genuine, but the print is marked void
    TAMPERED = "tampered"
    UNKNOWN_SIGNER = "unknown_signer"
    UNSIGNED = "unsigned"

    @property
    def label(self) -> str:
        return {
            "valid": "有效：文书由本局签章，签章后未被改动",
            "void": "已作废：文书由本局签章，但已标记作废",
            "tampered": "无效：文书在签章后被改动或签章已损坏",
            "unknown_signer": "无法确认：签章证书不是本局受信任的证书",
            "unsigned": "无效：文书没有电子签章",
        }[self.value]


class PdfProblem(StrEnum):
    """Why a document is not valid, for the services to say in words."""

    UNREADABLE = "unreadable"
    NO_SIGNATURE = "no_signature"
    SEVERAL_SIGNATURES = "several_signatures"
    BROKEN_SIGNATURE = "broken_signature"
    CONTENT_CHANGED = "content_changed"
    APPENDED = "appended"
    NOT_CERTIFIED = "not_certified"
    UNTRUSTED = "untrusted"
    NOT_ACCEPTED = "not_accepted"
    MARKED_VOID = "marked_void"


@dataclass(frozen=True)
class PdfVerdict:
    status: PdfStatus
    detail: str = ""  # the validator's own words, for the log
    problem: PdfProblem | None = None
    signer: str | None = None  # the signing certificate's subject
    signed_at: datetime | None = None
    record: EmbeddedRecord | None = None  # the canonical record and QR text inside the PDF

    @property
    def ok(self) -> bool:
        return self.status is PdfStatus.VALID


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def verify_pdf(pdf: bytes, trust_roots: Iterable[x509.Certificate]) -> PdfVerdict:
    """Check the PDF's seal signature against the bureau's trusted root certificates."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as error:
        return PdfVerdict(PdfStatus.TAMPERED, f"unreadable PDF: {error}", PdfProblem.UNREADABLE)
    if not signatures:
        return PdfVerdict(PdfStatus.UNSIGNED, "no signature", PdfProblem.NO_SIGNATURE)
    if len(signatures) != 1:
        return PdfVerdict(
            PdfStatus.TAMPERED,
            f"{len(signatures)} signatures, expected one",
            PdfProblem.SEVERAL_SIGNATURES,
        )
    signature = signatures[0]
    context = ValidationContext(
        trust_roots=[_asn1(root) for root in trust_roots], allow_fetching=False
    )
    try:
        status = validate_pdf_signature(signature, signer_validation_context=context)
    except (SignatureValidationError, PdfError, ValueError) as error:
        return PdfVerdict(
            PdfStatus.TAMPERED, f"validation failed: {error}", PdfProblem.BROKEN_SIGNATURE
        )
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else None
    found = {"signer": signer, "signed_at": status.signer_reported_dt}
    if not (status.intact and status.valid):
        return PdfVerdict(
            PdfStatus.TAMPERED,
            "signature does not match the content",
            PdfProblem.CONTENT_CHANGED,
            **found,
        )
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return PdfVerdict(PdfStatus.TAMPERED, "changed after signing", PdfProblem.APPENDED, **found)
    if signature.docmdp_level != MDPPerm.NO_CHANGES or status.docmdp_ok is False:
        return PdfVerdict(
            PdfStatus.TAMPERED,
            "not certified with no changes allowed",
            PdfProblem.NOT_CERTIFIED,
            **found,
        )
    if not status.trusted:
        return PdfVerdict(
            PdfStatus.UNKNOWN_SIGNER, "certificate is not trusted", PdfProblem.UNTRUSTED, **found
        )
    if not status.bottom_line:
        return PdfVerdict(PdfStatus.TAMPERED, status.summary(), PdfProblem.NOT_ACCEPTED, **found)
    record = read_record(reader)
    if record is not None and record.marking is Marking.VOID:
        return PdfVerdict(
            PdfStatus.VOID, "marked void", PdfProblem.MARKED_VOID, record=record, **found
        )
    return PdfVerdict(PdfStatus.VALID, record=record, **found)
