"""A replacement after a decline or a declared conflict, with the rest of the plan fixed."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_backups import book_plan
from desktop.domain.inspections.draw_reasons import ExclusionReason as R
from desktop.domain.inspections.draw_replacement import draw_replacement
from desktop.domain.inspections.draw_result import Assignment
from desktop.domain.inspections.pool import RecusalTie, Slot
from tests.support.draw_checker import violations
from tests.support.draw_pools import PoolShape, person, pool, request, seeded_pool


def replaced_everywhere(snapshot, result):
    """Replace the first member of every inspection in turn, each into the plan as it is."""
    plan = result
    for n, item in enumerate(result.planned):
        booked = book_plan(snapshot, [p.assignment for p in plan.planned])
        current = plan.inspection(item.request_id)
        leaving = current.team[0].inspector_id
        swap = draw_replacement(
            booked, result.seed, current.assignment, leaving, 1, result.figures.max_load
        )
        if swap.chosen is None:
            continue
        team = (*(p for p in current.team if p.inspector_id != leaving), swap.chosen)
        planned = tuple(
            replace(p, team=team) if p.request_id == item.request_id else p for p in plan.planned
        )
        before = {p.request_id: p.team for p in plan.planned if p.request_id != item.request_id}
        plan = replace(plan, planned=planned)
        after = {p.request_id: p.team for p in plan.planned if p.request_id != item.request_id}
        assert before == after, n
        assert leaving not in {p.inspector_id for p in team}
    return plan


def test_every_replacement_keeps_the_rest_and_all_rules():
    snapshot = seeded_pool(11, PoolShape(inspectors=40, requests=25, days=5, recusal_pairs=50))
    result = draw_plan(snapshot, "r")
    plan = replaced_everywhere(snapshot, result)
    assert violations(snapshot, plan) == []
    assert plan != result


def small_case():
    day = pool([], []).working_days[0]
    inspectors = [
        person(1, 1, "civil"),  # department member
        person(2, 2, "fire"),
        person(3, 2, "civil"),  # free, but no fire: cannot replace 2
        person(4, 2, "fire"),
        person(5, 2, "fire", unavailable=frozenset({Slot(day, HalfDay.AM)})),
    ]
    job = request(1, 1, "civil", "fire", window_start=day, window_end=day)
    snapshot = pool(inspectors, [job])
    assignment = Assignment(1, Slot(day, HalfDay.AM), (1, 2))
    return snapshot, assignment


def test_the_replacement_is_the_first_backup_that_completes_the_team():
    snapshot, assignment = small_case()
    booked = book_plan(snapshot, [assignment])
    swap = draw_replacement(booked, "s", assignment, 2, 1, load_cap=1)
    assert swap.chosen.inspector_id == 4
    assert swap.team == (1, 4)
    reasons = {(e.inspector_id, e.reason) for e in swap.exclusions}
    assert (2, R.DECLINED) in reasons
    assert (3, R.CANNOT_COMPLETE_TEAM) in reasons
    assert (5, R.BUSY_AT_SLOT) in reasons
    assert all(e.inspector_id != 1 for e in swap.exclusions)  # staying members are not candidates


def test_a_declared_conflict_is_logged_with_the_decline():
    snapshot, assignment = small_case()
    conflict = RecusalTie(2, RecusalKind.DECLARED, applicant_id=1001, note="亲属任职")
    booked = book_plan(replace(snapshot, ties=(conflict,)), [assignment])
    swap = draw_replacement(booked, "s", assignment, 2, 1, load_cap=1)
    assert [e.reason for e in swap.exclusions if e.inspector_id == 2] == [
        R.RECUSAL_DECLARED,
        R.DECLINED,
    ]


def test_when_nobody_fits_the_team_stays_short_and_says_so():
    snapshot, assignment = small_case()
    booked = book_plan(snapshot, [assignment, Assignment(9, assignment.slot, (4,))])
    swap = draw_replacement(booked, "s", assignment, 2, 1, load_cap=1)
    assert swap.chosen is None
    assert swap.team == (1,)


def test_a_replacement_replays_identically():
    snapshot, assignment = small_case()
    booked = book_plan(snapshot, [assignment])
    first = draw_replacement(booked, "s", assignment, 2, 1, load_cap=1)
    again = draw_replacement(booked, "s", assignment, 2, 1, load_cap=1)
    assert first.digest() == again.digest()
    assert first.snapshot_hash == booked.snapshot_hash()
    second = draw_replacement(booked, "s", assignment, 2, 2, load_cap=1)
    assert second.digest() != first.digest()  # the number is part of the record
