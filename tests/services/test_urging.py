"""Urging (督办): only yellow or red cases, by supervisors; the handler sees and acknowledges."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import UrgeLevel
from desktop.domain.timezone import CHINA
from desktop.services import cases, urging
from desktop.services.case_details import case_details


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
