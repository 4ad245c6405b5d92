"""What a draw produced, with its explanation, in a form that replays compare byte for byte."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any

from desktop.domain.canonical import plain
from desktop.domain.inspections.draw_reasons import (
    RECUSAL_REASONS,
    ExclusionReason,
    UnplannedReason,
)
from desktop.domain.inspections.eligibility import Exclusion
from desktop.domain.inspections.pool import Slot

# Bump whenever a rule, a weight formula or a solver limit changes: replays of draws made
# under another version are not expected to be identical.
DRAW_RULES_VERSION = "2026.2"

# How a result is written as JSON (`DrawResult.as_dict`). 1: every exclusion of every
# request in full (records without a "record_format" key); 2: the exclusions grouped by
# reason and detail into a table of the draw, each request naming its groups by position.
RECORD_FORMAT = 2
RECORD_FORMATS = (1, 2)


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

    def as_dict(self, record_format: int = RECORD_FORMAT) -> dict[str, Any]:
        """Plain JSON types, for the draw log and `--json` output (timings left out).
        Format 1 is `canonical.plain(self)`, built faster (a test holds the two equal);
        format 2 states each distinct exclusion group once (`compact_exclusions`)."""
        if record_format not in RECORD_FORMATS:
            raise ValueError(f"unknown record format {record_format}")
        if record_format == 1:
            return _plain_result(self)
        return _compact_result(self)

    def result_digest(self, record_format: int = RECORD_FORMAT) -> str:
        """SHA-256 of the canonical JSON in `record_format`: equal digests mean identical
        draws. A replay compares in the format the draw was recorded in."""
        return record_digest(self.as_dict(record_format))

    def inspection(self, request_id: int) -> PlannedInspection:
        return next(p for p in self.planned if p.request_id == request_id)


def record_digest(record: dict[str, Any]) -> str:
    """SHA-256 of a result's JSON (`DrawResult.as_dict`), keys sorted, no spaces."""
    text = json.dumps(
        record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def _compact_result(result: DrawResult) -> dict[str, Any]:
    """Format 2: like format 1, but each request's "exclusions" are positions in the
    draw's "exclusion_groups", where each group is one reason with its detail and the
    inspectors it keeps out ({"reason", "detail", "inspector_ids"}). A city's draw has
    a few hundred distinct groups among millions of exclusions."""
    groups: dict[tuple[str, str, tuple[int, ...]], int] = {}

    def item(value: PlannedInspection | UnplannedRequest) -> dict[str, Any]:
        return {
            name: _group_positions(value.exclusions, groups)
            if name == "exclusions"
            else plain(getattr(value, name))
            for name in _names(value)
        }

    out: dict[str, Any] = {"record_format": 2}
    for name in _names(result):
        if name in ("planned", "unplanned"):
            out[name] = [item(v) for v in getattr(result, name)]
        else:
            out[name] = plain(getattr(result, name))
    out["exclusion_groups"] = [
        {"reason": reason, "detail": detail, "inspector_ids": list(ids)}
        for reason, detail, ids in groups
    ]
    return out


def _group_positions(
    exclusions: tuple[Exclusion, ...], groups: dict[tuple[str, str, tuple[int, ...]], int]
) -> list[int]:
    """The positions of one request's groups in the rules' order (`_RULE_RANK`, then as
    they first occur); new groups are added to `groups` (insertion order is the table's
    order)."""
    by_reason: dict[tuple[str, str], list[int]] = {}
    for e in exclusions:
        key = (e.reason, e.detail)
        found = by_reason.get(key)
        if found is None:
            found = by_reason[key] = []
        found.append(e.inspector_id)
    ordered = sorted(by_reason.items(), key=lambda item: _RULE_RANK.get(item[0][0], 4))
    return [
        groups.setdefault((str(reason), detail, tuple(ids)), len(groups))
        for (reason, detail), ids in ordered
    ]


# The order `eligibility.exclusions_of` states the rules in: inactive, the recusal ties
# (in the snapshot's order), the specialty, the window.
_RULE_RANK = {
    ExclusionReason.INACTIVE.value: 0,
    ExclusionReason.NO_USEFUL_SPECIALTY.value: 2,
    ExclusionReason.UNAVAILABLE_IN_WINDOW.value: 3,
    **{reason.value: 1 for reason in RECUSAL_REASONS.values()},
}


def recorded_exclusions(record: dict[str, Any], item: dict[str, Any]) -> list[tuple[int, str, str]]:
    """(inspector id, reason code, detail) of one request of a stored result, in either
    record format, by inspector id; each inspector's reasons in the rules' order, several
    recusal ties by kind and detail, so both formats read back the very same list."""
    if record.get("record_format", 1) == 1:
        found = [(e["inspector_id"], e["reason"], e["detail"]) for e in item["exclusions"]]
    else:
        table = record["exclusion_groups"]
        found = []
        for position in item["exclusions"]:
            group = table[position]
            found += [(i, group["reason"], group["detail"]) for i in group["inspector_ids"]]
    found.sort(key=_reading_order)
    return found


def _reading_order(exclusion: tuple[int, str, str]) -> tuple[int, int, int, str]:
    inspector_id, code, detail = exclusion
    return inspector_id, _RULE_RANK.get(code, 4), _KIND_ORDER.get(code, 0), detail


_KIND_ORDER = {reason.value: n for n, reason in enumerate(ExclusionReason)}
