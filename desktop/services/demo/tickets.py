"""Demo hotline questions and complaints, each with a first-contact owner and a due date."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.domain.enums import TicketKind, TicketStatus
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services.demo.lifecycle import Staff
from desktop.services.demo.people import NamePools

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
# Working days allowed for an answer: a hotline question the next day, a complaint within five.
ANSWER_DAYS = {TicketKind.HOTLINE: 1, TicketKind.COMPLAINT: 5}


def ticket_rows(
    rng: random.Random,
    pools: NamePools,
    calendar: WorkCalendar,
    today: date,
    case_count: int,
    staff: Staff,
    count: int,
) -> list[dict[str, Any]]:
    rows = []
    everyone = sorted(
        {
            *staff.front_desk,
            *staff.reviewers,
            *(h for group in staff.handlers.values() for h in group),
        }
    )
    first = calendar.position(today - timedelta(days=365)) + 1
    days = sorted(
        calendar.working_day_at(rng.randint(first, calendar.position(today))) for _ in range(count)
    )
    for n, day in enumerate(days, 1):
        kind = TicketKind.COMPLAINT if rng.random() < 0.3 else TicketKind.HOTLINE
        opened = datetime.combine(day, time(9), CHINA) + timedelta(minutes=rng.randint(0, 480))
        due = calendar.add_working_days(day, ANSWER_DAYS[kind])
        answered_on = calendar.add_working_days(day, rng.choice((1, 1, 1, 2, 3, 6)))
        answered = answered_on <= today
        status = (
            TicketStatus.CLOSED
            if answered and answered_on < today
            else (TicketStatus.ANSWERED if answered else TicketStatus.OPEN)
        )
        subjects = COMPLAINT_SUBJECTS if kind is TicketKind.COMPLAINT else HOTLINE_SUBJECTS
        owner = rng.choice(everyone)
        rows.append(
            {
                "id": n,
                "number": f"RX{day:%Y%m%d}{n:05d}",
                "kind": kind,
                "caller_name": rng.choice(pools.people),
                "caller_phone": rng.choice(pools.phones),
                "subject": rng.choice(subjects),
                "body": "",
                "case_id": rng.randint(1, case_count)
                if case_count and rng.random() < 0.5
                else None,
                "first_contact_id": owner,
                "assignee_id": owner,
                "opened_at": opened,
                "due_on": due,
                "status": status,
                "reply": "已电话答复来电人。" if answered else None,
                "answered_at": datetime.combine(answered_on, time(15), CHINA) if answered else None,
                "escalated": answered_on > due,
            }
        )
    return rows
