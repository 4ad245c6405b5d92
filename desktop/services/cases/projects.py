"""Construction projects (工程建设项目): registering a project, linking its cases at
acceptance, and moving it to its next stage once the stage is done."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, Item, Project
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.projects import (
    ProjectStage,
    StageCase,
    StageState,
    check_project_code,
    stage_state,
)
from desktop.services import audit, timesource
from desktop.services.cases.project_views import (
    ProjectView,
    project_view,
    refused_case,
    stage_case,
)

REGISTRARS = frozenset({Role.CLERK})
# Who moves a project on: the engineering queue's handlers and the head.
ADVANCERS = frozenset({Role.HANDLER_ENGINEERING, Role.HEAD})


@dataclass(frozen=True)
class NewProject:
    code: str
    name: str
    builder_id: int
    address: str = ""


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


def stage_problem(item: Item, stage: ProjectStage, code: str) -> DomainError | None:
    """Why a case of this item cannot join the project in this stage (None: it can): the
    catalogue names the stage each item serves (工程建设项目阶段), and a case joins its
    project's current stage (国办发〔2019〕11号; the database checks the same, project_sql.py)."""
    if item.project_stage is None:
        return DomainError(
            "事项“{item}”不属于工程建设项目审批阶段，办件不能列入项目 {code}",
            item=item.name,
            code=code,
        )
    if item.project_stage is not stage:
        return DomainError(
            "事项“{item}”属于“{item_stage}”阶段，项目 {code} 现处于“{stage}”阶段，"
            "办件不能列入该项目",
            item=item.name,
            item_stage=item.project_stage.label,
            code=code,
            stage=stage.label,
        )
    return None


def project_refusal(
    session: Session,
    code: str,
    applicant_id: int | None,
    organisation: bool,
    name: str,
    item: Item | None = None,
) -> str | None:
    """Why a front-desk row cannot name this project (None: it can): a registered project
    only for its builder and for an item of its current stage; a new one (in its first
    stage) needs its name and an organisation as builder."""
    project = session.scalar(sa.select(Project).where(Project.code == code))
    stage = project.stage if project is not None else ProjectStage.LAND_PLANNING
    problem = stage_problem(item, stage, code) if item is not None else None
    if project is not None:
        if project.builder_id != applicant_id:
            return f"项目 {code} 的建设单位不是本行的申请人，办件不能列入该项目"
        return str(problem) if problem is not None else None
    if not organisation:
        return f"项目 {code} 未登记；建设单位应为法人或其他组织，不能是自然人"
    if not name:
        return f"项目 {code} 未登记：请在“项目名称”列写明项目名称，以便登记项目"
    return str(problem) if problem is not None else None


def project_for_case(session: Session, code: str, applicant_id: int, item: Item) -> Project:
    """The project a new case names, checked: it exists, the case's applicant is its
    builder and the case's item serves its current stage (the database checks the same,
    project_sql.py)."""
    project = session.scalar(
        sa.select(Project).where(Project.code == check_project_code(code)).with_for_update()
    )
    if project is None:
        raise DomainError("项目代码 {code} 未登记：请先登记工程建设项目", code=code)
    if project.builder_id != applicant_id:
        raise DomainError(
            "项目 {code} 的建设单位不是本件申请人，办件不能列入该项目", code=project.code
        )
    problem = stage_problem(item, project.stage, project.code)
    if problem is not None:
        raise problem
    return project


def _stage_cases(session: Session, project_id: int, stage: ProjectStage) -> list[StageCase]:
    rows = session.execute(
        sa.select(
            Case.item_id, Case.accepted_on, Case.status, Case.decided_on, refused_case()
        ).where(Case.project_id == project_id, Case.project_stage == stage)
    ).all()
    return [stage_case(*row) for row in rows]


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
