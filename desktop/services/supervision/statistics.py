"""Case statistics for a period, computed in SQL once and shared by the dashboard, the export
and `approval-desk stats`, so the numbers are the same everywhere.

Definitions (period P = [start, end], both days included; "today" for warnings):

- 受理 accepted: cases whose acceptance day is in P.
- 办结 completed: cases delivered (已送达, the decision, grant or refusal, handed over) with
  their closing day in P, whenever they were accepted.
- 办结率 completion rate: of the cases accepted in P, the share delivered by the end of P:
  delivered by end / (accepted - withdrawn or terminated by end). Withdrawn and terminated
  cases end without a result to deliver, so they leave the denominator. A cohort rate, so
  it never exceeds 100 % and a past period's rate does not change as time passes.
- 办结/受理 completed over accepted: 办结 / 受理 of the period, the ratio bureaus publish
  (the seed's 30,496 / 31,139 = 97.93 %); it mixes cohorts, so it can pass 100 %.
- 作出决定 decided: cases whose decision day (approve or reject) is in P.
- 按时办结率 on-time rate: of the cases decided in P, the share decided on or before the
  promised due date (承诺时限). The stored due date already counts working days only,
  skips the paused intervals (supplement, inspection where the item says so, special
  procedure) and adds an extension, so "on time" respects all of them.
- 提前决定 early: decided before the promised due date (at least one day to spare).
  超期决定 late: decided after it.
- 平均用时 average working days used, against 平均时限 the average limit: for the cases
  decided in P, the limit is the promised limit plus any extension; the days used are
  the limit minus the working days still left on the decision day (plus the working days
  late, if late): the clock's own count, pauses excluded.
- 当前超期（红牌）/ 即将到期（黄牌）: cases in the back office, clock running, past their
  promised due date / past the yellow day but not yet due, today (the queues' views).
- 当前环节超时 / 当前环节临近到期 late and yellow steps: cases whose current step (review,
  sign-off, certificate, delivery) is past its own due day / past its yellow day but not
  yet due, its clock running, today (the queues' step views, the same condition).

Breakdowns: by queue, supervising department (of the item), item, and handler (the
case's current handler); and the month-by-month trend of accepted, completed, decided,
on time. Counted per (queue, item, handler) from the month tallies kept by triggers and the
cases of the months P covers in part (`stats_months`), so a refresh does not grow with the
table; today's warnings from the open cases alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date
from operator import add, attrgetter, itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Department, Item, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.services import timesource
from desktop.services.supervision.stats_definitions import (
    Dimension,
    Figure,
    Period,
)
from desktop.services.supervision.stats_months import count_period
from desktop.services.supervision.stats_scan import (
    DAYS_PAST_DUE,
    EXTENSION_DAYS,
    SLOT,
    TREND,
    GroupKey,
    tune_for_reporting,
)
from desktop.services.supervision_access import require_supervision

UNCLAIMED = "（未认领）"


@dataclass(frozen=True)
class Figures:
    """The counts of one group of cases; rates and averages derive from them."""

    accepted: int = 0
    completed: int = 0
    cohort_completed: int = 0
    cohort_ended: int = 0
    cohort_open: int = 0
    decided: int = 0
    on_time: int = 0
    early: int = 0
    late: int = 0
    overdue_now: int = 0
    due_soon_now: int = 0
    late_steps: int = 0  # today: cases whose current step is past its due day
    yellow_steps: int = 0  # ... past its yellow day, not yet due
    limit_days: int = 0  # sum over decided cases of promised limit + extension
    days_past_due: int = 0  # sum over decided cases of working days late (negative: spare)

    def __add__(self, other: Figures) -> Figures:
        return Figures(*map(add, _values(self), _values(other)))

    def count(self, figure: Figure) -> int:
        return int(getattr(self, figure.value))

    @property
    def completion_rate(self) -> float | None:
        return share(self.cohort_completed, self.accepted - self.cohort_ended)

    @property
    def completed_over_accepted(self) -> float | None:
        """办结 / 受理 of the period, the figure bureaus publish: cases completed in P over
        cases accepted in P, whenever the completed ones were accepted (can pass 100 %)."""
        return share(self.completed, self.accepted)

    @property
    def on_time_rate(self) -> float | None:
        return share(self.on_time, self.decided)

    @property
    def average_limit_days(self) -> float | None:
        return share(self.limit_days, self.decided)

    @property
    def average_used_days(self) -> float | None:
        return share(self.limit_days + self.days_past_due, self.decided)

    def as_dict(self) -> dict[str, Any]:
        derived = {
            "completion_rate": self.completion_rate,
            "completed_over_accepted": self.completed_over_accepted,
            "on_time_rate": self.on_time_rate,
            "average_used_days": self.average_used_days,
            "average_limit_days": self.average_limit_days,
        }
        return {**asdict(self), **{k: _rounded(v) for k, v in derived.items()}}


_values = attrgetter(*(f.name for f in fields(Figures)))
_in_order = itemgetter(*(f.name for f in fields(Figures)))
# The counts of `Figures` that come straight from the counted groups.
COUNTED = tuple(f.value for f in Figure if f is not Figure.COHORT_OPEN)


def share(part: float, whole: float) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class FigureRow:
    """One row of a breakdown: the group's key (for drill-down), its name, its figures."""

    key: str | int | None
    label: str
    figures: Figures


