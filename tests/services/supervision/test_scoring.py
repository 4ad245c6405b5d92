"""Scored performance: a handler's score worked out by hand, with the default weights and
with the admin's, on both backends; the weights are the admin's alone, checked and audited."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import TicketKind
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import RatingLevel
from desktop.domain.timezone import CHINA
from desktop.services.cases import actions as cases
from desktop.services.cases import urging
from desktop.services.supervision import ratings, tickets
from desktop.services.supervision.scoring import (
    AssessmentPeriod,
    Measure,
    ScoringSettings,
    assessment_periods,
    load_scoring_settings,
    save_scoring_settings,
    scoreboard,
)
from desktop.services.supervision.stats_definitions import Period

PERIOD = Period(date(2026, 11, 1), date(2026, 11, 30))


def story(bureau) -> None:
    """soc1 decides two cases, one late after an urge; a complaint about the late one is
    answered in time; the quick one is rated 非常满意 (+2), the late one 不满意 (−1)."""
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


def test_a_score_is_the_weighed_sum_worked_out_by_hand(bureau):
    story(bureau)
    supervisor, admin = bureau.actors["super1"], bureau.actors["admin"]
    with bureau.sessions() as session:
        board = scoreboard(session, supervisor, PERIOD)
    person = next(r for r in board.people if r.name == "用户soc1")
    counts = {p.measure: p.count for p in person.parts}
    assert counts == {
        Measure.ON_TIME: 1,
        Measure.LATE: 1,
        Measure.RED: 0,
        Measure.YELLOW: 0,
        Measure.URGES: 1,
        Measure.TICKETS_IN_TIME: 1,
        Measure.COMPLAINTS: 1,
        Measure.RATINGS: 1,  # (5 − 3) + (2 − 3)
    }
    # 100 + 0.5×1 − 2×1 − 2×1 + 1×1 − 5×1 + 1×1
    assert person.score == 93.5
    assert person.part(Measure.COMPLAINTS).points == -5.0
    department = next(r for r in board.departments if r.people >= 1)
    assert board.departments and department.score <= 100
    weights = {
        "on_time": 4,
        "late": 3,
        "red": 1,
        "yellow": 1,
        "urges": 1,
        "tickets_in_time": 2,
        "complaints": 10,
        "ratings": 2.5,
    }
    with bureau.sessions() as session, session.begin():
        save_scoring_settings(session, admin, ScoringSettings(weights, "month"))
    with bureau.sessions() as session:
        board = scoreboard(session, supervisor, PERIOD)
        actions = session.scalars(
            sa.select(m.AuditEntry.action).where(m.AuditEntry.entity_id == "performance_scoring")
        ).all()
    person = next(r for r in board.people if r.name == "用户soc1")
    # 100 + 4 − 3 − 1 + 2 − 10 + 2.5
    assert person.score == 94.5
    assert board.settings.period == AssessmentPeriod.MONTH
    assert "update_settings" in actions


def test_only_the_admin_sets_weights_and_a_wrong_one_changes_nothing(bureau):
    supervisor, admin = bureau.actors["super1"], bureau.actors["admin"]
    with bureau.sessions() as session, pytest.raises(NotAllowed):
        save_scoring_settings(session, supervisor, ScoringSettings())
    bad = ScoringSettings({"complaints": 500}, "quarter")
    with bureau.sessions() as session, pytest.raises(DomainError) as refused:
        save_scoring_settings(session, admin, bad)
    assert "“被投诉”的权重应在 0 至 100 分之间" in str(refused.value)
    with bureau.sessions() as session, pytest.raises(DomainError):
        save_scoring_settings(session, admin, ScoringSettings(period="week"))
    with bureau.sessions() as session:
        assert load_scoring_settings(session) == ScoringSettings()
        assert session.get(m.Setting, "performance_scoring") is None


def test_assessment_periods_run_back_from_today():
    quarters = assessment_periods("quarter", date(2026, 2, 10), 3)
    assert [name for name, _ in quarters] == ["2026年第1季度", "2025年第4季度", "2025年第3季度"]
    assert quarters[0][1] == Period(date(2026, 1, 1), date(2026, 2, 10))
    assert quarters[1][1] == Period(date(2025, 10, 1), date(2025, 12, 31))
    months = assessment_periods("month", date(2026, 1, 5), 2)
    assert months[1] == ("2025年12月", Period(date(2025, 12, 1), date(2025, 12, 31)))
