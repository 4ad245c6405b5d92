"""What the coordinator sees: the week by inspector and half-day, the pending requests,
the scheduled inspections with teams and backups, and the draws with their log."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import HalfDay, InspectionStatus
from desktop.domain.errors import DomainError
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.pool import Slot
from desktop.services.deadlines import work_calendar
from desktop.services.inspections import draw_log
from desktop.services.inspections.access import READING, require
from desktop.services.inspections.draw_outcome import DrawOutcome, outcome_of
from desktop.services.inspections.pool_snapshot import (
    item_specialties,
    pending_inspection_ids,
    team_size_for,
)


class CellKind(StrEnum):
    FREE = "free"
    LEAVE = "leave"
    INSPECTION = "inspection"


@dataclass(frozen=True)
class HalfDayCell:
    kind: CellKind
    label: str  # the case number of an inspection, the reason for leave
    detail: str = ""


FREE = HalfDayCell(CellKind.FREE, "")


@dataclass(frozen=True)
class CalendarRow:
    inspector_id: int
    name: str
    department: str
    active: bool
    cells: tuple[HalfDayCell, ...]  # one per slot of the week, in order


@dataclass(frozen=True)
class WeekCalendar:
    monday: date
    slots: tuple[Slot, ...]  # the working half-days of the week
    rows: tuple[CalendarRow, ...]


@dataclass(frozen=True)
class RequestLine:
    inspection_id: int
    case_number: str
    item: str
    applicant: str
    department: str
    specialties: tuple[str, ...]
    window_start: date
    window_end: date
    team_size: int
    address: str
    joined: tuple[str, ...] = ()  # 联合踏勘: the case numbers this visit also serves


@dataclass(frozen=True)
class ScheduledLine:
    inspection_id: int
    case_number: str
    item: str
    day: date
    half_day: HalfDay
    team_ids: tuple[int, ...]
    team: tuple[str, ...]
    backups: tuple[str, ...]
    draw_id: int | None
    window_start: date
    window_end: date
    address: str
    joined: tuple[str, ...] = ()  # 联合踏勘: the case numbers this visit also serves


@dataclass(frozen=True)
class DrawLine:
    id: int
    created_at: datetime
    operator: str
    commitment: str  # the seed instead, for draws made before commit-then-reveal
    first_day: date
    days: int
    requests: int
    state: str  # the latest of result / failed / abandoned, or "" while open


@dataclass(frozen=True)
class EventLine:
    at: datetime
    kind: DrawEvent
    actor: str
    case_number: str
    reason: str


def week_calendar(session: Session, actor: Actor, any_day: date) -> WeekCalendar:
    """The working half-days of the week of `any_day`, per inspector: free, on leave, or
    at an inspection (scheduled or done)."""
    require(actor, READING, "查看踏勘日历")
    monday = any_day - timedelta(days=any_day.weekday())
    calendar = work_calendar(session)
    days = [monday + timedelta(days=n) for n in range(7)]
    slots = tuple(Slot(d, h) for d in days if calendar.is_working_day(d) for h in HalfDay)
    cells: dict[tuple[int, Slot], HalfDayCell] = {}
    for row in session.scalars(
        sa.select(m.InspectorUnavailability).where(
            m.InspectorUnavailability.day.between(days[0], days[-1])
        )
    ):
        cells[row.inspector_id, Slot(row.day, row.half_day)] = HalfDayCell(
            CellKind.LEAVE, row.reason
        )
    visits = session.execute(
        sa.select(
            m.InspectionMember.inspector_id,
            m.Inspection.scheduled_on,
            m.Inspection.half_day,
            m.Case.number,
            m.Item.name,
            m.Inspection.address,
        )
        .join(m.Inspection, m.Inspection.id == m.InspectionMember.inspection_id)
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .join(m.Item, m.Item.id == m.Case.item_id)
        .where(
            m.InspectionMember.is_backup.is_(False),
            m.Inspection.status.in_((InspectionStatus.SCHEDULED, InspectionStatus.DONE)),
            m.Inspection.scheduled_on.between(days[0], days[-1]),
        )
    )
    for inspector_id, day, half, number, item, address in visits:
        detail = f"{number} {item}" + (f"\n{address}" if address else "")
        cells[inspector_id, Slot(day, half)] = HalfDayCell(CellKind.INSPECTION, number, detail)
    rows = tuple(
        CalendarRow(
            inspector.id,
            inspector.name,
            department,
            inspector.active,
            tuple(cells.get((inspector.id, slot), FREE) for slot in slots),
        )
        for inspector, department in session.execute(
            sa.select(m.Inspector, m.Department.short_name)
            .join(m.Department, m.Department.id == m.Inspector.department_id)
            .order_by(m.Inspector.department_id, m.Inspector.id)
        ).all()
    )
    return WeekCalendar(monday, slots, rows)


def pending_requests(session: Session, actor: Actor) -> list[RequestLine]:
    require(actor, READING, "查看待安排的踏勘")
    ids = pending_inspection_ids(session)
    rows = session.execute(
        sa.select(m.Inspection, m.Case, m.Item.name, m.Applicant.name, m.Department.short_name)
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .join(m.Item, m.Item.id == m.Case.item_id)
        .join(m.Applicant, m.Applicant.id == m.Case.applicant_id)
        .join(m.Department, m.Department.id == m.Inspection.department_id)
        .where(m.Inspection.id.in_(ids))
        .order_by(m.Inspection.window_end, m.Inspection.id)
    ).all()
    required = item_specialties(session, {case.item_id for _, case, *_ in rows})
    joined = joined_numbers(session, ids)
    return [
        RequestLine(
            inspection.id,
            case.number,
            item,
            applicant,
            department,
            required.get(case.item_id, ()),
            inspection.window_start,
            inspection.window_end,
            team_size_for(required.get(case.item_id, ())),
            inspection.address or case.project_address or "",
            joined.get(inspection.id, ()),
        )
        for inspection, case, item, applicant, department in rows
    ]


def joined_numbers(session: Session, lead_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Lead inspection -> the case numbers of the open inspections joined to it (联合踏勘)."""
    found: dict[int, list[str]] = defaultdict(list)
    for lead_id, number in session.execute(
        sa.select(m.Inspection.joint_of_id, m.Case.number)
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .where(
            m.Inspection.joint_of_id.in_(lead_ids),
            m.Inspection.status.in_((InspectionStatus.REQUESTED, InspectionStatus.SCHEDULED)),
        )
        .order_by(m.Case.number)
    ):
        found[lead_id].append(number)
    return {lead_id: tuple(numbers) for lead_id, numbers in found.items()}


