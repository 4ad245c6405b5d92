"""The period report (工作情况报告): every figure a bureau reports for a period, gathered
once for the PDF, the workbook and `approval-desk stats --json`, so they always agree.

Besides the case statistics (`statistics`) and the catalogue (`catalogue_figures`), it
counts the service given in the period P (China time, both days included):

- 窗口授权事项作出决定: decisions in P on items the window is authorised to decide; of
  them, 受理当日作出决定: decided on the day of acceptance. The on-the-spot approval
  workflow (窗口现场审批) does not exist yet, so no figure claims to count it.
- 好差评: ratings given in P, per level; 满意率 = the share not poor (3 to 5 of 5).
- 热线与投诉: tickets opened in P per kind; tickets first answered in P, and of them those
  answered by the end of their due day.
- 监管抄告: notices sent in P, the cases they reported, and how many of those notices
  the departments have receipted so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, Item, Rating, ResultNotice, Ticket
from desktop.domain.actor import Actor
from desktop.domain.enums import TicketKind
from desktop.domain.supervision import POOR_AT_MOST, RatingLevel
from desktop.services.bureau import load_profile
from desktop.services.supervision.catalogue_figures import CatalogueResult, catalogue_figures
from desktop.services.supervision.on_the_spot import count_on_the_spot
from desktop.services.supervision.performance import moments
from desktop.services.supervision.statistics import StatsResult, compute_statistics, share
from desktop.services.supervision.stats_definitions import Dimension, Period
from desktop.services.supervision.tickets import answered_on
from desktop.services.supervision_access import require_supervision


@dataclass(frozen=True)
class ServiceFigures:
    window_decided: int = 0
    same_day_decided: int = 0
    on_the_spot: int = 0  # granted on the spot by an authorised window clerk
    ratings_by_level: tuple[int, ...] = (0, 0, 0, 0, 0)  # level 5 down to 1
    hotline_opened: int = 0
    complaints_opened: int = 0
    tickets_answered: int = 0
    tickets_in_time: int = 0
    notices_sent: int = 0
    notice_cases: int = 0
    notices_received: int = 0

    @property
    def ratings(self) -> int:
        return sum(self.ratings_by_level)

    @property
    def poor_ratings(self) -> int:
        return sum(
            n
            for level, n in zip(RatingLevel, self.ratings_by_level, strict=True)
            if level <= POOR_AT_MOST
        )

    @property
    def satisfaction_rate(self) -> float | None:
        return share(self.ratings - self.poor_ratings, self.ratings)

    @property
    def tickets_in_time_rate(self) -> float | None:
        return share(self.tickets_in_time, self.tickets_answered)

    def as_dict(self) -> dict[str, Any]:
        return {
            "window_decided": self.window_decided,
            "same_day_decided": self.same_day_decided,
            "on_the_spot": self.on_the_spot,
            "ratings": self.ratings,
            "ratings_by_level": {
                str(int(level)): n
                for level, n in zip(RatingLevel, self.ratings_by_level, strict=True)
            },
            "poor_ratings": self.poor_ratings,
            "satisfaction_rate": _rounded(self.satisfaction_rate),
            "hotline_opened": self.hotline_opened,
            "complaints_opened": self.complaints_opened,
            "tickets_answered": self.tickets_answered,
            "tickets_in_time": self.tickets_in_time,
            "tickets_in_time_rate": _rounded(self.tickets_in_time_rate),
            "notices_sent": self.notices_sent,
            "notice_cases": self.notice_cases,
            "notices_received": self.notices_received,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class PeriodReport:
    organ_name: str
    stats: StatsResult
    catalogue: CatalogueResult
    service: ServiceFigures

    @property
    def period(self) -> Period:
        return self.stats.period

    def as_dict(self, by: Dimension | None = None) -> dict[str, Any]:
        """The statistics' plain data with the catalogue and service figures beside them."""
        return {
            **self.stats.as_dict(by),
            "catalogue": self.catalogue.as_dict(),
            "service": self.service.as_dict(),
        }


def period_report(
    session: Session, actor: Actor, period: Period, stats: StatsResult | None = None
) -> PeriodReport:
    """Every figure of the period's report. Pass the statistics when they are at hand."""
    require_supervision(actor, "生成工作报告")
    stats = stats or compute_statistics(session, actor, period)
    return PeriodReport(
        load_profile(session).organ_name,
        stats,
        catalogue_figures(session),
        service_figures(session, period),
    )


def service_figures(session: Session, period: Period) -> ServiceFigures:
    begin, end = moments(period)
    count = sa.func.count
    window_decided, same_day = session.execute(
        sa.select(count(), count().filter(Case.decided_on == Case.accepted_on))
        .join(Item, Item.id == Case.item_id)
        .where(Case.decided_on.between(period.start, period.end), Item.window_authorised)
    ).one()
    levels = dict(
        session.execute(
            sa.select(Rating.level, count())
            .where(Rating.rated_at >= begin, Rating.rated_at < end)
            .group_by(Rating.level)
        ).all()
    )
    opened = dict(
        session.execute(
            sa.select(Ticket.kind, count())
            .where(Ticket.opened_at >= begin, Ticket.opened_at < end)
            .group_by(Ticket.kind)
        ).all()
    )
    # Tickets are few (a small share of cases): whether each was in time is decided here,
    # by the China day of the answer, as the performance figures do.
    answers = session.execute(
        sa.select(Ticket.answered_at, Ticket.due_on).where(
            Ticket.answered_at >= begin, Ticket.answered_at < end
        )
    ).all()
    sent, cases, received = session.execute(
        sa.select(
            count(),
            sa.func.coalesce(sa.func.sum(ResultNotice.case_count), 0),
            count().filter(ResultNotice.received_at.is_not(None)),
        ).where(ResultNotice.sent_at >= begin, ResultNotice.sent_at < end)
    ).one()
    return ServiceFigures(
        window_decided=int(window_decided),
        same_day_decided=int(same_day),
        on_the_spot=count_on_the_spot(session, period),
        ratings_by_level=tuple(int(levels.get(int(level), 0)) for level in RatingLevel),
        hotline_opened=int(opened.get(TicketKind.HOTLINE, 0)),
        complaints_opened=int(opened.get(TicketKind.COMPLAINT, 0)),
        tickets_answered=len(answers),
        tickets_in_time=sum(answered_on(at) <= due for at, due in answers),
        notices_sent=int(sent),
        notice_cases=int(cases),
        notices_received=int(received),
    )
