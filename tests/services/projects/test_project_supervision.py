"""Supervision's projects per stage with their stage clocks, for a period, on both
databases: a stage counts in a period its clock ran in; on time, warned and overdue as the
clock says; blocked and done by its cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.clock import WarningLevel
from desktop.domain.guards import NotAllowed
from desktop.domain.projects import ProjectStage, StageState
from desktop.services.cases.projects import NewProject, advance_stage, register_project
from desktop.services.supervision.project_stages import counts_table, project_stages
from desktop.services.supervision.stats_definitions import Period
from tests.services.projects.conftest import CODE, decided

OTHER = "2026-610502-48-03-000200"


def report(bureau, start: date, end: date, who: str = "super1"):
    with bureau.sessions() as session:
        return project_stages(session, bureau.actors[who], Period(start, end))


def test_project_stages_per_period_with_their_clocks(projects):
    bureau = projects
    start = bureau.clock.now.date()
    decided(bureau, "plan")
    decided(bureau, "fire")
    bureau.as_staff("eng1", advance_stage, CODE)
    bureau.clock.advance(days=2)
    decided(bureau, "plan")
    decided(bureau, "fire", grant=False)  # the second stage blocked
    # A second project, its first stage still open long after its limit.
    bureau.as_staff("clerk1", register_project, NewProject(OTHER, "第二项目", bureau.applicant_id))
    bureau.new_case("plan", project_code=OTHER)
    bureau.clock.advance(days=60)
    today = bureau.clock.now.date()

    found = report(bureau, start, today)
    by_key = {(r.code, r.stage): r for r in found.rows}
    assert set(by_key) == {
        (CODE, ProjectStage.LAND_PLANNING),
        (CODE, ProjectStage.ENGINEERING_PERMIT),
        (OTHER, ProjectStage.LAND_PLANNING),
    }
    first = by_key[(CODE, ProjectStage.LAND_PLANNING)]
    assert (first.state, first.level, first.finished_on) == (
        StageState.DONE,
        WarningLevel.NORMAL,
        start,
    )
    blocked = by_key[(CODE, ProjectStage.ENGINEERING_PERMIT)]
    assert blocked.state is StageState.BLOCKED and blocked.level is WarningLevel.NORMAL
    late = by_key[(OTHER, ProjectStage.LAND_PLANNING)]
    assert (late.state, late.level, late.open_cases) == (
        StageState.RUNNING,
        WarningLevel.RED,
        1,
    )
    assert found.rows[0] == late  # overdue first
    counts = {c.stage: c for c in found.counts}
    land = counts[ProjectStage.LAND_PLANNING]
    assert (land.stages, land.on_time, land.overdue, land.done) == (2, 1, 1, 1)
    assert counts[ProjectStage.ENGINEERING_PERMIT].blocked == 1
    assert counts_table(found).rows[0][:4] == ("立项用地规划许可", 2, 1, 0)

    # A period after the first project's stages ended holds only the running one.
    later = report(bureau, start + timedelta(days=30), today)
    assert [(r.code, r.stage) for r in later.rows] == [(OTHER, ProjectStage.LAND_PLANNING)]
    # ... and one before any acceptance, none.
    assert report(bureau, start - timedelta(days=30), start - timedelta(days=1)).rows == ()
    with pytest.raises(NotAllowed):
        report(bureau, start, today, who="eng1")
