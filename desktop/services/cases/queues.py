"""The classified queues: views, counts, search and keyset-paged rows, all done in SQL."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Applicant, Case, CaseEvent, CaseTally, Inspection
from desktop.data.models.cases import IN_BACK_OFFICE_SQL, POOL_SQL, STEP_RUNNING_SQL
from desktop.domain.actor import Actor
from desktop.domain.enums import CLOSED_STATUSES, CaseStatus, Category, InspectionStatus, Role
from desktop.domain.steps import CLOCK_STANDS
from desktop.services import timesource
from desktop.services.cases.queue_rows import (  # Page, QueueRow and SortKey re-exported
    RUNNING,
    SORT_COLUMNS,
    after_bound,
    queue_rows,
    row_select,
    sort_value,
)
from desktop.services.cases.queue_rows import Page as Page
from desktop.services.cases.queue_rows import QueueRow as QueueRow
from desktop.services.cases.queue_rows import SortKey as SortKey
from desktop.services.deadlines import work_calendar

PAGE_SIZE = 200
PAUSED = (CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.INSPECTION, CaseStatus.SPECIAL_PROCEDURE)


class QueueView(StrEnum):
    POOL = "pool"
    MINE = "mine"
    SIGNOFF = "signoff"
    SUPPLEMENT = "supplement"
    PAUSED = "paused"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    STEP_DUE_SOON = "step_due_soon"  # the current step past its yellow day, not yet due
    STEP_OVERDUE = "step_overdue"  # the current step past its due day
    GREEN = "green"
    ALL = "all"
    CERTIFY = "certify"  # the certificate clerk's: decided to grant, the licence not yet made
    DELIVER = "deliver"  # the clerk's: a licence or refusal waiting to be handed over
    SCHEDULE = "schedule"  # the coordinator's: an inspection requested, not yet scheduled

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
    QueueView.STEP_DUE_SOON: "环节临近到期",
    QueueView.STEP_OVERDUE: "环节超时",
    QueueView.GREEN: "绿色通道",
    QueueView.ALL: "全部办件",
    QueueView.CERTIFY: "待制证",
    QueueView.DELIVER: "待送达",
    QueueView.SCHEDULE: "待安排踏勘",
}
# The back office's views (handlers, reviewers, heads, supervisors, the admin), in order.
DESK_VIEWS = (
    QueueView.POOL,
    QueueView.MINE,
    QueueView.SIGNOFF,
    QueueView.SUPPLEMENT,
    QueueView.PAUSED,
    QueueView.DUE_SOON,
    QueueView.OVERDUE,
    QueueView.STEP_DUE_SOON,
    QueueView.STEP_OVERDUE,
    QueueView.GREEN,
    QueueView.ALL,
)
DESK_ROLES = (
    Role.HANDLER_ENGINEERING,
    Role.HANDLER_SOCIAL,
    Role.REVIEWER,
    Role.HEAD,
    Role.SUPERVISOR,
    Role.ADMIN,
)


def views_for(actor: Actor) -> tuple[QueueView, ...]:
    """The views a person works from: the clerk's and the coordinator's own first, then
    the back office's; someone with none of those roles still sees every case of the queue."""
    views: list[QueueView] = []
    if actor.has(Role.CLERK):
        views += [QueueView.CERTIFY, QueueView.DELIVER]
    if actor.has(Role.COORDINATOR):
        views += [QueueView.SCHEDULE, QueueView.PAUSED]
    if any(actor.has(role) for role in DESK_ROLES):
        views += [view for view in DESK_VIEWS if view not in views]
    else:
        views += [QueueView.GREEN, QueueView.ALL]
    return tuple(views)


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


# Views that are a set of statuses, nothing more: counted from the trigger-kept tallies.
STATUS_VIEWS = {
    QueueView.POOL: (CaseStatus.RECEIVED,),
    QueueView.SUPPLEMENT: (CaseStatus.SUPPLEMENT_REQUESTED,),
    QueueView.PAUSED: (CaseStatus.INSPECTION, CaseStatus.SPECIAL_PROCEDURE),
    QueueView.CERTIFY: (CaseStatus.APPROVED,),
    QueueView.DELIVER: (CaseStatus.CERTIFICATE_ISSUED, CaseStatus.REJECTED),
}
# The others are counted in one pass over the unfinished cases.
SCANNED_VIEWS = [v for v in QueueView if v is not QueueView.ALL and v not in STATUS_VIEWS]


