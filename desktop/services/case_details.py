"""Everything the case workbench shows, read in one session as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CaseEvent,
    CaseMaterial,
    Inspection,
    InspectionMember,
    Inspector,
    IssuedDocument,
    Item,
    StaffUser,
)
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category
from desktop.domain.guards import available_actions
from desktop.domain.workflow import ACTION_LABELS, Action
from desktop.services.case_core import CaseNotFound, case_facts
from desktop.services.deadlines import explain_case
from desktop.services.staff import handlers_of

OPINION_ACTIONS = {
    "propose": "承办",
    "sign_off": "审核",
    "approve": None,
    "reject": None,
    "send_back": "退回",
}


@dataclass(frozen=True)
class MaterialLine:
    id: int
    seq: int
    name: str
    state: str
    received_on: date | None


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    action: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True)
class Opinion:
    level: str
    opinion: str
    signer: str
    at: datetime


@dataclass(frozen=True)
class InspectionLine:
    status: str
    scheduled_on: date | None
    conclusion: str
    findings: str
    team: list[str]


@dataclass(frozen=True)
class DocumentLine:
    number: str
    doc_type: str
    issued_at: datetime
    void: bool


@dataclass(frozen=True)
class CaseDetails:
    id: int
    number: str
    version: int
    status: CaseStatus
    category: Category
    item: str
    item_code: str
    applicant: str
    applicant_identifier: str
    contact: str
    address: str
    project: str
    project_address: str
    accepted_at: datetime
    handler: str
    green_channel: bool
    materials: list[MaterialLine]
    history: list[HistoryLine]
    opinions: list[Opinion]
    inspections: list[InspectionLine]
    documents: list[DocumentLine]
    due_lines: list[str]
    actions: list[Action]
    material_ids_missing: list[int]
    assignees: list[tuple[int, str]]  # handlers of the queue, when the actor may assign


def case_version(session: Session, actor: Actor, case_id: int) -> tuple[int, str]:
    """The case's version and who changed it last (cheap; polled by open workbenches)."""
    row = session.execute(
        sa.select(Case.version, StaffUser.full_name)
        .outerjoin(StaffUser, StaffUser.id == Case.updated_by_id)
        .where(Case.id == case_id)
    ).one()
    return int(row[0]), row[1] or "系统"


def case_details(session: Session, actor: Actor, case_id: int) -> CaseDetails:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound("办件不存在或已被删除")
    item = session.get(Item, case.item_id)
    applicant = session.get(Applicant, case.applicant_id)
    assert item is not None and applicant is not None
    names = dict(session.execute(sa.select(StaffUser.id, StaffUser.full_name)).all())
    events = list(
        session.scalars(
            sa.select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        )
    )
    materials = [
        MaterialLine(m.id, m.seq, m.name, m.state.value, m.received_on)
        for m in session.scalars(
            sa.select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id)
            .order_by(CaseMaterial.seq)
        )
    ]
    actions = available_actions(case_facts(session, case), actor)
    assignable = Action.ASSIGN in actions or Action.TRANSFER in actions
    return CaseDetails(
        id=case.id,
        number=case.number,
        version=case.version,
        status=case.status,
        category=case.category,
        item=item.name,
        item_code=item.code,
        applicant=applicant.name,
        applicant_identifier=applicant.identifier,
        contact=f"{applicant.contact_name} {applicant.contact_phone}".strip(),
        address=applicant.address,
        project=case.project_name or "",
        project_address=case.project_address or "",
        accepted_at=case.accepted_at,
        handler=names.get(case.handler_id, "") if case.handler_id else "",
        green_channel=case.green_channel,
        materials=materials,
        history=[_history(e, names) for e in events],
        opinions=[_opinion(e, names) for e in events if e.action in OPINION_ACTIONS],
        inspections=_inspections(session, case.id),
        documents=[
            DocumentLine(d.number, d.doc_type, d.issued_at, d.void)
            for d in session.scalars(
                sa.select(IssuedDocument)
                .where(IssuedDocument.case_id == case.id)
                .order_by(IssuedDocument.id)
            )
        ],
        due_lines=explain_case(session, case).lines(),
        actions=actions,
        material_ids_missing=[m.id for m in materials if m.state == "missing"],
        assignees=handlers_of(session, actor, case.category) if assignable else [],
    )


def _history(event: CaseEvent, names: dict[int, str]) -> HistoryLine:
    try:
        label = ACTION_LABELS[Action(event.action)]
    except ValueError:
        label = {"accept": "受理", "material": "核对材料", "urge": "督办"}.get(
            event.action, event.action
        )
    return HistoryLine(
        event.at,
        names.get(event.actor_id, "系统") if event.actor_id else "系统",
        label,
        event.from_status.label if event.from_status else "",
        event.to_status.label if event.to_status else "",
        event.reason or "",
    )


def _opinion(event: CaseEvent, names: dict[int, str]) -> Opinion:
    level = OPINION_ACTIONS[event.action] or (event.data or {}).get("level", "审批")
    return Opinion(
        level,
        event.reason or "",
        names.get(event.actor_id, "系统") if event.actor_id else "系统",
        event.at,
    )


def _inspections(session: Session, case_id: int) -> list[InspectionLine]:
    lines = []
    for inspection in session.scalars(
        sa.select(Inspection).where(Inspection.case_id == case_id).order_by(Inspection.id)
    ):
        team = list(
            session.scalars(
                sa.select(Inspector.name)
                .join(InspectionMember)
                .where(
                    InspectionMember.inspection_id == inspection.id,
                    InspectionMember.is_backup.is_(False),
                )
            )
        )
        conclusion = {"passes": "合格", "rectify": "整改后合格", "fails": "不合格"}.get(
            inspection.conclusion.value if inspection.conclusion else "", ""
        )
        lines.append(
            InspectionLine(
                inspection.status.value,
                inspection.scheduled_on,
                conclusion,
                inspection.findings or "",
                team,
            )
        )
    return lines
