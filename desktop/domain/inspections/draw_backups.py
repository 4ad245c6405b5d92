"""Who could step in at a drawn half-day, in draw order, and the pool once a plan is booked."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from desktop.domain.inspections.draw_result import Assignment, Pick
from desktop.domain.inspections.draw_weights import draw_weight, weights_for
from desktop.domain.inspections.pool import InspectionRequest, PoolSnapshot, Slot

BACKUP_COUNT = 5  # backups listed per inspection; a replacement looks further when needed


def book_plan(snapshot: PoolSnapshot, assignments: Iterable[Assignment]) -> PoolSnapshot:
    """The pool with the plan's teams booked: their half-days taken, their loads raised.

    This is also the snapshot a replacement is drawn from: the rest of the plan is fixed
    simply because it is booked.
    """
    slots: dict[int, set[Slot]] = {}
    for a in assignments:
        for i in a.member_ids:
            slots.setdefault(i, set()).add(a.slot)
    added = Counter({i: len(s) for i, s in slots.items()})
    inspectors = tuple(
        replace(
            p,
            booked=p.booked | slots.get(p.id, set()),
            recent_load=p.recent_load + added[p.id],
        )
        for p in snapshot.inspectors
    )
    return replace(snapshot, inspectors=inspectors)


def make_pick(
    snapshot: PoolSnapshot, request: InspectionRequest, inspector_id: int, seed: str, load: int
) -> Pick:
    person = snapshot.inspector(inspector_id)
    return Pick(
        inspector_id,
        person.name,
        person.department_id == request.department_id,
        tuple(sorted(person.specialties & request.required_specialties)),
        draw_weight(seed, request.id, inspector_id),
        load,
    )


class Standing:
    """A booked pool read once for ranking the stand-ins of a whole plan: who is free at
    each half-day, and everyone's load."""

    def __init__(self, booked: PoolSnapshot) -> None:
        self.booked = booked
        self.loads = {p.id: p.recent_load for p in booked.inspectors}
        self._free: dict[Slot, set[int]] = {}

    def free_at(self, slot: Slot) -> set[int]:
        if slot not in self._free:
            self._free[slot] = {
                p.id for p in self.booked.inspectors if slot in self.booked.free_slots(p.id)
            }
        return self._free[slot]


def stand_ins(
    booked: PoolSnapshot,
    request: InspectionRequest,
    eligible: Iterable[int],
    slot: Slot,
    seed: str,
    load_cap: int,
    limit: int | None = None,
    weigh: Callable[[Iterable[int]], Mapping[int, int]] | None = None,
    standing: Standing | None = None,
) -> list[Pick]:
    """Eligible inspectors still free at `slot` in the booked pool, ranked the way the
    draw chose: those who would stay within the plan's maximum load first, then by
    seeded weight, heaviest first; the first `limit` of them when a limit is given.
    `weigh` gives the weights of those inspectors, and `standing` the booked pool read
    once, when the caller has them already."""
    if standing is None:
        free = [i for i in eligible if slot in booked.free_slots(i)]
        loads = {i: booked.inspector(i).recent_load for i in free}
    else:
        here = standing.free_at(slot)
        free = [i for i in eligible if i in here]
        loads = standing.loads
    weights = weigh(free) if weigh else weights_for(seed, request.id, free)

    def rank(i: int) -> tuple[bool, int, int]:
        return (loads[i] + 1 > load_cap, -weights[i], i)

    ranked = sorted(free, key=rank) if limit is None else heapq.nsmallest(limit, free, rank)
    return [make_pick(booked, request, i, seed, loads[i] + 1) for i in ranked]
