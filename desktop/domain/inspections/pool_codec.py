"""A pool snapshot to canonical JSON and back, so a draw log can keep it and replay it."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.domain.canonical import canonical_json
from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.inspections.pool import (
    InspectionRequest,
    Inspector,
    PoolSnapshot,
    RecusalTie,
    Slot,
)


def snapshot_to_json(snapshot: PoolSnapshot) -> bytes:
    """The bytes `snapshot_hash()` is the SHA-256 of."""
    return canonical_json(snapshot)


def snapshot_from_json(data: bytes | str) -> PoolSnapshot:
    return snapshot_from_dict(json.loads(data))


def snapshot_from_dict(data: dict[str, Any]) -> PoolSnapshot:
    return PoolSnapshot(
        as_of=date.fromisoformat(data["as_of"]),
        working_days=tuple(date.fromisoformat(d) for d in data["working_days"]),
        inspectors=tuple(_inspector(i) for i in data["inspectors"]),
        ties=tuple(_tie(t) for t in data["ties"]),
        requests=tuple(_request(r) for r in data["requests"]),
    )


def _inspector(data: dict[str, Any]) -> Inspector:
    return Inspector(
        id=data["id"],
        name=data["name"],
        department_id=data["department_id"],
        specialties=frozenset(data["specialties"]),
        title=data["title"],
        active=data["active"],
        daily_capacity=data["daily_capacity"],
        unavailable=frozenset(_slot(s) for s in data["unavailable"]),
        booked=frozenset(_slot(s) for s in data["booked"]),
        recent_load=data["recent_load"],
    )


def _tie(data: dict[str, Any]) -> RecusalTie:
    return RecusalTie(
        inspector_id=data["inspector_id"],
        kind=RecusalKind(data["kind"]),
        applicant_id=data["applicant_id"],
        project_name=data["project_name"],
        started_on=_day(data["started_on"]),
        ended_on=_day(data["ended_on"]),
        note=data["note"],
    )


def _request(data: dict[str, Any]) -> InspectionRequest:
    return InspectionRequest(
        id=data["id"],
        case_number=data["case_number"],
        applicant_id=data["applicant_id"],
        project_name=data["project_name"],
        required_specialties=frozenset(data["required_specialties"]),
        department_id=data["department_id"],
        address=data["address"],
        window_start=date.fromisoformat(data["window_start"]),
        window_end=date.fromisoformat(data["window_end"]),
        team_size=data["team_size"],
    )


def _slot(data: dict[str, Any]) -> Slot:
    return Slot(date.fromisoformat(data["day"]), HalfDay(data["half_day"]))


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
