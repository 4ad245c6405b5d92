"""The draw's snapshot: normalised, hashed canonically, and kept as JSON for replays."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.enums import DayKind, HalfDay, RecusalKind
from desktop.domain.inspections.pool import PoolSnapshot, RecusalTie, Slot, candidate_days
from desktop.domain.inspections.pool_codec import snapshot_from_json, snapshot_to_json
from desktop.domain.workdays import WorkCalendar
from tests.support.draw_pools import PoolShape, person, pool, request, seeded_pool


def test_the_hash_does_not_depend_on_the_order_data_came_in():
    inspectors = [person(2, 1, "b", "a"), person(1, 2, "c")]
    requests = [request(2, 1, "a"), request(1, 2, "c")]
    ties = [
        RecusalTie(2, RecusalKind.DECLARED, applicant_id=1001),
        RecusalTie(1, RecusalKind.RELATIVE, applicant_id=1002),
    ]
    forward = pool(inspectors, requests, ties)
    backward = pool(inspectors[::-1], requests[::-1], ties[::-1])
    assert forward == backward
    assert forward.snapshot_hash() == backward.snapshot_hash()
    assert [i.id for i in backward.inspectors] == [1, 2]


def test_any_change_of_data_changes_the_hash():
    snapshot = pool([person(1, 1, "a")], [request(1, 1, "a")])
    tired = replace(snapshot, inspectors=(person(1, 1, "a", recent_load=1),))
    assert tired.snapshot_hash() != snapshot.snapshot_hash()


def test_json_round_trip_keeps_the_hash():
    snapshot = seeded_pool(3, PoolShape(inspectors=30, requests=20, recusal_pairs=40))
    data = snapshot_to_json(snapshot)
    again = snapshot_from_json(data)
    assert again == snapshot
    assert again.snapshot_hash() == snapshot.snapshot_hash()
    assert snapshot_to_json(again) == data
    assert json.loads(data)["as_of"] == "2026-11-27"


def test_ids_must_not_repeat_and_ties_must_name_known_inspectors():
    with pytest.raises(ValueError):
        pool([person(1, 1), person(1, 2)], [])
    with pytest.raises(ValueError):
        pool([person(1, 1)], [], [RecusalTie(7, RecusalKind.DECLARED, applicant_id=1)])


def test_a_team_has_at_least_two_and_a_window_runs_forward():
    with pytest.raises(ValueError):
        request(1, 1, "a", team_size=1)
    with pytest.raises(ValueError):
        request(1, 1, "a", window_start=date(2026, 12, 4), window_end=date(2026, 12, 1))


def test_half_days_sort_morning_first():
    day = date(2026, 12, 1)
    assert sorted([Slot(day, HalfDay.PM), Slot(day, HalfDay.AM)])[0].half_day is HalfDay.AM
    assert str(Slot(day, HalfDay.PM)) == "2026-12-01 下午"


def test_candidate_days_follow_the_working_day_calendar():
    calendar = WorkCalendar(
        {date(2026, 10, 1): DayKind.HOLIDAY, date(2026, 10, 10): DayKind.WORKDAY}, {2026}
    )
    days = candidate_days(calendar, date(2026, 9, 30), 4)
    assert days == (date(2026, 9, 30), date(2026, 10, 2), date(2026, 10, 5), date(2026, 10, 6))
    saturday = candidate_days(calendar, date(2026, 10, 10), 2)
    assert saturday == (date(2026, 10, 10), date(2026, 10, 12))
    assert candidate_days(calendar, date(2026, 10, 11), 1) == (date(2026, 10, 12),)


def test_the_snapshot_keeps_its_days_sorted_and_unique():
    snapshot = PoolSnapshot(date(2026, 1, 1), (date(2026, 1, 6), date(2026, 1, 5)) * 2, ())
    assert snapshot.working_days == (date(2026, 1, 5), date(2026, 1, 6))
    assert len(snapshot.slots()) == 4
