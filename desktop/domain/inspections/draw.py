"""The draw (双随机): pending requests in, a dated plan with teams, backups and reasons out.

`draw_plan(snapshot, seed)` is a pure function of its arguments: the same snapshot and
seed give a result with the same digest, which is how a recorded draw is replayed. The
method and what it promises are in the README ("Inspections", how the teams are drawn).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial

from desktop.domain.inspections.draw_backups import (
    BACKUP_COUNT,
    Standing,
    book_plan,
    make_pick,
    stand_ins,
)
from desktop.domain.inspections.draw_batch import plan_batch
from desktop.domain.inspections.draw_batch_exact import plan_batch_exact
from desktop.domain.inspections.draw_problem import Need, Person, need_for, people_for
from desktop.domain.inspections.draw_reasons import UnplannedReason
from desktop.domain.inspections.draw_result import (
    DRAW_RULES_VERSION,
    Assignment,
    DrawFigures,
    DrawResult,
    DrawTimings,
    PlannedInspection,
    UnplannedRequest,
)
from desktop.domain.inspections.draw_weights import SeededWeights
from desktop.domain.inspections.eligibility import Candidates, obstacle_of
from desktop.domain.inspections.eligibility_index import PoolIndex
from desktop.domain.inspections.pool import PoolSnapshot, Slot
from desktop.domain.inspections.team_draw import METHOD, PICK_STATUS
from desktop.domain.inspections.team_solver import solver_version
from desktop.domain.inspections.workload import load_floor, loads_after, max_load

# The exact draw (CP-SAT) is tried only below this many (request, eligible inspector)
# pairs: about a second of solving on the machine the README's figures come from.
EXACT_PAIRS = 5_000


def draw_plan(snapshot: PoolSnapshot, seed: str) -> DrawResult:
    """Plan every pending request of the snapshot, drawing teams with `seed`."""
    started = time.perf_counter()
    index = PoolIndex(snapshot)
    found = {r.id: index.candidates(r) for r in snapshot.requests}
    candidates = {r: c for r, (c, _) in found.items()}
    unplanned: dict[int, tuple[UnplannedReason, str]] = {}
    needs: list[Need] = []
    for request in snapshot.requests:
        formable = found[request.id][1]
        obstacle = obstacle_of(snapshot, request, candidates[request.id], formable)
        if obstacle is None:
            needs.append(need_for(snapshot, candidates[request.id], formable))
        else:
            unplanned[request.id] = (obstacle.reason, obstacle.detail)
    people = people_for(snapshot)
    weights = SeededWeights(seed)
    floor = load_floor(needs, people)
    pairs = sum(len(candidates[n.request_id].eligible) for n in needs)
    chosen = _plan(needs, people, weights, floor, pairs)
    unplanned.update(chosen.left_out)
    plan, slot_of = chosen.teams, chosen.slot_of
    highest = max_load(people, plan.values())
    if len(plan) < len(needs):
        floor = load_floor([n for n in needs if n.request_id in plan], people)
    figures = DrawFigures(
        floor,
        highest,
        highest <= floor,
        sum(weights[r, i] for r, team in plan.items() for i in team),
        "floor" if highest <= floor else chosen.level_status,
        chosen.pick_status,
    )
    return DrawResult(
        DRAW_RULES_VERSION,
        seed,
        snapshot.snapshot_hash(),
        _explain_planned(snapshot, seed, weights, candidates, people, plan, slot_of, highest),
        tuple(
            UnplannedRequest(
                r, snapshot.request(r).case_number, reason, detail, candidates[r].exclusions
            )
            for r, (reason, detail) in sorted(unplanned.items())
        ),
        figures,
        DrawTimings(
            chosen.method,
            chosen.seconds_to_plan,
            time.perf_counter() - started,
        ),
    )


@dataclass(frozen=True)
class _Chosen:
    teams: dict[int, tuple[int, ...]]
    slot_of: dict[int, Slot]
    left_out: dict[int, tuple[UnplannedReason, str]]
    level_status: str
    pick_status: str
    method: str
    seconds_to_plan: float


def _plan(
    needs: list[Need],
    people: dict[int, Person],
    weights: SeededWeights,
    floor: int,
    pairs: int,
) -> _Chosen:
    """The sequential draw; when it stays above the counting floor and the batch is small
    enough for CP-SAT, the exact draw instead if it plans more requests, or as many at a
    lower maximum load. Which one is used depends only on the snapshot and the seed."""
    batch = plan_batch(needs, people, weights, floor)
    if batch.left_out:  # a second pass lets the left-overs choose their half-days first
        again = plan_batch(needs, people, weights, floor, first=batch.left_out)
        batch = again if len(again.teams) > len(batch.teams) else batch
    sequential = _Chosen(
        batch.teams,
        batch.slot_of,
        batch.left_out,
        "unproven",
        PICK_STATUS,
        METHOD,
        batch.seconds_to_plan,
    )
    highest = max_load(people, batch.teams.values())
    if highest <= floor or pairs > EXACT_PAIRS:
        return sequential
    exact = plan_batch_exact(needs, people, weights, floor)
    if exact.left_out:
        again = plan_batch_exact(needs, people, weights, floor, first=exact.left_out)
        exact = again if len(again.teams) > len(exact.teams) else exact
    better = (len(exact.teams), -max_load(people, exact.teams.values())) > (
        len(batch.teams),
        -highest,
    )
    if not better:
        return sequential
    return _Chosen(
        exact.teams,
        exact.slot_of,
        exact.left_out,
        exact.choice.level_status,
        exact.choice.pick_status,
        solver_version(),
        batch.seconds_to_plan + exact.seconds_to_plan,
    )


def _explain_planned(
    snapshot: PoolSnapshot,
    seed: str,
    weights: SeededWeights,
    candidates: dict[int, Candidates],
    people: dict[int, Person],
    plan: dict[int, tuple[int, ...]],
    slot_of: dict[int, Slot],
    highest: int,
) -> tuple[PlannedInspection, ...]:
    loads = loads_after(people, plan.values())
    booked = book_plan(snapshot, [Assignment(r, slot_of[r], t) for r, t in plan.items()])
    standing = Standing(booked)
    planned = []
    for r, team in sorted(plan.items()):
        request = snapshot.request(r)
        picks = tuple(make_pick(snapshot, request, i, seed, loads[i]) for i in team)
        backups = stand_ins(
            booked,
            request,
            candidates[r].eligible,
            slot_of[r],
            seed,
            highest,
            BACKUP_COUNT,
            partial(weights.of, r),
            standing,
        )
        planned.append(
            PlannedInspection(
                r,
                request.case_number,
                slot_of[r],
                picks,
                tuple(backups[:BACKUP_COUNT]),
                candidates[r].exclusions,
            )
        )
    return tuple(planned)
