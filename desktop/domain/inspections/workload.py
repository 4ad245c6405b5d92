"""Workload over the rolling window: the highest load a plan leaves, and the counting floor
that no plan can go below, so a plan that reaches it is proven fair."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from desktop.domain.inspections.draw_problem import Need, Person


def loads_after(people: Mapping[int, Person], teams: Iterable[Iterable[int]]) -> dict[int, int]:
    """Load of every inspector who gets an inspection: earlier load plus the new ones."""
    new = Counter(i for team in teams for i in team)
    return {i: people[i].load + n for i, n in sorted(new.items())}


def max_load(people: Mapping[int, Person], teams: Iterable[Iterable[int]]) -> int:
    """The fairness measure: the highest load among the inspectors the plan uses."""
    return max(loads_after(people, teams).values(), default=0)


def load_floor(needs: Sequence[Need], people: Mapping[int, Person]) -> int:
    """The least L such that, with nobody used beyond load L, the inspectors could still
    supply every count the needs demand: all seats, a department member per request, a
    holder per required specialty, and each request's own team.

    A person of load l can take at most min(L - l, days of capacity) new inspections,
    and at most one of any single request.
    """
    if not needs:
        return 0
    groups: list[tuple[int, set[int]]] = []  # demand, pool
    eligible = {n.request_id: set().union(*n.free_at.values()) for n in needs}
    groups.append((sum(n.team_size for n in needs), set().union(*eligible.values())))
    for dept in sorted({n.department_id for n in needs}):
        mine = [n for n in needs if n.department_id == dept]
        pool = {i for n in mine for i in eligible[n.request_id] if people[i].department_id == dept}
        groups.append((len(mine), pool))
    for code in sorted({c for n in needs for c in n.specialties}):
        mine = [n for n in needs if code in n.specialties]
        pool = {i for n in mine for i in eligible[n.request_id] if code in people[i].specialties}
        groups.append((len(mine), pool))
    # A request's own team: one seat per person, so its supply at level L is the number
    # of its people with some capacity and a load below L (found by bisection).
    roomy = {i for i, p in people.items() if sum(p.capacity.values()) > 0}
    teams = [
        (n.team_size, sorted(people[i].load for i in eligible[n.request_id] & roomy)) for n in needs
    ]
    everyone = set().union(*eligible.values())
    level = min((people[i].load for i in everyone), default=0) + 1
    # Beyond this level no supply grows: stop there rather than loop on an impossible demand.
    ceiling = max((people[i].load + sum(people[i].capacity.values()) for i in everyone), default=0)
    while level < ceiling and not (
        all(_supply(people, pool, level) >= d for d, pool in groups)
        and all(bisect_left(loads, level) >= d for d, loads in teams)
    ):
        level += 1
    return level


def _supply(people: Mapping[int, Person], pool: set[int], level: int) -> int:
    total = 0
    for i in pool:
        room = min(level - people[i].load, sum(people[i].capacity.values()))
        total += max(0, room)
    return total
