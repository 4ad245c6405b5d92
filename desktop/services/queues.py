"""The classified queues: views, counts, search and keyset-paged rows, all done in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Applicant, Case, CaseEvent, CaseTally, CaseUrge, Item, StaffUser
from desktop.data.models.cases import IN_BACK_OFFICE_SQL
from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel, remaining_working_days
from desktop.domain.enums import CLOSED_STATUSES, CaseStatus, Category, Role
from desktop.domain.workdays import WorkCalendar
from desktop.services import timesource
from desktop.services.deadlines import work_calendar

PAGE_SIZE = 200
# Statuses whose clock is running: what yellow and red warnings are about.
RUNNING = (
    CaseStatus.RECEIVED,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.DECISION_PROPOSED,
    CaseStatus.AWAITING_SIGNOFF,
)
PAUSED = (CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.INSPECTION, CaseStatus.SPECIAL_PROCEDURE)


class QueueView(StrEnum):
    POOL = "pool"
    MINE = "mine"
    SIGNOFF = "signoff"
    SUPPLEMENT = "supplement"
    PAUSED = "paused"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    GREEN = "green"
    ALL = "all"

    @property
    def label(self) -> str:
        return VIEW_LABELS[self]


VIEW_LABELS = {
    QueueView.POOL: "待认领",
    QueueView.MINE: "我的办件",
    QueueView.SIGNOFF: "待我审批",
    QueueView.SUPPLEMENT: "补正中",
    QueueView.PAUSED: "踏勘/特别程序",
    QueueView.DUE_SOON: "即将到期（黄牌）",
    QueueView.OVERDUE: "已超期（红牌）",
    QueueView.GREEN: "绿色通道",
    QueueView.ALL: "全部办件",
}


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
class QueueQuery:
    category: Category
    view: QueueView = QueueView.ALL
    search: str = ""
    sort: SortKey = SortKey.DUE
    descending: bool = False

    @classmethod
    def default(cls, category: Category, view: QueueView, search: str = "") -> QueueQuery:
        """Work views put the most urgent first; the full list puts the newest first."""
        if view is QueueView.ALL:
            return cls(category, view, search, SortKey.ACCEPTED, descending=True)
        return cls(category, view, search, SortKey.DUE, descending=False)


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


@dataclass(frozen=True)
class Page:
    rows: list[QueueRow]
    after: tuple[Any, ...] | None  # the key to continue from; None at the end


def view_condition(actor: Actor, view: QueueView, today: date) -> sa.ColumnElement[bool]:
    """The SQL condition of one view, for this actor."""
    if view is QueueView.POOL:
        return Case.status == CaseStatus.RECEIVED
    if view is QueueView.MINE:
        return sa.and_(Case.handler_id == actor.user_id, Case.status.not_in(CLOSED_STATUSES))
    if view is QueueView.SIGNOFF:
        waiting = []
        if actor.has(Role.REVIEWER) or actor.has(Role.HEAD):
            waiting.append(Case.status == CaseStatus.DECISION_PROPOSED)
        if actor.has(Role.HEAD):
            waiting.append(Case.status == CaseStatus.AWAITING_SIGNOFF)
        if not waiting:
            return sa.false()
        return sa.and_(sa.or_(*waiting), ~_proposed_by(actor))
    if view is QueueView.SUPPLEMENT:
        return Case.status == CaseStatus.SUPPLEMENT_REQUESTED
    if view is QueueView.PAUSED:
        return Case.status.in_((CaseStatus.INSPECTION, CaseStatus.SPECIAL_PROCEDURE))
    if view is QueueView.DUE_SOON:
        return sa.and_(
            Case.status.in_(RUNNING), Case.promised_warn_on <= today, Case.promised_due_on >= today
        )
    if view is QueueView.OVERDUE:
        return sa.and_(Case.status.in_(RUNNING), Case.promised_due_on < today)
    if view is QueueView.GREEN:
        return sa.and_(Case.green_channel.is_(True), Case.status.not_in(CLOSED_STATUSES))
    return sa.true()


def _proposed_by(actor: Actor) -> sa.ColumnElement[bool]:
    """The proposal in force (the last propose, not sent back since) is the actor's own:
    no one signs off their own proposal, so it is not "awaiting my sign-off"."""
    event, later = aliased(CaseEvent), aliased(CaseEvent)
    return (
        sa.exists()
        .where(event.case_id == Case.id, event.action == "propose", event.actor_id == actor.user_id)
        .where(
            ~sa.exists().where(
                later.case_id == event.case_id,
                later.id > event.id,
                later.action.in_(("propose", "send_back")),
            )
        )
    )


def search_condition(text: str) -> sa.ColumnElement[bool] | None:
    """By case number, applicant name, resident ID or credit code."""
    text = text.strip()
    if not text:
        return None
    matching = sa.select(Applicant.id).where(
        sa.or_(Applicant.identifier == text.upper(), Applicant.name.contains(text, autoescape=True))
    )
    return sa.or_(
        Case.number == text,
        Case.number.startswith(text, autoescape=True),
        Case.applicant_id.in_(matching),
    )


# Views whose cases are all still in the back office: they say so in the very words of the
# partial indexes' WHERE, which lets SQLite (that matches literally) use them too.
WORK_VIEWS = frozenset(
    {
        QueueView.POOL,
        QueueView.SIGNOFF,
        QueueView.SUPPLEMENT,
        QueueView.PAUSED,
        QueueView.DUE_SOON,
        QueueView.OVERDUE,
    }
)


def _filtered(actor: Actor, query: QueueQuery, today: date) -> list[sa.ColumnElement[bool]]:
    conditions = [Case.category == query.category, view_condition(actor, query.view, today)]
    if query.view in WORK_VIEWS:
        conditions.append(IN_BACK_OFFICE_SQL)
    search = search_condition(query.search)
    if search is not None:
        conditions.append(search)
    return conditions


def count_views(session: Session, actor: Actor, category: Category) -> dict[QueueView, int]:
    """How many cases each view of a queue holds (for the navigation).

    Every view but "all" lists only unfinished cases, a few percent of the table: they are
    counted in one pass over those rows (an index range on status). "All" is the sum of the
    trigger-kept tallies, so it costs nothing however large the table grows.
    """
    today = timesource.today()
    unfinished = [status for status in CaseStatus if status not in CLOSED_STATUSES]
    partial = [view for view in QueueView if view is not QueueView.ALL]
    columns = [
        sa.func.count().filter(view_condition(actor, view, today)).label(view.value)
        for view in partial
    ]
    row = session.execute(
        sa.select(*columns).where(Case.category == category, Case.status.in_(unfinished))
    ).one()
    counts = {view: int(getattr(row, view.value)) for view in partial}
    counts[QueueView.ALL] = int(
        session.scalar(
            sa.select(sa.func.sum(CaseTally.cases)).where(CaseTally.category == category)
        )
        or 0
    )
    return counts


def count_rows(session: Session, actor: Actor, query: QueueQuery) -> int:
    today = timesource.today()
    return int(
        session.scalar(
            sa.select(sa.func.count()).select_from(Case).where(*_filtered(actor, query, today))
        )
        or 0
    )


def row_select() -> sa.Select[Any]:
    """What a queue row shows: the case with its item, applicant and handler names, and
    whether an urge waits for acknowledgement."""
    handler = aliased(StaffUser)
    urged = sa.exists().where(CaseUrge.case_id == Case.id, CaseUrge.acknowledged_at.is_(None))
    return (
        sa.select(Case, Item.name, Applicant.name, handler.full_name, urged.label("urged"))
        .join(Item, Item.id == Case.item_id)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .outerjoin(handler, handler.id == Case.handler_id)
    )


def _segment(
    session: Session,
    actor: Actor,
    query: QueueQuery,
    rank: int,
    after: tuple[Any, Any] | None,
    limit: int,
    today: date,
) -> list[tuple[Any, ...]]:
    """Up to `limit` rows of one rank in sort order, after (sort value, id) when given.

    One rank at a time, so the order within it is one direction: the row-value comparison
    and ORDER BY follow an index (category, queue_rank, sort column, id) either way.
    """
    column = SORT_COLUMNS[query.sort]
    statement = (
        row_select()
        .where(*_filtered(actor, query, today), Case.queue_rank == rank)
        .order_by(
            *(
                (column.desc(), Case.id.desc())
                if query.descending
                else (column.asc(), Case.id.asc())
            )
        )
        .limit(limit)
    )
    if after is not None:
        statement = statement.where(after_key(column, after, query.descending))
    return list(session.execute(statement))


def after_key(
    column: sa.ColumnElement[Any], after: tuple[Any, Any], descending: bool
) -> sa.ColumnElement[bool]:
    """Rows past (sort value, id) in the sort direction: the keyset condition of a page."""
    # Typed binds: the value must be stored the way the column stores it (UTC text on SQLite).
    value, last_id = after
    position = sa.tuple_(column, Case.id)
    bound = sa.tuple_(sa.literal(value, column.type), sa.literal(last_id, Case.id.type))
    return position < bound if descending else position > bound


def sort_value(case: Case, key: SortKey) -> Any:
    """The value of a case's sort column, to continue a page after it."""
    return {
        SortKey.NUMBER: case.number,
        SortKey.ACCEPTED: case.accepted_at,
        SortKey.DUE: case.promised_due_on,
        SortKey.STATUS: case.status,
    }[key]


