"""A replacement for one member who declines or declares a conflict after the draw, drawn
the same way with the rest of the plan fixed.

The snapshot is the pool with the current plan booked (`book_plan`): everyone else stays
where they are because their half-days are taken. The replacement is the first inspector
in backup order (within the plan's maximum load first, then by the draw's seeded weight)
who is eligible, free at the half-day and keeps the team complete. The ranking uses the
draw's own weights, so replacements follow the published backup list.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.canonical import sha256_hex
from desktop.domain.inspections.draw_backups import stand_ins
from desktop.domain.inspections.draw_reasons import ExclusionReason
from desktop.domain.inspections.draw_result import DRAW_RULES_VERSION, Assignment, Pick
from desktop.domain.inspections.eligibility import Exclusion, candidates_for
from desktop.domain.inspections.pool import InspectionRequest, PoolSnapshot, Slot


@dataclass(frozen=True)
class Replacement:
    rules_version: str
    seed: str
    snapshot_hash: str
    request_id: int
    slot: Slot
    leaving_id: int
    number: int  # 1 for the first replacement on this inspection, and so on
    chosen: Pick | None  # None: nobody fits; reschedule the inspection instead
    team: tuple[int, ...]  # the team afterwards (without the one who left)
    backups: tuple[Pick, ...]  # the rest, in the same order
    exclusions: tuple[Exclusion, ...]

    def digest(self) -> str:
        return sha256_hex(self)


def draw_replacement(
    booked: PoolSnapshot,
    seed: str,
    assignment: Assignment,
    leaving_id: int,
    number: int,
    load_cap: int,
    rules_version: str = DRAW_RULES_VERSION,
) -> Replacement:
    """Replace `leaving_id` on `assignment`; `load_cap` is the plan's recorded max load.
    `rules_version` is only stamped on the result (a replay passes the recorded one): the
    replacement is drawn the same way under 2026.1 and 2026.2."""
    request = booked.request(assignment.request_id)
    slot = assignment.slot
    staying = tuple(i for i in assignment.member_ids if i != leaving_id)
    found = candidates_for(booked, request, free_at=False)
    exclusions = [e for e in found.exclusions if e.inspector_id not in staying]
    exclusions.append(Exclusion(leaving_id, ExclusionReason.DECLINED))
    eligible = [i for i in found.eligible if i not in assignment.member_ids]
    exclusions.extend(
        Exclusion(i, ExclusionReason.BUSY_AT_SLOT, str(slot))
        for i in eligible
        if slot not in booked.free_slots(i)
    )
    ranked = stand_ins(booked, request, eligible, slot, seed, load_cap)
    chosen = next((p for p in ranked if completes(booked, request, staying, p)), None)
    exclusions.extend(
        Exclusion(p.inspector_id, ExclusionReason.CANNOT_COMPLETE_TEAM)
        for p in ranked
        if not completes(booked, request, staying, p)
    )
    team = staying if chosen is None else tuple(sorted((*staying, chosen.inspector_id)))
    return Replacement(
        rules_version,
        seed,
        booked.snapshot_hash(),
        request.id,
        slot,
        leaving_id,
        number,
        chosen,
        team,
        tuple(p for p in ranked if p is not chosen),
        tuple(sorted(exclusions, key=lambda e: e.inspector_id)),  # stable: rule order kept
    )


def completes(
    snapshot: PoolSnapshot, request: InspectionRequest, staying: tuple[int, ...], pick: Pick
) -> bool:
    """With `pick`, the team again has a department member and every required specialty."""
    people = [snapshot.inspector(i) for i in (*staying, pick.inspector_id)]
    held = frozenset().union(*(p.specialties for p in people))
    return request.required_specialties <= held and any(
        p.department_id == request.department_id for p in people
    )
