"""The seal's ring text: evenly spaced over at most 240°, sized to its length, characters
never touching each other or the ring."""

from __future__ import annotations

import math

import pytest

from desktop.documents.seal import _CLEARANCE, _RIM, SEAL_DIAMETER, _arc_layout


@pytest.mark.parametrize("count", [4, 8, 12, 18, 24, 30])
def test_the_ring_text_fits_whatever_its_length(count):
    radius = SEAL_DIAMETER / 2
    step, size, baseline, squeeze = _arc_layout(count, radius)
    assert step * (count - 1) <= 240 + 1e-9
    width = size * squeeze  # a CJK character is one em wide
    apart = 2 * baseline * math.sin(math.radians(step) / 2)  # chord between neighbours
    assert apart - width >= 0.15 * width, "neighbours touch"
    assert baseline + size * 0.86 <= radius - _RIM - _CLEARANCE + 1e-9, "touches the ring"


def test_a_longer_name_is_set_smaller_not_run_further_round():
    sizes = [_arc_layout(count, SEAL_DIAMETER / 2)[1] for count in (10, 18, 24)]
    assert sizes[0] >= sizes[1] > sizes[2]
