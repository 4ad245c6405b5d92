"""The coordinator's desk in a demo, as on an ordinary day: the newest inspection requests
wait for a draw (待安排踏勘), the older ones have a team for a half-day in the coming days.

A team is two or three inspectors, one from the responsible department, with two ranked
backups; nobody on leave that half-day, booked twice in a day, or tied to the applicant
(the recusal rules). Demo teams carry no draw record: draws are the coordinator's to run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.enums import HalfDay, InspectionStatus
from desktop.domain.workdays import WorkCalendar

Row = dict[str, Any]
WAITING_DAYS = 1  # the requests of the day wait for the coordinator; earlier ones are drawn
WAITING_AT_LEAST = 3  # and the newest three in any case
AHEAD_DAYS = 3  # visits are planned on the next three working days
BACKUPS = 2


@dataclass(frozen=True)
class Pool:
    """The active inspectors by department, and who cannot go where or when."""

    by_department: dict[int, list[int]]
    active: list[int]
    conflicts: frozenset[tuple[int, int]]  # (inspector, applicant)
    away: frozenset[tuple[int, date, HalfDay]]  # leave and other duties


def plan_visits(
    rng: random.Random,
    calendar: WorkCalendar,
    today: date,
    requests: list[tuple[Row, int]],
    pool: Pool,
) -> tuple[list[Row], list[Row]]:
    """The requests' inspection rows, waiting or scheduled, and the scheduled teams' rows."""
    newest_first = sorted(requests, key=lambda r: (r[0]["requested_at"], r[0]["id"]), reverse=True)
    since = calendar.working_day_at(max(calendar.position(today) - WAITING_DAYS + 1, 1))
    upcoming = [calendar.add_working_days(today, n) for n in range(1, AHEAD_DAYS + 1)]
    booked: set[tuple[int, date]] = set()
    inspections, members = [], []
    for n, (row, applicant_id) in enumerate(newest_first):
        plan = None
        if n >= WAITING_AT_LEAST and row["window_start"] < since:
            days = [d for d in upcoming if d <= row["window_end"]] or upcoming[:1]
            plan = _slot(rng, row["department_id"], applicant_id, days, pool, booked)
        if plan is None:
            inspections.append(row)
            continue
        day, half_day, team, backups = plan
        inspections.append(
            {**row, "status": InspectionStatus.SCHEDULED, "scheduled_on": day, "half_day": half_day}
        )
        for rank, inspector_id in enumerate([*team, *backups]):
            members.append(
                {
                    "inspection_id": row["id"],
                    "inspector_id": inspector_id,
                    "is_backup": rank >= len(team),
                    "rank": max(0, rank - len(team) + 1),
                    "signed_at": None,
                }
            )
        booked.update((i, day) for i in team)
    return inspections, members


def _slot(
    rng: random.Random,
    department_id: int,
    applicant_id: int,
    days: list[date],
    pool: Pool,
    booked: set[tuple[int, date]],
) -> tuple[date, HalfDay, list[int], list[int]] | None:
    """A half-day and a team for one visit, or None when nobody of the department is free."""
    slots = [(day, half) for day in days for half in HalfDay]
    rng.shuffle(slots)
    for day, half in slots:

        def free(ids: list[int], day: date = day, half: HalfDay = half) -> list[int]:
            return [
                i
                for i in ids
                if (i, applicant_id) not in pool.conflicts
                and (i, day, half) not in pool.away
                and (i, day) not in booked
            ]

        leads = free(pool.by_department.get(department_id, []))
        if not leads:
            continue
        lead = rng.choice(leads)
        others = [i for i in free(pool.active) if i != lead]
        chosen = rng.sample(others, min(len(others), rng.choice((1, 1, 2)) + BACKUPS))
        team_size = len(chosen) - BACKUPS
        if team_size < 1:
            continue
        return day, half, [lead, *chosen[:team_size]], chosen[team_size:]
    return None
