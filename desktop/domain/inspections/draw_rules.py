"""Which method a recorded draw is recomputed with: the one of its rules version.

A draw is replayed by the method its record names (`rules_version`), and its digest is
compared in the record's own format (`draw_result.RECORD_FORMATS`), so a draw made and
stored by an earlier version of the program still replays as identical.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_2026_1 import RULES_VERSION as RULES_2026_1
from desktop.domain.inspections.draw_2026_1 import draw_plan_2026_1
from desktop.domain.inspections.draw_result import DRAW_RULES_VERSION, DrawResult
from desktop.domain.inspections.pool import PoolSnapshot

PLANNERS: dict[str, Callable[[PoolSnapshot, str], DrawResult]] = {
    RULES_2026_1: draw_plan_2026_1,
    DRAW_RULES_VERSION: draw_plan,
}


def known(rules_version: str) -> bool:
    return rules_version in PLANNERS


def plan_under(rules_version: str, snapshot: PoolSnapshot, seed: str) -> DrawResult:
    """The draw of `snapshot` with `seed` as `rules_version` made it; KeyError when this
    program does not know that version."""
    return PLANNERS[rules_version](snapshot, seed)
