"""Staff performance (绩效考核) per person and period: case handling, hotline answers,
complaints, urges and ratings side by side, each counted in SQL by person.

- Cases: decided in the period with the person as handler; on time / late as in
  `desktop.services.supervision.statistics`; red and yellow: their open cases today.
- Urges: urges sent to the person in the period.
- Tickets: tickets assigned to the person and first answered in the period; "in time" when
  answered by the end of the due day. Complaints: complaint tickets opened in the period
  about a case the person handles.
- Ratings: ratings given in the period on cases the person handles; poor = 差评.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, CaseUrge, Rating, StaffUser, Ticket
from desktop.domain.actor import Actor
from desktop.domain.enums import TicketKind
from desktop.domain.supervision import POOR_AT_MOST
from desktop.domain.timezone import CHINA
from desktop.services.supervision.statistics import StatsResult, compute_statistics, share
from desktop.services.supervision.stats_definitions import Dimension, Figure, Period
from desktop.services.supervision.tickets import answered_on
from desktop.services.supervision_access import require_supervision

CASE_FIGURES = (
    Figure.DECIDED,
    Figure.ON_TIME,
    Figure.LATE,
    Figure.OVERDUE_NOW,
    Figure.DUE_SOON_NOW,
)


@dataclass(frozen=True)
class PerformanceRow:
    user_id: int
    name: str
    decided: int = 0
    on_time: int = 0
    late: int = 0
    overdue_now: int = 0
    due_soon_now: int = 0
    urges: int = 0
    tickets_answered: int = 0
    tickets_in_time: int = 0
    complaints: int = 0
    ratings: int = 0
    rating_sum: int = 0
    poor_ratings: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return share(self.on_time, self.decided)

    @property
    def tickets_in_time_rate(self) -> float | None:
        return share(self.tickets_in_time, self.tickets_answered)

    @property
    def average_rating(self) -> float | None:
        return share(self.rating_sum, self.ratings)


def moments(period: Period) -> tuple[datetime, datetime]:
    """The period as [first moment, moment after the last day) in China time."""
    start = datetime.combine(period.start, time(0), CHINA)
    return start, datetime.combine(period.end + timedelta(days=1), time(0), CHINA)


def staff_performance(
    session: Session, actor: Actor, period: Period, stats: StatsResult | None = None
) -> list[PerformanceRow]:
    """One row per person with anything to show in the period, the busiest first.
    Pass the period's statistics when they are at hand, to count the cases only once."""
    require_supervision(actor, "查看绩效")
    begin, end = moments(period)
    counts: dict[int, Counter[str]] = {}

    def add(user_id: int | None, **values: int) -> None:
        if user_id is not None:
            counts.setdefault(user_id, Counter()).update(values)

    # The case figures per handler are the statistics' own (one pass over the cases).
    stats = stats or compute_statistics(session, actor, period)
    for row in stats.rows(Dimension.HANDLER):
        if isinstance(row.key, int):
            add(row.key, **{f.value: row.figures.count(f) for f in CASE_FIGURES})
    for user_id, n in session.execute(
        sa.select(CaseUrge.handler_id, sa.func.count())
        .where(CaseUrge.urged_at >= begin, CaseUrge.urged_at < end)
        .group_by(CaseUrge.handler_id)
    ):
        add(user_id, urges=n)
    # Tickets are few (a small share of cases): whether each was in time is decided here.
    for user_id, answered_at, due_on in session.execute(
        sa.select(Ticket.assignee_id, Ticket.answered_at, Ticket.due_on).where(
            Ticket.answered_at >= begin, Ticket.answered_at < end
        )
    ):
        add(user_id, tickets_answered=1, tickets_in_time=int(answered_on(answered_at) <= due_on))
    for user_id, n in session.execute(
        sa.select(Case.handler_id, sa.func.count())
        .join(Ticket, Ticket.case_id == Case.id)
        .where(
            Ticket.kind == TicketKind.COMPLAINT, Ticket.opened_at >= begin, Ticket.opened_at < end
        )
        .group_by(Case.handler_id)
    ):
        add(user_id, complaints=n)
    for user_id, n, total, poor in session.execute(
        sa.select(
            Case.handler_id,
            sa.func.count(),
            sa.func.sum(Rating.level),
            sa.func.count().filter(Rating.level <= int(POOR_AT_MOST)),
        )
        .join(Rating, Rating.case_id == Case.id)
        .where(Rating.rated_at >= begin, Rating.rated_at < end)
        .group_by(Case.handler_id)
    ):
        add(user_id, ratings=n, rating_sum=int(total or 0), poor_ratings=poor)
    names = {
        user_id: name
        for user_id, name in session.execute(
            sa.select(StaffUser.id, StaffUser.full_name).where(StaffUser.id.in_(list(counts)))
        )
    }
    rows = [
        PerformanceRow(user_id, names.get(user_id, str(user_id)), **values)
        for user_id, values in counts.items()
    ]
    return sorted(rows, key=lambda r: (-r.decided, -r.tickets_answered, r.name))
