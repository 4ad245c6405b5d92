"""What a draw produced, with its explanation, in a form that replays compare byte for byte."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any

from desktop.domain.canonical import plain
from desktop.domain.inspections.draw_reasons import UnplannedReason
from desktop.domain.inspections.eligibility import Exclusion
from desktop.domain.inspections.pool import Slot

# Bump whenever a rule, a weight formula or a solver limit changes: replays of draws made
# under another version are not expected to be identical.
DRAW_RULES_VERSION = "2026.2"


@dataclass(frozen=True)
class Pick:
    """A drawn inspector, team member or backup, and why: what they bring, their weight."""

    inspector_id: int
    name: str
    from_responsible_department: bool
    covers: tuple[str, ...]  # the required specialties they hold
    weight: int  # the seeded weight of (request, inspector)
    load_after: int  # rolling-window load if they serve on this inspection


@dataclass(frozen=True)
class Assignment:
    """A team at a half-day: what a replacement keeps fixed around the one who leaves."""

    request_id: int
    slot: Slot
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class PlannedInspection:
    request_id: int
    case_number: str
    slot: Slot
    team: tuple[Pick, ...]
    backups: tuple[Pick, ...]  # ranked: the first that keeps the team complete replaces
    exclusions: tuple[Exclusion, ...]  # every ineligible inspector with every reason

    @property
    def assignment(self) -> Assignment:
        return Assignment(self.request_id, self.slot, tuple(p.inspector_id for p in self.team))


@dataclass(frozen=True)
class UnplannedRequest:
    request_id: int
    case_number: str
    reason: UnplannedReason
    detail: str
    exclusions: tuple[Exclusion, ...]


@dataclass(frozen=True)
class DrawFigures:
    """The objective values and how far each solver phase got."""

    load_floor: int  # the counting floor: no plan of these requests has a lower max load
    max_load: int  # highest rolling-window load among the inspectors this plan uses
    fairness_proven: bool  # max_load == load_floor
    total_weight: int  # what the seeded pick maximised
    level_status: str  # "floor": max load at the floor; "proven" (exact draw): no lower
    # max load for these half-days; "unproven"
    pick_status: str  # SEQUENTIAL: the sequential draw (team_draw.py); otherwise the exact
    # draw's CP-SAT status (OPTIMAL: the heaviest plan, unique and proven)


@dataclass(frozen=True)
class DrawTimings:
    """Wall-clock figures: they vary between runs, so they stay out of the digest."""

    solver: str  # the method: the sequential draw, or the OR-Tools version of the exact one
    seconds_to_plan: float = 0.0  # half-days and the first team model: a fair, valid plan
    seconds_total: float = 0.0  # with left-over requests fitted in, backups and reasons


@dataclass(frozen=True)
class DrawResult:
    rules_version: str
    seed: str
    snapshot_hash: str
    planned: tuple[PlannedInspection, ...]
    unplanned: tuple[UnplannedRequest, ...]
    figures: DrawFigures
    timings: DrawTimings = field(default=DrawTimings(""), compare=False)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON types, for the draw log and `--json` output (timings left out):
        `canonical.plain(self)`, built faster (a test holds the two equal)."""
        return _plain_result(self)

    def result_digest(self) -> str:
        """SHA-256 of the canonical JSON: equal digests mean identical draws."""
        text = json.dumps(
            self.as_dict(),
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
            allow_nan=False,
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def inspection(self, request_id: int) -> PlannedInspection:
        return next(p for p in self.planned if p.request_id == request_id)


def _plain_result(result: DrawResult) -> dict[str, Any]:
    """`plain(result)` for a city's record: the exclusions (about half of every pair of
    request and inspector) are few distinct values shared between requests, each turned
    into JSON types once."""
    done: dict[int, dict[str, Any]] = {}

    def exclusions(items: tuple[Exclusion, ...]) -> list[dict[str, Any]]:
        out = []
        for e in items:
            found = done.get(id(e))
            if found is None:
                found = done[id(e)] = plain(e)
            out.append(found)
        return out

    def item(value: PlannedInspection | UnplannedRequest) -> dict[str, Any]:
        return {
            name: exclusions(value.exclusions)
            if name == "exclusions"
            else plain(getattr(value, name))
            for name in _names(value)
        }

    return {
        name: [item(v) for v in getattr(result, name)]
        if name in ("planned", "unplanned")
        else plain(getattr(result, name))
        for name in _names(result)
    }


def _names(value: object) -> list[str]:
    return [f.name for f in fields(value) if f.compare]  # type: ignore[arg-type]
