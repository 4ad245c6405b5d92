"""Registering applicants with validated identifiers."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError
from desktop.domain.identifiers import validate_applicant_identifier, validate_resident_id
from desktop.domain.phrases import Term
from desktop.services import audit


class DuplicateApplicant(DomainError):
    code = "duplicate_applicant"


@dataclass(frozen=True)
class NewApplicant:
    kind: ApplicantKind
    name: str
    identifier: str
    contact_name: str
    contact_phone: str
    address: str = ""
    legal_representative: str | None = None
    legal_representative_id: str | None = None
    accept_unknown_area: bool = False  # a person has checked an area code the table lacks


def register_applicant(session: Session, actor: Actor, data: NewApplicant) -> int:
    """Validate and store a new applicant; returns its id. Nothing is written on a bad value."""
    name = data.name.strip()
    if not name:
        raise DomainError("申请人名称不能为空")
    accept = data.accept_unknown_area
    identifier = validate_applicant_identifier(
        data.kind, data.identifier.strip(), accept_unknown_area=accept
    )
    representative_id = None
    if data.legal_representative_id:
        representative_id = validate_resident_id(
            data.legal_representative_id.strip(),
            field=Term("法定代表人身份证号码"),
            accept_unknown_area=accept,
        )
    duplicate = session.scalar(
        sa.select(Applicant.name).where(
            Applicant.kind == data.kind, Applicant.identifier == identifier
        )
    )
    if duplicate is not None:
        raise DuplicateApplicant(
            "证件号码 {identifier} 已登记为申请人“{duplicate}”，无需重复登记",
            identifier=identifier,
            duplicate=duplicate,
        )
    applicant = Applicant(
        kind=data.kind,
        name=name,
        identifier=identifier,
        contact_name=data.contact_name.strip() or name,
        contact_phone=data.contact_phone.strip(),
        address=data.address.strip(),
        legal_representative=data.legal_representative,
        legal_representative_id=representative_id,
    )
    session.add(applicant)
    session.flush()
    audit.record(
        session,
        actor,
        "register",
        "applicant",
        applicant.id,
        new={"name": name, "kind": data.kind.value, "identifier": identifier},
    )
    return applicant.id
