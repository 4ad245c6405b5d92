"""Construction projects through the services, on both databases and as the staff's own
logins on PostgreSQL: a project's cases run in parallel within a stage under its clock, the
project moves on once the stage is done, and a refused case blocks the stage until a new
application of its item is granted."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.projects import STAGE_LIMIT_DAYS, ProjectStage, StageState
from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.project_views import project_of_case, project_view
from desktop.services.cases.projects import NewProject, advance_stage, register_project
from desktop.services.deadlines import work_calendar
from tests.services.projects.conftest import CODE, decided


def view(bureau, code=CODE):
    with bureau.sessions() as session:
        return project_view(session, bureau.actors["super1"], code)


def test_a_project_walks_its_stages_and_a_refusal_blocks_one(projects):
    bureau = projects
    start = bureau.clock.now.date()
    fresh = view(bureau)
    assert (fresh.stage, fresh.state, fresh.builder) == (
        ProjectStage.LAND_PLANNING,
        StageState.WAITING,
        "渭南测试有限公司",
    )
    with pytest.raises(DomainError, match="尚无办件"):
        bureau.as_staff("eng1", advance_stage, CODE)

    # 立项用地规划许可: two departments' cases in parallel; the stage runs while one is open.
    plan = decided(bureau, "plan")
    fire = bureau.new_case("fire", project_code=CODE)
    running = view(bureau)
    assert running.state is StageState.RUNNING and running.current.open_cases == 1
    with bureau.sessions() as session:
        calendar = work_calendar(session)
    # The stage clock: from the first acceptance, the stage's limit in working days.
    clock = running.current
    assert clock.started_on == start
    assert clock.due_on == calendar.add_working_days(start, STAGE_LIMIT_DAYS[clock.stage])
    assert clock.level is WarningLevel.NORMAL
    with pytest.raises(DomainError, match="还有办件未办结"):
        bureau.as_staff("eng1", advance_stage, CODE)
    state = bureau.as_staff("eng1", cases.claim, fire.id, fire.version)
    state = bureau.as_staff(
        "eng1", cases.propose, state.id, state.version, grant=True, opinion="符合"
    )
    bureau.as_staff("review1", cases.approve, state.id, state.version)
    done = view(bureau)
    assert done.state is StageState.DONE and done.current.finished_on == start
    assert done.current.level is WarningLevel.NORMAL
    # Only the engineering queue's handlers and the head move a project on.
    with pytest.raises(NotAllowed):
        bureau.as_staff("soc1", advance_stage, CODE)
    moved = bureau.as_staff("eng1", advance_stage, CODE)
    assert moved.stage is ProjectStage.ENGINEERING_PERMIT

    # 工程建设许可: one department refuses; the stage is blocked, the project says so.
    bureau.clock.advance(days=1)
    decided(bureau, "plan")
    refused = decided(bureau, "fire", grant=False)
    blocked = view(bureau)
    assert blocked.state is StageState.BLOCKED
    assert blocked.state.label == "受阻（有办件不予许可）"
    with pytest.raises(DomainError, match="受阻"):
        bureau.as_staff("head1", advance_stage, CODE)
    # The builder applies again for the refused item; granted, the stage is done.
    decided(bureau, "fire")
    assert view(bureau).state is StageState.DONE
    moved = bureau.as_staff("head1", advance_stage, CODE)
    assert moved.stage is ProjectStage.CONSTRUCTION_PERMIT
    assert moved.stage_since == bureau.clock.now.date()

    # Every case of the project, across departments and stages, from any of its cases.
    with bureau.sessions() as session:
        seen = project_of_case(session, bureau.actors["eng1"], bureau.case(plan).number)
    assert seen is not None and len(seen.cases) == 5
    assert {c.department for c in seen.cases} == {"自然资源局", "消防救援大队"}
    assert [c.refused for c in seen.cases].count(True) == 1
    assert next(c for c in seen.cases if c.refused).number == bureau.case(refused).number
    stages = {s.stage: s for s in seen.stages}
    assert stages[ProjectStage.LAND_PLANNING].state is StageState.DONE
    assert stages[ProjectStage.ENGINEERING_PERMIT].cases == 3
    assert stages[ProjectStage.CONSTRUCTION_PERMIT].state is StageState.WAITING
    data = seen.as_json()
    assert data["stage_label"] == "施工许可" and data["cases"][0]["stage"] == "land_planning"


def test_a_stage_clock_turns_yellow_then_red(projects):
    bureau = projects
    case = bureau.new_case("plan", project_code=CODE)
    start = case and bureau.clock.now.date()
    with bureau.sessions() as session:
        calendar = work_calendar(session)
    limit = STAGE_LIMIT_DAYS[ProjectStage.LAND_PLANNING]
    yellow = calendar.add_working_days(start, limit - 1)
    bureau.clock.now = bureau.clock.now.replace(
        year=yellow.year, month=yellow.month, day=yellow.day
    )
    assert view(bureau).current.level is WarningLevel.YELLOW
    bureau.clock.advance(days=7)
    late = view(bureau).current
    assert late.level is WarningLevel.RED and late.due_on < bureau.clock.now.date()


def test_a_case_of_another_builder_or_an_unknown_project_is_refused(projects):
    bureau = projects
    with pytest.raises(DomainError, match="建设单位不是本件申请人"):
        bureau.run(
            accept_case,
            Actor.system("test"),
            NewCase("T90001", "plan", bureau.other_builder_id, bureau.clock.now, project_code=CODE),
        )
    with pytest.raises(DomainError, match="未登记"):
        bureau.new_case("plan", project_code="2026-610502-47-01-999999")
    with pytest.raises(DomainError, match="格式不对"):
        bureau.new_case("plan", project_code="2026-6105")


def test_registering_a_project_checks_code_builder_and_role(projects):
    bureau = projects
    with pytest.raises(DomainError, match="已登记"):
        bureau.as_staff("clerk1", register_project, NewProject(CODE, "重复", bureau.applicant_id))
    with pytest.raises(DomainError, match="格式不对"):
        bureau.as_staff("clerk1", register_project, NewProject("X-1", "错号", bureau.applicant_id))
    with pytest.raises(DomainError, match="项目名称"):
        bureau.as_staff(
            "clerk1",
            register_project,
            NewProject("2026-610502-47-01-000124", " ", bureau.applicant_id),
        )
    with pytest.raises(NotAllowed):
        bureau.as_staff(
            "eng1",
            register_project,
            NewProject("2026-610502-47-01-000125", "项目", bureau.applicant_id),
        )
    # Spaces and lower case are tidied; the second project is the other builder's.
    made = bureau.as_staff(
        "clerk1",
        register_project,
        NewProject(" 2026-61050a-47-01-000126 ", "另一项目", bureau.other_builder_id),
    )
    assert made.code == "2026-61050A-47-01-000126"
    assert made.builder_code.endswith("AD") and made.cases == ()
    bureau.clock.advance(days=1)
    assert view(bureau, made.code).stage_since == bureau.clock.now.date() - timedelta(days=1)


def test_a_case_joins_only_with_an_item_of_the_project_s_current_stage(projects):
    bureau = projects
    with pytest.raises(DomainError, match=r"属于“工程建设许可”阶段.*现处于“立项用地规划许可”阶段"):
        bureau.new_case("plan2", project_code=CODE)
    with pytest.raises(DomainError, match="不属于工程建设项目审批阶段"):
        bureau.new_case("two", project_code=CODE)
    assert view(bureau).stages[0].cases == 0  # nothing written
    decided(bureau, "plan")
    bureau.as_staff("eng1", advance_stage, CODE)
    with pytest.raises(DomainError, match="属于“立项用地规划许可”阶段"):
        bureau.new_case("plan", project_code=CODE)
    assert bureau.new_case("plan2", project_code=CODE).id
