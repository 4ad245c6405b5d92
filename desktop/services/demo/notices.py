"""Demo result notices (监管结果抄告): every month's approvals reported to each supervising
department early the next month; most receipts confirmed within a few working days."""

from __future__ import annotations

import random
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.data.bulk import bulk_insert
from desktop.documents.model import DocumentType
from desktop.domain.workdays import WorkCalendar
from desktop.services.bureau import DEFAULT_PROFILE
from desktop.services.demo.moments import moment_on
from desktop.services.demo.people import NamePools
from desktop.services.documents.numbering import document_number
from desktop.services.supervision.result_notices import DOC_TYPE
from desktop.services.supervision.stats_workdays import first_of_month


def result_notice_rows(
    session: Session, rng: random.Random, pools: NamePools, calendar: WorkCalendar, today: date
) -> int:
    """Write the notices of every month before this one and link their cases; how many."""
    this_month = today.replace(day=1)
    granted = sa.exists().where(m.CaseEvent.case_id == m.Case.id, m.CaseEvent.action == "approve")
    month = first_of_month(m.Case.decided_on)
    per_department = session.execute(
        sa.select(m.Item.department_id, month)
        .join(m.Item, m.Item.id == m.Case.item_id)
        .where(m.Case.decided_on < this_month, granted)
        .group_by(m.Item.department_id, month)
        .order_by(month, m.Item.department_id)
    ).all()
    serials: dict[int, int] = {}
    notices = []
    for department_id, first in per_department:
        start = date.fromisoformat(str(first))
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        sent_on = calendar.add_working_days(end, 3)
        if sent_on > today:
            continue  # last month's approvals are still to be reported
        received_on = calendar.add_working_days(sent_on, rng.choice((1, 1, 2, 2, 3, 4)))
        received = received_on <= today and rng.random() < 0.97
        serials[sent_on.year] = serials.get(sent_on.year, 0) + 1
        notices.append(
            {
                "id": len(notices) + 1,
                "number": document_number(
                    DEFAULT_PROFILE, DocumentType.RESULT_NOTICE, sent_on.year, serials[sent_on.year]
                ),
                "department_id": department_id,
                "period_from": start,
                "period_to": end,
                "case_count": 0,
                "sent_at": moment_on(sent_on, 10),
                "sent_by_id": None,
                "received_at": moment_on(received_on, 15) if received else None,
                "received_by": rng.choice(pools.people) if received else None,
                "receipt_recorded_by_id": None,
            }
        )
    if not notices:
        return 0
    bulk_insert(session, m.Base.metadata.tables["result_notices"], notices)
    notice = m.ResultNotice
    linked = (
        sa.select(notice.id, m.Case.id)
        .join(m.Item, m.Item.id == m.Case.item_id)
        .join(
            notice,
            sa.and_(
                notice.department_id == m.Item.department_id,
                m.Case.decided_on.between(notice.period_from, notice.period_to),
            ),
        )
        .where(granted)
    )
    session.execute(sa.insert(m.ResultNoticeCase).from_select(["notice_id", "case_id"], linked))
    counted = (
        sa.select(sa.func.count())
        .where(m.ResultNoticeCase.notice_id == notice.id)
        .scalar_subquery()
    )
    session.execute(sa.update(notice).values(case_count=counted))
    bulk_insert(
        session,
        m.Base.metadata.tables["number_counters"],
        [{"doc_type": DOC_TYPE, "year": y, "last_serial": n} for y, n in serials.items()],
    )
    return len(notices)
