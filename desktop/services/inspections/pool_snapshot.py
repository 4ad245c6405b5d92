"""The pool snapshot a draw sees, read from the database: inspectors with their leave,
bookings and recent workload, recusal ties, and the inspection requests to plan."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, InspectionStatus
from desktop.domain.inspections.pool import (
    InspectionRequest,
    Inspector,
    PoolSnapshot,
    RecusalTie,
    Slot,
    candidate_days,
)
from desktop.services.deadlines import work_calendar

# Workload is compared over the last three months; inspections already booked ahead count.
ROLLING_WINDOW_DAYS = 90
COUNTED_STATUSES = (InspectionStatus.SCHEDULED, InspectionStatus.DONE)


def team_size_for(required_specialties: Collection[str]) -> int:
    """Two, the legal minimum; three when the item needs more specialties than two
    people usually hold between them."""
    return 3 if len(required_specialties) > 2 else 2


def item_specialties(session: Session, item_ids: Collection[int]) -> dict[int, tuple[str, ...]]:
    """The specialties each item requires, by name, in catalogue order (items without any
    are missing from the result)."""
    required: dict[int, list[str]] = defaultdict(list)
    for item_id, name in session.execute(
        sa.select(m.item_specialties.c.item_id, m.Specialty.name)
        .join(m.Specialty, m.Specialty.id == m.item_specialties.c.specialty_id)
        .where(m.item_specialties.c.item_id.in_(list(item_ids)))
        .order_by(m.Specialty.id)
    ):
        required[item_id].append(name)
    return dict(required)


def pending_inspection_ids(session: Session) -> list[int]:
    """Requests waiting for a draw: requested, on a case still at the inspection step, and
    not joined to another inspection's visit (联合踏勘) unless that one was cancelled."""
    lead = aliased(m.Inspection)
    return list(
        session.scalars(
            sa.select(m.Inspection.id)
            .join(m.Case, m.Case.id == m.Inspection.case_id)
            .outerjoin(lead, lead.id == m.Inspection.joint_of_id)
            .where(
                m.Inspection.status == InspectionStatus.REQUESTED,
                m.Case.status == CaseStatus.INSPECTION,
                sa.or_(lead.id.is_(None), lead.status == InspectionStatus.CANCELLED),
            )
            .order_by(m.Inspection.id)
        )
    )


def build_snapshot(
    session: Session,
    first_day: date,
    days: int,
    *,
    as_of: date,
    inspection_ids: Sequence[int] | None = None,
    unbooked: Collection[int] = (),
) -> PoolSnapshot:
    """The pool over `days` working days from `first_day`, with the given inspections as
    requests (the pending ones when None). Inspections in `unbooked` neither book their
    members nor count towards their load: they are the ones being re-planned."""
    working_days = candidate_days(work_calendar(session), first_day, days)
    ids = pending_inspection_ids(session) if inspection_ids is None else list(inspection_ids)
    return PoolSnapshot(
        as_of,
        working_days,
        _inspectors(session, working_days, as_of, unbooked),
        _ties(session),
        _requests(session, ids),
    )


def _inspectors(
    session: Session, working_days: Sequence[date], as_of: date, unbooked: Collection[int]
) -> tuple[Inspector, ...]:
    specialties: dict[int, set[str]] = defaultdict(set)
    for inspector_id, name in session.execute(
        sa.select(m.inspector_specialties.c.inspector_id, m.Specialty.name).join(
            m.Specialty, m.Specialty.id == m.inspector_specialties.c.specialty_id
        )
    ):
        specialties[inspector_id].add(name)
    leave: dict[int, set[Slot]] = defaultdict(set)
    for row in session.scalars(
        sa.select(m.InspectorUnavailability).where(m.InspectorUnavailability.day.in_(working_days))
    ):
        leave[row.inspector_id].add(Slot(row.day, row.half_day))
    booked: dict[int, set[Slot]] = defaultdict(set)
    for inspector_id, day, half in session.execute(
        _members(unbooked)
        .add_columns(m.Inspection.scheduled_on, m.Inspection.half_day)
        .where(
            m.Inspection.status == InspectionStatus.SCHEDULED,
            m.Inspection.scheduled_on.in_(working_days),
        )
    ):
        booked[inspector_id].add(Slot(day, half))
    since = as_of - timedelta(days=ROLLING_WINDOW_DAYS)
    load = Counter(
        session.scalars(
            _members(unbooked).where(
                m.Inspection.status.in_(COUNTED_STATUSES), m.Inspection.scheduled_on >= since
            )
        )
    )
    return tuple(
        Inspector(
            id=row.id,
            name=row.name,
            department_id=row.department_id,
            specialties=frozenset(specialties[row.id]),
            title=row.title,
            active=row.active,
            daily_capacity=row.daily_capacity,
            unavailable=frozenset(leave[row.id]),
            booked=frozenset(booked[row.id]),
            recent_load=load[row.id],
        )
        for row in session.scalars(sa.select(m.Inspector).order_by(m.Inspector.id))
    )


def _members(unbooked: Collection[int]) -> sa.Select:
    """Inspector ids of team members (not backups) joined to their inspections."""
    query = (
        sa.select(m.InspectionMember.inspector_id)
        .join(m.Inspection, m.Inspection.id == m.InspectionMember.inspection_id)
        .where(m.InspectionMember.is_backup.is_(False))
    )
    if unbooked:
        query = query.where(m.Inspection.id.not_in(list(unbooked)))
    return query


def _ties(session: Session) -> tuple[RecusalTie, ...]:
    return tuple(
        RecusalTie(
            inspector_id=row.inspector_id,
            kind=row.kind,
            applicant_id=row.applicant_id,
            project_name=row.project_name,
            ended_on=row.ended_on,
            note=row.note or "",
        )
        for row in session.scalars(sa.select(m.RecusalTie).order_by(m.RecusalTie.id))
    )


def _requests(session: Session, inspection_ids: Sequence[int]) -> tuple[InspectionRequest, ...]:
    if not inspection_ids:
        return ()
    rows = session.execute(
        sa.select(m.Inspection, m.Case)
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .where(m.Inspection.id.in_(list(inspection_ids)))
        .order_by(m.Inspection.id)
    ).all()
    required = item_specialties(session, {case.item_id for _, case in rows})
    return tuple(
        InspectionRequest(
            id=inspection.id,
            case_number=case.number,
            applicant_id=case.applicant_id,
            project_name=case.project_name,
            required_specialties=frozenset(required.get(case.item_id, ())),
            department_id=inspection.department_id,
            address=inspection.address or case.project_address or "",
            window_start=inspection.window_start,
            window_end=inspection.window_end,
            team_size=team_size_for(required.get(case.item_id, ())),
        )
        for inspection, case in rows
    )
