"""Eligibility for every request of a snapshot at once, with the pool held as bit masks.

The same answers as `eligibility.candidates_for` request by request (a test holds the two
equal), but a city's pool of a thousand inspectors and three thousand requests is read
once: per half-day, department, specialty and state a mask over the pool's positions, so
each request costs a few integer operations instead of a loop over every inspector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_

import numpy as np

from desktop.domain.inspections.draw_reasons import RECUSAL_REASONS, ExclusionReason
from desktop.domain.inspections.eligibility import Candidates, Exclusion
from desktop.domain.inspections.pool import InspectionRequest, PoolSnapshot, RecusalTie, Slot
from desktop.domain.inspections.recusal import recusal_detail, tie_in_force


class PoolIndex:
    """The pool as bit masks: bit k stands for the k-th inspector in id order."""

    def __init__(self, snapshot: PoolSnapshot) -> None:
        self.snapshot = snapshot
        people = snapshot.inspectors
        self.ids = np.array([p.id for p in people], dtype=np.int64)
        self.id_list = [p.id for p in people]
        self.size = len(people)
        self.everyone = (1 << self.size) - 1
        self.active = _mask(k for k, p in enumerate(people) if p.active)
        self.free: dict[Slot, int] = {
            slot: _mask(k for k, p in enumerate(people) if slot in snapshot.free_slots(p.id))
            for slot in snapshot.slots()
        }
        self.department: dict[int, int] = {}
        self.specialty: dict[str, int] = {}
        for k, p in enumerate(people):
            self.department[p.department_id] = self.department.get(p.department_id, 0) | 1 << k
            for code in p.specialties:
                self.specialty[code] = self.specialty.get(code, 0) | 1 << k
        self._inactive = {
            k: Exclusion(p.id, ExclusionReason.INACTIVE)
            for k, p in enumerate(people)
            if not p.active
        }
        self._shared: dict[tuple[ExclusionReason, str], dict[int, Exclusion]] = {}
        position = {p.id: k for k, p in enumerate(people)}
        self._by_applicant: dict[int, list[tuple[int, int, RecusalTie]]] = {}
        self._by_project: dict[str, list[tuple[int, int, RecusalTie]]] = {}
        for n, tie in enumerate(snapshot.ties):  # the snapshot's order: ties_of keeps it
            if not tie_in_force(tie, snapshot.as_of):
                continue
            entry = (position[tie.inspector_id], n, tie)
            if tie.applicant_id is not None:
                self._by_applicant.setdefault(tie.applicant_id, []).append(entry)
            if tie.project_name:
                self._by_project.setdefault(_project_key(tie.project_name), []).append(entry)

    def members(self, mask: int) -> tuple[int, ...]:
        """The inspector ids of a mask, in id order."""
        if not mask:
            return ()
        raw = np.frombuffer(mask.to_bytes((self.size + 7) // 8, "little"), dtype=np.uint8)
        return tuple(self.ids[np.flatnonzero(np.unpackbits(raw, bitorder="little"))].tolist())

    def useful(self, request: InspectionRequest) -> int:
        """Who brings a required specialty or the responsible department."""
        if not request.required_specialties:
            return self.everyone
        masks = [self.specialty.get(c, 0) for c in request.required_specialties]
        return reduce(or_, masks, self.department.get(request.department_id, 0))

    def recusals(self, request: InspectionRequest) -> dict[int, list[RecusalTie]]:
        """Per position, the ties in force that name the request, in the snapshot's order."""
        found = {
            (k, n): tie
            for k, n, tie in self._by_applicant.get(request.applicant_id, ())
            if tie.applicant_id == request.applicant_id
        }
        if request.project_name:
            for k, n, tie in self._by_project.get(_project_key(request.project_name), ()):
                found[k, n] = tie
        ties: dict[int, list[RecusalTie]] = {}
        for (k, _), tie in sorted(found.items(), key=lambda item: item[0]):
            ties.setdefault(k, []).append(tie)
        return ties

    def candidates(self, request: InspectionRequest) -> tuple[Candidates, frozenset[Slot]]:
        """The request's candidates, and the half-days where a team could form at all."""
        window = self.snapshot.window_slots(request)
        in_window = reduce(or_, (self.free[s] for s in window), 0)
        useful = self.useful(request)
        ties = self.recusals(request)
        recused = _mask(ties)
        eligible = self.active & useful & in_window & ~recused
        wanted = "、".join(sorted(request.required_specialties))
        span = f"{request.window_start.isoformat()}—{request.window_end.isoformat()}"
        no_use = (ExclusionReason.NO_USEFUL_SPECIALTY, f"所需专业：{wanted}")
        away = (ExclusionReason.UNAVAILABLE_IN_WINDOW, span)
        exclusions: list[Exclusion] = []
        size = self.size
        inactive = self._inactive
        no_use_at = set(_positions(self.everyone & ~useful, size))
        away_at = set(_positions(self.everyone & ~in_window, size))
        no_use_of = self._exclusion(no_use)
        away_of = self._exclusion(away)
        for k in _positions(self.everyone & ~eligible, size):
            if k in inactive:
                exclusions.append(inactive[k])
            if k in ties:
                i = self.id_list[k]
                for tie in ties[k]:
                    reason = RECUSAL_REASONS[tie.kind]
                    exclusions.append(Exclusion(i, reason, recusal_detail(tie, request)))
            if k in no_use_at:
                exclusions.append(no_use_of(k))
            if k in away_at:
                exclusions.append(away_of(k))
        free_at = {slot: self.members(eligible & self.free[slot]) for slot in window}
        formable = frozenset(
            slot for slot in window if self.could_form_team(request, eligible & self.free[slot])
        )
        candidates = Candidates(request.id, self.members(eligible), free_at, tuple(exclusions))
        return candidates, formable

    def _exclusion(self, why: tuple[ExclusionReason, str]) -> Callable[[int], Exclusion]:
        """Equal exclusions of many requests are one shared (immutable) value."""
        made = self._shared.setdefault(why, {})
        ids = self.id_list

        def of(k: int) -> Exclusion:
            found = made.get(k)
            if found is None:
                found = made[k] = Exclusion(ids[k], *why)
            return found

        return of

    def could_form_team(self, request: InspectionRequest, ids_mask: int) -> bool:
        """`eligibility.could_form_team` on a mask: seats, a department member, each
        specialty held."""
        return (
            ids_mask.bit_count() >= request.team_size
            and bool(ids_mask & self.department.get(request.department_id, 0))
            and all(ids_mask & self.specialty.get(c, 0) for c in request.required_specialties)
        )


def _project_key(name: str) -> str:
    """Project names compare without surrounding or repeated white space (`same_project`)."""
    return " ".join(name.split())


def _mask(positions: Iterable[int]) -> int:
    mask = 0
    for k in positions:
        mask |= 1 << k
    return mask


def _positions(mask: int, size: int) -> list[int]:
    if not mask:
        return []
    raw = np.frombuffer(mask.to_bytes((size + 7) // 8, "little"), dtype=np.uint8)
    return np.flatnonzero(np.unpackbits(raw, bitorder="little")).tolist()
