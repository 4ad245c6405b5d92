"""What documents are made of: the type, the bureau, the applicant, the case, the issue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.enums import ApplicantKind


class DocumentType(StrEnum):
    """Every document the README's "Documents" section lists.

    The value is the stable code stored and signed.
    """

    ACCEPTANCE = "acceptance"
    NON_ACCEPTANCE = "non_acceptance"
    SUPPLEMENT = "supplement"
    INSPECTION = "inspection"
    EXTENSION = "extension"
    SPECIAL_PROCEDURE = "special_procedure"
    GRANT = "grant"
    REJECTION = "rejection"
    LICENCE = "licence"
    FILING = "filing"
    FILING_REFUSAL = "filing_refusal"
    COMPLETION = "completion"
    REFUSAL = "refusal"
    TERMINATION = "termination"
    WITHDRAWAL = "withdrawal"
    DELIVERY_PROOF = "delivery_proof"
    RESULT_NOTICE = "result_notice"
    LICENCE_CANCELLATION = "licence_cancellation"
    LICENCE_REVOCATION = "licence_revocation"
    INSPECTION_RECORD = "inspection_record"

    @property
    def label(self) -> str:
        """The Chinese title printed on the document."""
        return DOCUMENT_TITLES[self]

    @property
    def carries_qr(self) -> bool:
        """Licences and decisions carry a signed QR code that anyone can check."""
        return self in QR_DOCUMENTS


DOCUMENT_TITLES = {
    DocumentType.ACCEPTANCE: "受理通知书",
    DocumentType.NON_ACCEPTANCE: "不予受理决定书",
    DocumentType.SUPPLEMENT: "补正材料通知书",
    DocumentType.INSPECTION: "现场踏勘通知书",
    DocumentType.EXTENSION: "延期通知书",
    DocumentType.SPECIAL_PROCEDURE: "特别程序告知书",
    DocumentType.GRANT: "准予行政许可决定书",
    DocumentType.REJECTION: "不予行政许可决定书",
    DocumentType.LICENCE: "行政许可证",
    DocumentType.FILING: "备案通知书",
    DocumentType.FILING_REFUSAL: "不予备案通知书",
    DocumentType.COMPLETION: "办结通知书",
    DocumentType.REFUSAL: "不予办理决定书",
    DocumentType.TERMINATION: "终止审查决定书",
    DocumentType.WITHDRAWAL: "准予撤回申请决定书",
    DocumentType.DELIVERY_PROOF: "送达回证",
    DocumentType.RESULT_NOTICE: "监管结果抄告函",
    DocumentType.LICENCE_CANCELLATION: "注销行政许可决定书",
    DocumentType.LICENCE_REVOCATION: "撤销行政许可决定书",
    DocumentType.INSPECTION_RECORD: "现场踏勘记录",
}

QR_DOCUMENTS = frozenset(
    {
        DocumentType.NON_ACCEPTANCE,
        DocumentType.GRANT,
        DocumentType.REJECTION,
        DocumentType.LICENCE,
        DocumentType.FILING,
        DocumentType.FILING_REFUSAL,
        DocumentType.COMPLETION,
        DocumentType.REFUSAL,
        DocumentType.TERMINATION,
        DocumentType.WITHDRAWAL,
        DocumentType.LICENCE_CANCELLATION,
        DocumentType.LICENCE_REVOCATION,
        DocumentType.INSPECTION_RECORD,
    }
)


class Marking(StrEnum):
    """How a print is marked: the original, a reprint (副本) or a voided document (作废)."""

    ORIGINAL = "original"
    COPY = "copy"
    VOID = "void"


@dataclass(frozen=True)
class BureauProfile:
    """The issuing organ, as the admin set it up."""

    organ_name: str
    seal_text: str
    reconsideration_body: str
    court: str
    hotline: str
    address: str
    # The verification page's address the QR code points to (README "Anyone can verify");
    # not part of the document's record, so moving the page changes no content hash.
    verify_url: str = field(default="", metadata={"record": False})


@dataclass(frozen=True)
class Applicant:
    name: str
    identifier: str  # 18-digit resident ID or 18-character unified social credit code
    kind: ApplicantKind
    address: str = ""
    legal_representative: str = ""

    @property
    def identifier_label(self) -> str:
        if self.kind is ApplicantKind.PERSON:
            return "公民身份号码"
        return "统一社会信用代码"


@dataclass(frozen=True)
class CaseInfo:
    """The case a document is about."""

    number: str
    item_name: str
    applicant: Applicant
    received_on: date  # the day the application was submitted
    project_name: str = ""
    project_address: str = ""


@dataclass(frozen=True)
class Issue:
    """Who issues the document, under which number, on which day."""

    bureau: BureauProfile
    number: str  # e.g. 渭高审批〔2026〕0001号, assigned by the numbering service
    issued_on: date


@dataclass(frozen=True)
class QrSubject:
    """The key fields a QR code repeats, so a reader can compare them with the paper."""

    holder: str
    holder_id: str
    item: str
    valid_until: date | None = None
