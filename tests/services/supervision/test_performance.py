"""Staff performance: cases, urges, tickets, complaints and ratings per person and period."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.enums import TicketKind
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import RatingLevel
from desktop.domain.timezone import CHINA
from desktop.services.cases import actions as cases
from desktop.services.cases import urging
from desktop.services.supervision import ratings, tickets
from desktop.services.supervision.performance import staff_performance
from desktop.services.supervision.stats_definitions import Period

PERIOD = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_a_handlers_row_brings_every_part_together(bureau):
    soc1, clerk, supervisor = (bureau.actors[n] for n in ("soc1", "clerk1", "super1"))
    late = bureau.new_case("window", accepted_at=datetime(2026, 11, 12, 9, tzinfo=CHINA))
    late = bureau.run(cases.claim, soc1, late.id, late.version)
    bureau.run(urging.urge_case, supervisor, late.id, "请今日办结")
    bureau.run(cases.approve, soc1, late.id, late.version + 1)
    quick = bureau.new_case("window")
    quick = bureau.run(cases.claim, soc1, quick.id, quick.version)
    bureau.run(cases.approve, soc1, quick.id, quick.version)
    bureau.run(ratings.record_rating, clerk, quick.id, RatingLevel.VERY_SATISFIED)
    bureau.run(ratings.record_rating, clerk, late.id, RatingLevel.DISSATISFIED, "太慢")
    call = tickets.NewTicket(
        TicketKind.COMPLAINT, "张三", "139", "办件超期", case_id=late.id, assignee_id=soc1.user_id
    )
    ticket = bureau.run(tickets.open_ticket, clerk, call)
    bureau.run(tickets.reply_ticket, soc1, ticket.id, "已说明原因")
    with bureau.sessions() as session:
        rows = {row.name: row for row in staff_performance(session, supervisor, PERIOD)}
    row = rows["用户soc1"]
    assert (row.decided, row.on_time, row.late, row.on_time_rate) == (2, 1, 1, 0.5)
    assert (row.urges, row.complaints) == (1, 1)
    assert (row.tickets_answered, row.tickets_in_time) == (1, 1)
    assert (row.ratings, row.average_rating, row.poor_ratings) == (2, 3.5, 1)
    with bureau.sessions() as session, pytest.raises(NotAllowed):
        staff_performance(session, soc1, PERIOD)