@dataclass(frozen=True)
class MonthRow:
    month: str  # YYYY-MM
    accepted: int
    completed: int
    decided: int
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        return share(self.on_time, self.decided)


@dataclass(frozen=True)
class StatsResult:
    period: Period
    today: date
    total: Figures
    breakdowns: dict[Dimension, list[FigureRow]]
    months: list[MonthRow]

    def rows(self, by: Dimension) -> list[FigureRow]:
        return self.breakdowns[by]

    def as_dict(self, by: Dimension | None = None) -> dict[str, Any]:
        """Plain data for `--json`: the total, the trend, and one or every breakdown."""
        chosen = [by] if by is not None else list(Dimension)
        return {
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
            "today": self.today.isoformat(),
            "total": self.total.as_dict(),
            "months": [
                {**asdict(m), "on_time_rate": _rounded(m.on_time_rate)} for m in self.months
            ],
            "by": {
                dimension.value: [
                    {"key": r.key, "label": r.label, **r.figures.as_dict()}
                    for r in self.breakdowns[dimension]
                ]
                for dimension in chosen
            },
        }


def compute_statistics(session: Session, actor: Actor, period: Period) -> StatsResult:
    """Every figure of the period, with all breakdowns and the monthly trend."""
    require_supervision(actor, "查看统计")
    tune_for_reporting(session)
    today = timesource.today()
    counts = count_period(session, period, today)
    fine = _fine_figures(session, counts.groups)
    total = _summed(values for _, values in fine)
    breakdowns = {dimension: _breakdown(session, dimension, fine) for dimension in Dimension}
    months = [
        MonthRow(month, *(counts.months[figure][month] for figure in TREND))
        for month in period.months()
    ]
    return StatsResult(period, today, total, breakdowns, months)


FineKey = tuple[Category, int, int, int | None]  # queue, department, item, handler
FineValues = tuple[int, ...]  # the fields of `Figures`, in order


def _summed(many: Iterable[FineValues]) -> Figures:
    return Figures(*map(sum, zip(*many, strict=True)))


def _fine_figures(
    session: Session, groups: dict[GroupKey, list[int]]
) -> list[tuple[FineKey, FineValues]]:
    """Figures per (queue, department, item, handler), as plain values (thousands of them,
    added up by dimension): the department and the promised limit come with the item, so
    the counts join nothing."""
    items = {
        item_id: (department_id, limit)
        for item_id, department_id, limit in session.execute(
            sa.select(Item.id, Item.department_id, Item.promised_limit_days)
        )
    }
    fine = []
    counted = itemgetter(*(SLOT[name] for name in COUNTED))
    extension_days, days_past_due = SLOT[EXTENSION_DAYS], SLOT[DAYS_PAST_DUE]
    for (category, item_id, handler_id), slots in groups.items():
        counts = dict(zip(COUNTED, counted(slots), strict=True))
        department_id, limit = items[item_id]
        values = {
            **counts,
            "cohort_open": counts["accepted"] - counts["cohort_completed"] - counts["cohort_ended"],
            "limit_days": limit * counts[Figure.DECIDED.value] + slots[extension_days],
            "days_past_due": slots[days_past_due],
        }
        fine.append(((category, department_id, item_id, handler_id), _in_order(values)))
    return fine


def _breakdown(
    session: Session, dimension: Dimension, fine: list[tuple[FineKey, FineValues]]
) -> list[FigureRow]:
    """Roll the fine groups up to one dimension (a few thousand groups, not cases)."""
    position = list(Dimension).index(dimension)
    parts: dict[Any, list[FineValues]] = {}
    for key, values in fine:
        parts.setdefault(key[position], []).append(values)
    names = _names(session, dimension, list(parts))
    rows = [
        FigureRow(
            key.value if isinstance(key, Category) else key,
            names.get(key, str(key)),
            _summed(values),
        )
        for key, values in parts.items()
    ]
    return sorted(rows, key=lambda r: (-r.figures.accepted, r.label))


def _names(session: Session, dimension: Dimension, keys: list[Any]) -> dict[Any, str]:
    ids = [k for k in keys if k is not None]
    if dimension is Dimension.QUEUE:
        return {k: Category(k).label for k in ids}
    model, column = {
        Dimension.DEPARTMENT: (Department, Department.short_name),
        Dimension.ITEM: (Item, Item.name),
        Dimension.HANDLER: (StaffUser, StaffUser.full_name),
    }[dimension]
    names: dict[Any, str] = {None: UNCLAIMED}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        names.update(session.execute(sa.select(model.id, column).where(model.id.in_(chunk))).all())
    return names
