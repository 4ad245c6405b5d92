"""Supervision of construction projects: for a period, every project stage whose clock ran
in it, with the stage clock (on time, warning, overdue) beside its cases, and the count per
stage; exported as the window shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.documents.table_export import Table
from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel
from desktop.domain.projects import ProjectStage, StageState
from desktop.services.cases.project_views import all_projects
from desktop.services.supervision.stats_definitions import Period
from desktop.services.supervision_access import require_supervision

LEVEL_WORDS = {WarningLevel.NORMAL: "按时", WarningLevel.YELLOW: "预警", WarningLevel.RED: "超期"}


@dataclass(frozen=True)
class StageRow:
    """One project's stage as supervision lists it."""

    code: str
    name: str
    builder: str
    stage: ProjectStage
    state: StageState
    cases: int
    open_cases: int
    started_on: date
    limit_days: int
    due_on: date
    finished_on: date | None
    used_days: int
    level: WarningLevel


@dataclass(frozen=True)
class StageCount:
    """How the period's stages of one kind stand."""

    stage: ProjectStage
    stages: int
    on_time: int
    warning: int
    overdue: int
    blocked: int
    done: int


@dataclass(frozen=True)
class ProjectStages:
    period: Period
    rows: tuple[StageRow, ...]
    counts: tuple[StageCount, ...]


def project_stages(session: Session, actor: Actor, period: Period) -> ProjectStages:
    """The project stages whose clock ran within the period (started by its end and not
    finished before its start), overdue first, then by due day."""
    require_supervision(actor, "查看工程建设项目的阶段时限")
    rows = []
    for project in all_projects(session, actor):
        for stage in project.stages:
            if stage.started_on is None or stage.due_on is None or stage.level is None:
                continue
            if stage.started_on > period.end:
                continue
            if stage.finished_on is not None and stage.finished_on < period.start:
                continue
            rows.append(
                StageRow(
                    project.code,
                    project.name,
                    project.builder,
                    stage.stage,
                    stage.state,
                    stage.cases,
                    stage.open_cases,
                    stage.started_on,
                    stage.limit_days,
                    stage.due_on,
                    stage.finished_on,
                    stage.used_days or 0,
                    stage.level,
                )
            )
    order = {WarningLevel.RED: 0, WarningLevel.YELLOW: 1, WarningLevel.NORMAL: 2}
    rows.sort(key=lambda r: (order[r.level], r.due_on, r.code))
    counts = tuple(
        StageCount(
            stage,
            sum(1 for r in rows if r.stage is stage),
            sum(1 for r in rows if r.stage is stage and r.level is WarningLevel.NORMAL),
            sum(1 for r in rows if r.stage is stage and r.level is WarningLevel.YELLOW),
            sum(1 for r in rows if r.stage is stage and r.level is WarningLevel.RED),
            sum(1 for r in rows if r.stage is stage and r.state is StageState.BLOCKED),
            sum(1 for r in rows if r.stage is stage and r.state is StageState.DONE),
        )
        for stage in ProjectStage
    )
    return ProjectStages(period, tuple(rows), counts)


STAGE_HEADER = (
    "项目代码",
    "项目名称",
    "建设单位",
    "阶段",
    "状态",
    "办件",
    "未办结",
    "开始",
    "时限（工作日）",
    "应完成",
    "完成",
    "已用工作日",
    "阶段计时",
)
COUNT_HEADER = ("阶段", "项目", "按时", "预警", "超期", "受阻", "已办结")


def stages_table(report: ProjectStages) -> Table:
    return Table(
        f"工程建设项目阶段时限 {report.period}",
        STAGE_HEADER,
        [_stage_cells(row) for row in report.rows],
    )


def counts_table(report: ProjectStages) -> Table:
    return Table(
        f"各阶段项目 {report.period}",
        COUNT_HEADER,
        [
            (c.stage.label, c.stages, c.on_time, c.warning, c.overdue, c.blocked, c.done)
            for c in report.counts
        ],
    )


def _stage_cells(row: StageRow) -> tuple[Any, ...]:
    return (
        row.code,
        row.name,
        row.builder,
        row.stage.label,
        row.state.label,
        row.cases,
        row.open_cases,
        row.started_on,
        row.limit_days,
        row.due_on,
        row.finished_on,
        row.used_days,
        LEVEL_WORDS[row.level],
    )
