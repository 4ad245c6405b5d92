"""Scored performance (绩效考核): each person's figures of a period weighed into one score,
and departments ranked by their people's average (README "Supervision").

    score = 100 + Σ sign(measure) × weight(measure) × count(measure)

with the counts of `performance.staff_performance`: on-time decisions, answered-in-time
tickets and rating points add; late decisions, red and yellow cases today, urges received
and complaints subtract. Rating points are Σ (level − 3) over the ratings: 非常满意 +2,
满意 +1, 基本满意 0, 不满意 −1, 非常不满意 −2. A department's score is 100 plus the average
of its people's parts, so a large department is not ranked by its size. The admin sets the
weights and the assessment period (月度, 季度 or 年度); both are stored and audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Department, Setting, StaffUser
from desktop.data.models.base import utcnow
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import RatingLevel
from desktop.services import audit
from desktop.services.supervision.performance import PerformanceRow, staff_performance
from desktop.services.supervision.statistics import StatsResult
from desktop.services.supervision.stats_definitions import InvalidPeriod, Period

SETTINGS_KEY = "performance_scoring"
BASE = 100.0
MOST_WEIGHT = 100.0
NO_DEPARTMENT = "（未设部门）"


class Measure(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    RED = "red"
    YELLOW = "yellow"
    URGES = "urges"
    TICKETS_IN_TIME = "tickets_in_time"
    COMPLAINTS = "complaints"
    RATINGS = "ratings"

    @property
    def label(self) -> str:
        return MEASURE_LABELS[self]

    @property
    def sign(self) -> int:
        return 1 if self in GAINS else -1


MEASURE_LABELS = {
    Measure.ON_TIME: "按时决定",
    Measure.LATE: "超期决定",
    Measure.RED: "当前红牌",
    Measure.YELLOW: "当前黄牌",
    Measure.URGES: "被督办",
    Measure.TICKETS_IN_TIME: "按时答复工单",
    Measure.COMPLAINTS: "被投诉",
    Measure.RATINGS: "评价得分",
}
GAINS = frozenset({Measure.ON_TIME, Measure.TICKETS_IN_TIME, Measure.RATINGS})
DEFAULT_WEIGHTS = {
    Measure.ON_TIME.value: 0.5,
    Measure.LATE.value: 2.0,
    Measure.RED.value: 3.0,
    Measure.YELLOW.value: 1.0,
    Measure.URGES.value: 2.0,
    Measure.TICKETS_IN_TIME.value: 1.0,
    Measure.COMPLAINTS.value: 5.0,
    Measure.RATINGS.value: 1.0,
}


class AssessmentPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def label(self) -> str:
        return {"month": "月度", "quarter": "季度", "year": "年度"}[self.value]


@dataclass(frozen=True)
class ScoringSettings:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    period: str = AssessmentPeriod.QUARTER.value

    def weight(self, measure: Measure) -> float:
        return float(self.weights.get(measure.value, DEFAULT_WEIGHTS[measure.value]))


def load_scoring_settings(session: Session) -> ScoringSettings:
    stored = session.get(Setting, SETTINGS_KEY)
    values = dict(stored.value) if stored is not None else {}
    weights = {**DEFAULT_WEIGHTS, **values.get("weights", {})}
    return ScoringSettings(weights, values.get("period", AssessmentPeriod.QUARTER.value))


def scoring_problem(settings: ScoringSettings) -> DomainError | None:
    """What to correct before saving, in words; None when all is well."""
    for measure in Measure:
        weight = settings.weight(measure)
        if not 0 <= weight <= MOST_WEIGHT:
            return DomainError(
                "“{measure}”的权重应在 0 至 {most} 分之间，实为 {weight}：请改正后再保存",
                measure=measure.label,
                most=int(MOST_WEIGHT),
                weight=weight,
            )
    if settings.period not in {p.value for p in AssessmentPeriod}:
        return DomainError("考核周期应为月度、季度或年度")
    return None


def save_scoring_settings(
    session: Session, actor: Actor, settings: ScoringSettings
) -> ScoringSettings:
    """The admin sets the weights and the assessment period; audited."""
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以修改绩效考核权重")
    problem = scoring_problem(settings)
    if problem is not None:
        raise problem
    old = asdict(load_scoring_settings(session))
    new = {"weights": {m.value: settings.weight(m) for m in Measure}, "period": settings.period}
    stored = session.get(Setting, SETTINGS_KEY)
    if stored is None:
        stored = Setting(key=SETTINGS_KEY, value={})
        session.add(stored)
    stored.value = new
    stored.updated_at = utcnow()
    audit.record(session, actor, "update_settings", "setting", SETTINGS_KEY, old, new)
    session.flush()
    return load_scoring_settings(session)


def _bounds(kind: str, year: int, index: int) -> tuple[date, date, str]:
    """The first day, the day after the last, and the name of one assessment period."""
    if kind == AssessmentPeriod.MONTH:
        return (
            date(year, index, 1),
            date(year + index // 12, index % 12 + 1, 1),
            f"{year}年{index}月",
        )
    if kind == AssessmentPeriod.QUARTER:
        after = date(year + index // 4, (3 * index) % 12 + 1, 1)
        return date(year, 3 * index - 2, 1), after, f"{year}年第{index}季度"
    return date(year, 1, 1), date(year + 1, 1, 1), f"{year}年度"


def assessment_periods(kind: str, today: date, count: int = 8) -> list[tuple[str, Period]]:
    """The latest `count` assessment periods up to today, newest first, with their names
    (2026年11月, 2026年第4季度, 2026年度); the current one ends today."""
    per_year = {"month": 12, "quarter": 4}.get(kind, 1)
    year = today.year
    index = {"month": today.month, "quarter": (today.month - 1) // 3 + 1}.get(kind, 1)
    periods: list[tuple[str, Period]] = []
    for _ in range(count):
        start, after, name = _bounds(kind, year, index)
        try:
            periods.append((name, Period(start, min(today, after - timedelta(days=1)))))
        except InvalidPeriod:
            break  # before the calendar's first year
        index -= 1
        if index < 1:
            year, index = year - 1, per_year
    return periods


@dataclass(frozen=True)
class ScorePart:
    measure: Measure
    count: float  # for a department: the average over its people
    weight: float
    points: float  # sign × weight × count


@dataclass(frozen=True)
class ScoredRow:
    key: int | None
    name: str
    department: str
    score: float
    parts: tuple[ScorePart, ...]
    people: int = 1

    def part(self, measure: Measure) -> ScorePart:
        return next(p for p in self.parts if p.measure is measure)


@dataclass(frozen=True)
class Scoreboard:
    period: Period
    settings: ScoringSettings
    people: list[ScoredRow]
    departments: list[ScoredRow]


def measure_counts(row: PerformanceRow) -> dict[Measure, int]:
    """What each measure counts for one person."""
    return {
        Measure.ON_TIME: row.on_time,
        Measure.LATE: row.late,
        Measure.RED: row.overdue_now,
        Measure.YELLOW: row.due_soon_now,
        Measure.URGES: row.urges,
        Measure.TICKETS_IN_TIME: row.tickets_in_time,
        Measure.COMPLAINTS: row.complaints,
        Measure.RATINGS: row.rating_sum - int(RatingLevel.FAIRLY_SATISFIED) * row.ratings,
    }


def _parts(counts: dict[Measure, float], settings: ScoringSettings) -> tuple[ScorePart, ...]:
    return tuple(
        # `or 0.0`: a part of nothing is 0, not −0
        ScorePart(m, counts[m], settings.weight(m), m.sign * settings.weight(m) * counts[m] or 0.0)
        for m in Measure
    )


def _total(parts: Sequence[ScorePart]) -> float:
    return round(BASE + sum(p.points for p in parts), 2)


def score_person(row: PerformanceRow, settings: ScoringSettings, department: str = "") -> ScoredRow:
    parts = _parts(dict(measure_counts(row)), settings)  # type: ignore[arg-type]
    return ScoredRow(row.user_id, row.name, department, _total(parts), parts)


def _ranked(rows: list[ScoredRow]) -> list[ScoredRow]:
    return sorted(rows, key=lambda r: (-r.score, r.name))


def scoreboard(
    session: Session,
    actor: Actor,
    period: Period,
    rows: list[PerformanceRow] | None = None,
    stats: StatsResult | None = None,
) -> Scoreboard:
    """People and departments of the period, ranked by score (highest first). Pass the
    period's performance rows when they are at hand."""
    rows = rows if rows is not None else staff_performance(session, actor, period, stats)
    settings = load_scoring_settings(session)
    homes = dict(
        session.execute(
            sa.select(StaffUser.id, Department.short_name)
            .join(Department, Department.id == StaffUser.department_id)
            .where(StaffUser.id.in_([r.user_id for r in rows]))
        ).all()
    )
    ids = dict(session.execute(sa.select(Department.short_name, Department.id)).all())
    people = [score_person(r, settings, homes.get(r.user_id, NO_DEPARTMENT)) for r in rows]
    groups: dict[str, list[ScoredRow]] = {}
    for person in people:
        groups.setdefault(person.department, []).append(person)
    departments = []
    for name, members in groups.items():
        counts = {m: sum(p.part(m).count for p in members) / len(members) for m in Measure}
        parts = _parts(counts, settings)
        departments.append(ScoredRow(ids.get(name), name, name, _total(parts), parts, len(members)))
    return Scoreboard(period, settings, _ranked(people), _ranked(departments))
