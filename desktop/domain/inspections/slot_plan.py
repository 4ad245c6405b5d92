"""The half-day of each request, chosen before the teams by a fixed rule, so the dates
never depend on a solver's search path.

Requests with the fewest usable half-days choose first. Each takes the half-day where
demand on the free inspectors stays lowest relative to their number (more choice for
the draw, less risk that no team forms), the earlier one on a tie, skipping half-days
that already fail a counting test: seats, department members, specialty holders, and
the room left in the day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from fractions import Fraction

from desktop.domain.inspections.draw_problem import Need, Person
from desktop.domain.inspections.pool import Slot


def choose_slots(
    needs: Sequence[Need], people: Mapping[int, Person], first: Collection[int] = ()
) -> dict[int, Slot]:
    """A half-day per request; requests in `first` choose before all others."""
    supply: dict[Slot, set[int]] = {}
    for n in needs:
        for slot, ids in n.free_at.items():
            supply.setdefault(slot, set()).update(ids)
    room = _room_per_day(supply, people)
    seats: Counter[Slot] = Counter()
    day_seats: Counter[date] = Counter()
    taken: Counter[tuple] = Counter()  # (slot, "dept", id) or (slot, "code", code)
    limits: dict[tuple, int] = {}

    def limit(key: tuple) -> int:
        if key not in limits:
            limits[key] = sum(1 for i in supply[key[0]] if _counts(people[i], key))
        return limits[key]

    def fits(n: Need, slot: Slot) -> bool:
        return (
            seats[slot] + n.team_size <= len(supply[slot])
            and day_seats[slot.day] + n.team_size <= room[slot.day]
            and all(taken[key] < limit(key) for key in _keys(n, slot))
        )

    slot_of: dict[int, Slot] = {}
    for n in sorted(needs, key=lambda n: (n.request_id not in first, len(n.free_at), n.request_id)):
        options = [s for s in n.free_at if fits(n, s)] or list(n.free_at)
        best = min(options, key=lambda s: (Fraction(seats[s] + n.team_size, len(supply[s])), s))
        slot_of[n.request_id] = best
        seats[best] += n.team_size
        day_seats[best.day] += n.team_size
        taken.update(_keys(n, best))
    return dict(sorted(slot_of.items()))


def _keys(need: Need, slot: Slot) -> list[tuple]:
    """The scarce kinds of people this request takes one of at `slot`."""
    return [(slot, "dept", need.department_id)] + [(slot, "code", c) for c in need.specialties]


def _counts(person: Person, key: tuple) -> bool:
    _, kind, value = key
    return person.department_id == value if kind == "dept" else value in person.specialties


def _room_per_day(supply: Mapping[Slot, set[int]], people: Mapping[int, Person]) -> dict[date, int]:
    """Per day, the inspections the free people can still take: capacity, at most their
    free half-days that day."""
    halves: Counter[tuple[int, date]] = Counter(
        (i, slot.day) for slot, ids in supply.items() for i in ids
    )
    room: Counter[date] = Counter()
    for (i, day), count in halves.items():
        room[day] += min(count, people[i].capacity.get(day, 0))
    return dict(room)
