"""Keeping the inspector pool (踏勘人才库): inspectors with their department, specialties,
title, contact, active flag and daily capacity."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.data.forget import drop_from
from desktop.domain.actor import Actor
from desktop.domain.enums import InspectionStatus
from desktop.domain.errors import DomainError
from desktop.domain.inspections.pool_rows import MAX_DAILY_CAPACITY
from desktop.services import audit, timesource
from desktop.services.inspections.access import POOL_KEEPING, READING, lock_pool, require


class InspectorRefused(DomainError):
    code = "inspector_refused"


@dataclass(frozen=True)
class InspectorForm:
    id: int | None  # None: a new inspector
    name: str
    department_id: int
    specialty_ids: tuple[int, ...]
    title: str = ""
    phone: str = ""
    active: bool = True
    daily_capacity: int = 2


@dataclass(frozen=True)
class InspectorLine:
    id: int
    name: str
    department_id: int
    department: str
    specialty_ids: tuple[int, ...]
    specialties: tuple[str, ...]
    title: str
    phone: str
    active: bool
    daily_capacity: int


@dataclass(frozen=True)
class PoolChoices:
    departments: tuple[tuple[int, str], ...]
    specialties: tuple[tuple[int, str], ...]


def pool_choices(session: Session, actor: Actor) -> PoolChoices:
    require(actor, READING, "查看踏勘人才库")
    departments = sa.select(m.Department.id, m.Department.short_name).order_by(m.Department.id)
    specialties = sa.select(m.Specialty.id, m.Specialty.name).order_by(m.Specialty.id)
    return PoolChoices(
        tuple((i, name) for i, name in session.execute(departments)),
        tuple((i, name) for i, name in session.execute(specialties)),
    )


def list_inspectors(session: Session, actor: Actor, search: str = "") -> list[InspectorLine]:
    """Every inspector, active or not, by department and name; `search` matches the name."""
    require(actor, READING, "查看踏勘人才库")
    held: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for inspector_id, specialty_id, name in session.execute(
        sa.select(m.inspector_specialties.c.inspector_id, m.Specialty.id, m.Specialty.name)
        .join(m.Specialty, m.Specialty.id == m.inspector_specialties.c.specialty_id)
        .order_by(m.Specialty.id)
    ):
        held[inspector_id].append((specialty_id, name))
    query = (
        sa.select(m.Inspector, m.Department.short_name)
        .join(m.Department, m.Department.id == m.Inspector.department_id)
        .order_by(m.Inspector.department_id, m.Inspector.id)
    )
    if search.strip():
        query = query.where(m.Inspector.name.contains(search.strip(), autoescape=True))
    return [
        InspectorLine(
            row.id,
            row.name,
            row.department_id,
            department,
            tuple(i for i, _ in held[row.id]),
            tuple(name for _, name in held[row.id]),
            row.title,
            row.phone,
            row.active,
            row.daily_capacity,
        )
        for row, department in session.execute(query).all()
    ]


def save_inspector(session: Session, actor: Actor, form: InspectorForm) -> int:
    """Add an inspector (no id) or change one; returns the id."""
    require(actor, POOL_KEEPING, "维护踏勘人才库")
    name = form.name.strip()
    if not name or len(name) > 64:
        raise InspectorRefused("请填写姓名（不超过64个字）")
    if not 1 <= form.daily_capacity <= MAX_DAILY_CAPACITY:
        raise InspectorRefused("每日踏勘上限应为1至{limit}次", limit=MAX_DAILY_CAPACITY)
    if session.get(m.Department, form.department_id) is None:
        raise InspectorRefused("所选部门不存在：请刷新后重试")
    specialties = list(
        session.scalars(sa.select(m.Specialty).where(m.Specialty.id.in_(form.specialty_ids)))
    )
    if len(specialties) != len(set(form.specialty_ids)):
        raise InspectorRefused("所选专业不存在：请刷新后重试")
    lock_pool(session)
    inspector = m.Inspector() if form.id is None else session.get(m.Inspector, form.id)
    if inspector is None:
        raise InspectorRefused("没有编号为 {id} 的踏勘人员", id=form.id)
    before = None if form.id is None else _fields(inspector)
    if form.id is not None and inspector.active and not form.active:
        _refuse_if_booked(session, inspector)
    inspector.name = name
    inspector.department_id = form.department_id
    inspector.title = form.title.strip()
    inspector.phone = form.phone.strip()
    inspector.active = form.active
    inspector.daily_capacity = form.daily_capacity
    if form.id is not None:  # the specialties no longer held go first
        dropped = [s for s in inspector.specialties if s not in specialties]
        links = [{"inspector_id": inspector.id, "specialty_id": s.id} for s in dropped]
        drop_from(session, inspector, "specialties", dropped, links, m.inspector_specialties)
    inspector.specialties = specialties
    session.add(inspector)
    session.flush()
    action = "add_inspector" if form.id is None else "edit_inspector"
    audit.record(
        session, actor, action, "inspector", inspector.id, old=before, new=_fields(inspector)
    )
    return inspector.id


def _refuse_if_booked(session: Session, inspector: m.Inspector) -> None:
    booked = booked_count(session, inspector.id)
    if booked:
        raise InspectorRefused(
            "{name}还有{count}项已安排的踏勘：请先更换人员再停用", name=inspector.name, count=booked
        )


def booked_count(session: Session, inspector_id: int) -> int:
    """Scheduled inspections from today on with the inspector on the team."""
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(m.InspectionMember)
            .join(m.Inspection, m.Inspection.id == m.InspectionMember.inspection_id)
            .where(
                m.InspectionMember.inspector_id == inspector_id,
                m.InspectionMember.is_backup.is_(False),
                m.Inspection.status == InspectionStatus.SCHEDULED,
                m.Inspection.scheduled_on >= timesource.today(),
            )
        )
        or 0
    )


def _fields(inspector: m.Inspector) -> dict[str, object]:
    return {
        "name": inspector.name,
        "department_id": inspector.department_id,
        "specialties": sorted(s.id for s in inspector.specialties),
        "title": inspector.title,
        "phone": inspector.phone,
        "active": inspector.active,
        "daily_capacity": inspector.daily_capacity,
    }


def set_active(session: Session, actor: Actor, inspector_id: int, active: bool) -> InspectorLine:
    """Retire an inspector from the pool (the draws pass them over) or take them back."""
    line = next((i for i in list_inspectors(session, actor) if i.id == inspector_id), None)
    if line is None:
        raise InspectorRefused("没有编号为 {id} 的踏勘人员", id=inspector_id)
    form = InspectorForm(
        line.id,
        line.name,
        line.department_id,
        line.specialty_ids,
        line.title,
        line.phone,
        active,
        line.daily_capacity,
    )
    save_inspector(session, actor, form)
    return next(i for i in list_inspectors(session, actor) if i.id == inspector_id)
