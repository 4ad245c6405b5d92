"""The draw as rules version 2026.1 made it, kept so that draws recorded then still replay:
half-days, then the teams of the whole batch at once by CP-SAT (`draw_batch_exact`),
with a second pass when requests were left over; backups and reasons as now.

Only replays call it (`draw_rules.plan_under`); new draws use `draw.draw_plan`. It must
give, for the same snapshot and seed, the very result 2026.1 gave (a test holds its
digest to one recorded by the 2026.1 program).
"""

from __future__ import annotations

import time

from desktop.domain.inspections.draw_backups import BACKUP_COUNT, book_plan, make_pick, stand_ins
from desktop.domain.inspections.draw_batch_exact import plan_batch_exact
from desktop.domain.inspections.draw_problem import Need, Person, need_for, people_for
from desktop.domain.inspections.draw_reasons import UnplannedReason
from desktop.domain.inspections.draw_result import (
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
from desktop.domain.inspections.team_solver import solver_version
from desktop.domain.inspections.workload import load_floor, loads_after, max_load

RULES_VERSION = "2026.1"


def draw_plan_2026_1(snapshot: PoolSnapshot, seed: str) -> DrawResult:
    """Plan every pending request of the snapshot as rules version 2026.1 did."""
    started = time.perf_counter()
    index = PoolIndex(snapshot)  # the same candidates as `candidates_for` (a test holds it)
    candidates = {r.id: index.candidates(r)[0] for r in snapshot.requests}
    unplanned: dict[int, tuple[UnplannedReason, str]] = {}
    needs: list[Need] = []
    for request in snapshot.requests:
        obstacle = obstacle_of(snapshot, request, candidates[request.id])
        if obstacle is None:
            needs.append(need_for(snapshot, candidates[request.id]))
        else:
            unplanned[request.id] = (obstacle.reason, obstacle.detail)
    people = people_for(snapshot)
    weights = SeededWeights(seed)
    floor = load_floor(needs, people)
    batch = plan_batch_exact(needs, people, weights, floor)
    if batch.left_out:  # a second pass lets the left-overs choose their half-days first
        again = plan_batch_exact(needs, people, weights, floor, first=batch.left_out)
        batch = again if len(again.teams) > len(batch.teams) else batch
    unplanned.update(batch.left_out)
    plan, slot_of = batch.teams, batch.slot_of
    highest = max_load(people, plan.values())
    if len(plan) < len(needs):
        floor = load_floor([n for n in needs if n.request_id in plan], people)
    figures = DrawFigures(
        floor,
        highest,
        highest <= floor,
        sum(weights[r, i] for r, team in plan.items() for i in team),
        batch.choice.level_status,
        batch.choice.pick_status,
    )
    return DrawResult(
        RULES_VERSION,
        seed,
        snapshot.snapshot_hash(),
        _explain_planned(snapshot, seed, candidates, people, plan, slot_of, highest),
        tuple(
            UnplannedRequest(
                r, snapshot.request(r).case_number, reason, detail, candidates[r].exclusions
            )
            for r, (reason, detail) in sorted(unplanned.items())
        ),
        figures,
        DrawTimings(solver_version(), batch.seconds_to_plan, time.perf_counter() - started),
    )


def _explain_planned(
    snapshot: PoolSnapshot,
    seed: str,
    candidates: dict[int, Candidates],
    people: dict[int, Person],
    plan: dict[int, tuple[int, ...]],
    slot_of: dict[int, Slot],
    highest: int,
) -> tuple[PlannedInspection, ...]:
    loads = loads_after(people, plan.values())
    booked = book_plan(snapshot, [Assignment(r, slot_of[r], t) for r, t in plan.items()])
    planned = []
    for r, team in sorted(plan.items()):
        request = snapshot.request(r)
        picks = tuple(make_pick(snapshot, request, i, seed, loads[i]) for i in team)
        backups = stand_ins(
            booked, request, candidates[r].eligible, slot_of[r], seed, highest, BACKUP_COUNT
        )
        planned.append(
            PlannedInspection(
                r, request.case_number, slot_of[r], picks, tuple(backups), candidates[r].exclusions
            )
        )
    return tuple(planned)
