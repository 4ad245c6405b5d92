"""Every row of the transition table is reachable by the right person and no one else."""

from __future__ import annotations

import pytest

from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category, OpinionLevel, Role
from desktop.domain.guards import (
    CaseFacts,
    GuardFailed,
    NotAllowed,
    allowed_transition,
    available_actions,
    check_guards,
)
from desktop.domain.workflow import TRANSITIONS, Action, ItemRule, Transition, Who

HANDLER_ID, PROPOSER_ID, OTHER_ID = 1, 2, 3


def facts_for(row: Transition, **changes) -> CaseFacts:
    rule = ItemRule.TWO_LEVEL if row.items is ItemRule.ANY else row.items
    values = dict(
        status=row.source,
        category=Category.ENGINEERING,
        handler_id=HANDLER_ID,
        proposer_id=PROPOSER_ID,
        item_rule=rule,
        needs_inspection=False,
        inspection_recorded=False,
        extended=False,
        proposed_grant=None,
    )
    if row.who is Who.AT_WINDOW:  # accepted a moment ago by the one deciding it
        values.update(accepted_by_id=OTHER_ID, fresh_at_window=True)
    values.update(changes)
    return CaseFacts(**values)


def fitting_actor(row: Transition) -> Actor:
    if row.who in (Who.HANDLER, Who.QUEUE):
        return Actor(HANDLER_ID, "h", "承办人", frozenset({Role.HANDLER_ENGINEERING}))
    return Actor(OTHER_ID, "x", "其他人", row.roles)


@pytest.mark.parametrize("row", TRANSITIONS, ids=lambda r: f"{r.action}:{r.source}:{r.items}")
def test_each_transition_is_allowed_for_the_right_actor(row):
    facts = facts_for(row)
    assert allowed_transition(row.action, facts, fitting_actor(row)) in TRANSITIONS
    assert row.action in available_actions(facts, fitting_actor(row))


@pytest.mark.parametrize("row", TRANSITIONS, ids=lambda r: f"{r.action}:{r.source}:{r.items}")
def test_each_transition_is_refused_without_the_role(row):
    nobody = Actor(OTHER_ID, "n", "无关人员", frozenset({Role.ADMIN}))
    with pytest.raises(NotAllowed):
        allowed_transition(row.action, facts_for(row), nobody)


@pytest.mark.parametrize(
    "row", [r for r in TRANSITIONS if r.who is Who.HANDLER], ids=lambda r: f"{r.action}:{r.source}"
)
def test_handler_rows_refuse_another_handler_of_the_same_queue(row):
    colleague = Actor(OTHER_ID, "c", "同事", frozenset({Role.HANDLER_ENGINEERING}))
    with pytest.raises(NotAllowed, match="只有本件承办人"):
        allowed_transition(row.action, facts_for(row), colleague)


@pytest.mark.parametrize(
    "row", [r for r in TRANSITIONS if r.who is Who.AT_WINDOW], ids=lambda r: f"{r.action}"
)
def test_window_rows_need_the_acceptor_and_a_case_untouched_since(row):
    clerk = Actor(OTHER_ID, "w", "窗口", row.roles)
    for facts in (
        facts_for(row, accepted_by_id=HANDLER_ID),  # another authorised clerk accepted it
        facts_for(row, fresh_at_window=False),  # claimed and released, or a day later
    ):
        with pytest.raises(NotAllowed, match="受理当场"):
            allowed_transition(row.action, facts, clerk)
        assert row.action not in available_actions(facts, clerk)
    assert [r.source for r in TRANSITIONS if r.who is Who.AT_WINDOW] == [CaseStatus.RECEIVED]
    # The only way from 待认领 straight to a decision.
    assert {
        r.who
        for r in TRANSITIONS
        if r.source is CaseStatus.RECEIVED
        and r.target in (CaseStatus.APPROVED, CaseStatus.REJECTED)
    } == {Who.AT_WINDOW}


@pytest.mark.parametrize(
    "row",
    [r for r in TRANSITIONS if r.who is Who.NOT_PROPOSER],
    ids=lambda r: f"{r.action}:{r.source}:{r.items}",
)
def test_signing_rows_refuse_the_proposer(row):
    proposer = Actor(PROPOSER_ID, "p", "拟稿人", row.roles)
    with pytest.raises(NotAllowed, match="本人的意见"):
        allowed_transition(row.action, facts_for(row), proposer)


def test_closed_cases_allow_nothing():
    for status in (CaseStatus.DELIVERED, CaseStatus.WITHDRAWN, CaseStatus.TERMINATED):
        assert not [r for r in TRANSITIONS if r.source is status]


def test_guards():
    row = next(
        r for r in TRANSITIONS if r.action is Action.APPROVE and r.source is CaseStatus.UNDER_REVIEW
    )
    with pytest.raises(GuardFailed, match="踏勘"):
        check_guards(Action.APPROVE, facts_for(row, needs_inspection=True))
    check_guards(Action.APPROVE, facts_for(row, needs_inspection=True, inspection_recorded=True))
    with pytest.raises(GuardFailed, match="书面理由"):
        check_guards(Action.REJECT, facts_for(row), reason="")
    with pytest.raises(GuardFailed, match="再次延长"):
        check_guards(Action.EXTEND, facts_for(row, extended=True), reason="复杂")
    with pytest.raises(GuardFailed, match="拟准予或拟不予"):
        check_guards(Action.PROPOSE, facts_for(row))
    signed = next(
        r
        for r in TRANSITIONS
        if r.action is Action.APPROVE and r.source is CaseStatus.AWAITING_SIGNOFF
    )
    with pytest.raises(GuardFailed, match="退回承办人"):
        check_guards(Action.APPROVE, facts_for(signed, proposed_grant=False))


def test_a_decision_level_is_read_from_the_record():
    assert OpinionLevel.recorded("批准") is OpinionLevel.APPROVAL
    assert OpinionLevel.recorded("审核") is OpinionLevel.REVIEW
    assert OpinionLevel.recorded(None) is OpinionLevel.DECISION
