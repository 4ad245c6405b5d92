"""One pass of the draw over a batch: half-days, then teams, then the left-overs fitted
into the fixed plan one at a time."""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.inspections.draw_problem import Need, Person
from desktop.domain.inspections.draw_reasons import UnplannedReason
from desktop.domain.inspections.pool import Slot
from desktop.domain.inspections.slot_plan import choose_slots
from desktop.domain.inspections.team_draw import Ledger, Staffing, Weights, staffing_order


@dataclass(frozen=True)
class Batch:
    teams: dict[int, tuple[int, ...]]
    slot_of: dict[int, Slot]
    left_out: dict[int, tuple[UnplannedReason, str]]
    seconds_to_plan: float


# Rounds of staffing: each round puts the requests the last one could not staff under
# the cap first. Only draws that miss the floor pay for more than one.
STAFFING_ROUNDS = 6


def plan_batch(
    needs: Sequence[Need],
    people: Mapping[int, Person],
    weights: Weights,
    floor: int,
    first: Collection[int] = (),
) -> Batch:
    """Requests in `first` choose their half-days before the others. Nobody goes above
    the load `floor` while a request can be staffed below it, at its half-day, at another
    of its half-days, or by exchanges; only then is the cap lifted. When some request
    still needed the cap lifted, the staffing starts again with those requests first, for
    at most `STAFFING_ROUNDS` rounds; the round with the fewest such requests is kept (the
    earliest on a tie)."""
    started = time.perf_counter()
    slot_of = choose_slots(needs, people, first)
    by_id = {n.request_id: n for n in needs}
    best: tuple[Staffing, list[Need]] | None = None
    ahead: set[int] = set()
    for _ in range(STAFFING_ROUNDS):
        staffing = Staffing(Ledger(people, floor), by_id, weights)
        order = staffing_order(needs, slot_of, ahead)
        for need in order:
            staffing.staff_at(need, slot_of[need.request_id])
        rest = [n for n in order if n.request_id not in staffing.teams]
        rest = [n for n in rest if not (staffing.fit(n) or staffing.fit_by_exchange(n))]
        if best is None or len(rest) < len(best[1]):
            best = staffing, rest
        if not rest:
            break
        ahead |= {n.request_id for n in rest}
    staffing, rest = best
    seconds = time.perf_counter() - started
    staffing.ledger.lift_cap()
    left_out = {}
    for need in rest:
        if not staffing.fit(need):
            left_out[need.request_id] = _why_not_fitted(need, people, weights)
    teams = dict(sorted(staffing.teams.items()))
    return Batch(teams, dict(sorted(staffing.slot_of.items())), left_out, seconds)


def _why_not_fitted(
    need: Need, people: Mapping[int, Person], weights: Weights
) -> tuple[UnplannedReason, str]:
    """Alone it would fit: the others took the room. Otherwise no team meets the rules."""
    alone = Staffing(Ledger(people), {need.request_id: need}, weights)
    if alone.fit(need):
        return UnplannedReason.CAPACITY_TAKEN, ""
    return UnplannedReason.NO_TEAM_FITS, f"需要{need.team_size}人"
