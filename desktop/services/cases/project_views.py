"""Reading construction projects: a project with each stage's state and clock and every
case of it across departments, as the case window's project tab, `project show` and
supervision's figures give it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseEvent, Department, Item, Project, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.projects import (
    ProjectStage,
    StageCase,
    StageState,
    check_project_code,
    stage_clock,
    stage_state,
)
from desktop.services import timesource
from desktop.services.cases.stage_limits import load_stage_limits
from desktop.services.deadlines import work_calendar

READERS = frozenset(Role) - {Role.ADMIN}
ENDED = (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)


@dataclass(frozen=True)
class ProjectCase:
    """One case of the project as the panel lists it (its id to open it; not in the JSON)."""

    case_id: int
    number: str
    item: str
    department: str
    stage: ProjectStage
    status: CaseStatus
    handler: str
    accepted_on: date
    promised_due_on: date | None
    decided_on: date | None
    refused: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "item": self.item,
            "department": self.department,
            "stage": self.stage.value,
            "stage_label": self.stage.label,
            "status": self.status.value,
            "status_label": self.status.label,
            "handler": self.handler,
            "accepted_on": self.accepted_on.isoformat(),
            "promised_due_on": _iso(self.promised_due_on),
            "decided_on": _iso(self.decided_on),
            "refused": self.refused,
        }


@dataclass(frozen=True)
class StageView:
    """One stage: its state and clock (None before its first acceptance)."""

    stage: ProjectStage
    state: StageState
    limit_days: int
    started_on: date | None
    due_on: date | None
    finished_on: date | None
    used_days: int | None
    level: WarningLevel | None
    cases: int
    open_cases: int

    def as_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage.value,
            "stage_label": self.stage.label,
            "state": self.state.value,
            "state_label": self.state.label,
            "limit_days": self.limit_days,
            "started_on": _iso(self.started_on),
            "due_on": _iso(self.due_on),
            "finished_on": _iso(self.finished_on),
            "used_days": self.used_days,
            "level": self.level.value if self.level else None,
            "cases": self.cases,
            "open_cases": self.open_cases,
        }


@dataclass(frozen=True)
class ProjectView:
    """A project as the workbench's panel and `project show` give it."""

    code: str
    name: str
    builder: str
    builder_code: str
    address: str
    stage: ProjectStage
    stage_since: date
    state: StageState  # of the current stage
    stages: tuple[StageView, ...]
    cases: tuple[ProjectCase, ...]

    @property
    def current(self) -> StageView:
        return next(s for s in self.stages if s.stage is self.stage)

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "builder": self.builder,
            "builder_code": self.builder_code,
            "address": self.address,
            "stage": self.stage.value,
            "stage_label": self.stage.label,
            "stage_since": self.stage_since.isoformat(),
            "state": self.state.value,
            "state_label": self.state.label,
            "stages": [s.as_json() for s in self.stages],
            "cases": [c.as_json() for c in self.cases],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def check_reader(actor: Actor) -> None:
    if not actor.roles & READERS:
        raise NotAllowed("您不能查看工程建设项目")


def stage_case(
    item_id: int, accepted_on: date, status: CaseStatus, decided_on: date | None, refused: bool
) -> StageCase:
    is_open = decided_on is None and status not in ENDED
    return StageCase(item_id, accepted_on, is_open, decided_on, bool(refused))


def refused_case() -> sa.ColumnElement[bool]:
    return (
        sa.exists()
        .where(CaseEvent.case_id == Case.id, CaseEvent.action == "reject")
        .label("refused")
    )


def project_view(session: Session, actor: Actor, code: str) -> ProjectView:
    """The project with this code: its stages' states and clocks and all its cases."""
    check_reader(actor)
    project = session.scalar(sa.select(Project).where(Project.code == check_project_code(code)))
    if project is None:
        raise DomainError("项目代码 {code} 未登记", code=code)
    return _view(session, project)


def project_of_case(session: Session, actor: Actor, case_number: str) -> ProjectView | None:
    """The project the case belongs to, or None for a case of no project."""
    check_reader(actor)
    project = session.scalar(
        sa.select(Project)
        .join(Case, Case.project_id == Project.id)
        .where(Case.number == case_number)
    )
    return None if project is None else _view(session, project)


def all_projects(session: Session, actor: Actor) -> list[ProjectView]:
    """Every project with its stages and cases, by code (supervision's figures read them)."""
    check_reader(actor)
    projects = session.scalars(sa.select(Project).order_by(Project.code)).all()
    return _views(session, list(projects))


def _view(session: Session, project: Project) -> ProjectView:
    return _views(session, [project])[0]


def _views(session: Session, projects: list[Project]) -> list[ProjectView]:
    """The projects as views, their cases read in one query."""
    rows_of: dict[int, list[Any]] = {p.id: [] for p in projects}
    if projects:
        rows = session.execute(
            sa.select(
                Case.project_id,
                Case.id,
                Case.number,
                Item.name,
                Department.short_name,
                Case.project_stage,
                Case.status,
                StaffUser.full_name,
                Case.accepted_on,
                Case.promised_due_on,
                Case.decided_on,
                Case.item_id,
                refused_case(),
            )
            .join(Item, Item.id == Case.item_id)
            .join(Department, Department.id == Item.department_id)
            .outerjoin(StaffUser, StaffUser.id == Case.handler_id)
            # A few projects by their ids; all of them (supervision) by a scan of the index.
            .where(Case.project_id.in_(list(rows_of)) if len(projects) < 100 else sa.true())
            .where(Case.project_id.is_not(None))
            .order_by(Case.accepted_at, Case.id)
        ).all()
        for row in rows:
            if row.project_id in rows_of:
                rows_of[row.project_id].append(row)
    wanted = {p.builder_id for p in projects}
    builders = {
        a.id: a for a in session.scalars(sa.select(Applicant).where(Applicant.id.in_(wanted)))
    }
    calendar = work_calendar(session)
    today = timesource.today()
    limits = load_stage_limits(session)
    return [
        _project(
            project, builders[project.builder_id], rows_of[project.id], calendar, today, limits
        )
        for project in projects
    ]


def _project(
    project: Project,
    builder: Applicant,
    rows: list[Any],
    calendar: Any,
    today: date,
    limits: dict[ProjectStage, int],
) -> ProjectView:
    cases = tuple(
        ProjectCase(
            row.id,
            row.number,
            row.name,
            row.short_name,
            row.project_stage,
            row.status,
            row.full_name or "",
            row.accepted_on,
            row.promised_due_on,
            row.decided_on,
            bool(row.refused),
        )
        for row in rows
    )
    stages = []
    for stage in ProjectStage:
        of_stage = [
            stage_case(row.item_id, row.accepted_on, row.status, row.decided_on, row.refused)
            for row in rows
            if row.project_stage is stage
        ]
        clock = stage_clock(calendar, stage, of_stage, today, limit_days=limits[stage])
        stages.append(
            StageView(
                stage,
                stage_state(of_stage),
                limits[stage],
                clock.started_on if clock else None,
                clock.due_on if clock else None,
                clock.finished_on if clock else None,
                clock.used_days if clock else None,
                clock.level if clock else None,
                len(of_stage),
                sum(1 for c in of_stage if c.open),
            )
        )
    current = next(s for s in stages if s.stage is project.stage)
    return ProjectView(
        project.code,
        project.name,
        builder.name,
        builder.identifier,
        project.address,
        project.stage,
        project.stage_since,
        current.state,
        tuple(stages),
        cases,
    )
