"""Cases that act on a licence the bureau issued (变更, 延续, 注销, 撤销): finding the licence
the applicant names, and refusing an act its version no longer allows (domain/licence_life.py)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Item, Licence
from desktop.domain.errors import DomainError
from desktop.domain.licence_life import LIFE_RULES, CaseKind, LicenceStatus, check_act, check_item


class LicenceNotFound(DomainError):
    code = "licence_not_found"


def current_version(session: Session, number: str) -> Licence:
    """The latest version of the licence with this number (its own, or the document
    number of any of its versions) that its document's voiding did not undo."""
    number = number.strip()
    licence_no = session.scalar(
        sa.select(Licence.licence_no).where(
            sa.or_(Licence.licence_no == number, Licence.document_number == number)
        )
    )
    if licence_no is None:
        raise LicenceNotFound("许可证 {number} 不在本局的许可证登记中，请核对编号", number=number)
    latest = session.scalars(
        sa.select(Licence)
        .where(Licence.licence_no == licence_no)
        # a version whose document was voided never took effect: the one before stands
        .order_by((Licence.status == LicenceStatus.VOID).asc(), Licence.version.desc())
        .limit(1)
    ).one()
    return latest


def licence_to_act_on(
    session: Session,
    kind: CaseKind,
    number: str | None,
    applied_on: date,
    applicant_id: int | None,
    item: Item | None = None,
) -> int | None:
    """The id of the licence version a new case of this kind acts on, or None for a new
    licence; refuses with the reason when the act is not allowed on `applied_on`, the
    applicant is not the holder (the bureau's own 撤销 names the holder too) or the case's
    `item` is not the licence's item's variant for the act (licence_life.check_item)."""
    if not LIFE_RULES[kind].acts_on_licence:
        if number and number.strip():
            raise DomainError("新办申请不填写原许可证编号")
        return None
    if not number or not number.strip():
        raise DomainError("{kind}申请须填写所{kind}的许可证编号", kind=kind.label)
    version = current_version(session, number)
    check_act(kind, version.licence_no, version.status, version.valid_to, applied_on)
    if applicant_id != version.holder_id:
        raise DomainError(
            "许可证 {number} 的持证人不是本件申请人：{kind}须由持证人申请",
            number=version.licence_no,
            kind=kind.label,
        )
    if item is not None:
        check_item(
            kind,
            version.licence_no,
            item.name,
            item.case_kind,
            item.id,
            item.base_item_id,
            version.item_id,
        )
    return version.id
