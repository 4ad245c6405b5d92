"""Accepting a case from the front desk into its classified queue, clock running."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseEvent, CaseMaterial, Item, ItemMaterial
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, MaterialState, queue_rank
from desktop.domain.errors import DomainError
from desktop.domain.licence_life import CaseKind
from desktop.domain.workflow import ACCEPT_EVENT
from desktop.services import audit, timesource
from desktop.services.case_core import CaseState, state_of
from desktop.services.cases.commitments import record_commitment
from desktop.services.cases.licence_acts import licence_to_act_on
from desktop.services.cases.projects import project_for_case
from desktop.services.cases.promises import PromisedMaterial, check_promises, record_promises
from desktop.services.deadlines import refresh_due_dates


class DuplicateCase(DomainError):
    code = "duplicate_case"


@dataclass(frozen=True)
class NewCase:
    number: str  # the front desk's acceptance number
    item_code: str
    applicant_id: int
    accepted_at: datetime
    project_name: str | None = None
    project_address: str | None = None
    green_channel: bool = False
    first_contact_id: int | None = None
    # What the application asks for; an act on a licence names the licence's number.
    kind: CaseKind = CaseKind.NEW
    licence_no: str | None = None
    # 容缺受理: materials accepted missing on the applicant's written promise, by when.
    promises: tuple[PromisedMaterial, ...] = ()
    # The construction project (工程建设项目) by its code; the case joins its current stage.
    project_code: str | None = None
    # 告知承诺制: who signed the applicant's commitment (services/cases/commitments.py).
    signatory: str | None = None
    reason: str = "前台综合受理"


def accept_case(session: Session, actor: Actor, data: NewCase) -> CaseState:
    """Register an accepted case in the pool of its item's queue, materials all received."""
    if session.scalar(sa.select(Case.id).where(Case.number == data.number)) is not None:
        raise DuplicateCase("受理编号 {number} 已存在，不能重复受理", number=data.number)
    item = session.scalar(sa.select(Item).where(Item.code == data.item_code))
    if item is None or not item.active:
        raise DomainError("事项编码 {code} 不存在或已停用", code=data.item_code)
    if session.get(Applicant, data.applicant_id) is None:
        raise DomainError("申请人不存在：请先登记申请人")
    if data.accepted_at.tzinfo is None or data.accepted_at > timesource.now():
        raise DomainError("受理时间无效：不能晚于当前时间")
    licence_id = licence_to_act_on(
        session, data.kind, data.licence_no, data.accepted_at.date(), data.applicant_id, item
    )
    project = (
        project_for_case(session, data.project_code, data.applicant_id, item)
        if data.project_code
        else None
    )
    case = Case(
        number=data.number,
        project_id=project.id if project else None,
        project_stage=project.stage if project else None,
        kind=data.kind,
        licence_id=licence_id,
        item_id=item.id,
        category=item.category,
        applicant_id=data.applicant_id,
        # A project's case reads as its project unless the front desk wrote otherwise.
        project_name=data.project_name or (project.name if project else None),
        project_address=data.project_address or (project.address if project else None),
        green_channel=data.green_channel,
        first_contact_id=data.first_contact_id,
        status=CaseStatus.RECEIVED,
        accepted_at=data.accepted_at,
        accepted_on=data.accepted_at.date(),
        updated_at=data.accepted_at,
        updated_by_id=data.first_contact_id,
        version=1,
        queue_rank=queue_rank(data.green_channel, CaseStatus.RECEIVED),
    )
    session.add(case)
    session.flush()
    materials = session.scalars(
        sa.select(ItemMaterial).where(ItemMaterial.item_id == item.id).order_by(ItemMaterial.seq)
    ).all()
    promised = check_promises(materials, case.accepted_on, data.promises)
    session.add_all(
        CaseMaterial(
            case_id=case.id,
            seq=m.seq,
            item_material_id=m.id,
            name=m.name,
            state=MaterialState.MISSING if m.name in promised else MaterialState.RECEIVED,
            received_on=None if m.name in promised else case.accepted_on,
            note="容缺受理" if m.name in promised else None,
        )
        for m in materials
    )
    session.add(
        CaseEvent(
            case_id=case.id,
            at=data.accepted_at,
            actor_id=data.first_contact_id,
            action=ACCEPT_EVENT,
            to_status=CaseStatus.RECEIVED,
            reason=data.reason,
        )
    )
    session.flush()
    record_promises(session, actor, case, materials, promised)
    record_commitment(session, actor, case, item, data.signatory)
    refresh_due_dates(session, case)
    session.flush()
    audit.record(
        session,
        actor,
        "accept",
        "case",
        case.id,
        new={
            "number": case.number,
            "item": item.code,
            "status": case.status.value,
            **({"promises": sorted(promised)} if promised else {}),
        },
    )
    return state_of(case)
