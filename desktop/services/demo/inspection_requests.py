"""More work for the coordinator in a demo: handlers send cases under review whose item
needs a site visit to inspection, as they would in the window."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.domain.enums import CaseStatus
from desktop.services.cases.review import start_inspection
from desktop.services.staff import actor_for


def request_inspections(sessions: sessionmaker[Session], count: int) -> list[str]:
    """Up to `count` cases sent to inspection by their handlers; their numbers."""
    with sessions() as session:
        rows = session.execute(
            sa.select(m.Case.id, m.Case.number, m.Case.version, m.StaffUser.username)
            .join(m.Item, m.Item.id == m.Case.item_id)
            .join(m.StaffUser, m.StaffUser.id == m.Case.handler_id)
            .where(m.Case.status == CaseStatus.UNDER_REVIEW, m.Item.needs_inspection.is_(True))
            .order_by(m.Case.id)
            .limit(count)
        ).all()
    for case_id, _number, version, username in rows:
        with sessions() as session, session.begin():
            start_inspection(session, actor_for(session, username), case_id, version)
    return [number for _, number, _, _ in rows]
