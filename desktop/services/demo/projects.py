"""The demo bureau's construction projects (工程建设项目): a few dozen projects of local
builders, each with the engineering cases of its stages so far, reviewed in parallel by
several departments. Stages follow one another (the next one's first case is accepted after
the last decision of the one before), most finish within their stage limit, a few are
blocked by a refusal or still waiting for the project to move on (README, "Construction
projects")."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseEvent, Item, Project
from desktop.domain.enums import ApplicantKind, CaseStatus, Category
from desktop.domain.projects import ProjectStage
from desktop.domain.workdays import WorkCalendar

CASES_PER_PROJECT = 12  # of the engineering cases of organisations, about one in twelve
MOST_PROJECTS = 60
# How far projects have got: most are in their first two stages.
REACHED_WEIGHTS = (5, 4, 2, 1)
ATTEMPTS = 6
REFUSAL_SHARE = 0.15  # current stages whose cases may include a refusal
PARALLEL_SPAN = 6  # working days within which a stage's cases are accepted
PLACES = ("高新区", "经开区", "临渭区", "华州区", "秦东新城", "卤阳湖")
KINDS = (
    "科创产业园",
    "人才公寓",
    "安置小区",
    "标准化厂房",
    "综合服务中心",
    "物流仓储中心",
    "中学教学楼",
    "社区卫生服务站",
    "商业综合体",
    "污水处理厂提标改造",
)
ROADS = ("科技路", "创业大道", "东风大街", "朝阳大街", "崇业路", "西岳路", "站南路")
PHASES = ("一期", "二期", "三期", "")


@dataclass(frozen=True)
class _Candidate:
    stage: ProjectStage | None
    id: int
    item_id: int
    applicant_id: int
    accepted_on: date
    decided_on: date | None
    open: bool
    refused: bool


def _candidates(session: Session) -> list[_Candidate]:
    """New engineering cases of organisations, oldest first (withdrawn ones left out), each
    with the stage the catalogue places its item in (工程建设项目阶段; None: no project's)."""
    refused = sa.exists().where(CaseEvent.case_id == Case.id, CaseEvent.action == "reject")
    rows = session.execute(
        sa.select(
            Case.id,
            Case.item_id,
            Case.applicant_id,
            Case.accepted_on,
            Case.decided_on,
            Case.status,
            refused,
            Item.project_stage,
        )
        .join(Applicant, Applicant.id == Case.applicant_id)
        .join(Item, Item.id == Case.item_id)
        .where(
            Case.category == Category.ENGINEERING,
            Case.kind == "new",
            Item.case_kind == "new",
            Applicant.kind == ApplicantKind.ORGANISATION,
            Case.status.not_in((CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)),
        )
        .order_by(Case.accepted_at, Case.id)
    ).all()
    return [
        _Candidate(stage, id_, item, applicant, accepted, decided, decided is None, bool(no))
        for id_, item, applicant, accepted, decided, _, no, stage in rows
    ]


def plan_projects(session: Session, rng: random.Random, calendar: WorkCalendar, today: date) -> int:
    """Register the demo's projects and link their cases; returns how many projects."""
    candidates = _candidates(session)
    count = min(MOST_PROJECTS, len(candidates) // CASES_PER_PROJECT)
    taken: set[int] = set()
    made = 0
    for serial in range(1, count + 1):
        # A project is in its current stage these days: it started about a month or so a
        # stage before, so its current stage's cases are the last weeks' (some still open).
        reached = rng.choices(range(len(REACHED_WEIGHTS)), weights=REACHED_WEIGHTS)[0]
        stages: list[tuple[ProjectStage, list[int]]] = []
        for attempt in range(ATTEMPTS):  # earlier and earlier, where cases are left
            back = reached * rng.randint(25, 40) + rng.randint(0, 30) + attempt * 45
            begun = today - timedelta(days=back)
            anchor = next(
                (i for i, c in enumerate(candidates) if c.accepted_on >= begun), len(candidates)
            )
            stages = _stages(candidates, anchor, reached, rng, calendar, taken)
            if len(stages) == reached + 1:
                break
        if not stages:
            continue
        builder = candidates[stages[0][1][0]].applicant_id
        first = candidates[stages[0][1][0]].accepted_on
        current, chosen = stages[-1]
        since = first
        if len(stages) > 1:
            before = stages[-2][1]
            finished = max(candidates[i].decided_on or first for i in before)
            since = min(calendar.add_working_days(finished, 1), candidates[chosen[0]].accepted_on)
        project = Project(
            code=f"{first.year}-610502-{rng.choice(('47', '48'))}-{rng.choice(('01', '03'))}-"
            f"{serial + 100:06d}",
            name=f"{rng.choice(PLACES)}{rng.choice(KINDS)}{rng.choice(PHASES)}",
            builder_id=builder,
            address=f"渭南市{rng.choice(PLACES)}{rng.choice(ROADS)}{rng.randint(1, 300)}号",
            stage=current,
            stage_since=since,
        )
        session.add(project)
        session.flush()
        for stage, indexes in stages:
            ids = [candidates[i].id for i in indexes]
            taken.update(indexes)
            session.execute(
                sa.update(Case)
                .where(Case.id.in_(ids))
                .values(
                    applicant_id=builder,
                    project_id=project.id,
                    project_stage=stage,
                    project_name=project.name,
                    project_address=project.address,
                )
            )
        made += 1
    return made


def _stages(
    candidates: list[_Candidate],
    anchor: int,
    reached: int,
    rng: random.Random,
    calendar: WorkCalendar,
    taken: set[int],
) -> list[tuple[ProjectStage, list[int]]]:
    """The project's stages so far, each with its cases (indexes into `candidates`): every
    stage before the last done (all granted); the last one as it happens to stand (a
    refusal in it only now and then: most applications of a project are granted)."""
    stages: list[tuple[ProjectStage, list[int]]] = []
    start = anchor
    for number, stage in enumerate(ProjectStage):
        last = number == reached
        granted_only = not last or rng.random() > REFUSAL_SHARE
        chosen = _parallel(candidates, start, stage, rng, calendar, taken, not last, granted_only)
        if not chosen:
            break
        stages.append((stage, chosen))
        if last:
            break
        finished = max(candidates[i].decided_on or candidates[i].accepted_on for i in chosen)
        gap = finished + timedelta(days=rng.randint(3, 20))
        start = next(
            (i for i in range(start, len(candidates)) if candidates[i].accepted_on > gap),
            len(candidates),
        )
    return stages


def _parallel(
    candidates: list[_Candidate],
    start: int,
    stage: ProjectStage,
    rng: random.Random,
    calendar: WorkCalendar,
    taken: set[int],
    done: bool,
    granted_only: bool,
) -> list[int]:
    """Two to four cases of the stage's items (different ones) accepted within a few
    working days from `start` (for a stage already `done`: each decided; if
    `granted_only`: none refused)."""
    wanted = rng.randint(2, 4)
    for first in range(start, len(candidates)):
        head = candidates[first]
        if first in taken or head.stage is not stage or not _fits(head, done, granted_only):
            continue
        end = calendar.add_working_days(head.accepted_on, PARALLEL_SPAN)
        chosen, items = [first], {head.item_id}
        for i in range(first + 1, len(candidates)):
            case = candidates[i]
            if case.accepted_on > end or len(chosen) == wanted:
                break
            if (
                i in taken
                or case.stage is not stage
                or case.item_id in items
                or not _fits(case, done, granted_only)
            ):
                continue
            chosen.append(i)
            items.add(case.item_id)
        if len(chosen) >= 2:
            return chosen
    return []


def _fits(case: _Candidate, done: bool, granted_only: bool) -> bool:
    if done and case.open:
        return False
    return not (granted_only and case.refused)
