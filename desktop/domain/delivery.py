"""Service of a decision on the applicant (送达), after the Civil Procedure Law's rules on
service (arts. 87-90): who was served, who signed and in what capacity, how, and by whom.

The addressee (受送达人) is always the applicant. Who signs for it: the applicant in person
(本人), an organisation's legal representative (法定代表人), or an agent holding a power of
attorney (委托代理人, art. 88), whose authorisation is recorded. Served directly at the
window, by post (the postal receipt's date is the date of service) or electronically (with
the applicant's consent, art. 90).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError
from desktop.domain.identifiers import validate_resident_id
from desktop.domain.phrases import Term

SIGNER_ID_FIELD = Term("签收人的居民身份证号码")


class Capacity(StrEnum):
    """In what capacity the person who signed received the document."""

    SELF = "self"
    LEGAL_REPRESENTATIVE = "legal_representative"
    AGENT = "agent"

    @property
    def label(self) -> str:
        return {"self": "本人", "legal_representative": "法定代表人", "agent": "委托代理人"}[
            self.value
        ]


class ServiceMethod(StrEnum):
    """How the document was served."""

    DIRECT = "direct"
    POST = "post"
    ELECTRONIC = "electronic"

    @property
    def label(self) -> str:
        return {"direct": "直接送达", "post": "邮寄送达", "electronic": "电子送达"}[self.value]


@dataclass(frozen=True)
class Receipt:
    """What the clerk records when the applicant's result is handed over or sent."""

    signer: str  # who signed for the applicant (or the addressee on the postal receipt)
    id_number: str = ""  # the signer's resident ID (GB 11643); required when served directly
    capacity: Capacity = Capacity.SELF
    method: ServiceMethod = ServiceMethod.DIRECT
    authorisation: str = ""  # the power of attorney an agent showed: its date and scope
    place: str = ""  # where: the window, the postal address or the electronic address


def mask_id(number: str) -> str:
    """610502********1234: the first six and last four characters of an ID, for print."""
    number = number.strip()
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def check_receipt(
    receipt: Receipt, applicant_kind: ApplicantKind, applicant_id: str = ""
) -> Receipt:
    """The receipt with its texts trimmed, or a DomainError saying what to correct."""
    signer = receipt.signer.strip()
    id_number = receipt.id_number.strip().upper()
    authorisation = receipt.authorisation.strip()
    if not signer:
        raise DomainError("请填写签收人姓名")
    if receipt.method is ServiceMethod.DIRECT and not id_number:
        raise DomainError("直接送达须登记签收人的居民身份证号码")
    if id_number:
        # A wrong number says which rule it breaks; an area code the table lacks is let
        # through, as the clerk holds the card itself.
        id_number = validate_resident_id(id_number, SIGNER_ID_FIELD, accept_unknown_area=True)
    if applicant_kind is ApplicantKind.PERSON:
        if receipt.capacity is Capacity.LEGAL_REPRESENTATIVE:
            raise DomainError("申请人是自然人，签收人只能是本人或委托代理人")
        not_the_applicant = applicant_id and id_number != applicant_id.strip().upper()
        if receipt.capacity is Capacity.SELF and id_number and not_the_applicant:
            raise DomainError(
                "签收人不是申请人本人（身份证号码不符）：请选择“委托代理人”并登记授权委托书"
            )
    elif receipt.capacity is Capacity.SELF:
        raise DomainError("申请人是单位，签收人应为其法定代表人或委托代理人")
    if receipt.capacity is Capacity.AGENT and not authorisation:
        raise DomainError("委托代理人签收须登记授权委托书（出具日期和委托事项）")
    return Receipt(
        signer,
        id_number,
        receipt.capacity,
        receipt.method,
        authorisation if receipt.capacity is Capacity.AGENT else "",
        receipt.place.strip(),
    )
