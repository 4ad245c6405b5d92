"""Who may serve which request, and every reason why the others may not."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.inspections.draw_reasons import (
    RECUSAL_REASONS,
    ExclusionReason,
    UnplannedReason,
)
from desktop.domain.inspections.pool import InspectionRequest, Inspector, PoolSnapshot, Slot
from desktop.domain.inspections.recusal import recusal_detail, tie_in_force, tie_matches


@dataclass(frozen=True)
class Exclusion:
    """One reason one inspector was left out; an inspector may have several."""

    inspector_id: int
    reason: ExclusionReason
    detail: str = ""


@dataclass(frozen=True)
class Obstacle:
    """Why a request cannot be planned at all."""

    reason: UnplannedReason
    detail: str


@dataclass(frozen=True)
class Candidates:
    """The eligible inspectors of one request, and who is free at each half-day of its window."""

    request_id: int
    eligible: tuple[int, ...]
    free_at: Mapping[Slot, tuple[int, ...]]
    exclusions: tuple[Exclusion, ...]


def exclusions_of(
    snapshot: PoolSnapshot,
    request: InspectionRequest,
    inspector: Inspector,
    window: Collection[Slot] | None = None,
) -> list[Exclusion]:
    """Every rule that keeps `inspector` off `request`, in a fixed order."""
    found: list[Exclusion] = []
    if not inspector.active:
        found.append(Exclusion(inspector.id, ExclusionReason.INACTIVE))
    for tie in snapshot.ties_of(inspector.id):
        if tie_matches(tie, request) and tie_in_force(tie, snapshot.as_of):
            reason = RECUSAL_REASONS[tie.kind]
            found.append(Exclusion(inspector.id, reason, recusal_detail(tie, request)))
    if not is_useful(inspector, request):
        wanted = "、".join(sorted(request.required_specialties))
        found.append(
            Exclusion(inspector.id, ExclusionReason.NO_USEFUL_SPECIALTY, f"所需专业：{wanted}")
        )
    window = snapshot.window_slots(request) if window is None else window
    if snapshot.free_slots(inspector.id).isdisjoint(window):
        span = f"{request.window_start.isoformat()}—{request.window_end.isoformat()}"
        found.append(Exclusion(inspector.id, ExclusionReason.UNAVAILABLE_IN_WINDOW, span))
    return found


def is_useful(inspector: Inspector, request: InspectionRequest) -> bool:
    """Every member brings a required specialty or the responsible department."""
    return (
        not request.required_specialties
        or inspector.department_id == request.department_id
        or bool(inspector.specialties & request.required_specialties)
    )


def candidates_for(
    snapshot: PoolSnapshot, request: InspectionRequest, free_at: bool = True
) -> Candidates:
    """Without `free_at` (a replacement, whose half-day is fixed) the map of who is free
    at each half-day is left empty."""
    exclusions: list[Exclusion] = []
    eligible: list[int] = []
    window = snapshot.window_slots(request)
    window_set = frozenset(window)  # set against set: no slot hashed again per inspector
    for inspector in snapshot.inspectors:
        found = exclusions_of(snapshot, request, inspector, window_set)
        exclusions.extend(found)
        if not found:
            eligible.append(inspector.id)
    free = (
        {slot: tuple(i for i in eligible if slot in snapshot.free_slots(i)) for slot in window}
        if free_at
        else {}
    )
    return Candidates(request.id, tuple(eligible), free, tuple(exclusions))


def could_form_team(snapshot: PoolSnapshot, request: InspectionRequest, ids: Iterable[int]) -> bool:
    """A quick necessary test: enough people, a department member, every specialty held."""
    people = [snapshot.inspector(i) for i in ids]
    held = frozenset().union(*(p.specialties for p in people))
    return (
        len(people) >= request.team_size
        and any(p.department_id == request.department_id for p in people)
        and request.required_specialties <= held
    )


def obstacle_of(
    snapshot: PoolSnapshot,
    request: InspectionRequest,
    candidates: Candidates,
    formable: Iterable[Slot] | None = None,
) -> Obstacle | None:
    """The first rule that already rules the request out, before any other request counts.

    `formable`, when known, are the half-days where `could_form_team` holds."""
    if not candidates.free_at:
        span = f"{request.window_start.isoformat()}—{request.window_end.isoformat()}"
        return Obstacle(UnplannedReason.WINDOW_OUTSIDE_HORIZON, f"时间窗 {span}")
    eligible = [snapshot.inspector(i) for i in candidates.eligible]
    if not any(p.department_id == request.department_id for p in eligible):
        return Obstacle(UnplannedReason.NO_DEPARTMENT_MEMBER, f"责任部门#{request.department_id}")
    held = frozenset().union(*(p.specialties for p in eligible))
    missing = sorted(request.required_specialties - held)
    if missing:
        return Obstacle(UnplannedReason.SPECIALTY_NOT_COVERED, "、".join(missing))
    if len(eligible) < request.team_size:
        return Obstacle(
            UnplannedReason.TOO_FEW_ELIGIBLE,
            f"需要{request.team_size}人，符合条件{len(eligible)}人",
        )
    if formable is not None:
        if not any(True for _ in formable):
            return Obstacle(UnplannedReason.NO_COMMON_SLOT, "")
    elif not any(could_form_team(snapshot, request, ids) for ids in candidates.free_at.values()):
        return Obstacle(UnplannedReason.NO_COMMON_SLOT, "")
    return None
