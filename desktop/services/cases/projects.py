"""Construction projects (工程建设项目): registering a project, linking its cases at
acceptance, moving it to its next stage, and what the window and `project show` print:
the project, each stage's state and clock, and every case of it across departments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseEvent, Department, Item, Project, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel
from desktop.domain.enums import ApplicantKind, CaseStatus, Role
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
from desktop.services import audit, timesource
from desktop.services.deadlines import work_calendar

READERS = frozenset(Role) - {Role.ADMIN}
REGISTRARS = frozenset({Role.CLERK})
# Who moves a project on: the engineering queue's handlers and the head.
ADVANCERS = frozenset({Role.HANDLER_ENGINEERING, Role.HEAD})
ENDED = (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)


@dataclass(frozen=True)
class NewProject:
    code: str
    name: str
    builder_id: int
    address: str = ""


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


def _check_reader(actor: Actor) -> None:
    if not actor.roles & READERS:
        raise NotAllowed("您不能查看工程建设项目")


def register_project(session: Session, actor: Actor, data: NewProject) -> ProjectView:
    """Register a construction project; its builder is an organisation already registered as
    an applicant (its unified social credit code checked then, GB 32100)."""
    if not actor.roles & REGISTRARS:
        raise NotAllowed("您不能登记工程建设项目")
    code = check_project_code(data.code)
    name = data.name.strip()
    if not name:
        raise DomainError("请填写项目名称")
    if session.scalar(sa.select(Project.id).where(Project.code == code)) is not None:
        raise DomainError("项目代码 {code} 已登记", code=code)
    builder = session.get(Applicant, data.builder_id)
    if builder is None or builder.kind is not ApplicantKind.ORGANISATION:
        raise DomainError("建设单位应为已登记的法人或其他组织（统一社会信用代码）")
    add_project(session, actor, code, name, builder, data.address.strip())
    return project_view(session, actor, code)


def add_project(
    session: Session, actor: Actor, code: str, name: str, builder: Applicant, address: str
) -> Project:
    """Write a checked project, in its first stage from today (the caller checks the role:
    the front desk, or whoever may import its files)."""
    project = Project(
        code=code,
        name=name,
        builder_id=builder.id,
        address=address,
        stage=ProjectStage.LAND_PLANNING,
        stage_since=timesource.today(),
    )
    session.add(project)
    session.flush()
    audit.record(
        session,
        actor,
        "register_project",
        "project",
        project.id,
        new={"code": code, "name": name, "builder": builder.identifier},
    )
    return project


def project_known(session: Session, code: str) -> bool:
    return session.scalar(sa.select(Project.id).where(Project.code == code)) is not None


def project_refusal(
    session: Session, code: str, applicant_id: int | None, organisation: bool, name: str
) -> str | None:
    """Why a front-desk row cannot name this project (None: it can): a registered project
    only for its builder; a new one needs its name and an organisation as builder."""
    project = session.scalar(sa.select(Project).where(Project.code == code))
    if project is not None:
        if project.builder_id != applicant_id:
            return f"项目 {code} 的建设单位不是本行的申请人，办件不能列入该项目"
        return None
    if not organisation:
        return f"项目 {code} 未登记；建设单位应为法人或其他组织，不能是自然人"
    if not name:
        return f"项目 {code} 未登记：请在“项目名称”列写明项目名称，以便登记项目"
    return None


def project_for_case(session: Session, code: str, applicant_id: int) -> Project:
    """The project a new case names, checked: it exists and the case's applicant is its
    builder (the database checks the same, project_sql.py)."""
    project = session.scalar(
        sa.select(Project).where(Project.code == check_project_code(code)).with_for_update()
    )
    if project is None:
        raise DomainError("项目代码 {code} 未登记：请先登记工程建设项目", code=code)
    if project.builder_id != applicant_id:
        raise DomainError(
            "项目 {code} 的建设单位不是本件申请人，办件不能列入该项目", code=project.code
        )
    return project


def _stage_cases(session: Session, project_id: int, stage: ProjectStage) -> list[StageCase]:
    rows = session.execute(
        sa.select(Case.item_id, Case.accepted_on, Case.status, Case.decided_on, _refused()).where(
            Case.project_id == project_id, Case.project_stage == stage
        )
    ).all()
    return [_stage_case(*row) for row in rows]


def _stage_case(
    item_id: int, accepted_on: date, status: CaseStatus, decided_on: date | None, refused: bool
) -> StageCase:
    is_open = decided_on is None and status not in ENDED
    return StageCase(item_id, accepted_on, is_open, decided_on, bool(refused))


def _refused() -> sa.ColumnElement[bool]:
    return (
        sa.exists()
        .where(CaseEvent.case_id == Case.id, CaseEvent.action == "reject")
        .label("refused")
    )


def advance_stage(session: Session, actor: Actor, code: str) -> ProjectView:
    """Move the project to its next stage: only once every case of its current stage is
    decided and no item's last decision is a refusal (a blocked stage waits for a new
    application granted; the database refuses the same, project_sql.py)."""
    if not actor.roles & ADVANCERS:
        raise NotAllowed("您不能推进工程建设项目的审批阶段")
    project = session.scalar(
        sa.select(Project).where(Project.code == check_project_code(code)).with_for_update()
    )
    if project is None:
        raise DomainError("项目代码 {code} 未登记", code=code)
    old = project.stage
    following = old.next
    if following is None:
        raise DomainError("项目 {code} 已在最后的“竣工验收”阶段", code=project.code)
    state = stage_state(_stage_cases(session, project.id, old))
    if state is StageState.WAITING:
        raise DomainError(
            "项目 {code} 的“{stage}”阶段尚无办件，不能进入下一阶段",
            code=project.code,
            stage=old.label,
        )
    if state is StageState.RUNNING:
        raise DomainError(
            "项目 {code} 的“{stage}”阶段还有办件未办结，不能进入下一阶段",
            code=project.code,
            stage=old.label,
        )
    if state is StageState.BLOCKED:
        raise DomainError(
            "项目 {code} 的“{stage}”阶段受阻：有办件不予许可，须重新申请并准予后才能进入下一阶段",
            code=project.code,
            stage=old.label,
        )
    project.stage = following
    project.stage_since = timesource.today()
    session.flush()
    audit.record(
        session,
        actor,
        "advance_project_stage",
        "project",
        project.id,
        old={"stage": old.value},
        new={"stage": following.value},
    )
    return project_view(session, actor, project.code)


def project_view(session: Session, actor: Actor, code: str) -> ProjectView:
    """The project with this code: its stages' states and clocks and all its cases."""
    _check_reader(actor)
    project = session.scalar(sa.select(Project).where(Project.code == check_project_code(code)))
    if project is None:
        raise DomainError("项目代码 {code} 未登记", code=code)
    return _view(session, project)


def project_of_case(session: Session, actor: Actor, case_number: str) -> ProjectView | None:
    """The project the case belongs to, or None for a case of no project."""
    _check_reader(actor)
    project = session.scalar(
        sa.select(Project)
        .join(Case, Case.project_id == Project.id)
        .where(Case.number == case_number)
    )
    return None if project is None else _view(session, project)


def all_projects(session: Session, actor: Actor) -> list[ProjectView]:
    """Every project with its stages and cases, by code (supervision's figures read them)."""
    _check_reader(actor)
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
                _refused(),
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
    return [
        _project(project, builders[project.builder_id], rows_of[project.id], calendar, today)
        for project in projects
    ]


def _project(
    project: Project, builder: Applicant, rows: list[Any], calendar: Any, today: date
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
            _stage_case(row.item_id, row.accepted_on, row.status, row.decided_on, row.refused)
            for row in rows
            if row.project_stage is stage
        ]
        clock = stage_clock(calendar, stage, of_stage, today)
        stages.append(
            StageView(
                stage,
                stage_state(of_stage),
                stage.limit_days,
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
