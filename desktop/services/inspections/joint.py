"""联合踏勘: the coordinator joins the pending inspections of other cases of one construction
project, in one stage, to a lead inspection, so the builder receives one visit; each joined
case keeps its own inspection, recorded by its handler with the lead's conclusion
(README, 联合踏勘)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import OPEN_INSPECTIONS, CaseStatus, InspectionStatus
from desktop.domain.errors import DomainError
from desktop.services import audit
from desktop.services.inspections.access import SCHEDULING, lock_pool, require
from desktop.services.inspections.teams import load_inspection


class JointRefused(DomainError):
    code = "joint_inspection_refused"


@dataclass(frozen=True)
class JoinableLine:
    """A pending inspection that may join the lead: its case, item and handler."""

    inspection_id: int
    case_number: str
    item: str
    handler: str


def joinable(session: Session, actor: Actor, lead_id: int) -> list[JoinableLine]:
    """The pending inspections of the other open cases of the lead's project and stage."""
    require(actor, SCHEDULING, "安排联合踏勘")
    _, case = load_inspection(session, lead_id, OPEN_INSPECTIONS)
    if case.project_id is None:
        return []
    handler = aliased(m.StaffUser)
    rows = session.execute(
        sa.select(m.Inspection.id, m.Case.number, m.Item.name, handler.full_name)
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .join(m.Item, m.Item.id == m.Case.item_id)
        .outerjoin(handler, handler.id == m.Case.handler_id)
        .where(
            m.Case.project_id == case.project_id,
            m.Case.project_stage == case.project_stage,
            m.Case.status == CaseStatus.INSPECTION,
            m.Case.id != case.id,
            m.Inspection.status == InspectionStatus.REQUESTED,
            m.Inspection.joint_of_id.is_(None),
        )
        .order_by(m.Case.number)
    ).all()
    leads = _leads(session)
    return [
        JoinableLine(i, number, item, name or "")
        for i, number, item, name in rows
        if i not in leads
    ]


def join_inspections(
    session: Session, actor: Actor, lead_id: int, inspection_ids: Sequence[int]
) -> list[int]:
    """Join the given pending inspections to the lead: one visit, one team, one conclusion.
    Refused, changing nothing, unless each is of another open case of the lead's project
    and stage, still waiting for a draw, and not itself a lead."""
    require(actor, SCHEDULING, "安排联合踏勘")
    if not inspection_ids:
        raise JointRefused("请选择要并入联合踏勘的办件")
    lock_pool(session)
    lead, case = load_inspection(session, lead_id, OPEN_INSPECTIONS)
    if lead.joint_of_id is not None:
        raise JointRefused(
            "踏勘（{number}）已并入另一次联合踏勘，不能作为主踏勘", number=case.number
        )
    if case.project_id is None:
        raise JointRefused("办件 {number} 不属于工程建设项目，不能联合踏勘", number=case.number)
    allowed = {line.inspection_id: line for line in joinable(session, actor, lead_id)}
    for inspection_id in inspection_ids:
        if inspection_id not in allowed:
            other = session.get(m.Inspection, inspection_id)
            number = session.get(m.Case, other.case_id).number if other else str(inspection_id)
            raise JointRefused(
                "办件 {number} 的踏勘不能并入：须为同一工程建设项目同一阶段、待安排踏勘的办件",
                number=number,
            )
    for inspection_id in inspection_ids:
        joined = session.get(m.Inspection, inspection_id)
        assert joined is not None
        joined.joint_of_id = lead.id
        joined.address = lead.address
    session.flush()
    audit.record(
        session,
        actor,
        "join_inspections",
        "inspection",
        lead.id,
        None,
        {"joined": [allowed[i].case_number for i in inspection_ids]},
    )
    return list(inspection_ids)


def _leads(session: Session) -> set[int]:
    """Inspections other inspections are joined to."""
    return set(
        session.scalars(
            sa.select(m.Inspection.joint_of_id).where(m.Inspection.joint_of_id.is_not(None))
        )
    )


def joint_lead(session: Session, inspection: m.Inspection) -> m.Inspection | None:
    """The lead inspection whose visit serves this one, unless it was cancelled (the joined
    inspection is then on its own again, back among the requests to draw)."""
    if inspection.joint_of_id is None:
        return None
    lead = session.get(m.Inspection, inspection.joint_of_id)
    if lead is None or lead.status is InspectionStatus.CANCELLED:
        return None
    return lead
