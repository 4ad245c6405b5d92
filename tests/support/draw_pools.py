"""Seeded random inspector pools and pending requests, for draw tests and the benchmark."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.inspections.pool import (
    InspectionRequest,
    Inspector,
    PoolSnapshot,
    RecusalTie,
    Slot,
)

AS_OF = date(2026, 11, 27)  # a Friday; the horizon starts the Monday after


@dataclass(frozen=True)
class PoolShape:
    inspectors: int = 120
    departments: int = 6
    specialties: int = 12
    requests: int = 300
    days: int = 10
    unavailable_share: float = 0.15
    recusal_pairs: int = 700
    team_sizes: tuple[int, ...] = (2, 3)
    max_recent_load: int = 6
    booked_share: float = 0.0  # half-days already taken by earlier inspections
    inactive_share: float = 0.0


def weekdays(first: date, count: int) -> tuple[date, ...]:
    days: list[date] = []
    day = first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return tuple(days)


def person(inspector_id: int, department_id: int, *codes: str, **fields) -> Inspector:
    """A hand-made inspector: id, department, specialty codes, any other field by name."""
    return Inspector(
        inspector_id, f"检查员{inspector_id}", department_id, frozenset(codes), **fields
    )


def request(request_id: int, department_id: int, *codes: str, **fields) -> InspectionRequest:
    """A hand-made request over the whole default horizon unless a window is given."""
    days = weekdays(AS_OF + timedelta(days=3), 5)
    values = {
        "case_number": f"GX2026{request_id:06d}",
        "applicant_id": 1000 + request_id,
        "project_name": f"项目{request_id}",
        "address": f"地址{request_id}",
        "window_start": days[0],
        "window_end": days[-1],
    }
    values.update(fields)
    return InspectionRequest(
        id=request_id,
        required_specialties=frozenset(codes),
        department_id=department_id,
        **values,
    )


def pool(inspectors, requests, ties=(), days: int = 5) -> PoolSnapshot:
    """A snapshot over `days` working days from the Monday after AS_OF."""
    return PoolSnapshot(
        AS_OF,
        weekdays(AS_OF + timedelta(days=3), days),
        tuple(inspectors),
        tuple(ties),
        tuple(requests),
    )


def seeded_pool(seed: int, shape: PoolShape = PoolShape()) -> PoolSnapshot:
    rng = random.Random(seed)
    days = weekdays(AS_OF + timedelta(days=3), shape.days)
    slots = [Slot(d, h) for d in days for h in HalfDay]
    codes = [f"S{n:02d}" for n in range(1, shape.specialties + 1)]
    inspectors = tuple(
        Inspector(
            id=n,
            name=f"检查员{n}",
            department_id=1 + n % shape.departments,
            specialties=frozenset(rng.sample(codes, rng.randint(1, min(3, len(codes))))),
            daily_capacity=rng.choice((1, 2, 2)),
            active=rng.random() >= shape.inactive_share,
            unavailable=frozenset(s for s in slots if rng.random() < shape.unavailable_share),
            booked=frozenset(s for s in slots if rng.random() < shape.booked_share),
            recent_load=rng.randint(0, shape.max_recent_load),
        )
        for n in range(1, shape.inspectors + 1)
    )
    requests = []
    for n in range(1, shape.requests + 1):
        start = rng.randrange(len(days))
        end = min(len(days) - 1, start + rng.randint(2, max(2, len(days))))
        requests.append(
            InspectionRequest(
                id=n,
                case_number=f"GX2026{n:06d}",
                applicant_id=1000 + n,
                project_name=f"项目{n}",
                required_specialties=frozenset(
                    rng.sample(codes, rng.randint(1, min(2, len(codes))))
                ),
                department_id=rng.randint(1, shape.departments),
                address=f"地址{n}",
                window_start=days[start],
                window_end=days[end],
                team_size=rng.choice(shape.team_sizes),
            )
        )
    ties = tuple(_random_tie(rng, shape, requests) for _ in range(shape.recusal_pairs))
    return PoolSnapshot(AS_OF, days, inspectors, ties, tuple(requests))


def _random_tie(
    rng: random.Random, shape: PoolShape, requests: list[InspectionRequest]
) -> RecusalTie:
    request = rng.choice(requests)
    inspector = rng.randint(1, shape.inspectors)
    kind = rng.choice(list(RecusalKind))
    if kind is RecusalKind.PRIOR_INVOLVEMENT:
        return RecusalTie(inspector, kind, project_name=request.project_name)
    ended = AS_OF - timedelta(days=rng.randint(100, 2000)) if rng.random() < 0.5 else None
    return RecusalTie(inspector, kind, applicant_id=request.applicant_id, ended_on=ended)
