"""The sequential draw that plans a city (the README, "Inspections"): every rule on a
mid-size pool, the identical plan on replay, the load floor reached, equal chances."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain.canonical import plain, sha256_hex
from desktop.domain.inspections.draw import EXACT_PAIRS, draw_plan
from desktop.domain.inspections.pool_codec import snapshot_from_json, snapshot_to_json
from tests.support.draw_checker import violations
from tests.support.draw_pools import PoolShape, person, pool, request, seeded_pool

ROOT = Path(__file__).resolve().parents[3]
MID = PoolShape(
    inspectors=160,
    requests=400,
    days=8,
    recusal_pairs=900,
    unavailable_share=0.2,
    booked_share=0.1,
    inactive_share=0.05,
)


@pytest.fixture(scope="module")
def mid():
    snapshot = seeded_pool(11, MID)
    return snapshot, draw_plan(snapshot, "mid-seed")


def test_a_mid_size_pool_is_drawn_by_the_sequential_method(mid):
    snapshot, result = mid
    eligible_pairs = 0
    for item in result.planned:
        eligible_pairs += len(snapshot.inspectors) - len({e.inspector_id for e in item.exclusions})
    assert eligible_pairs > EXACT_PAIRS  # too big for the exact draw
    assert result.figures.pick_status == "SEQUENTIAL"
    assert len(result.planned) >= 380


def test_every_rule_holds_on_a_mid_size_pool(mid):
    # Specialties, department, leave and bookings, recusal, retired inspectors, team
    # sizes, no one in two places, daily capacity: restated by the independent checker.
    snapshot, result = mid
    assert violations(snapshot, result) == []
    retired = {p.id for p in snapshot.inspectors if not p.active}
    assert retired and not retired & {p.inspector_id for i in result.planned for p in i.team}
    for item in result.unplanned:
        assert item.reason.label


def test_the_replay_from_the_stored_snapshot_is_identical(mid):
    snapshot, result = mid
    stored = snapshot_from_json(snapshot_to_json(snapshot))
    assert draw_plan(stored, "mid-seed").result_digest() == result.result_digest()


def test_a_replay_in_another_process_is_identical(mid):
    _, result = mid
    script = (
        "from desktop.domain.inspections.draw import draw_plan\n"
        "from tests.support.draw_pools import PoolShape, seeded_pool\n"
        f"snapshot = seeded_pool(11, PoolShape(**{vars(MID)!r}))\n"
        "print(draw_plan(snapshot, 'mid-seed').result_digest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "987", "PYTHONPATH": str(ROOT)}
    output = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert output.stdout.strip() == result.result_digest()


FLOOR_SHAPE = PoolShape(inspectors=200, requests=500, days=10)


@pytest.mark.parametrize(
    ("shape", "pool_seed"),
    [(FLOOR_SHAPE, 1), (FLOOR_SHAPE, 2), (FLOOR_SHAPE, 3), (MID, 14), (MID, 19)],
)
def test_the_load_floor_is_reached_on_seeded_pools(shape, pool_seed):
    # The MID pools also have bookings, more leave and retired inspectors.
    result = draw_plan(seeded_pool(pool_seed, shape), "floor")
    figures = result.figures
    assert not result.unplanned
    assert figures.fairness_proven and figures.max_load == figures.load_floor
    assert figures.level_status == "floor"
    loads = [p.load_after for item in result.planned for p in item.team]
    assert max(loads) == figures.load_floor


def test_interchangeable_inspectors_have_equal_chances():
    # Twenty identical inspectors, twelve requests of two on one day: 24 of 40 half-day
    # seats. Over 300 seeds each inspector serves 300 * 24 / 20 = 360 times on average;
    # a fair draw keeps every count near it (chi-square with 19 degrees of freedom: the
    # 99.9th percentile is 43.8).
    day = pool([], []).working_days[0]
    inspectors = [person(i, 1, "civil") for i in range(1, 21)]
    jobs = [request(r, 1, "civil", window_start=day, window_end=day) for r in range(1, 13)]
    snapshot = pool(inspectors, jobs)
    served: Counter[int] = Counter()
    for seed in range(300):
        result = draw_plan(snapshot, f"chance-{seed}")
        assert len(result.planned) == 12 and result.figures.fairness_proven
        served.update(p.inspector_id for item in result.planned for p in item.team)
    expected = 300 * 24 / 20
    chi_square = sum((served[i] - expected) ** 2 / expected for i in range(1, 21))
    assert chi_square < 43.8, served


def test_the_weight_decides_among_the_free_and_no_one_exceeds_the_floor():
    # Four identical inspectors, two of them already loaded to the floor's level: the
    # draw keeps to the two with room whatever the seed.
    inspectors = [person(i, 1, "civil", recent_load=5 if i > 2 else 0) for i in range(1, 5)]
    snapshot = pool(inspectors, [request(1, 1, "civil"), request(2, 1, "civil")])
    for seed in map(str, range(10)):
        result = draw_plan(snapshot, seed)
        assert result.figures.fairness_proven
        assert {p.inspector_id for i in result.planned for p in i.team} == {1, 2}


def test_the_record_is_the_canonical_json_of_the_result(mid):
    _, result = mid
    # Record format 1 (every exclusion in full) is the canonical JSON of the result.
    assert result.as_dict(1) == plain(result)
    assert list(result.as_dict(1)) == list(plain(result))
    assert result.result_digest(1) == sha256_hex(result)
    small = draw_plan(pool([person(1, 1, "civil")], [request(1, 1, "civil")]), "s")
    assert small.unplanned and small.result_digest(1) == sha256_hex(small)
