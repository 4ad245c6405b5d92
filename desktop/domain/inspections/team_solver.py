"""The teams of a draw, by CP-SAT: the one module that uses OR-Tools.

The half-days are already chosen (`slot_plan`). For a load level L, one model asks for
a team for every request such that nobody used ends above L, and among those plans
takes the one with the largest total seeded weight. L starts at the counting floor and
rises only when the solver proves the level impossible, so the first level that works
is the lowest maximum load for these half-days.

A replay must give the identical plan. The solver runs in a deterministic configuration
(one worker, fixed solver seed, deterministic-time limits, no wall-clock limit), and,
more robustly, the plan does not depend on the search path: with 32-bit random weights
the optimum is unique, and the solver proves it (status OPTIMAL). The full linear
relaxation (level 2) is what makes that proof fast: the model is nearly a flow problem.
Models are built in sorted order, never in set order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desktop.domain.inspections.draw_problem import Need, Person
from desktop.domain.inspections.pool import Slot

SOLVER_SEED = 0
TEAM_LIMIT = 30.0  # deterministic seconds per model (a count of work, not of the clock)


@dataclass(frozen=True)
class TeamChoice:
    teams: dict[int, tuple[int, ...]]
    level_status: str  # "floor": the start level worked; "proven": every lower one is
    # impossible; "unproven": a lower level ran out of time without an answer
    pick_status: str  # the solver status of the weighted pick (OPTIMAL: unique, proven)


def solver_version() -> str:
    from ortools import __version__

    return f"ortools {__version__}"


def choose_teams(
    needs: Sequence[Need],
    people: Mapping[int, Person],
    slot_of: Mapping[int, Slot],
    weights: Mapping[tuple[int, int], int],
    start_level: int,
    keep_largest: bool = True,
) -> TeamChoice:
    """Teams at the given half-days at the lowest load level from `start_level` up.

    When no level staffs every request, the largest set that can be staffed is kept
    (`keep_largest`), or nothing is returned."""
    needs = [n for n in needs if n.request_id in slot_of]
    status, teams = _solve(needs, people, slot_of, weights, start_level)
    if teams is not None:
        return TeamChoice(teams, "floor", status)
    ceiling = max((p.load + sum(p.capacity.values()) for p in people.values()), default=0)
    level, proven = start_level + 1, status == "INFEASIBLE"
    if _solve(needs, people, slot_of, weights, ceiling)[1] is None:
        if not keep_largest:
            return TeamChoice({}, "unproven", status)
        needs = _staffable(needs, people, slot_of, weights, ceiling)
        level, proven = start_level, True
    while True:  # ends: at the ceiling loads no longer bind, and these needs fit there
        status, teams = _solve(needs, people, slot_of, weights, level)
        if teams is not None or level >= ceiling:
            how = "proven" if proven else "unproven"
            return TeamChoice(teams or {}, how, status)
        proven = proven and status == "INFEASIBLE"
        level += 1


def _solve(
    needs: Sequence[Need],
    people: Mapping[int, Person],
    slot_of: Mapping[int, Slot],
    weights: Mapping[tuple[int, int], int],
    level: int,
    staffed_bonus: int = 0,
) -> tuple[str, dict[int, tuple[int, ...]] | None]:
    """The heaviest plan with every load at most `level`. With `staffed_bonus`, requests
    may go unstaffed and each staffed one is worth the bonus (more than all weights)."""
    model = cp_model.CpModel()
    x = {
        (n.request_id, i): model.new_bool_var("")
        for n in needs
        for i in n.free_at[slot_of[n.request_id]]
        if people[i].load < level
    }
    staffed = []
    for n in needs:
        team = [
            (i, x[key]) for i in n.free_at[slot_of[n.request_id]] if (key := (n.request_id, i)) in x
        ]
        on = model.new_bool_var("") if staffed_bonus else 1
        staffed.append(on)
        model.add(sum(v for _, v in team) == n.team_size * on)
        model.add(sum(v for i, v in team if people[i].department_id == n.department_id) >= on)
        for code in n.specialties:
            model.add(sum(v for i, v in team if code in people[i].specialties) >= on)
    by_slot: dict[tuple[int, Slot], list] = {}
    by_day: dict[tuple[int, object], list] = {}
    by_person: dict[int, list] = {}
    for (r, i), var in x.items():
        by_slot.setdefault((i, slot_of[r]), []).append(var)
        by_day.setdefault((i, slot_of[r].day), []).append(var)
        by_person.setdefault(i, []).append(var)
    for group in by_slot.values():
        model.add_at_most_one(group)
    for (i, day), group in by_day.items():
        model.add(sum(group) <= people[i].capacity.get(day, 0))
    for i, group in by_person.items():
        model.add(sum(group) <= level - people[i].load)
    model.maximize(staffed_bonus * sum(staffed) + sum(weights[key] * var for key, var in x.items()))
    solver = _solver()
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return solver.status_name(status), None
    teams: dict[int, list[int]] = {}
    for (r, i), var in x.items():
        if solver.boolean_value(var):
            teams.setdefault(r, []).append(i)
    return solver.status_name(status), {r: tuple(ids) for r, ids in sorted(teams.items())}


def _staffable(
    needs: Sequence[Need],
    people: Mapping[int, Person],
    slot_of: Mapping[int, Slot],
    weights: Mapping[tuple[int, int], int],
    ceiling: int,
) -> list[Need]:
    """The largest set of requests that can be staffed at all; ties go by weight, so the
    choice is unique."""
    bonus = 1 + sum(
        weights[n.request_id, i] for n in needs for i in n.free_at[slot_of[n.request_id]]
    )
    _, teams = _solve(needs, people, slot_of, weights, ceiling, staffed_bonus=bonus)
    return [n for n in needs if n.request_id in (teams or {})]


def _solver() -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    parameters = solver.parameters
    parameters.num_workers = 1  # several workers race each other: not replayable
    parameters.random_seed = SOLVER_SEED
    parameters.max_deterministic_time = TEAM_LIMIT
    parameters.linearization_level = 2  # the full LP: proves the weighted optimum at once
    # With that LP, more presolve and probing only cost time on these models (measured).
    parameters.max_presolve_iterations = 1
    parameters.cp_model_probing_level = 0
    return solver
