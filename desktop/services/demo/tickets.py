"""Demo hotline questions and complaints, each with a first-contact owner and a due date."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from desktop.domain.enums import TicketKind, TicketStatus
from desktop.domain.supervision import TicketStep
from desktop.domain.workdays import WorkCalendar
from desktop.services.demo.lifecycle import Staff
from desktop.services.demo.moments import moment_on, office_ceiling, office_moment, office_seconds
from desktop.services.demo.people import NamePools
from desktop.services.supervision.settings import DEFAULT_SETTINGS

HOTLINE_SUBJECTS = (
    "咨询食品经营许可所需材料",
    "咨询施工许可办理进度",
    "咨询公共场所卫生许可办理流程",
    "咨询办件是否可以邮寄送达",
    "咨询民办非企业单位登记条件",
    "咨询窗口办公时间",
)
COMPLAINT_SUBJECTS = (
    "窗口工作人员态度不好",
    "办件超过承诺时限未办结",
    "补正材料多次告知不一致",
    "现场踏勘时间安排不合理",
)
RECENT_SHARE, RECENT_DAYS = 0.25, 8
REPLIES = {
    TicketKind.HOTLINE: "已电话答复来电人。",
    TicketKind.COMPLAINT: "经核实，已责成相关窗口整改，并电话告知投诉人处理结果。",
}


CALLS_TODAY = 2  # tickets opened on the demo's today, still open


def ticket_rows(
    rng: random.Random,
    pools: NamePools,
    calendar: WorkCalendar,
    today: date,
    case_count: int,
    staff: Staff,
    count: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The tickets, and their history (opened, escalated when late, answered, closed)."""
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    everyone = sorted(
        {
            *staff.front_desk,
            *staff.reviewers,
            *(h for group in staff.handlers.values() for h in group),
        }
    )
    last = calendar.position(today)
    first, recent = calendar.position(today - timedelta(days=365)) + 1, last - RECENT_DAYS
    # A working hotline always has calls in hand: a share of them come from the last days.
    days = sorted(
        calendar.working_day_at(rng.randint(recent if rng.random() < RECENT_SHARE else first, last))
        for _ in range(count)
    )
    # And the day's own calls, whatever the draw: a hotline is never without one in hand.
    days[-CALLS_TODAY:] = [calendar.working_day_at(last)] * min(CALLS_TODAY, len(days))
    for n, day in enumerate(days, 1):
        kind = TicketKind.COMPLAINT if rng.random() < 0.3 else TicketKind.HOTLINE
        opened = office_moment(
            day,
            min(
                office_seconds(moment_on(day, 9)) + 60 * rng.randint(0, 360),
                office_ceiling(day) - 1,
            ),
        )
        due = calendar.add_working_days(day, DEFAULT_SETTINGS.answer_days(kind))
        answered_on = calendar.add_working_days(day, rng.choice((1, 1, 1, 2, 3, 6)))
        answered = answered_on <= today
        # The first contact closes a ticket once the caller has the answer: usually next day.
        closed = answered and calendar.add_working_days(answered_on, 1) <= today
        status = (
            TicketStatus.CLOSED
            if closed
            else TicketStatus.ANSWERED
            if answered
            else TicketStatus.OPEN
        )
        subjects = COMPLAINT_SUBJECTS if kind is TicketKind.COMPLAINT else HOTLINE_SUBJECTS
        owner = rng.choice(everyone)
        answered_at = moment_on(answered_on, 15) if answered else None
        # Late tickets were escalated to the supervisors the working day after their due date.
        escalated_on = calendar.add_working_days(due, 1)
        escalated = answered_on > due and escalated_on <= today
        escalated_at = moment_on(escalated_on, 9) if escalated else None
        closed_at = answered_at + timedelta(hours=1) if closed and answered_at else None
        subject = rng.choice(subjects)
        rows.append(
            {
                "id": n,
                "number": f"RX{day:%Y%m%d}{n:05d}",
                "kind": kind,
                "caller_name": rng.choice(pools.people),
                "caller_phone": rng.choice(pools.phones),
                "subject": subject,
                "body": "",
                "case_id": rng.randint(1, case_count)
                if case_count and rng.random() < 0.5
                else None,
                "first_contact_id": owner,
                "assignee_id": owner,
                "opened_at": opened,
                "due_on": due,
                "status": status,
                "reply": REPLIES[kind] if answered else None,
                "answered_at": answered_at,
                "escalated": escalated,
                "escalated_at": escalated_at,
                "escalated_to_id": None,
                "closed_at": closed_at,
            }
        )
        history = [(opened, owner, TicketStep.OPEN, subject)]
        if escalated_at is not None:
            history.append((escalated_at, None, TicketStep.ESCALATE, "逾期未答复，自动升级督办"))
        if answered_at is not None:
            history.append((answered_at, owner, TicketStep.REPLY, REPLIES[kind]))
        if closed_at is not None:
            history.append((closed_at, owner, TicketStep.CLOSE, "已告知来电人，办结"))
        events.extend(
            {"ticket_id": n, "at": at, "actor_id": actor, "step": step, "text": text}
            for at, actor, step, text in history
        )
    return rows, events
