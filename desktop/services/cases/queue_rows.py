"""What a line of a case list shows (queues and statistics drill-downs), read as plain
columns, and the keys that continue a page after its last line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from desktop.data.models import Applicant, Case, CaseUrge, Department, Item, StaffUser
from desktop.domain.clock import WarningLevel, remaining_working_days
from desktop.domain.enums import CaseStatus
from desktop.domain.steps import Step, current_step, step_warning
from desktop.domain.workdays import WorkCalendar

# Statuses whose clock is running: what yellow and red warnings are about.
RUNNING = (
    CaseStatus.RECEIVED,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.DECISION_PROPOSED,
    CaseStatus.AWAITING_SIGNOFF,
)


class SortKey(StrEnum):
    NUMBER = "number"
    ACCEPTED = "accepted"
    DUE = "due"
    STATUS = "status"


SORT_COLUMNS = {
    SortKey.NUMBER: Case.number,
    SortKey.ACCEPTED: Case.accepted_at,
    SortKey.DUE: Case.promised_due_on,
    SortKey.STATUS: Case.status,
}


@dataclass(frozen=True)
class QueueRow:
    """One line of a queue, plain data for the table."""

    id: int
    number: str
    item: str
    applicant: str
    project: str
    accepted_on: date
    promised_due_on: date | None
    remaining_days: int | None  # None while the clock is paused or stopped
    warning: WarningLevel
    status: CaseStatus
    handler: str
    green_channel: bool
    provisional: bool
    version: int
    urged: bool  # a supervisor's urge waits for the handler's acknowledgement
    step: Step | None = None  # the step the case is in (domain/steps.py)
    step_warning: WarningLevel = WarningLevel.NORMAL  # that step's own clock
    step_due_on: date | None = None  # that step's due day
    department: str = ""  # the item's supervising department (short name)


@dataclass(frozen=True)
class Page:
    rows: list[QueueRow]
    after: tuple[Any, ...] | None  # the key to continue from; None at the end


_HANDLER = aliased(StaffUser)
# Columns, not ORM objects: a list is only read, and a page of objects costs several times
# as much to load. Built once; callers add their conditions to it.
_ROWS = (
    sa.select(
        Case.id,
        Case.number,
        Case.project_name,
        Case.accepted_on,
        Case.accepted_at,
        Case.promised_due_on,
        Case.promised_warn_on,
        Case.step_due_on,
        Case.step_warn_on,
        Case.status,
        Case.green_channel,
        Case.queue_rank,
        Case.version,
        Item.name.label("item_name"),
        Applicant.name.label("applicant_name"),
        _HANDLER.full_name.label("handler_name"),
        Department.short_name.label("department_name"),
        sa.exists()
        .where(CaseUrge.case_id == Case.id, CaseUrge.acknowledged_at.is_(None))
        .label("urged"),
    )
    .join(Item, Item.id == Case.item_id)
    .join(Applicant, Applicant.id == Case.applicant_id)
    .join(Department, Department.id == Item.department_id)
    .outerjoin(_HANDLER, _HANDLER.id == Case.handler_id)
)


def row_select() -> sa.Select[Any]:
    """What a line shows: the case's columns with its item, applicant and handler names,
    and whether an urge waits for acknowledgement."""
    return _ROWS


def queue_rows(found: list[Any], today: date, calendar: WorkCalendar) -> list[QueueRow]:
    """Lines from rows of `row_select()`; the working days to each due date counted once."""
    remaining: dict[date, int] = {}
    known: dict[tuple[date, date], bool] = {}
    rows = []
    for row in found:
        due = row.promised_due_on
        left = None
        if due is not None and row.status in RUNNING:
            left = remaining.get(due)
            if left is None:
                left = remaining[due] = remaining_working_days(calendar, today, due)
        provisional = False
        if due is not None:
            span = (row.accepted_on, due)
            if span not in known:
                known[span] = not calendar.span_is_known(*span)
            provisional = known[span]  # the promised date's, the one the column shows
        step = current_step(row.status)
        rows.append(
            QueueRow(
                id=row.id,
                number=row.number,
                item=row.item_name,
                applicant=row.applicant_name,
                project=row.project_name or "",
                accepted_on=row.accepted_on,
                promised_due_on=due,
                remaining_days=left,
                warning=case_warning(row, today),
                status=row.status,
                handler=row.handler_name or "",
                green_channel=row.green_channel,
                provisional=provisional,
                version=row.version,
                urged=bool(row.urged),
                step=step,
                step_warning=step_warning(row.status, row.step_due_on, row.step_warn_on, today),
                step_due_on=row.step_due_on if step is not None else None,
                department=row.department_name,
            )
        )
    return rows


def case_warning(case: Case | sa.Row[Any], today: date) -> WarningLevel:
    """Red past the promised due date, yellow from the warning day, while the clock runs."""
    due = case.promised_due_on
    if due is None or case.status not in RUNNING:
        return WarningLevel.NORMAL
    if today > due:
        return WarningLevel.RED
    if case.promised_warn_on is not None and today >= case.promised_warn_on:
        return WarningLevel.YELLOW
    return WarningLevel.NORMAL


def after_key(
    column: sa.ColumnElement[Any], after: tuple[Any, Any], descending: bool
) -> sa.ColumnElement[bool]:
    """Rows past (sort value, id) in the sort direction: the keyset condition of a page."""
    # Typed binds: the value must be stored the way the column stores it (UTC text on SQLite).
    value, last_id = after
    return _past(
        column, sa.literal(value, column.type), sa.literal(last_id, Case.id.type), descending
    )


def after_bound(
    column: sa.ColumnElement[Any], descending: bool, *, ranked: bool = False
) -> sa.ColumnElement[bool]:
    """The keyset condition with its values left to the execution (`after_value`,
    `after_id`, and `after_rank` when `ranked`: the queue rank leads the order), so that
    one statement serves every page."""
    value = sa.bindparam("after_value", type_=column.type)
    last_id = sa.bindparam("after_id", type_=Case.id.type)
    if ranked:
        rank = sa.bindparam("after_rank", type_=Case.queue_rank.type)
        return sa.tuple_(Case.queue_rank, column, Case.id) > sa.tuple_(rank, value, last_id)
    return _past(column, value, last_id, descending)


def _past(
    column: sa.ColumnElement[Any], value: Any, last_id: Any, descending: bool
) -> sa.ColumnElement[bool]:
    position, bound = sa.tuple_(column, Case.id), sa.tuple_(value, last_id)
    return position < bound if descending else position > bound


def sort_value(case: Case | sa.Row[Any], key: SortKey) -> Any:
    """The value of a case's sort column, to continue a page after it."""
    return {
        SortKey.NUMBER: case.number,
        SortKey.ACCEPTED: case.accepted_at,
        SortKey.DUE: case.promised_due_on,
        SortKey.STATUS: case.status,
    }[key]
