"""Demo ratings (好差评) of delivered cases, and the follow-ups of the poor ones."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from desktop.domain.supervision import FollowUpStatus, RatingLevel
from desktop.domain.workdays import WorkCalendar
from desktop.services.demo.lifecycle import SimulatedCase
from desktop.services.demo.moments import moment_on, office_ceiling, office_moment, office_seconds
from desktop.services.supervision.settings import DEFAULT_SETTINGS

RATED_SHARE = 0.35
# Most applicants who rate are satisfied; about one in twenty is not.
LEVEL_WEIGHTS = {
    RatingLevel.VERY_SATISFIED: 62,
    RatingLevel.SATISFIED: 25,
    RatingLevel.FAIRLY_SATISFIED: 8,
    RatingLevel.DISSATISFIED: 3,
    RatingLevel.VERY_DISSATISFIED: 2,
}
POOR_COMMENTS = (
    "补正材料要求前后不一致，多跑了一趟。",
    "窗口等候时间太长，工作人员解释不清楚。",
    "办理时间比承诺的长，没有提前告知原因。",
    "电话咨询无人接听。",
)
FIXES = (
    "已统一补正材料清单并在窗口公示，对承办人进行了提醒谈话。",
    "已增设导办人员，高峰时段增开窗口。",
    "已核实超期原因，完善了期限预警提醒。",
)
Row = dict[str, Any]


def rating_rows(
    rng: random.Random,
    calendar: WorkCalendar,
    today: date,
    case_id: int,
    sim: SimulatedCase,
    supervisors: list[int],
) -> tuple[Row, list[Row]] | None:
    """A rating given at delivery for about a third of delivered cases; a poor one has a
    follow-up that was fixed and answered as far as time allows. Ids follow the case id."""
    if rng.random() >= RATED_SHARE:
        return None
    delivered = sim.events[-1]
    # Rated at the window's device right after the hand-over, still in office hours.
    rated_at = office_moment(
        delivered.at.date(),
        min(
            office_seconds(delivered.at) + 60 * rng.randint(1, 30),
            office_ceiling(delivered.at.date()) - 1,
        ),
    )
    level = rng.choices(list(LEVEL_WEIGHTS), weights=list(LEVEL_WEIGHTS.values()))[0]
    rating = {
        "id": case_id,
        "case_id": case_id,
        "level": int(level),
        "comment": rng.choice(POOR_COMMENTS) if level.poor else "",
        "rated_at": rated_at,
        "recorded_by_id": delivered.actor_id,
    }
    if not level.poor:
        return rating, []
    opened = rated_at.date()
    fixed_on = calendar.add_working_days(opened, rng.randint(2, 10))
    answered_on = calendar.add_working_days(fixed_on, rng.randint(1, 4))
    fixed = fixed_on <= today
    answered = answered_on <= today
    status = FollowUpStatus.CLOSED if answered else FollowUpStatus.FIXED if fixed else None
    follow_up = {
        "id": case_id,
        "rating_id": case_id,
        "assignee_id": sim.handler_id,
        "opened_at": rated_at,
        "due_on": calendar.add_working_days(opened, DEFAULT_SETTINGS.follow_up_days),
        "status": status or FollowUpStatus.OPEN,
        "fix_note": rng.choice(FIXES) if fixed else None,
        "fixed_at": moment_on(fixed_on, 16) if fixed else None,
        "fixed_by_id": sim.handler_id if fixed else None,
        "answer": "已电话回访申请人，告知整改情况，申请人表示认可。" if answered else None,
        "answered_at": moment_on(answered_on, 10) if answered else None,
        "answered_by_id": rng.choice(supervisors) if answered else None,
    }
    return rating, [follow_up]
