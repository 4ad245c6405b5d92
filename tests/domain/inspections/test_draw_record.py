"""The draw's record: compact (format 2: exclusions grouped by reason once per draw) yet
complete, old records (format 1) still read, and draws of rules version 2026.1 replayed by
the 2026.1 method."""

from __future__ import annotations

import json

import pytest

from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_2026_1 import draw_plan_2026_1
from desktop.domain.inspections.draw_result import RECORD_FORMAT, recorded_exclusions
from desktop.domain.inspections.draw_rules import known, plan_under
from tests.support.draw_pools import PoolShape, seeded_pool

SHAPE = PoolShape(
    inspectors=60,
    requests=120,
    days=6,
    recusal_pairs=300,
    unavailable_share=0.3,
    inactive_share=0.1,
)


@pytest.fixture(scope="module")
def drawn():
    snapshot = seeded_pool(5, SHAPE)
    return snapshot, draw_plan(snapshot, "record-seed")


def each_item(record):
    return [*record["planned"], *record["unplanned"]]


def test_the_compact_record_states_every_exclusion_of_every_request(drawn):
    _, result = drawn
    compact = json.loads(json.dumps(result.as_dict()))  # as stored and read back
    full = result.as_dict(1)
    assert compact["record_format"] == RECORD_FORMAT == 2 and "record_format" not in full
    reasons = set()
    for old, new, value in zip(
        each_item(full), each_item(compact), (*result.planned, *result.unplanned), strict=True
    ):
        expected = [(e.inspector_id, e.reason.value, e.detail) for e in value.exclusions]
        # The same exclusions read back from both formats, in the same order: by inspector,
        # each inspector's reasons in the rules' order.
        assert recorded_exclusions(compact, new) == recorded_exclusions(full, old)
        assert sorted(recorded_exclusions(compact, new)) == sorted(expected)
        assert [e[0] for e in recorded_exclusions(compact, new)] == [e[0] for e in expected]
        reasons |= {e.reason for e in value.exclusions}
        assert {k: v for k, v in new.items() if k != "exclusions"} == {
            k: v for k, v in old.items() if k != "exclusions"
        }
    assert len(reasons) >= 4  # inactive, recusals, specialty and window all occur
    several = [e for e in result.planned if len({x.inspector_id for x in e.exclusions}) > 1]
    assert several
    # Each distinct group is written once for the whole draw.
    groups = [json.dumps(g, sort_keys=True) for g in compact["exclusion_groups"]]
    assert len(groups) == len(set(groups))
    assert len(json.dumps(compact)) < len(json.dumps(full)) / 3


def test_the_digest_is_taken_in_the_format_asked(drawn):
    snapshot, result = drawn
    assert result.result_digest() == result.result_digest(RECORD_FORMAT)
    assert result.result_digest(1) != result.result_digest(2)
    again = draw_plan(snapshot, "record-seed")
    assert again.result_digest(1) == result.result_digest(1)
    assert again.result_digest(2) == result.result_digest(2)
    with pytest.raises(ValueError):
        result.as_dict(3)


# Digests of record format 1 written by the program of rules version 2026.1 (commit
# 2b1c99b^, before the sequential draw) for these seeded pools and the seed "old-seed".
RECORDED_2026_1 = [
    (
        1,
        PoolShape(requests=30, inspectors=20, days=5),
        14,
        ("3ffd4497f8dcc5095d52af44362594942762137c9662bfd0b6c15bc1ba46c0b5"),
    ),
    (
        2,
        PoolShape(requests=60, inspectors=30, days=5),
        57,
        ("a1d085cc56515515954ebe1cdfa95a9595f3d4ba5b61f9d3911309defa927426"),
    ),
]


@pytest.mark.parametrize(("pool_seed", "shape", "planned", "digest"), RECORDED_2026_1)
def test_a_draw_of_rules_2026_1_replays_as_the_2026_1_program_recorded_it(
    pool_seed, shape, planned, digest
):
    snapshot = seeded_pool(pool_seed, shape)
    result = plan_under("2026.1", snapshot, "old-seed")
    assert result.rules_version == "2026.1" and len(result.planned) == planned
    assert result.result_digest(1) == digest
    assert result == draw_plan_2026_1(snapshot, "old-seed")


def test_each_rules_version_is_replayed_by_its_own_method():
    snapshot = seeded_pool(2, PoolShape(requests=60, inspectors=30, days=5))
    assert known("2026.1") and known("2026.2") and not known("2025.9")
    new = plan_under("2026.2", snapshot, "old-seed")
    assert new.rules_version == "2026.2" and new == draw_plan(snapshot, "old-seed")
    assert new.result_digest(1) != RECORDED_2026_1[1][3]  # not the old method's result
    with pytest.raises(KeyError):
        plan_under("2025.9", snapshot, "old-seed")
