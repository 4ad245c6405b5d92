"""Urging (督办): a supervisor urges a case that is due soon or overdue; its handler sees the
urge (queue mark, workbench banner, their list) and acknowledges it; everything is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Case, CaseUrge, Item, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.supervision import UrgeLevel
from desktop.services import audit, timesource
from desktop.services.case_core import lock_case, record_change
from desktop.services.cases.queue_rows import case_warning
from desktop.services.supervision_access import can_supervise, require_supervision

# The history event of an acknowledgement (not a workflow action: the status stays).
ACKNOWLEDGE_EVENT = "urge_ack"


class NothingToUrge(DomainError):
    code = "nothing_to_urge"


@dataclass(frozen=True)
class UrgeLine:
    id: int
    case_id: int
    case_number: str
    item: str
    handler: str
    urged_by: str
    urged_at: datetime
    level: UrgeLevel
    message: str
    acknowledged_at: datetime | None
    handler_id: int | None  # who is to acknowledge it (the handler when it was urged)


def urge_case(session: Session, actor: Actor, case_id: int, message: str) -> UrgeLine:
    """Urge a yellow or red case: recorded, written to the case history, audited."""
    require_supervision(actor, "督办办件")
    text = message.strip()
    if not text:
        raise DomainError("请填写督办意见，说明要求承办人何时完成什么")
    case = lock_case(session, case_id)
    warning = case_warning(case, timesource.today())
    if warning is WarningLevel.NORMAL:
        raise NothingToUrge(
            "办件 {number} 没有黄牌或红牌预警（已办结、暂停计时或未临近期限），无需督办",
            number=case.number,
        )
    level = UrgeLevel(warning.value)
    urge = CaseUrge(
        case_id=case.id,
        urged_at=timesource.now(),
        urged_by_id=actor.user_id,
        handler_id=case.handler_id,
        level=level,
        message=text,
    )
    session.add(urge)
    # In the history, so the handler sees it in the workbench (and an open one reloads).
    record_change(session, actor, case, "urge", case.status, text, {"level": level.value})
    session.flush()
    audit.record(
        session, actor, "urge", "case", case.id, new={"urge_id": urge.id, "level": level.value}
    )
    return _lines(session, CaseUrge.id == urge.id)[0]


def acknowledge_urge(session: Session, actor: Actor, urge_id: int) -> UrgeLine:
    """The urged handler confirms having seen the urge: recorded in the case history (so
    the supervisor sees it) and audited. Idempotent: acknowledging again (a double click,
    a second PC) changes nothing and keeps the first time."""
    found = session.execute(
        sa.select(CaseUrge.handler_id, CaseUrge.case_id).where(CaseUrge.id == urge_id)
    ).first()
    if found is None:
        raise DomainError("督办记录不存在：请刷新后重试")
    handler_id, case_id = found
    if handler_id is None or handler_id != actor.user_id:
        raise NotAllowed("只有被督办的承办人可以确认收到督办")
    case = lock_case(session, case_id)  # one acknowledgement at a time per case
    now = timesource.now()
    marked = session.execute(
        sa.update(CaseUrge)
        .where(CaseUrge.id == urge_id, CaseUrge.acknowledged_at.is_(None))
        .values(acknowledged_at=now)
        .execution_options(synchronize_session=False)
    )
    if marked.rowcount:
        record_change(session, actor, case, ACKNOWLEDGE_EVENT, case.status, None, {"urge": urge_id})
        audit.record(
            session, actor, "acknowledge_urge", "case_urge", urge_id, new={"case_id": case_id}
        )
    session.flush()
    return _lines(session, CaseUrge.id == urge_id)[0]


def list_urges(
    session: Session,
    actor: Actor,
    *,
    unacknowledged_only: bool = False,
    to_me: bool = False,
    urged_between: tuple[datetime, datetime] | None = None,
    limit: int = 500,
) -> list[UrgeLine]:
    """Supervisors see every urge; a handler sees the urges sent to them (`to_me`: only
    those, for anyone). `urged_between`: [from, before) moments, e.g. a statistics period.
    Newest first."""
    mine = CaseUrge.handler_id == actor.user_id
    if not to_me and can_supervise(actor):
        mine = sa.true()
    waiting = CaseUrge.acknowledged_at.is_(None) if unacknowledged_only else sa.true()
    when = sa.true()
    if urged_between is not None:
        start, before = urged_between
        when = sa.and_(CaseUrge.urged_at >= start, CaseUrge.urged_at < before)
    return _lines(session, mine, waiting, when, limit=limit)


def count_urges_to_me(session: Session, actor: Actor) -> int:
    """How many urges sent to the actor wait for their acknowledgement (the toolbar)."""
    return int(
        session.scalar(
            sa.select(sa.func.count())
            .select_from(CaseUrge)
            .where(CaseUrge.handler_id == actor.user_id, CaseUrge.acknowledged_at.is_(None))
        )
        or 0
    )


def open_urges_of_case(session: Session, case_id: int) -> list[UrgeLine]:
    """The case's urges not yet acknowledged (the workbench's banner)."""
    return _lines(session, CaseUrge.case_id == case_id, CaseUrge.acknowledged_at.is_(None))


def _lines(
    session: Session, *conditions: sa.ColumnElement[bool], limit: int = 500
) -> list[UrgeLine]:
    handler, urger = aliased(StaffUser), aliased(StaffUser)
    statement = (
        sa.select(CaseUrge, Case.number, Item.name, handler.full_name, urger.full_name)
        .join(Case, Case.id == CaseUrge.case_id)
        .join(Item, Item.id == Case.item_id)
        .outerjoin(handler, handler.id == CaseUrge.handler_id)
        .outerjoin(urger, urger.id == CaseUrge.urged_by_id)
        .where(*conditions)
        .order_by(CaseUrge.urged_at.desc(), CaseUrge.id.desc())
        .limit(limit)
    )
    return [
        UrgeLine(
            urge.id,
            urge.case_id,
            number,
            item,
            handler_name or "",
            urger_name or "系统",
            urge.urged_at,
            urge.level,
            urge.message,
            urge.acknowledged_at,
            urge.handler_id,
        )
        for urge, number, item, handler_name, urger_name in session.execute(statement)
    ]
