"""Construction projects (工程建设项目) as data: the four stages a project passes, each stage's
time limit, the national project code, and where a stage stands from its cases.

国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见 (国办发〔2019〕11号) divides the
approval of a construction project into four stages (立项用地规划许可, 工程建设许可, 施工许可,
竣工验收), within which the departments review in parallel (并联审批) under one stage time
limit, and caps the whole flow at 120 working days; how the cap is split over the stages is
the bureau's own rule, kept by the admin (`STAGE_LIMIT_DAYS` the defaults). A stage's clock
runs from its first case's acceptance (the acceptance day not counted, Civil Code art. 201)
in working days (行政许可法 art. 82) until its last case is decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.clock import DEFAULT_YELLOW_SHARE, WarningLevel
from desktop.domain.errors import DomainError
from desktop.domain.workdays import WorkCalendar


class ProjectStage(StrEnum):
    """The stages of a construction project, in order (国办发〔2019〕11号)."""

    LAND_PLANNING = "land_planning"
    ENGINEERING_PERMIT = "engineering_permit"
    CONSTRUCTION_PERMIT = "construction_permit"
    COMPLETION = "completion"

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]

    @property
    def limit_days(self) -> int:
        """The default limit (the bureau's own, kept by the admin, may differ)."""
        return STAGE_LIMIT_DAYS[self]

    @property
    def next(self) -> ProjectStage | None:
        stages = list(ProjectStage)
        index = stages.index(self)
        return stages[index + 1] if index + 1 < len(stages) else None


STAGE_LABELS = {
    ProjectStage.LAND_PLANNING: "立项用地规划许可",
    ProjectStage.ENGINEERING_PERMIT: "工程建设许可",
    ProjectStage.CONSTRUCTION_PERMIT: "施工许可",
    ProjectStage.COMPLETION: "竣工验收",
}
STAGE_NAMES = {label: stage for stage, label in STAGE_LABELS.items()}

# The default split of the national cap (国办发〔2019〕11号: 120 working days in all); the
# admin keeps the bureau's own (services/cases/stage_limits.py).
NATIONAL_CAP_DAYS = 120
STAGE_LIMIT_DAYS = {
    ProjectStage.LAND_PLANNING: 20,
    ProjectStage.ENGINEERING_PERMIT: 25,
    ProjectStage.CONSTRUCTION_PERMIT: 20,
    ProjectStage.COMPLETION: 25,
}


def stage_limits_problem(limits: Mapping[ProjectStage, int]) -> DomainError | None:
    """What is wrong with a split of the cap, saying what to enter instead; None when each
    stage has at least one working day and together they keep within the national cap."""
    for stage in ProjectStage:
        if limits.get(stage, 0) < 1:
            return DomainError(
                "“{stage}”阶段时限至少为 1 个工作日：请填写 1 或更大的数再保存",
                stage=stage.label,
            )
    total = sum(limits[stage] for stage in ProjectStage)
    if total > NATIONAL_CAP_DAYS:
        return DomainError(
            "四个阶段时限合计 {total} 个工作日，超过国家规定的 {cap} 个工作日"
            "（国办发〔2019〕11号）：请减少后再保存",
            total=total,
            cap=NATIONAL_CAP_DAYS,
        )
    return None


class StageState(StrEnum):
    """Where a stage stands, from its cases."""

    WAITING = "waiting"  # no case accepted yet
    RUNNING = "running"  # some case still open
    BLOCKED = "blocked"  # a case was refused and no later case of its item was granted
    DONE = "done"  # every case decided, none refusing

    @property
    def label(self) -> str:
        return STAGE_STATE_LABELS[self]


STAGE_STATE_LABELS = {
    StageState.WAITING: "尚未受理",
    StageState.RUNNING: "并联审批中",
    StageState.BLOCKED: "受阻（有办件不予许可）",
    StageState.DONE: "本阶段办结",
}

# The national project code (全国投资项目在线审批监管平台): 2019-610502-47-01-012345.
PROJECT_CODE = re.compile(r"^\d{4}-[0-9A-Z]{6}-\d{2}-\d{2}-\d{6}$")


def check_project_code(value: str) -> str:
    """The code tidied (spaces dropped, letters upper case), or DomainError naming the form."""
    code = re.sub(r"\s+", "", value or "").upper()
    if not PROJECT_CODE.match(code):
        raise DomainError(
            "项目代码“{code}”格式不对：应为“年份-6位地区码-2位-2位-6位序号”，"
            "如 2026-610502-47-01-000123",
            code=value,
        )
    return code


@dataclass(frozen=True)
class StageCase:
    """What a stage's state needs of one of its cases."""

    item_id: int
    accepted_on: date
    open: bool  # no decision yet, not withdrawn or terminated
    decided_on: date | None
    refused: bool


def stage_state(cases: Iterable[StageCase]) -> StageState:
    """A stage is done when all its cases are decided; blocked while a refused item has no
    later granted case; running while a case is open."""
    cases = sorted(cases, key=lambda c: c.accepted_on)
    if not cases:
        return StageState.WAITING
    if any(c.open for c in cases):
        return StageState.RUNNING
    last_by_item: dict[int, StageCase] = {}
    for case in cases:
        if case.decided_on is not None:
            last_by_item[case.item_id] = case
    if any(c.refused for c in last_by_item.values()):
        return StageState.BLOCKED
    return StageState.DONE


@dataclass(frozen=True)
class StageClock:
    """A stage's clock: from its first acceptance, the limit in working days."""

    started_on: date
    due_on: date
    finished_on: date | None
    used_days: int
    level: WarningLevel

    @property
    def on_time(self) -> bool:
        return self.finished_on is not None and self.finished_on <= self.due_on


def stage_clock(
    calendar: WorkCalendar,
    stage: ProjectStage,
    cases: Iterable[StageCase],
    today: date,
    yellow_share: float = DEFAULT_YELLOW_SHARE,
    limit_days: int | None = None,
) -> StageClock | None:
    """The stage's clock, or None before its first acceptance. It stops when the stage is
    done or blocked (its last decision); red past due, yellow at the share of the limit
    (`limit_days`, the bureau's; the default split when not given)."""
    cases = list(cases)
    if not cases:
        return None
    limit = stage.limit_days if limit_days is None else limit_days
    started = min(c.accepted_on for c in cases)
    due = calendar.add_working_days(started, limit)
    state = stage_state(cases)
    finished = None
    if state in (StageState.DONE, StageState.BLOCKED):
        finished = max(c.decided_on or c.accepted_on for c in cases)
    until = finished or today
    used = calendar.working_days_between(started, until) if until > started else 0
    if until > due:
        level = WarningLevel.RED
    elif finished is None and used >= yellow_share * limit:
        level = WarningLevel.YELLOW
    else:
        level = WarningLevel.NORMAL
    return StageClock(started, due, finished, used, level)
