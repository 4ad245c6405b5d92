"""Urging (督办): only yellow or red cases, by supervisors; the handler sees and acknowledges."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import Category
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import UrgeLevel
from desktop.domain.timezone import CHINA
from desktop.services.cases import actions as cases
from desktop.services.cases import urging
from desktop.services.cases.details import case_details
from desktop.services.cases.queues import QueueQuery, QueueView, fetch_page, fetch_rows


def test_a_red_case_is_urged_and_the_handler_sees_it(bureau):
    late = bureau.new_case("window", accepted_at=datetime(2026, 11, 12, 9, tzinfo=CHINA))
    state = bureau.run(cases.claim, bureau.actors["soc1"], late.id, late.version)
    supervisor, soc1 = bureau.actors["super1"], bureau.actors["soc1"]
    with pytest.raises(DomainError, match="督办意见"):
        bureau.run(urging.urge_case, supervisor, state.id, "  ")
    with pytest.raises(NotAllowed):
        bureau.run(urging.urge_case, soc1, state.id, "快办")
    line = bureau.run(urging.urge_case, supervisor, state.id, "请今日办结")
    assert line.level is UrgeLevel.RED and line.handler == "用户soc1"
    assert bureau.case(state.id).version == state.version + 1  # an open workbench reloads
    details = bureau.run(case_details, soc1, state.id)
    assert details.history[-1].action == "urge" and details.history[-1].reason == "请今日办结"
    (mine,) = bureau.run(urging.list_urges, soc1, unacknowledged_only=True)
    with pytest.raises(NotAllowed, match="被督办的承办人"):
        bureau.run(urging.acknowledge_urge, bureau.actors["eng1"], mine.id)
    seen = bureau.run(urging.acknowledge_urge, soc1, mine.id)
    assert seen.acknowledged_at is not None
    assert bureau.run(urging.list_urges, soc1, unacknowledged_only=True) == []
    assert bureau.run(urging.list_urges, bureau.actors["eng1"]) == []


def test_cases_without_a_warning_are_not_urged(bureau):
    fresh = bureau.new_case("one")
    with pytest.raises(urging.NothingToUrge, match="无需督办"):
        bureau.run(urging.urge_case, bureau.actors["super1"], fresh.id, "快办")


def test_a_yellow_case_is_urged_yellow(bureau):
    case = bureau.new_case("one")  # ten days: yellow from the ninth working day
    bureau.clock.advance(days=11)  # Friday 11-27, the ninth working day after 11-16
    line = bureau.run(urging.urge_case, bureau.actors["head1"], case.id, "即将到期")
    assert line.level is UrgeLevel.YELLOW and line.handler == ""


def red_case_of(bureau, handler: str = "soc1"):
    """A social-affairs case past its one-day promise, claimed by `handler`."""
    late = bureau.new_case("window", accepted_at=datetime(2026, 11, 12, 9, tzinfo=CHINA))
    return bureau.run(cases.claim, bureau.actors[handler], late.id, late.version)


def test_the_queue_marks_an_urged_case_until_its_handler_acknowledges(bureau):
    state = red_case_of(bureau)
    supervisor, soc1 = bureau.actors["super1"], bureau.actors["soc1"]
    assert not bureau.run(fetch_rows, soc1, [state.id])[state.id].urged
    line = bureau.run(urging.urge_case, supervisor, state.id, "请今日办结")
    assert bureau.run(fetch_rows, soc1, [state.id])[state.id].urged
    page = bureau.run(fetch_page, soc1, QueueQuery(Category.SOCIAL, QueueView.MINE))
    assert [row.urged for row in page.rows] == [True]
    assert bureau.run(urging.count_urges_to_me, soc1) == 1
    assert bureau.run(urging.count_urges_to_me, supervisor) == 0
    # The supervisor lists every urge, but none is sent to them.
    assert [u.id for u in bureau.run(urging.list_urges, supervisor)] == [line.id]
    assert bureau.run(urging.list_urges, supervisor, to_me=True) == []
    (shown,) = bureau.run(case_details, soc1, state.id).urges
    assert (shown.id, shown.handler_id, shown.urged_by) == (line.id, soc1.user_id, "用户super1")

    bureau.run(urging.acknowledge_urge, soc1, line.id)
    assert not bureau.run(fetch_rows, soc1, [state.id])[state.id].urged
    assert bureau.run(urging.count_urges_to_me, soc1) == 0
    assert bureau.run(case_details, soc1, state.id).urges == []


def test_a_second_acknowledgement_changes_nothing(bureau):
    state = red_case_of(bureau)
    soc1 = bureau.actors["soc1"]
    line = bureau.run(urging.urge_case, bureau.actors["super1"], state.id, "请今日办结")
    urged_version = bureau.case(state.id).version
    first = bureau.run(urging.acknowledge_urge, soc1, line.id)
    assert first.acknowledged_at == bureau.clock.now
    assert bureau.case(state.id).version == urged_version + 1  # open workbenches reload
    bureau.clock.advance(hours=2)  # a second PC, or a double click, later
    again = bureau.run(urging.acknowledge_urge, soc1, line.id)
    assert again.acknowledged_at == first.acknowledged_at
    assert bureau.case(state.id).version == urged_version + 1
    history = bureau.run(case_details, soc1, state.id).history
    assert [h.action for h in history].count(urging.ACKNOWLEDGE_EVENT) == 1
    assert history[-1].actor == "用户soc1" and history[-1].to_status is state.status
    with bureau.sessions() as session:
        audited = session.scalars(
            sa.select(m.AuditEntry.entity_id).where(m.AuditEntry.action == "acknowledge_urge")
        ).all()
    assert audited == [str(line.id)]


def test_only_the_urged_handler_acknowledges(bureau):
    state = red_case_of(bureau)
    line = bureau.run(urging.urge_case, bureau.actors["super1"], state.id, "请今日办结")
    for other in ("super1", "head1", "eng1"):
        with pytest.raises(NotAllowed, match="被督办的承办人"):
            bureau.run(urging.acknowledge_urge, bureau.actors[other], line.id)
    with pytest.raises(DomainError, match="不存在"):
        bureau.run(urging.acknowledge_urge, bureau.actors["soc1"], line.id + 1000)
    assert bureau.run(urging.count_urges_to_me, bureau.actors["soc1"]) == 1
