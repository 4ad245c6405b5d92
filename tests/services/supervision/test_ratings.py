"""Ratings (好差评): every poor rating opens a follow-up, tracked to closure."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import FollowUpStatus, RatingLevel
from desktop.services.cases import actions as cases
from desktop.services.supervision import ratings


def handled_case(bureau):
    case = bureau.new_case("one")
    return bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)


def test_a_good_rating_opens_nothing(bureau):
    case = handled_case(bureau)
    clerk = bureau.actors["clerk1"]
    assert bureau.run(ratings.record_rating, clerk, case.id, RatingLevel.SATISFIED) is None
    with pytest.raises(ratings.AlreadyRated, match="已有评价"):
        bureau.run(ratings.record_rating, clerk, case.id, RatingLevel.VERY_SATISFIED)
    assert bureau.run(ratings.list_follow_ups, bureau.actors["super1"]) == []


def test_a_poor_rating_is_followed_up_fixed_answered_and_closed(bureau):
    case = handled_case(bureau)
    clerk, soc1, supervisor = (bureau.actors[n] for n in ("clerk1", "soc1", "super1"))
    with pytest.raises(DomainError, match="具体意见"):
        bureau.run(ratings.record_rating, clerk, case.id, RatingLevel.DISSATISFIED)
    opened = bureau.run(
        ratings.record_rating, clerk, case.id, RatingLevel.VERY_DISSATISFIED, "多跑了一趟"
    )
    assert opened.status is FollowUpStatus.OPEN and opened.assignee == "用户soc1"
    assert opened.due_on == date(2026, 12, 7)  # fifteen working days from Monday 11-16
    assert [f.id for f in bureau.run(ratings.list_follow_ups, soc1)] == [opened.id]
    with pytest.raises(DomainError, match="请先登记整改情况"):
        bureau.run(ratings.answer_follow_up, supervisor, opened.id, "已回访")
    with pytest.raises(NotAllowed, match="整改责任人或督办人员"):
        bureau.run(ratings.record_fix, bureau.actors["eng1"], opened.id, "整改")
    fixed = bureau.run(ratings.record_fix, soc1, opened.id, "已统一补正清单")
    assert fixed.status is FollowUpStatus.FIXED
    with pytest.raises(NotAllowed, match="督办人员或分管负责人"):
        bureau.run(ratings.answer_follow_up, soc1, opened.id, "已回访")
    closed = bureau.run(ratings.answer_follow_up, supervisor, opened.id, "已电话回访，申请人认可")
    assert closed.status is FollowUpStatus.CLOSED and not closed.late
    assert bureau.run(ratings.list_follow_ups, supervisor, open_only=True) == []
    with pytest.raises(DomainError, match="已登记整改"):
        bureau.run(ratings.record_fix, soc1, opened.id, "再整改")


def test_an_open_follow_up_past_its_due_date_is_late(bureau):
    case = handled_case(bureau)
    opened = bureau.run(
        ratings.record_rating, bureau.actors["super1"], case.id, RatingLevel.DISSATISFIED, "慢"
    )
    bureau.clock.advance(days=22)  # past 12-07
    (line,) = bureau.run(ratings.list_follow_ups, bureau.actors["super1"], open_only=True)
    assert line.id == opened.id and line.late


def test_only_window_staff_and_supervisors_record_ratings(bureau):
    case = handled_case(bureau)
    with pytest.raises(NotAllowed, match="窗口工作人员或督办人员"):
        bureau.run(ratings.record_rating, bureau.actors["soc1"], case.id, RatingLevel.SATISFIED)
