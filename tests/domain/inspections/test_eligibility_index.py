"""The pool as bit masks gives every request the same candidates as one request at a time."""

from __future__ import annotations

import pytest

from desktop.domain.inspections.eligibility import candidates_for, could_form_team
from desktop.domain.inspections.eligibility_index import PoolIndex
from tests.support.draw_pools import PoolShape, seeded_pool

SHAPES = [
    PoolShape(inspectors=40, requests=60, days=5, recusal_pairs=300),
    PoolShape(
        inspectors=25,
        requests=40,
        days=3,
        recusal_pairs=200,
        booked_share=0.2,
        inactive_share=0.2,
        unavailable_share=0.5,
    ),
    PoolShape(inspectors=70, requests=30, days=8, departments=2, specialties=3),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("pool_seed", [1, 2])
def test_the_index_agrees_with_candidates_for(shape, pool_seed):
    snapshot = seeded_pool(pool_seed, shape)
    index = PoolIndex(snapshot)
    for request in snapshot.requests:
        found, formable = index.candidates(request)
        assert found == candidates_for(snapshot, request)
        assert formable == {
            slot for slot, ids in found.free_at.items() if could_form_team(snapshot, request, ids)
        }
