"""Who may serve which request, and every reason for the others.

Recusal is modelled on the expert-draw rules of 政府采购法实施条例 art. 9.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.inspections.draw_reasons import ExclusionReason as R
from desktop.domain.inspections.draw_reasons import UnplannedReason
from desktop.domain.inspections.eligibility import candidates_for, obstacle_of
from desktop.domain.inspections.pool import RecusalTie, Slot
from tests.support.draw_pools import AS_OF, person, pool, request


def reasons(snapshot, inspector_id, request_id=1):
    found = candidates_for(snapshot, snapshot.request(request_id))
    return [e.reason for e in found.exclusions if e.inspector_id == inspector_id]


def test_an_active_free_useful_inspector_is_eligible():
    snapshot = pool([person(1, 1, "civil")], [request(1, 1, "civil")])
    found = candidates_for(snapshot, snapshot.request(1))
    assert found.eligible == (1,)
    assert found.exclusions == ()
    assert all(ids == (1,) for ids in found.free_at.values())


def test_inactive_and_useless_inspectors_are_excluded_with_every_reason():
    snapshot = pool([person(1, 2, "food", active=False)], [request(1, 1, "civil")])
    assert reasons(snapshot, 1) == [R.INACTIVE, R.NO_USEFUL_SPECIALTY]


def test_a_department_member_without_the_specialty_is_useful():
    snapshot = pool([person(1, 1, "food")], [request(1, 1, "civil")])
    assert reasons(snapshot, 1) == []


def test_leave_over_the_whole_window_excludes_but_one_free_half_day_does_not():
    first = request(1, 1, "civil")
    days = [first.window_start, first.window_end]
    everything = frozenset(Slot(d, h) for d in pool([], []).working_days for h in HalfDay)
    on_leave = person(1, 1, "civil", unavailable=everything)
    almost = person(2, 1, "civil", unavailable=everything - {Slot(days[0], HalfDay.PM)})
    snapshot = pool([on_leave, almost], [first])
    assert reasons(snapshot, 1) == [R.UNAVAILABLE_IN_WINDOW]
    assert reasons(snapshot, 2) == []
    free_at = candidates_for(snapshot, first).free_at
    assert free_at[Slot(days[0], HalfDay.PM)] == (2,)
    assert free_at[Slot(days[0], HalfDay.AM)] == ()


def test_bookings_up_to_the_daily_capacity_take_the_whole_day():
    first = request(1, 1, "civil")
    day = first.window_start
    full = person(1, 1, "civil", daily_capacity=1, booked=frozenset({Slot(day, HalfDay.AM)}))
    snapshot = pool([full], [first])
    assert Slot(day, HalfDay.PM) not in snapshot.free_slots(1)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (RecusalKind.EMPLOYMENT, R.RECUSAL_EMPLOYMENT),
        (RecusalKind.RELATIVE, R.RECUSAL_RELATIVE),
        (RecusalKind.PRIOR_INVOLVEMENT, R.RECUSAL_PRIOR_INVOLVEMENT),
        (RecusalKind.DECLARED, R.RECUSAL_DECLARED),
    ],
)
def test_each_recusal_kind_excludes_with_its_own_reason(kind, reason):
    tie = RecusalTie(1, kind, applicant_id=1001, note="股东")
    snapshot = pool([person(1, 1, "civil")], [request(1, 1, "civil")], [tie])
    found = candidates_for(snapshot, snapshot.request(1)).exclusions
    assert [e.reason for e in found] == [reason]
    assert "申请人#1001" in found[0].detail and "股东" in found[0].detail


def test_a_tie_to_another_applicant_does_not_count():
    tie = RecusalTie(1, RecusalKind.EMPLOYMENT, applicant_id=9999)
    snapshot = pool([person(1, 1, "civil")], [request(1, 1, "civil")], [tie])
    assert reasons(snapshot, 1) == []


def test_employment_binds_for_three_years_after_it_ended():
    # AS_OF is 2026-11-27: employment that ended 2023-11-27 still binds that day.
    def excluded(ended: date) -> bool:
        tie = RecusalTie(1, RecusalKind.EMPLOYMENT, applicant_id=1001, ended_on=ended)
        snapshot = pool([person(1, 1, "civil")], [request(1, 1, "civil")], [tie])
        return reasons(snapshot, 1) == [R.RECUSAL_EMPLOYMENT]

    assert date(2026, 11, 27) == AS_OF
    assert excluded(date(2023, 11, 27))
    assert not excluded(date(2023, 11, 26))


def test_a_relationship_or_declaration_that_ended_no_longer_binds():
    for kind in (RecusalKind.RELATIVE, RecusalKind.DECLARED):
        ended = RecusalTie(1, kind, applicant_id=1001, ended_on=date(2026, 1, 1))
        snapshot = pool([person(1, 1, "civil")], [request(1, 1, "civil")], [ended])
        assert reasons(snapshot, 1) == []


def test_prior_involvement_matches_the_project_and_never_lapses():
    tie = RecusalTie(
        1, RecusalKind.PRIOR_INVOLVEMENT, project_name=" 新城  小学 ", ended_on=date(2001, 1, 1)
    )
    job = request(1, 1, "civil", project_name="新城 小学")
    snapshot = pool([person(1, 1, "civil")], [job], [tie])
    assert reasons(snapshot, 1) == [R.RECUSAL_PRIOR_INVOLVEMENT]


def test_a_tie_names_an_applicant_or_a_project():
    with pytest.raises(ValueError):
        RecusalTie(1, RecusalKind.DECLARED)


def test_obstacles_name_the_first_rule_that_fails():
    job = request(1, 1, "civil", "fire")
    cases = [
        ([person(1, 2, "civil"), person(2, 2, "fire")], UnplannedReason.NO_DEPARTMENT_MEMBER),
        ([person(1, 1, "civil"), person(2, 1, "civil")], UnplannedReason.SPECIALTY_NOT_COVERED),
        ([person(1, 1, "civil", "fire")], UnplannedReason.TOO_FEW_ELIGIBLE),
        ([person(1, 1, "civil", "fire"), person(2, 2, "civil")], None),
    ]
    for inspectors, expected in cases:
        snapshot = pool(inspectors, [job])
        obstacle = obstacle_of(snapshot, job, candidates_for(snapshot, job))
        assert (obstacle and obstacle.reason) == expected


def test_a_window_outside_the_horizon_is_an_obstacle():
    job = request(1, 1, "civil", window_start=date(2027, 3, 1), window_end=date(2027, 3, 5))
    snapshot = pool([person(1, 1, "civil"), person(2, 1, "civil")], [job])
    obstacle = obstacle_of(snapshot, job, candidates_for(snapshot, job))
    assert obstacle.reason is UnplannedReason.WINDOW_OUTSIDE_HORIZON


def test_no_half_day_with_a_whole_team_free_is_an_obstacle():
    job = request(1, 1, "civil")
    snapshot = pool([], [])
    am = frozenset(Slot(d, HalfDay.AM) for d in snapshot.working_days)
    pm = frozenset(Slot(d, HalfDay.PM) for d in snapshot.working_days)
    snapshot = pool([person(1, 1, "civil", unavailable=am), person(2, 1, unavailable=pm)], [job])
    obstacle = obstacle_of(snapshot, job, candidates_for(snapshot, job))
    assert obstacle.reason is UnplannedReason.NO_COMMON_SLOT
