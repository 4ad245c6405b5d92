"""Property: on any small random pool, every plan keeps every hard rule."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.inspections.draw import draw_plan
from tests.support.draw_checker import violations
from tests.support.draw_pools import PoolShape, seeded_pool

shapes = st.builds(
    PoolShape,
    inspectors=st.integers(2, 14),
    departments=st.integers(1, 3),
    specialties=st.integers(1, 4),
    requests=st.integers(1, 8),
    days=st.integers(1, 3),
    unavailable_share=st.sampled_from([0.0, 0.2, 0.5]),
    recusal_pairs=st.integers(0, 12),
    team_sizes=st.sampled_from([(2,), (2, 3), (3,)]),
    max_recent_load=st.integers(0, 4),
    booked_share=st.sampled_from([0.0, 0.2]),
    inactive_share=st.sampled_from([0.0, 0.2]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shape=shapes, pool_seed=st.integers(0, 10_000), seed=st.text(min_size=1, max_size=8))
def test_every_plan_keeps_every_hard_rule(shape, pool_seed, seed):
    snapshot = seeded_pool(pool_seed, shape)
    result = draw_plan(snapshot, seed)
    assert violations(snapshot, result) == []
    assert result.figures.max_load >= result.figures.load_floor
    for item in result.unplanned:
        assert item.reason.label
