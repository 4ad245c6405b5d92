"""The cases behind a figure (drill-down): counted and paged in SQL with the figure's own
condition, so the list always has exactly as many cases as the figure says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, Item
from desktop.domain.actor import Actor
from desktop.services import timesource
from desktop.services.cases.queue_rows import (
    SORT_COLUMNS,
    Page,
    SortKey,
    after_key,
    queue_rows,
    row_select,
    sort_value,
)
from desktop.services.cases.queues import PAGE_SIZE
from desktop.services.deadlines import work_calendar
from desktop.services.supervision.stats_definitions import (
    Dimension,
    Figure,
    Period,
    dimension_condition,
    figure_condition,
)
from desktop.services.supervision_access import require_supervision

# Figures counted as of today, over the cases open now: the period does not choose them.
TODAYS = frozenset(
    {Figure.OVERDUE_NOW, Figure.DUE_SOON_NOW, Figure.LATE_STEPS, Figure.YELLOW_STEPS}
)


@dataclass(frozen=True)
class FigureQuery:
    """One figure, for the whole bureau or one row of a breakdown, in a sort order.

    Has `sort` and `descending` like a queue query, so the queue table model shows it.
    """

    period: Period
    figure: Figure
    dimension: Dimension | None = None
    key: str | int | None = None
    label: str = ""  # the breakdown row's name, for titles
    sort: SortKey = SortKey.ACCEPTED
    descending: bool = True

    def title(self) -> str:
        """What the list is: the figure, its breakdown row, and its period (a warning of
        today's: the day it is counted on, whatever the period)."""
        scope = f"{self.dimension.label}“{self.label}” · " if self.dimension else ""
        when = f"截至 {timesource.today()}" if self.figure in TODAYS else str(self.period)
        return f"{scope}{self.figure.label} · {when}"


def _conditions(query: FigureQuery) -> list[sa.ColumnElement[bool]]:
    conditions = [figure_condition(query.figure, query.period, timesource.today())]
    if query.dimension is not None:
        conditions.append(dimension_condition(query.dimension, query.key))
    return conditions


def count_figure_cases(session: Session, actor: Actor, query: FigureQuery) -> int:
    require_supervision(actor, "查看统计")
    statement = (
        sa.select(sa.func.count())
        .select_from(Case)
        .join(Item, Item.id == Case.item_id)
        .where(*_conditions(query))
    )
    return int(session.scalar(statement) or 0)


def fetch_figure_page(
    session: Session,
    actor: Actor,
    query: FigureQuery,
    after: tuple[Any, ...] | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """One page of the figure's cases, keyset-paged on (sort column, id)."""
    require_supervision(actor, "查看统计")
    column = SORT_COLUMNS[query.sort]
    order = (column.desc(), Case.id.desc()) if query.descending else (column, Case.id)
    statement = row_select().where(*_conditions(query)).order_by(*order).limit(limit)
    if after is not None:
        statement = statement.where(after_key(column, after, query.descending))
    found = list(session.execute(statement))
    today, calendar = timesource.today(), work_calendar(session)
    next_key = None
    if len(found) == limit:
        last = found[-1]
        next_key = (sort_value(last, query.sort), last.id)
    return Page(queue_rows(found, today, calendar), next_key)
