"""An inspection's team and ranked backups as rows, and loading an inspection to change it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.forget import forget_rows
from desktop.data.models import Case, Inspection, InspectionMember
from desktop.domain.enums import InspectionStatus
from desktop.domain.errors import DomainError
from desktop.domain.inspections.pool import Slot

STATUS_LABELS = {
    InspectionStatus.REQUESTED: "待安排",
    InspectionStatus.SCHEDULED: "已安排",
    InspectionStatus.DONE: "已完成",
    InspectionStatus.CANCELLED: "已取消",
}


class InspectionNotFound(DomainError):
    code = "inspection_not_found"


class InspectionStateWrong(DomainError):
    code = "inspection_state_wrong"


@dataclass(frozen=True)
class Team:
    members: tuple[int, ...]  # in the order stored
    backups: tuple[int, ...]  # ranked, first first


def load_inspection(
    session: Session, inspection_id: int, allowed: Collection[InspectionStatus]
) -> tuple[Inspection, Case]:
    """The inspection and its case, refused unless its status is one of `allowed`."""
    inspection = session.get(Inspection, inspection_id, populate_existing=True)
    if inspection is None:
        raise InspectionNotFound("没有编号为 {id} 的踏勘任务", id=inspection_id)
    case = session.get(Case, inspection.case_id)
    assert case is not None
    if inspection.status not in allowed:
        raise InspectionStateWrong(
            "踏勘（{case_number}）当前为“{status}”，不能这样办理：请刷新后重试",
            case_number=case.number,
            status=STATUS_LABELS[inspection.status],
        )
    return inspection, case


def team_of(session: Session, inspection_id: int) -> Team:
    rows = session.execute(
        sa.select(InspectionMember.inspector_id, InspectionMember.is_backup)
        .where(InspectionMember.inspection_id == inspection_id)
        .order_by(InspectionMember.is_backup, InspectionMember.rank, InspectionMember.inspector_id)
    ).all()
    return Team(
        tuple(i for i, backup in rows if not backup), tuple(i for i, backup in rows if backup)
    )


def set_team(
    session: Session, inspection: Inspection, members: Sequence[int], backups: Sequence[int]
) -> None:
    """Replace the team and the ranked backup list (a member is never also a backup)."""
    old = session.execute(
        sa.select(InspectionMember.inspection_id, InspectionMember.inspector_id).where(
            InspectionMember.inspection_id == inspection.id
        )
    ).mappings()
    forget_rows(session, InspectionMember.__table__, list(old))
    for member in [o for o in session.identity_map.values() if isinstance(o, InspectionMember)]:
        if member.inspection_id == inspection.id:  # gone from the database
            session.expunge(member)
    if sa.inspect(inspection).persistent:
        session.expire(inspection, ["members"])
    session.add_all(
        InspectionMember(inspection_id=inspection.id, inspector_id=i, is_backup=False, rank=0)
        for i in members
    )
    ranked = [i for i in dict.fromkeys(backups) if i not in set(members)]
    session.add_all(
        InspectionMember(inspection_id=inspection.id, inspector_id=i, is_backup=True, rank=n)
        for n, i in enumerate(ranked, 1)
    )
    session.flush()


def schedule(inspection: Inspection, slot: Slot) -> None:
    inspection.status = InspectionStatus.SCHEDULED
    inspection.scheduled_on = slot.day
    inspection.half_day = slot.half_day


def slot_of(inspection: Inspection) -> Slot:
    assert inspection.scheduled_on is not None and inspection.half_day is not None
    return Slot(inspection.scheduled_on, inspection.half_day)