def view_condition(actor: Actor, view: QueueView, today: date) -> sa.ColumnElement[bool]:
    """The SQL condition of one view, for this actor."""
    if view in STATUS_VIEWS:
        statuses = STATUS_VIEWS[view]
        return Case.status == statuses[0] if len(statuses) == 1 else Case.status.in_(statuses)
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
    if view is QueueView.DUE_SOON:
        return sa.and_(
            Case.status.in_(RUNNING), Case.promised_warn_on <= today, Case.promised_due_on >= today
        )
    if view is QueueView.OVERDUE:
        return sa.and_(Case.status.in_(RUNNING), Case.promised_due_on < today)
    if view is QueueView.STEP_DUE_SOON:
        return step_yellow(today)
    if view is QueueView.STEP_OVERDUE:
        return step_red(today)
    if view is QueueView.GREEN:
        return sa.and_(Case.green_channel.is_(True), Case.status.not_in(CLOSED_STATUSES))
    if view is QueueView.SCHEDULE:
        requested = sa.exists().where(
            Inspection.case_id == Case.id, Inspection.status == InspectionStatus.REQUESTED
        )
        return sa.and_(Case.status == CaseStatus.INSPECTION, requested)
    return sa.true()


def step_red(today: date) -> sa.ColumnElement[bool]:
    """The current step is past its due day, its clock running (domain.steps.step_warning):
    the step views, the supervision's counts and their drill-downs all read this."""
    return sa.and_(Case.step_due_on < today, Case.status.not_in(CLOCK_STANDS))


def step_yellow(today: date) -> sa.ColumnElement[bool]:
    """... or past its yellow day, not yet due."""
    return sa.and_(
        Case.step_warn_on <= today, Case.step_due_on >= today, Case.status.not_in(CLOCK_STANDS)
    )


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
# partial indexes' WHERE, which lets SQLite (that matches literally) use them too, and
# PostgreSQL when it plans a prepared statement once for any value of its parameters.
WORK_VIEWS = frozenset(
    {
        QueueView.POOL,
        QueueView.SIGNOFF,
        QueueView.SUPPLEMENT,
        QueueView.PAUSED,
        QueueView.DUE_SOON,
        QueueView.OVERDUE,
        QueueView.SCHEDULE,
    }
)

# Views of the current step's clock: they list the cases with a step running (its index).
STEP_VIEWS = frozenset({QueueView.STEP_DUE_SOON, QueueView.STEP_OVERDUE})


def _filtered(actor: Actor, query: QueueQuery, today: date) -> list[sa.ColumnElement[bool]]:
    conditions = [Case.category == query.category, view_condition(actor, query.view, today)]
    if query.view in WORK_VIEWS:
        conditions.append(IN_BACK_OFFICE_SQL)
    if query.view is QueueView.POOL:
        conditions.append(POOL_SQL)
    if query.view in STEP_VIEWS:
        conditions.append(STEP_RUNNING_SQL)
    search = search_condition(query.search)
    if search is not None:
        conditions.append(search)
    return conditions


def count_views(
    session: Session,
    actor: Actor,
    category: Category,
    views: tuple[QueueView, ...] | None = None,
) -> dict[QueueView, int]:
    """How many cases each view of a queue holds (for the navigation): every view, or
    those given (the navigation's, `views_for`).

    "All" and the views that are only statuses (the pool, supplements, paused) are sums of
    the trigger-kept tallies, so they cost nothing however large the table and the pool
    grow. The others list only unfinished cases: they are counted in one pass over those
    rows (an index range on status).
    """
    tallies = {
        status: cases
        for status, cases in session.execute(
            sa.select(CaseTally.status, CaseTally.cases).where(CaseTally.category == category)
        )
    }
    wanted = tuple(QueueView) if views is None else views
    scanned = tuple(view for view in SCANNED_VIEWS if view in wanted)
    counts: dict[QueueView, int] = {}
    if scanned:
        statement = _counts_statement(actor, category, timesource.today(), scanned)
        row = session.execute(statement).one()
        counts = {view: int(getattr(row, view.value)) for view in scanned}
    for view, statuses in STATUS_VIEWS.items():
        counts[view] = sum(tallies.get(status, 0) for status in statuses)
    counts[QueueView.ALL] = sum(tallies.values())
    return {view: counts[view] for view in wanted}


