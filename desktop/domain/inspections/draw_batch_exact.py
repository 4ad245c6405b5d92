"""One pass of the exact draw (CP-SAT) over a small batch: half-days, then teams, then
the left-overs fitted into the fixed plan one at a time.

Used only when the sequential draw (`draw_batch`) does not reach the counting floor and
the model is small enough to solve at once; see `draw.py`."""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.inspections.draw_problem import Need, Person, around_plan
from desktop.domain.inspections.draw_reasons import UnplannedReason
from desktop.domain.inspections.pool import Slot
from desktop.domain.inspections.slot_plan import choose_slots
from desktop.domain.inspections.team_solver import TeamChoice, choose_teams
from desktop.domain.inspections.workload import load_floor, max_load

Weights = Mapping[tuple[int, int], int]


@dataclass(frozen=True)
class ExactBatch:
    teams: dict[int, tuple[int, ...]]
    slot_of: dict[int, Slot]
    left_out: dict[int, tuple[UnplannedReason, str]]
    choice: TeamChoice  # how the batch's team model ended
    seconds_to_plan: float


def plan_batch_exact(
    needs: Sequence[Need],
    people: Mapping[int, Person],
    weights: Weights,
    floor: int,
    first: Collection[int] = (),
) -> ExactBatch:
    """Requests in `first` choose their half-days before the others."""
    started = time.perf_counter()
    slot_of = choose_slots(needs, people, first)
    choice = choose_teams(needs, people, slot_of, weights, floor)
    seconds = time.perf_counter() - started
    teams = dict(choice.teams)
    slot_of = {r: slot_of[r] for r in teams}
    left_out = {}
    for need in needs:
        if need.request_id not in teams:
            fitted = _fit_one(need, people, teams, slot_of, weights)
            if fitted is None:
                left_out[need.request_id] = _why_not_fitted(need, people, weights)
            else:
                slot_of[need.request_id], teams[need.request_id] = fitted
    return ExactBatch(dict(sorted(teams.items())), slot_of, left_out, choice, seconds)


def _fit_one(
    need: Need,
    people: Mapping[int, Person],
    teams: Mapping[int, tuple[int, ...]],
    slot_of: Mapping[int, Slot],
    weights: Weights,
) -> tuple[Slot, tuple[int, ...]] | None:
    """The earliest half-day where a team still forms around the fixed plan, drawn the
    same way: the lowest load level first, then by weight."""
    fixed_needs, fixed_people = around_plan([need], people, teams, slot_of)
    start = max(max_load(people, teams.values()), load_floor(fixed_needs, fixed_people))
    for slot in sorted(need.free_at):
        one = {need.request_id: slot}
        choice = choose_teams(fixed_needs, fixed_people, one, weights, start, keep_largest=False)
        if need.request_id in choice.teams:
            return slot, choice.teams[need.request_id]
    return None


def _why_not_fitted(
    need: Need, people: Mapping[int, Person], weights: Weights
) -> tuple[UnplannedReason, str]:
    """Alone it would fit: the others took the room. Otherwise no team meets the rules."""
    if _fit_one(need, people, {}, {}, weights) is not None:
        return UnplannedReason.CAPACITY_TAKEN, ""
    return UnplannedReason.NO_TEAM_FITS, f"需要{need.team_size}人"
