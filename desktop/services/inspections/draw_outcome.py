"""A stored draw as plain lines for people: per request its half-day, team and ranked
backups, or why it was not planned, and why each other inspector was not eligible."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, overload

from desktop.data.models import DrawLogEntry, InspectionDraw
from desktop.domain.enums import HalfDay
from desktop.domain.inspections.draw_reasons import ExclusionReason, UnplannedReason
from desktop.domain.inspections.draw_result import Pick, recorded_exclusions


@dataclass(frozen=True)
class ExclusionLine:
    """Everything that kept one inspector off one request."""

    inspector_id: int
    name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class PlanLine:
    inspection_id: int
    case_number: str
    day: date | None  # None: not planned in this draw
    half_day: HalfDay | None
    team: tuple[Pick, ...]
    backups: tuple[Pick, ...]
    unplanned: str  # why not planned ("" when planned)
    exclusions: Sequence[ExclusionLine]  # read from the record when first asked for

    @property
    def planned(self) -> bool:
        return self.day is not None


@dataclass(frozen=True)
class DrawOutcome:
    draw_id: int
    seed: str
    snapshot_hash: str
    commitment: str  # "" for draws made before commit-then-reveal (their seed was chosen)
    secret: str  # revealed with the result
    witness: str
    rules_version: str
    digest: str
    operator: str
    created_at: datetime
    first_day: date
    days: int
    lines: tuple[PlanLine, ...]
    load_floor: int
    max_load: int
    fairness_proven: bool
    seconds: float
    pool_size: int  # inspectors in the snapshot, eligible or not

    @property
    def planned(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if line.planned)

    @property
    def unplanned(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if not line.planned)


def outcome_of(draw: InspectionDraw, entry: DrawLogEntry) -> DrawOutcome:
    data = entry.data or {}
    result: dict[str, Any] = data["result"]
    names = {i["id"]: i["name"] for i in json.loads(draw.snapshot)["inspectors"]}
    lines = [_planned(p, _exclusions(result, p, names)) for p in result["planned"]]
    lines += [_unplanned(u, _exclusions(result, u, names)) for u in result["unplanned"]]
    figures = result["figures"]
    revealed = data.get("reveal") or {}
    return DrawOutcome(
        draw.id,
        result["seed"],
        draw.snapshot_hash,
        draw.commitment or "",
        revealed.get("secret", ""),
        revealed.get("witness", ""),
        draw.rules_version,
        entry.digest or "",
        draw.operator,
        draw.created_at,
        draw.first_day,
        draw.days,
        tuple(sorted(lines, key=lambda line: line.inspection_id)),
        figures["load_floor"],
        figures["max_load"],
        figures["fairness_proven"],
        float((data.get("timings") or {}).get("seconds_total", 0.0)),
        len(names),
    )


def _planned(item: dict[str, Any], exclusions: Sequence[ExclusionLine]) -> PlanLine:
    slot = item["slot"]
    return PlanLine(
        item["request_id"],
        item["case_number"],
        date.fromisoformat(slot["day"]),
        HalfDay(slot["half_day"]),
        tuple(_pick(p) for p in item["team"]),
        tuple(_pick(p) for p in item["backups"]),
        "",
        exclusions,
    )


def _unplanned(item: dict[str, Any], exclusions: Sequence[ExclusionLine]) -> PlanLine:
    reason = UnplannedReason(item["reason"]).label
    detail = item["detail"]
    return PlanLine(
        item["request_id"],
        item["case_number"],
        None,
        None,
        (),
        (),
        f"{reason}（{detail}）" if detail else reason,
        exclusions,
    )


def _pick(item: dict[str, Any]) -> Pick:
    return Pick(
        item["inspector_id"],
        item["name"],
        item["from_responsible_department"],
        tuple(item["covers"]),
        item["weight"],
        item["load_after"],
    )


def _exclusions(
    result: dict[str, Any], item: dict[str, Any], names: dict[int, str]
) -> RecordedExclusions:
    return RecordedExclusions(result, item, names)


class RecordedExclusions(Sequence[ExclusionLine]):
    """Every inspector kept off one request with every reason, read from the stored result
    (either record format: `draw_result.recorded_exclusions`) only when first asked for:
    a city's draw has about 1.9 million, and the window explains one request at a time."""

    def __init__(self, result: dict[str, Any], item: dict[str, Any], names: dict[int, str]) -> None:
        self._source: tuple[dict[str, Any], dict[str, Any], dict[int, str]] | None = (
            result,
            item,
            names,
        )
        self._lines: tuple[ExclusionLine, ...] = ()

    @property
    def lines(self) -> tuple[ExclusionLine, ...]:
        if self._source is not None:
            result, item, names = self._source
            reasons: dict[int, list[str]] = defaultdict(list)
            labels: dict[tuple[str, str], str] = {}
            for inspector_id, code, detail in recorded_exclusions(result, item):
                text = labels.get((code, detail))
                if text is None:
                    label = ExclusionReason(code).label
                    text = labels[code, detail] = f"{label}：{detail}" if detail else label
                reasons[inspector_id].append(text)
            self._lines = tuple(
                ExclusionLine(i, names.get(i, f"#{i}"), tuple(found))
                for i, found in sorted(reasons.items())
            )
            self._source = None
        return self._lines

    @overload
    def __getitem__(self, index: int) -> ExclusionLine: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[ExclusionLine]: ...

    def __getitem__(self, index: int | slice) -> ExclusionLine | Sequence[ExclusionLine]:
        return self.lines[index]

    def __len__(self) -> int:
        return len(self.lines)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RecordedExclusions):
            return self.lines == other.lines
        if isinstance(other, tuple):
            return self.lines == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.lines)

    def __repr__(self) -> str:
        return f"RecordedExclusions({self.lines!r})"
