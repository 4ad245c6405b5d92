"""Inspectors' leave and other duties, by half-day: the draw never picks them then."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.data.forget import forget_rows
from desktop.domain.actor import Actor
from desktop.domain.enums import HalfDay, InspectionStatus
from desktop.domain.errors import DomainError
from desktop.services import audit
from desktop.services.deadlines import work_calendar
from desktop.services.inspections.access import POOL_KEEPING, READING, lock_pool, require

MAX_LEAVE_DAYS = 366


class LeaveRefused(DomainError):
    code = "leave_refused"


@dataclass(frozen=True)
class LeaveLine:
    id: int
    inspector_id: int
    inspector: str
    day: date
    half_day: HalfDay
    reason: str


def list_leave(
    session: Session, actor: Actor, first: date, last: date, inspector_id: int | None = None
) -> list[LeaveLine]:
    require(actor, READING, "查看踏勘人员请假")
    query = (
        sa.select(m.InspectorUnavailability, m.Inspector.name)
        .join(m.Inspector, m.Inspector.id == m.InspectorUnavailability.inspector_id)
        .where(m.InspectorUnavailability.day.between(first, last))
        .order_by(m.InspectorUnavailability.day, m.InspectorUnavailability.half_day, m.Inspector.id)
    )
    if inspector_id is not None:
        query = query.where(m.InspectorUnavailability.inspector_id == inspector_id)
    return [
        LeaveLine(row.id, row.inspector_id, name, row.day, row.half_day, row.reason)
        for row, name in session.execute(query).all()
    ]


def add_leave(
    session: Session,
    actor: Actor,
    inspector_id: int,
    first: date,
    last: date,
    half_day: HalfDay | None,
    reason: str,
) -> int:
    """Mark the working half-days from `first` to `last` (both halves when `half_day` is
    None) as unavailable; returns how many were added (those already marked are kept)."""
    require(actor, POOL_KEEPING, "登记踏勘人员请假")
    if not reason.strip() or len(reason.strip()) > 100:
        raise LeaveRefused("请填写请假或公务事由（不超过100个字）")
    if last < first or (last - first).days >= MAX_LEAVE_DAYS:
        raise LeaveRefused("请假日期有误：结束日不能早于开始日，且不超过一年")
    inspector = session.get(m.Inspector, inspector_id)
    if inspector is None:
        raise LeaveRefused("没有编号为 {id} 的踏勘人员", id=inspector_id)
    lock_pool(session)
    calendar = work_calendar(session)
    halves = [half_day] if half_day is not None else list(HalfDay)
    days = [
        date.fromordinal(n)
        for n in range(first.toordinal(), last.toordinal() + 1)
        if calendar.is_working_day(date.fromordinal(n))
    ]
    wanted = {(d, h) for d in days for h in halves}
    clash = session.execute(
        sa.select(m.Inspection.scheduled_on, m.Inspection.half_day)
        .join(m.InspectionMember, m.InspectionMember.inspection_id == m.Inspection.id)
        .where(
            m.InspectionMember.inspector_id == inspector_id,
            m.InspectionMember.is_backup.is_(False),
            m.Inspection.status == InspectionStatus.SCHEDULED,
            m.Inspection.scheduled_on.between(first, last),
        )
    ).all()
    booked = sorted(slot for slot in map(tuple, clash) if slot in wanted)
    if booked:
        day, half = booked[0]
        raise LeaveRefused(
            "{name}在{day}{half}已安排踏勘：请先更换人员再登记请假",
            name=inspector.name,
            day=day.isoformat(),
            half="上午" if half is HalfDay.AM else "下午",
        )
    existing = {
        (day, half)
        for day, half in session.execute(
            sa.select(m.InspectorUnavailability.day, m.InspectorUnavailability.half_day).where(
                m.InspectorUnavailability.inspector_id == inspector_id,
                m.InspectorUnavailability.day.between(first, last),
            )
        )
    }
    added = sorted(wanted - existing)
    session.add_all(
        m.InspectorUnavailability(
            inspector_id=inspector_id, day=d, half_day=h, reason=reason.strip()
        )
        for d, h in added
    )
    session.flush()
    audit.record(
        session,
        actor,
        "add_leave",
        "inspector",
        inspector_id,
        new={
            "half_days": [f"{d.isoformat()} {h.value}" for d, h in added],
            "reason": reason.strip(),
        },
    )
    return len(added)


def remove_leave(session: Session, actor: Actor, leave_id: int) -> None:
    require(actor, POOL_KEEPING, "撤销踏勘人员请假")
    lock_pool(session)
    row = session.get(m.InspectorUnavailability, leave_id)
    if row is None:
        raise LeaveRefused("该请假记录不存在或已撤销：请刷新")
    old = {"day": row.day.isoformat(), "half_day": row.half_day.value, "reason": row.reason}
    inspector_id = row.inspector_id
    forget_rows(session, m.InspectorUnavailability.__table__, [{"id": row.id}])
    session.expunge(row)
    audit.record(session, actor, "remove_leave", "inspector", inspector_id, old=old)
