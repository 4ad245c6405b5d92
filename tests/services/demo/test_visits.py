"""The demo coordinator's desk (`visits.plan_visits`): the newest requests wait for a draw,
older ones get a team for a half-day in the coming days, by the recusal and leave rules."""

from __future__ import annotations

import random
from datetime import date, datetime, time

from desktop.domain.enums import HalfDay, InspectionStatus
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services.demo.visits import AHEAD_DAYS, BACKUPS, WAITING_AT_LEAST, Pool, plan_visits

CALENDAR = WorkCalendar({}, frozenset())  # Monday to Friday
TODAY = date(2026, 11, 20)  # a Friday
UPCOMING = [CALENDAR.add_working_days(TODAY, n) for n in range(1, AHEAD_DAYS + 1)]
DEPARTMENTS = {1: [1, 2, 3], 2: [4, 5, 6, 7, 8]}
ACTIVE = sorted(i for ids in DEPARTMENTS.values() for i in ids)


def request(case_id: int, working_days_ago: int, department: int = 1) -> dict:
    on = CALENDAR.working_day_at(CALENDAR.position(TODAY) - working_days_ago)
    return {
        "id": case_id,
        "case_id": case_id,
        "department_id": department,
        "status": InspectionStatus.REQUESTED,
        "address": f"临渭区站南路{case_id}号",
        "window_start": on,
        "window_end": CALENDAR.add_working_days(on, 5),
        "scheduled_on": None,
        "half_day": None,
        "requested_at": datetime.combine(on, time(9, case_id % 60), CHINA),
    }


def pool(conflicts=(), away=()) -> Pool:
    return Pool(DEPARTMENTS, ACTIVE, frozenset(conflicts), frozenset(away))


def teams(members: list[dict]) -> dict[int, tuple[list[int], list[int]]]:
    by_visit: dict[int, tuple[list[int], list[int]]] = {}
    for member in sorted(members, key=lambda m: (m["inspection_id"], m["is_backup"], m["rank"])):
        team, backups = by_visit.setdefault(member["inspection_id"], ([], []))
        (backups if member["is_backup"] else team).append(member["inspector_id"])
    return by_visit


def test_the_newest_requests_wait_and_older_ones_get_a_team_in_the_coming_days():
    requests = [(request(n, 0), 100 + n) for n in (1, 2, 3)]
    requests += [(request(n, 2, department=2), 100 + n) for n in (4, 5, 6)]
    rows, members = plan_visits(random.Random(1), CALENDAR, TODAY, requests, pool())
    by_id = {row["id"]: row for row in rows}
    assert len(rows) == 6
    for n in (1, 2, 3):  # today's: waiting for the coordinator, with their place
        assert by_id[n]["status"] is InspectionStatus.REQUESTED
        assert by_id[n]["scheduled_on"] is None and by_id[n]["address"]
    drawn = teams(members)
    assert set(drawn) == {4, 5, 6}
    for n in (4, 5, 6):
        row = by_id[n]
        assert row["status"] is InspectionStatus.SCHEDULED
        assert row["scheduled_on"] in UPCOMING and row["half_day"] in set(HalfDay)
        team, backups = drawn[n]
        assert 2 <= len(team) <= 3 and team[0] in DEPARTMENTS[2]
        assert len(backups) == BACKUPS and not set(backups) & set(team)
    ranks = [m["rank"] for m in members if m["inspection_id"] == 4 and m["is_backup"]]
    assert ranks == [1, 2]


def test_the_newest_few_wait_even_on_a_quiet_day():
    requests = [(request(n, 3), 100 + n) for n in range(1, 6)]
    rows, _ = plan_visits(random.Random(2), CALENDAR, TODAY, requests, pool())
    waiting = [row["id"] for row in rows if row["status"] is InspectionStatus.REQUESTED]
    assert len(waiting) == WAITING_AT_LEAST


def test_nobody_on_leave_tied_to_the_applicant_or_booked_twice_a_day():
    # Inspector 1 is away on every upcoming half-day, 2 is tied to applicant 201.
    away = {(1, day, half) for day in UPCOMING for half in HalfDay}
    requests = [(request(n, 2 + n % 3), 200 + n % 4) for n in range(1, 21)]
    rows, members = plan_visits(
        random.Random(3), CALENDAR, TODAY, requests, pool(conflicts={(2, 201)}, away=away)
    )
    applicant = {row["id"]: 200 + row["id"] % 4 for row, _ in requests}
    by_id = {row["id"]: row for row in rows}
    booked: set[tuple[int, date]] = set()
    for visit, (team, backups) in teams(members).items():
        row = by_id[visit]
        day, half = row["scheduled_on"], row["half_day"]
        assert team[0] in DEPARTMENTS[1]
        for inspector in team + backups:
            assert (inspector, day, half) not in away
            assert (inspector, applicant[visit]) != (2, 201)
        for inspector in team:
            assert (inspector, day) not in booked, (inspector, day)
            booked.add((inspector, day))
    # Only inspectors 2 and 3 can lead, one visit a day each: the rest wait for a draw.
    scheduled = [row for row in rows if row["status"] is InspectionStatus.SCHEDULED]
    assert 1 <= len(scheduled) <= 2 * AHEAD_DAYS
    assert len(rows) == len(requests)


def test_a_request_nobody_may_lead_stays_waiting():
    ties = {(inspector, 300) for inspector in DEPARTMENTS[1]}
    requests = [(request(n, 0), 100 + n) for n in (1, 2, 3)] + [(request(9, 3), 300)]
    rows, members = plan_visits(random.Random(4), CALENDAR, TODAY, requests, pool(ties))
    assert all(row["status"] is InspectionStatus.REQUESTED for row in rows)
    assert members == []
