"""A bureau with engineering items of two departments and a builder for projects."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import ApplicantKind, Category
from desktop.domain.identifiers import credit_code_with_check_digit
from desktop.domain.projects import ProjectStage
from desktop.services.cases import actions as cases
from desktop.services.cases.projects import NewProject, register_project

CODE = "2026-610502-47-01-000123"
# Items of the project's stages, by department: one-level engineering items. "plan" and
# "fire" serve the first stage; "plan2", "fire2"... the same departments' later stages.
ITEMS = {"plan": "自然资源局", "fire": "消防救援大队"}


def stage_item(item: str, stage: ProjectStage) -> str:
    """The code of the department's item of this stage ("plan" for the first)."""
    number = list(ProjectStage).index(stage) + 1
    return item if number == 1 else f"{item}{number}"


@pytest.fixture
def projects(bureau, engine, request):
    """The bureau with items "plan" and "fire" (engineering, one level, in two departments;
    of the first stage, "plan2", "fire2"... of the later ones) and project CODE registered
    by clerk1 for the bureau's applicant; people act through their own logins on
    PostgreSQL."""
    with bureau.sessions() as session, session.begin():
        template = session.scalar(sa.select(m.Item).where(m.Item.code == "one"))
        for n, (code, department) in enumerate(ITEMS.items()):
            dept = m.Department(code=f"D{n}", name=department, short_name=department)
            session.add(dept)
            session.flush()
            for stage in ProjectStage:
                first = stage is ProjectStage.LAND_PLANNING
                item = m.Item(
                    code=stage_item(code, stage),
                    name=f"测试{department}事项" if first else f"测试{department}{stage.label}",
                    category=Category.ENGINEERING,
                    department_id=dept.id,
                    statutory_limit_days=20,
                    promised_limit_days=10,
                    review_limit_days=5,
                    signoff_limit_days=2,
                    certificate_limit_days=2,
                    delivery_limit_days=10,
                    two_level_signoff=template.two_level_signoff,
                    project_stage=stage,
                )
                item.materials = [m.ItemMaterial(seq=1, name="申请表", description="说明")]
                session.add(item)
        other = m.Applicant(
            kind=ApplicantKind.ORGANISATION,
            name="渭南另一建设有限公司",
            identifier=credit_code_with_check_digit("91610502MA6Y5678A"),
            contact_name="赵六",
            contact_phone="13700000000",
        )
        session.add(other)
        session.flush()
        bureau.other_builder_id = other.id
    if engine.dialect.name == "postgresql":
        bureau.as_staff = request.getfixturevalue("as_staff")
    else:
        bureau.as_staff = lambda name, service, *a, **k: bureau.run(
            service, bureau.actors[name], *a, **k
        )
    bureau.as_staff(
        "clerk1",
        register_project,
        NewProject(CODE, "渭南高新区测试综合楼", bureau.applicant_id, "高新区科技路1号"),
    )
    return bureau


def decided(bureau, item: str, grant: bool = True, code: str = CODE) -> int:
    """A case of the project's current stage (of `item`'s department's item of that stage)
    accepted and decided by eng1 and review1."""
    with bureau.sessions() as session:
        stage = session.scalar(sa.select(m.Project.stage).where(m.Project.code == code))
    case = bureau.new_case(stage_item(item, stage), project_code=code)
    run = bureau.as_staff
    state = run("eng1", cases.claim, case.id, case.version)
    opinion = "经审查，符合法定条件" if grant else "申请材料不符合法定条件"
    state = run("eng1", cases.propose, state.id, state.version, grant=grant, opinion=opinion)
    if grant:
        state = run("review1", cases.approve, state.id, state.version)
    else:
        state, _ = run("review1", cases.reject, state.id, state.version, "不符合法定条件")
    return state.id
