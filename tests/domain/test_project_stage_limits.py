"""The stage limits as the bureau keeps them: each stage at least a working day, together
within the national cap of 国办发〔2019〕11号; a stage clock runs on the limit it is given."""

from __future__ import annotations

from datetime import date

from desktop.domain.clock import WarningLevel
from desktop.domain.projects import (
    NATIONAL_CAP_DAYS,
    STAGE_LIMIT_DAYS,
    ProjectStage,
    StageCase,
    stage_clock,
    stage_limits_problem,
)
from desktop.domain.workdays import WorkCalendar


def test_the_default_split_keeps_within_the_cap_and_bad_splits_say_what_to_fix():
    assert stage_limits_problem(STAGE_LIMIT_DAYS) is None
    assert sum(STAGE_LIMIT_DAYS.values()) <= NATIONAL_CAP_DAYS
    empty = STAGE_LIMIT_DAYS | {ProjectStage.ENGINEERING_PERMIT: 0}
    assert "“工程建设许可”阶段时限至少为 1 个工作日" in str(stage_limits_problem(empty))
    over = STAGE_LIMIT_DAYS | {ProjectStage.LAND_PLANNING: 51}
    assert "合计 121 个工作日" in str(stage_limits_problem(over))
    assert stage_limits_problem(STAGE_LIMIT_DAYS | {ProjectStage.LAND_PLANNING: 50}) is None


def test_a_stage_clock_runs_on_the_limit_it_is_given():
    calendar = WorkCalendar({}, frozenset({2026}))
    monday = date(2026, 11, 16)
    cases = [StageCase(1, monday, True, None, False)]
    default = stage_clock(calendar, ProjectStage.LAND_PLANNING, cases, date(2026, 11, 30))
    short = stage_clock(
        calendar, ProjectStage.LAND_PLANNING, cases, date(2026, 11, 30), limit_days=5
    )
    assert default is not None and short is not None
    assert default.due_on == calendar.add_working_days(monday, 20)
    assert default.level is WarningLevel.NORMAL
    assert short.due_on == date(2026, 11, 23) and short.level is WarningLevel.RED