def scheduled_inspections(
    session: Session, actor: Actor, first: date, last: date
) -> list[ScheduledLine]:
    """Scheduled inspections between two days, with the team and the ranked backups."""
    require(actor, READING, "查看已安排的踏勘")
    rows = session.execute(
        sa.select(m.Inspection, m.Case.number, m.Item.name)
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .join(m.Item, m.Item.id == m.Case.item_id)
        .where(
            m.Inspection.status == InspectionStatus.SCHEDULED,
            m.Inspection.scheduled_on.between(first, last),
        )
        .order_by(m.Inspection.scheduled_on, m.Inspection.half_day, m.Inspection.id)
    ).all()
    people: dict[int, list[tuple[bool, int, str]]] = defaultdict(list)
    for inspection_id, backup, inspector_id, name in session.execute(
        sa.select(
            m.InspectionMember.inspection_id,
            m.InspectionMember.is_backup,
            m.Inspector.id,
            m.Inspector.name,
        )
        .join(m.Inspector, m.Inspector.id == m.InspectionMember.inspector_id)
        .where(m.InspectionMember.inspection_id.in_([i.id for i, _, _ in rows]))
        .order_by(m.InspectionMember.rank, m.Inspector.id)
    ):
        people[inspection_id].append((backup, inspector_id, name))
    joined = joined_numbers(session, [i.id for i, _, _ in rows])
    lines = []
    for inspection, number, item in rows:
        assert inspection.scheduled_on is not None and inspection.half_day is not None
        team = [(i, name) for backup, i, name in people[inspection.id] if not backup]
        lines.append(
            ScheduledLine(
                inspection.id,
                number,
                item,
                inspection.scheduled_on,
                inspection.half_day,
                tuple(i for i, _ in team),
                tuple(name for _, name in team),
                tuple(name for backup, _, name in people[inspection.id] if backup),
                inspection.draw_id,
                inspection.window_start,
                inspection.window_end,
                inspection.address,
                joined.get(inspection.id, ()),
            )
        )
    return lines


def recent_draws(session: Session, actor: Actor, limit: int = 50) -> list[DrawLine]:
    require(actor, READING, "查看抽取记录")
    draws = list(
        session.scalars(
            sa.select(m.InspectionDraw).order_by(m.InspectionDraw.id.desc()).limit(limit)
        )
    )
    states: dict[int, DrawEvent] = {}
    for draw_id, kind in session.execute(
        sa.select(m.DrawLogEntry.draw_id, m.DrawLogEntry.kind)
        .where(
            m.DrawLogEntry.draw_id.in_([d.id for d in draws]),
            m.DrawLogEntry.kind.in_((DrawEvent.RESULT, DrawEvent.FAILED, DrawEvent.ABANDONED)),
        )
        .order_by(m.DrawLogEntry.id)
    ):
        states[draw_id] = kind
    return [
        DrawLine(
            d.id,
            d.created_at,
            d.operator,
            d.commitment or d.seed or "",
            d.first_day,
            d.days,
            d.request_count,
            states[d.id].label if d.id in states else "",
        )
        for d in draws
    ]


def draw_outcome(session: Session, actor: Actor, draw_id: int) -> DrawOutcome:
    """A stored draw with its explanation, as the coordinator saw it when it was made."""
    require(actor, READING, "查看抽取记录")
    draw = draw_log.draw_row(session, draw_id)
    entry = draw_log.result_entry(session, draw_id)
    if entry is None:
        raise DomainError("抽取 {draw_id} 没有保存结果", draw_id=draw_id)
    return outcome_of(draw, entry)


def draw_history(session: Session, actor: Actor, draw_id: int) -> list[EventLine]:
    """Every event after the draw was opened, oldest first: result, replacements, changes."""
    require(actor, READING, "查看抽取记录")
    rows = session.execute(
        sa.select(m.DrawLogEntry, m.Case.number)
        .outerjoin(m.Inspection, m.Inspection.id == m.DrawLogEntry.inspection_id)
        .outerjoin(m.Case, m.Case.id == m.Inspection.case_id)
        .where(m.DrawLogEntry.draw_id == draw_id)
        .order_by(m.DrawLogEntry.id)
    ).all()
    return [
        EventLine(entry.at, entry.kind, entry.actor, number or "", entry.reason or "")
        for entry, number in rows
    ]
