"""What each statistic counts, as one SQL condition: the counts and their case lists (drill-down)
use the same condition, so a figure and the list behind it always agree.

The definitions are spelled out in `desktop.services.supervision.statistics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import sqlalchemy as sa

from desktop.data.models import Case, Item
from desktop.data.models.cases import IN_BACK_OFFICE_SQL, STEP_RUNNING_SQL
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category
from desktop.domain.errors import DomainError
from desktop.domain.workdays import INDEX_FIRST, INDEX_LAST
from desktop.services.cases.queues import QueueView, view_condition


class InvalidPeriod(DomainError):
    code = "invalid_period"


@dataclass(frozen=True)
class Period:
    """A statistics period, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidPeriod(
                "统计期间无效：结束日期 {end} 早于开始日期 {start}，请重新选择",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )
        if self.start < INDEX_FIRST or self.end > INDEX_LAST:
            raise InvalidPeriod(
                "统计期间须在 {first} 至 {last} 之内",
                first=INDEX_FIRST.isoformat(),
                last=INDEX_LAST.isoformat(),
            )

    @classmethod
    def last_months(cls, today: date, months: int = 12) -> Period:
        """From the first day of the month `months - 1` months back up to today."""
        year, month = today.year, today.month - (months - 1)
        while month < 1:
            year, month = year - 1, month + 12
        return cls(date(year, month, 1), today)

    def months(self) -> list[str]:
        """The months the period touches, as YYYY-MM."""
        keys, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            keys.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return keys

    def __str__(self) -> str:
        return f"{self.start.isoformat()} 至 {self.end.isoformat()}"


class Figure(StrEnum):
    """A countable statistic; each is a set of cases (see `figure_condition`)."""

    ACCEPTED = "accepted"
    COMPLETED = "completed"
    COHORT_COMPLETED = "cohort_completed"
    COHORT_ENDED = "cohort_ended"
    COHORT_OPEN = "cohort_open"
    DECIDED = "decided"
    ON_TIME = "on_time"
    EARLY = "early"
    LATE = "late"
    OVERDUE_NOW = "overdue_now"
    DUE_SOON_NOW = "due_soon_now"
    LATE_STEPS = "late_steps"
    YELLOW_STEPS = "yellow_steps"

    @property
    def label(self) -> str:
        return FIGURE_LABELS[self]


FIGURE_LABELS = {
    Figure.ACCEPTED: "受理",
    Figure.COMPLETED: "办结",
    Figure.COHORT_COMPLETED: "本期受理已办结",
    Figure.COHORT_ENDED: "本期受理已撤回或终止",
    Figure.COHORT_OPEN: "本期受理未办结",
    Figure.DECIDED: "作出决定",
    Figure.ON_TIME: "按时决定",
    Figure.EARLY: "提前决定",
    Figure.LATE: "超期决定",
    Figure.OVERDUE_NOW: "当前超期（红牌）",
    Figure.DUE_SOON_NOW: "即将到期（黄牌）",
    Figure.LATE_STEPS: "当前环节超时",
    Figure.YELLOW_STEPS: "当前环节临近到期",
}
# Today's warnings on the current step's own clock, and the queue views that list them.
STEP_VIEWS = {
    Figure.LATE_STEPS: QueueView.STEP_OVERDUE,
    Figure.YELLOW_STEPS: QueueView.STEP_DUE_SOON,
}

ENDED = (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)


def figure_condition(figure: Figure, period: Period, today: date) -> sa.ColumnElement[bool]:
    """The cases a figure counts, for a period (warnings: as of today)."""
    start, end = period.start, period.end
    accepted = Case.accepted_on.between(start, end)
    decided = Case.decided_on.between(start, end)
    if figure is Figure.ACCEPTED:
        return accepted
    if figure is Figure.COMPLETED:
        return sa.and_(Case.status == CaseStatus.DELIVERED, Case.closed_on.between(start, end))
    if figure is Figure.COHORT_COMPLETED:
        return sa.and_(accepted, Case.status == CaseStatus.DELIVERED, Case.closed_on <= end)
    if figure is Figure.COHORT_ENDED:
        return sa.and_(accepted, Case.status.in_(ENDED), Case.closed_on <= end)
    if figure is Figure.COHORT_OPEN:
        finished = sa.and_(Case.status.in_((CaseStatus.DELIVERED, *ENDED)), Case.closed_on <= end)
        return sa.and_(accepted, sa.not_(finished))
    if figure is Figure.DECIDED:
        return decided
    if figure is Figure.ON_TIME:
        return sa.and_(decided, Case.decided_on <= Case.promised_due_on)
    if figure is Figure.EARLY:
        return sa.and_(decided, Case.decided_on < Case.promised_due_on)
    if figure is Figure.LATE:
        return sa.and_(decided, Case.decided_on > Case.promised_due_on)
    # The same conditions as the queues' red and yellow views, over every queue.
    if figure in STEP_VIEWS:
        return sa.and_(STEP_RUNNING_SQL, view_condition(Actor.system(), STEP_VIEWS[figure], today))
    view = QueueView.OVERDUE if figure is Figure.OVERDUE_NOW else QueueView.DUE_SOON
    return sa.and_(IN_BACK_OFFICE_SQL, view_condition(Actor.system(), view, today))


CASE_DATES = (Case.accepted_on, Case.decided_on, Case.closed_on)


def dated_in(first: date, last: date) -> sa.ColumnElement[bool]:
    """Cases accepted, decided or closed in [first, last]."""
    return sa.or_(*(column.between(first, last) for column in CASE_DATES))


class Dimension(StrEnum):
    """What the figures are broken down by."""

    QUEUE = "queue"
    DEPARTMENT = "department"
    ITEM = "item"
    HANDLER = "handler"

    @property
    def label(self) -> str:
        return {"queue": "队列", "department": "部门", "item": "事项", "handler": "承办人"}[
            self.value
        ]


DIMENSION_COLUMNS = {
    Dimension.QUEUE: Case.category,
    Dimension.DEPARTMENT: Item.department_id,  # the supervising department of the item
    Dimension.ITEM: Case.item_id,
    Dimension.HANDLER: Case.handler_id,
}


def dimension_condition(dimension: Dimension, key: object) -> sa.ColumnElement[bool]:
    """Cases of one row of a breakdown (statements must join Item for departments)."""
    column = DIMENSION_COLUMNS[dimension]
    if key is None:
        return column.is_(None)
    if dimension is Dimension.QUEUE:
        return column == Category(str(key))
    return column == int(str(key))
