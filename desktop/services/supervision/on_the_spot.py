"""窗口现场审批 in supervision's figures: cases the window granted on the spot, today and in
the period (README, "On-the-spot approval at the window")."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case
from desktop.domain.actor import Actor
from desktop.services import timesource
from desktop.services.cases.window import decided_at_window
from desktop.services.supervision.stats_definitions import Period
from desktop.services.supervision_access import require_supervision


@dataclass(frozen=True)
class OnTheSpot:
    today: int  # 今日现场办结
    period: int  # granted on the spot within the period


def count_on_the_spot(session: Session, period: Period) -> int:
    """Cases granted on the spot with their decision day in the period."""
    return int(
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Case)
            .where(Case.decided_on.between(period.start, period.end), decided_at_window())
        )
        or 0
    )


def on_the_spot(session: Session, actor: Actor, period: Period) -> OnTheSpot:
    """The dashboard's 现场办结 card: today's count and the period's."""
    require_supervision(actor, "查看现场办结统计")
    today = timesource.today()
    return OnTheSpot(
        count_on_the_spot(session, Period(today, today)), count_on_the_spot(session, period)
    )