@functools.lru_cache(maxsize=64)
def _counts_statement(
    actor: Actor, category: Category, today: date, views: tuple[QueueView, ...]
) -> sa.Select[Any]:
    """The one pass of `count_views`, built once per person, queue, day and set of views."""
    unfinished = [status for status in CaseStatus if status not in CLOSED_STATUSES]
    columns = [
        sa.func.count().filter(view_condition(actor, view, today)).label(view.value)
        for view in views
    ]
    return sa.select(*columns).where(Case.category == category, Case.status.in_(unfinished))


def count_rows(session: Session, actor: Actor, query: QueueQuery) -> int:
    today = timesource.today()
    return int(
        session.scalar(
            sa.select(sa.func.count()).select_from(Case).where(*_filtered(actor, query, today))
        )
        or 0
    )


def _segment(
    session: Session,
    actor: Actor,
    query: QueueQuery,
    rank: int | None,
    after: tuple[Any, ...] | None,
    limit: int,
    today: date,
) -> list[sa.Row[Any]]:
    """Up to `limit` rows of one rank (of both when `rank` is None) in sort order, after
    the key when given: (sort value, id), with the rank first for both ranks."""
    statement = _segment_statement(actor, query, rank, after is not None, today)
    values: dict[str, Any] = {"limit": limit}
    if after is not None:
        values.update(zip(("after_value", "after_id"), after[-2:], strict=True))
        if rank is None:
            values["after_rank"] = after[0]
    return list(session.execute(statement, values))


@functools.lru_cache(maxsize=256)
def _segment_statement(
    actor: Actor, query: QueueQuery, rank: int | None, continued: bool, today: date
) -> sa.Select[Any]:
    """The statement of a segment, built once per person, query and day (every window
    opens the same few views again and again); limit and keyset values are bound.

    The row-value comparison and ORDER BY follow an index (category, queue_rank, sort
    column, id): in one scan over both ranks when ascending, one rank at a time when the
    sort column descends (green first, still).
    """
    column = SORT_COLUMNS[query.sort]
    if rank is None:
        order: tuple[Any, ...] = (Case.queue_rank, column.asc(), Case.id)
        conditions = _filtered(actor, query, today)
    else:
        order = (column.desc(), Case.id.desc()) if query.descending else (column.asc(), Case.id)
        conditions = [*_filtered(actor, query, today), Case.queue_rank == rank]
    statement = (
        row_select()
        .where(*conditions)
        .order_by(*order)
        .limit(sa.bindparam("limit", type_=sa.Integer()))
    )
    if continued:
        statement = statement.where(after_bound(column, query.descending, ranked=rank is None))
    return statement


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
    if not query.descending:
        found = _segment(session, actor, query, None, after, limit, today)
    else:
        found = []
        for rank in (0, 1):
            if after is not None and rank < after[0]:
                continue
            key = (after[1], after[2]) if after is not None and rank == after[0] else None
            found += _segment(session, actor, query, rank, key, limit - len(found), today)
            if len(found) >= limit:
                break
    next_key = None
    if len(found) == limit:
        last = found[-1]
        next_key = (last.queue_rank, sort_value(last, query.sort), last.id)
    return Page(queue_rows(found, today, calendar), next_key)


def fetch_rows(session: Session, actor: Actor, case_ids: list[int]) -> dict[int, QueueRow]:
    """Fresh rows for some cases (live refresh of rows already on screen)."""
    today = timesource.today()
    calendar = work_calendar(session)
    found = list(session.execute(row_select().where(Case.id.in_(case_ids))))
    return {row.id: row for row in queue_rows(found, today, calendar)}


SEARCH_LIMIT = 100


def search_everywhere(
    session: Session, actor: Actor, text: str, limit: int = SEARCH_LIMIT
) -> list[QueueRow]:
    """Cases of both queues and every status that match by case number, applicant name,
    resident ID or credit code, or project name: the newest first, at most `limit`. The
    database shows each login only the cases it may see (PostgreSQL's row security)."""
    found = search_condition(text)
    if found is None:
        return []
    project = Case.project_name.contains(text.strip(), autoescape=True)
    statement = (
        row_select().where(sa.or_(found, project)).order_by(Case.accepted_at.desc()).limit(limit)
    )
    rows = list(session.execute(statement))
    return queue_rows(rows, timesource.today(), work_calendar(session))