def fetch_page(
    session: Session,
    actor: Actor,
    query: QueueQuery,
    after: tuple[Any, ...] | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """One page of a queue in its order: green channel first, then the sort column.

    `after` = (rank, sort value, id) of the last row shown; the next page starts there.
    """
    today = timesource.today()
    calendar = work_calendar(session)
    found: list[tuple[Any, ...]] = []
    for rank in (0, 1):
        if after is not None and rank < after[0]:
            continue
        key = (after[1], after[2]) if after is not None and rank == after[0] else None
        found += _segment(session, actor, query, rank, key, limit - len(found), today)
        if len(found) >= limit:
            break
    rows = [queue_row(*row, today, calendar) for row in found]
    next_key = None
    if len(found) == limit:
        last = found[-1][0]
        next_key = (last.queue_rank, sort_value(last, query.sort), last.id)
    return Page(rows, next_key)


def fetch_rows(session: Session, actor: Actor, case_ids: list[int]) -> dict[int, QueueRow]:
    """Fresh rows for some cases (live refresh of rows already on screen)."""
    today = timesource.today()
    calendar = work_calendar(session)
    statement = row_select().where(Case.id.in_(case_ids))
    rows = (queue_row(*row, today, calendar) for row in session.execute(statement))
    return {row.id: row for row in rows}


def queue_row(
    case: Case,
    item: str,
    applicant: str,
    handler: str | None,
    urged: bool,
    today: date,
    calendar: WorkCalendar,
) -> QueueRow:
    """One row of `row_select()` as plain data."""
    due = case.promised_due_on
    running = due is not None and case.status in RUNNING
    remaining = remaining_working_days(calendar, today, due) if running and due else None
    return QueueRow(
        id=case.id,
        number=case.number,
        item=item,
        applicant=applicant,
        project=case.project_name or "",
        accepted_on=case.accepted_on,
        promised_due_on=due,
        remaining_days=remaining,
        warning=case_warning(case, today),
        status=case.status,
        handler=handler or "",
        green_channel=case.green_channel,
        # The column shows the promised date: provisional only if that date is.
        provisional=due is not None and not calendar.span_is_known(case.accepted_on, due),
        version=case.version,
        urged=bool(urged),
    )


def case_warning(case: Case, today: date) -> WarningLevel:
    """Red past the promised due date, yellow from the warning day, while the clock runs."""
    due = case.promised_due_on
    if due is None or case.status not in RUNNING:
        return WarningLevel.NORMAL
    if today > due:
        return WarningLevel.RED
    if case.promised_warn_on is not None and today >= case.promised_warn_on:
        return WarningLevel.YELLOW
    return WarningLevel.NORMAL
