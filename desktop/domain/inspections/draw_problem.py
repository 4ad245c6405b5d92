"""The solver's view of a draw: what each request needs and what each inspector can take."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.inspections.eligibility import Candidates, could_form_team
from desktop.domain.inspections.pool import PoolSnapshot, Slot


@dataclass(frozen=True)
class Need:
    """One request: its team size and rules, and per usable half-day the eligible free people."""

    request_id: int
    team_size: int
    department_id: int
    specialties: tuple[str, ...]
    free_at: Mapping[Slot, tuple[int, ...]]


@dataclass(frozen=True)
class Person:
    inspector_id: int
    department_id: int
    specialties: frozenset[str]
    load: int  # before this solve
    capacity: Mapping[date, int]  # inspections it may still take, per day


def need_for(
    snapshot: PoolSnapshot, candidates: Candidates, formable: Collection[Slot] | None = None
) -> Need:
    """Only half-days where a team could form at all stay in the request's domain
    (`formable`, when the caller knows them already)."""
    request = snapshot.request(candidates.request_id)
    free_at = {
        slot: ids
        for slot, ids in candidates.free_at.items()
        if (could_form_team(snapshot, request, ids) if formable is None else slot in formable)
    }
    return Need(
        request.id,
        request.team_size,
        request.department_id,
        tuple(sorted(request.required_specialties)),
        free_at,
    )


def people_for(snapshot: PoolSnapshot) -> dict[int, Person]:
    """Capacity per day: what the daily limit leaves after bookings, at most the free halves."""
    people = {}
    for inspector in snapshot.inspectors:
        free = snapshot.free_slots(inspector.id)
        capacity = {
            day: max(
                0,
                min(
                    inspector.daily_capacity - inspector.booked_on(day),
                    sum(1 for s in free if s.day == day),
                ),
            )
            for day in snapshot.working_days
        }
        people[inspector.id] = Person(
            inspector.id,
            inspector.department_id,
            inspector.specialties,
            inspector.recent_load,
            capacity,
        )
    return people


def around_plan(
    needs: Sequence[Need],
    people: Mapping[int, Person],
    teams: Mapping[int, Iterable[int]],
    slot_of: Mapping[int, Slot],
) -> tuple[list[Need], dict[int, Person]]:
    """The same needs and people with a plan fixed: its members busy, their capacity used
    and their load raised, so further requests can be fitted in around it."""
    busy = {(i, slot_of[r]) for r, ids in teams.items() for i in ids}
    used: dict[tuple[int, date], int] = {}
    for r, ids in teams.items():
        for i in ids:
            used[i, slot_of[r].day] = used.get((i, slot_of[r].day), 0) + 1
    new_people = {}
    for i, person in people.items():
        capacity = {d: c - used.get((i, d), 0) for d, c in person.capacity.items()}
        load = person.load + sum(n for (j, _), n in used.items() if j == i)
        new_people[i] = replace(person, capacity=capacity, load=load)
    new_needs = [
        replace(
            n,
            free_at={
                s: tuple(i for i in ids if (i, s) not in busy) for s, ids in n.free_at.items()
            },
        )
        for n in needs
    ]
    return new_needs, new_people
