"""The teams of a draw, one request at a time, under a load cap: the city-scale method.

The half-days are already chosen (`slot_plan`), and the cap is the counting floor
(`workload.load_floor`): the lowest maximum load any plan could have. The requests are
staffed in a fixed order, the scarcest first (fewest free eligible inspectors at their
half-day, then by id). For each, the free eligible inspectors still below the cap and with
room that day are ranked by seeded weight, heaviest first (id only on an equal weight),
and the team is the first valid team in that ranking: walking down it, an inspector joins
unless the seats left could then no longer bring the department and every required
specialty. A request that finds no team tries its other half-days in order, then one
exchange (a blocked candidate hands one of their inspections to another inspector drawn
the same way); only what still fails is staffed above the cap, and the figures then say
the floor was not reached.

Everything depends on the snapshot and the seed only, in sorted orders, never set order,
so a replay is identical. The cost is one ranking per request, so it grows about linearly
with the requests times the pool (the README, "Inspections").
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.inspections.draw_problem import Need, Person
from desktop.domain.inspections.draw_weights import SeededWeights
from desktop.domain.inspections.pool import Slot

METHOD = "sequential draw under the load floor"
PICK_STATUS = "SEQUENTIAL"  # recorded in the figures where CP-SAT's status used to be

Weights = SeededWeights


class Ledger:
    """What the plan has used so far: loads, half-days and room per day, kept as the sets
    of who is busy at each half-day, whose day is full and who reached the cap."""

    def __init__(self, people: Mapping[int, Person], cap: int | None = None) -> None:
        self.people = people
        self.added: dict[int, int] = {}
        self.used: dict[tuple[int, date], int] = {}
        self.busy: dict[Slot, set[int]] = {}
        self.full: dict[date, set[int]] = {}
        self._cap = cap
        self.capped = set() if cap is None else {i for i, p in people.items() if p.load >= cap}

    @property
    def cap(self) -> int | None:
        """Nobody may end above this load; None: no cap."""
        return self._cap

    def lift_cap(self) -> None:
        self._cap = None
        self.capped = set()

    def load(self, i: int) -> int:
        return self.people[i].load + self.added.get(i, 0)

    def free(self, i: int, slot: Slot) -> bool:
        """Not busy at `slot`, room left that day, and below the cap.

        Only asked of people free at `slot` in the snapshot, who have room that day."""
        return not (
            i in self.busy.get(slot, ()) or i in self.full.get(slot.day, ()) or i in self.capped
        )

    def free_among(self, ids: Iterable[int], slot: Slot) -> list[int]:
        """`free` for many at once, in their order."""
        busy, full, capped = self.busy.get(slot, ()), self.full.get(slot.day, ()), self.capped
        return [i for i in ids if not (i in busy or i in full or i in capped)]

    def book(self, slot: Slot, team: Iterable[int]) -> None:
        for i in team:
            self.added[i] = self.added.get(i, 0) + 1
            self.busy.setdefault(slot, set()).add(i)
            used = self.used[i, slot.day] = self.used.get((i, slot.day), 0) + 1
            if used >= self.people[i].capacity.get(slot.day, 0):
                self.full.setdefault(slot.day, set()).add(i)
            if self._cap is not None and self.load(i) >= self._cap:
                self.capped.add(i)

    def unbook(self, slot: Slot, team: Iterable[int]) -> None:
        for i in team:
            self.added[i] -= 1
            self.busy[slot].discard(i)
            self.used[i, slot.day] -= 1
            if self.used[i, slot.day] < self.people[i].capacity.get(slot.day, 0):
                self.full.get(slot.day, set()).discard(i)
            if self._cap is not None and self.load(i) < self._cap:
                self.capped.discard(i)


def staffing_order(
    needs: Sequence[Need], slot_of: Mapping[int, Slot], first: Collection[int] = ()
) -> list[Need]:
    """Requests in `first` before the others; then the scarcest first (fewest free
    eligible people at its half-day), then by id."""
    placed = [n for n in needs if n.request_id in slot_of]
    return sorted(
        placed,
        key=lambda n: (
            n.request_id not in first,
            len(n.free_at[slot_of[n.request_id]]),
            n.request_id,
        ),
    )


def pick_team(
    need: Need,
    slot: Slot,
    ledger: Ledger,
    weights: Weights,
    fixed: tuple[int, ...] = (),
    barred: int | None = None,
) -> tuple[int, ...] | None:
    """The first valid team in (-weight, id) order among the free eligible people at
    `slot` (below the cap, room left that day), with the members `fixed` kept and
    `barred` left out, or None when no team can form there now."""
    free = [
        i
        for i in ledger.free_among(need.free_at.get(slot, ()), slot)
        if i not in fixed and i != barred
    ]
    row = weights.of(need.request_id, free)
    # Heaviest first; `free` is in id order and the sort is stable, so an equal weight
    # goes by id.
    ranked = sorted(free, key=row.__getitem__, reverse=True)
    if len(ranked) + len(fixed) < need.team_size:
        return None
    masks = [_mask(need, ledger.people[i]) for i in ranked]
    full = (1 << (1 + len(need.specialties))) - 1
    last: dict[int, int] = {}  # per kind of member (mask), the last position it occurs
    for position, mask in enumerate(masks):
        last[mask] = position
    team: list[int] = list(fixed)
    covered = 0
    for i in fixed:
        covered |= _mask(need, ledger.people[i])
    if len(team) == need.team_size:
        return tuple(sorted(team)) if covered == full else None
    for position, i in enumerate(ranked):
        seats_after = need.team_size - len(team) - 1
        if len(ranked) - position - 1 < seats_after:
            return None
        wanted = full & ~(covered | masks[position])
        later = [m for m, at in last.items() if at > position]
        if _can_cover(wanted, seats_after, later):
            team.append(i)
            covered |= masks[position]
            if len(team) == need.team_size:
                return tuple(sorted(team))
    return None


def _mask(need: Need, person: Person) -> int:
    """Bit 0: the responsible department; bit k: the k-th required specialty."""
    bits = int(person.department_id == need.department_id)
    for k, code in enumerate(need.specialties, start=1):
        if code in person.specialties:
            bits |= 1 << k
    return bits


def _can_cover(wanted: int, seats: int, masks: list[int]) -> bool:
    """Can at most `seats` of the kinds `masks` together bring every bit of `wanted`?"""
    if not wanted:
        return True
    useful = sorted({m & wanted for m in masks if m & wanted})
    for count in range(1, min(seats, len(useful)) + 1):
        for combo in itertools.combinations(useful, count):
            union = 0
            for m in combo:
                union |= m
            if union == wanted:
                return True
    return False


@dataclass
class Staffing:
    """A plan being built: its teams and half-days, and the ledger they are booked in."""

    ledger: Ledger
    needs: Mapping[int, Need]
    weights: Weights
    teams: dict[int, tuple[int, ...]] = field(default_factory=dict)
    slot_of: dict[int, Slot] = field(default_factory=dict)
    serving: dict[int, set[int]] = field(default_factory=dict)  # inspector -> requests

    def place(self, request_id: int, slot: Slot, team: tuple[int, ...]) -> None:
        self.teams[request_id], self.slot_of[request_id] = team, slot
        self.ledger.book(slot, team)
        for i in team:
            self.serving.setdefault(i, set()).add(request_id)

    def take_out(self, request_id: int, i: int) -> None:
        """Remove `i` from the team of `request_id` (the team is short until refilled)."""
        slot = self.slot_of[request_id]
        self.teams[request_id] = tuple(j for j in self.teams[request_id] if j != i)
        self.ledger.unbook(slot, (i,))
        self.serving[i].discard(request_id)

    def put_in(self, request_id: int, i: int) -> None:
        slot = self.slot_of[request_id]
        self.teams[request_id] = tuple(sorted((*self.teams[request_id], i)))
        self.ledger.book(slot, (i,))
        self.serving.setdefault(i, set()).add(request_id)

    def staff_at(self, need: Need, slot: Slot) -> bool:
        team = pick_team(need, slot, self.ledger, self.weights)
        if team is None:
            return False
        self.place(need.request_id, slot, team)
        return True

    def fit(self, need: Need) -> bool:
        """Staff `need` at its earliest half-day where a team forms around the plan so far."""
        return any(self.staff_at(need, slot) for slot in sorted(need.free_at))

    def fit_by_exchange(self, need: Need) -> bool:
        """Staff `need` by freeing blocked candidates: someone at the cap, busy at the
        half-day or with the day full hands one of their inspections to another free
        eligible inspector (drawn the same way). First a single exchange that lets a team
        form; failing that, up to one exchange per seat, those who bring a requirement no
        free candidate brings first. Half-days in order; blocked candidates the least
        loaded first, then by weight; their inspections by request id. Undone when the
        team still does not form."""
        for slot in sorted(need.free_at):
            if any(self._exchange(need, slot, i, other) for i, other in self._blocked(need, slot)):
                return True
        for slot in sorted(need.free_at):
            made: list[tuple[int, int, int]] = []
            for _ in range(need.team_size):
                freed = self._free_one(need, slot)
                if freed is None:
                    break
                made.append(freed)
                if self.staff_at(need, slot):
                    return True
            for other, i, j in reversed(made):
                self.take_out(other, j)
                self.put_in(other, i)
        return False

    def _blocked(self, need: Need, slot: Slot) -> list[tuple[int, int]]:
        """(blocked candidate, one of their inspections), in the order tried."""
        r = need.request_id
        free = self.ledger.free_among(need.free_at[slot], slot)
        brought = 0
        for i in free:
            brought |= _mask(need, self.ledger.people[i])
        blocked = sorted(
            set(need.free_at[slot]) - set(free),
            key=lambda i: (
                not _mask(need, self.ledger.people[i]) & ~brought,
                self.ledger.load(i),
                -self.weights[r, i],
                i,
            ),
        )
        return [(i, other) for i in blocked for other in sorted(self.serving.get(i, ()))]

    def _release(self, slot: Slot, i: int, other: int) -> int | None:
        """Hand `i`'s place on `other` to someone drawn the same way, if that frees `i`
        at `slot`; the one who took it, or None (and nothing changed)."""
        self.take_out(other, i)
        if self.ledger.free(i, slot):
            stay = self.teams[other]
            refill = pick_team(
                self.needs[other], self.slot_of[other], self.ledger, self.weights, stay, i
            )
            if refill is not None:
                (j,) = set(refill) - set(stay)
                self.put_in(other, j)
                return j
        self.put_in(other, i)
        return None

    def _exchange(self, need: Need, slot: Slot, i: int, other: int) -> bool:
        j = self._release(slot, i, other)
        if j is None:
            return False
        if self.staff_at(need, slot):
            return True
        self.take_out(other, j)
        self.put_in(other, i)
        return False

    def _free_one(self, need: Need, slot: Slot) -> tuple[int, int, int] | None:
        for i, other in self._blocked(need, slot):
            j = self._release(slot, i, other)
            if j is not None:
                return other, i, j
        return None
