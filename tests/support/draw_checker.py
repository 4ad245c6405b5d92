"""An independent check of a draw result against the hard rules (the README, "Inspections").

It reads only the snapshot and the result, and restates each rule itself rather than
calling the draw's own eligibility code, so a bug there cannot hide here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from desktop.domain.enums import RecusalKind
from desktop.domain.inspections.draw_result import DrawResult
from desktop.domain.inspections.pool import InspectionRequest, Inspector, PoolSnapshot


def violations(snapshot: PoolSnapshot, result: DrawResult) -> list[str]:
    found: list[str] = []
    per_slot: Counter = Counter()
    per_day: Counter = Counter()
    planned_ids = {p.request_id for p in result.planned}
    unplanned_ids = {u.request_id for u in result.unplanned}
    if planned_ids & unplanned_ids or planned_ids | unplanned_ids != {
        r.id for r in snapshot.requests
    }:
        found.append("every request is planned or unplanned, exactly once")
    for item in result.planned:
        request = snapshot.request(item.request_id)
        team = [snapshot.inspector(p.inspector_id) for p in item.team]
        where = f"request {request.id}"
        if item.slot.day not in snapshot.working_days:
            found.append(f"{where}: not on a candidate working day")
        if not request.window_start <= item.slot.day <= request.window_end:
            found.append(f"{where}: outside its window")
        if len({p.id for p in team}) != len(team) or len(team) != request.team_size:
            found.append(f"{where}: team of {len(team)}, wanted {request.team_size}")
        if len(team) < 2:
            found.append(f"{where}: fewer than two inspectors")
        if not any(p.department_id == request.department_id for p in team):
            found.append(f"{where}: nobody from the responsible department")
        held = set().union(*(p.specialties for p in team))
        if not request.required_specialties <= held:
            found.append(f"{where}: specialties not covered")
        for person in team:
            found.extend(
                f"{where}, inspector {person.id}: {v}"
                for v in _person(snapshot, request, person, item.slot)
            )
            per_slot[person.id, item.slot] += 1
            per_day[person.id, item.slot.day] += 1
    for (inspector_id, slot), count in per_slot.items():
        if count > 1:
            found.append(f"inspector {inspector_id} in {count} places at {slot}")
    for (inspector_id, day), count in per_day.items():
        person = snapshot.inspector(inspector_id)
        booked = sum(1 for s in person.booked if s.day == day)
        if count + booked > person.daily_capacity:
            found.append(f"inspector {inspector_id} over capacity on {day}")
    return found


def _person(
    snapshot: PoolSnapshot, request: InspectionRequest, person: Inspector, slot
) -> list[str]:
    problems = []
    if not person.active:
        problems.append("inactive")
    if slot in person.unavailable:
        problems.append("on leave")
    if slot in person.booked:
        problems.append("already booked")
    useful = (
        person.department_id == request.department_id
        or person.specialties & request.required_specialties
    )
    if request.required_specialties and not useful:
        problems.append("brings neither a specialty nor the department")
    for tie in snapshot.ties:
        if tie.inspector_id == person.id and _binds(tie, request, snapshot.as_of):
            problems.append(f"recusal {tie.kind.value}")
    return problems


def _binds(tie, request: InspectionRequest, as_of: date) -> bool:
    named = tie.applicant_id == request.applicant_id or (
        tie.project_name is not None
        and request.project_name is not None
        and tie.project_name.split() == request.project_name.split()
    )
    if not named:
        return False
    if tie.kind is RecusalKind.PRIOR_INVOLVEMENT or tie.ended_on is None:
        return True
    ended = tie.ended_on
    if tie.kind is RecusalKind.EMPLOYMENT:  # three years, counted by the calendar
        return (as_of.year, as_of.month, as_of.day) <= (ended.year + 3, ended.month, ended.day)
    return as_of <= ended
