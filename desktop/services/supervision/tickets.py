"""Hotline questions and complaints: opened by the staff member who took the call, who stays
responsible (首问负责) until it is closed; answered within the working days set per kind;
escalated to the supervisors when late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Applicant, Case, StaffRole, StaffUser, Ticket, TicketEvent
from desktop.domain.actor import Actor
from desktop.domain.enums import TicketKind, TicketStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.register import TICKET_SERIES, ticket_number
from desktop.domain.supervision import TicketStep
from desktop.domain.timezone import CHINA
from desktop.services import audit, timesource
from desktop.services.cases.queues import search_condition
from desktop.services.deadlines import work_calendar
from desktop.services.documents.numbering import next_serial
from desktop.services.supervision.settings import load_supervision_settings
from desktop.services.supervision_access import (
    SUPERVISION_ROLES,
    can_supervise,
    require_supervision,
)


class TicketNotFound(DomainError):
    code = "ticket_not_found"


@dataclass(frozen=True)
class NewTicket:
    kind: TicketKind
    caller_name: str
    caller_phone: str
    subject: str
    body: str = ""
    case_id: int | None = None  # found with `find_cases` by number or applicant
    assignee_id: int | None = None  # default: the first contact answers it too


@dataclass(frozen=True)
class TicketLine:
    id: int
    number: str
    kind: TicketKind
    status: TicketStatus
    caller_name: str
    caller_phone: str
    subject: str
    case_number: str
    first_contact: str
    assignee: str
    opened_at: datetime
    due_on: date
    answered_at: datetime | None
    escalated: bool
    escalated_to: str
    reply: str

    @property
    def late(self) -> bool:
        """Not answered by the end of its due day (or answered after it)."""
        if self.answered_at is None:
            return timesource.today() > self.due_on
        return answered_on(self.answered_at) > self.due_on


@dataclass(frozen=True)
class TicketEventLine:
    at: datetime
    actor: str
    step: TicketStep
    text: str


def answered_on(moment: datetime) -> date:
    """The day in China a reply was given."""
    return moment.astimezone(CHINA).date()


def open_ticket(session: Session, actor: Actor, data: NewTicket) -> TicketLine:
    """Register a call; the actor is its first contact, its due date counts working days."""
    for value, what in ((data.caller_name, "来电人"), (data.subject, "事由")):
        if not value.strip():
            raise DomainError("请填写{what}", what=what)
    if data.case_id is not None and session.get(Case, data.case_id) is None:
        raise DomainError("关联的办件不存在：请重新查找办件")
    now, today = timesource.now(), timesource.today()
    days = load_supervision_settings(session).answer_days(data.kind)
    serial = next_serial(session, TICKET_SERIES, today.year)
    ticket = Ticket(
        number=ticket_number(today.year, serial),
        kind=data.kind,
        caller_name=data.caller_name.strip(),
        caller_phone=data.caller_phone.strip(),
        subject=data.subject.strip(),
        body=data.body.strip(),
        case_id=data.case_id,
        first_contact_id=actor.user_id,
        assignee_id=data.assignee_id or actor.user_id,
        opened_at=now,
        due_on=work_calendar(session).add_working_days(today, days),
        status=TicketStatus.OPEN,
        escalated=False,
    )
    session.add(ticket)
    session.flush()
    _event(session, actor, ticket, TicketStep.OPEN, ticket.subject)
    audit.record(session, actor, "open_ticket", "ticket", ticket.id, new={"number": ticket.number})
    return ticket_lines(session, Ticket.id == ticket.id)[0]


def reply_ticket(session: Session, actor: Actor, ticket_id: int, text: str) -> TicketLine:
    """Answer the caller; the first answer's time decides whether it was in time."""
    ticket = _locked(session, ticket_id)
    involved = {ticket.first_contact_id, ticket.assignee_id, ticket.escalated_to_id}
    if actor.user_id not in involved and not can_supervise(actor):
        raise NotAllowed("只有首问责任人、承办人或督办人员可以答复本件")
    if ticket.status is TicketStatus.CLOSED:
        raise DomainError("工单 {number} 已办结，不能再答复", number=ticket.number)
    if not text.strip():
        raise DomainError("请填写答复内容")
    ticket.status = TicketStatus.ANSWERED
    ticket.reply = text.strip()
    ticket.answered_at = ticket.answered_at or timesource.now()
    _event(session, actor, ticket, TicketStep.REPLY, ticket.reply)
    audit.record(session, actor, "reply_ticket", "ticket", ticket.id)
    return ticket_lines(session, Ticket.id == ticket.id)[0]


def escalate_ticket(
    session: Session, actor: Actor, ticket_id: int, to_user_id: int | None, reason: str
) -> TicketLine:
    """A supervisor raises a ticket to someone senior; the first contact stays responsible."""
    require_supervision(actor, "升级督办工单")
    ticket = _locked(session, ticket_id)
    if ticket.status is TicketStatus.CLOSED:
        raise DomainError("工单 {number} 已办结，无需升级", number=ticket.number)
    if not reason.strip():
        raise DomainError("请填写升级督办的理由")
    if to_user_id is not None and session.get(StaffUser, to_user_id) is None:
        raise DomainError("升级对象不存在：请重新选择")
    _escalate(session, actor, ticket, to_user_id, reason.strip())
    return ticket_lines(session, Ticket.id == ticket.id)[0]


def escalate_late_tickets(session: Session, actor: Actor) -> int:
    """Escalate every unanswered ticket past its due date to the supervisors; how many."""
    require_supervision(actor, "升级督办工单")
    late = session.scalars(
        sa.select(Ticket)
        .where(
            Ticket.status == TicketStatus.OPEN,
            Ticket.escalated.is_(False),
            Ticket.due_on < timesource.today(),
        )
        .with_for_update()
    ).all()
    for ticket in late:
        _escalate(session, actor, ticket, None, "逾期未答复，自动升级督办")
    return len(late)


def close_ticket(session: Session, actor: Actor, ticket_id: int, note: str = "") -> TicketLine:
    """The first contact closes an answered ticket once the caller has the answer (首问负责)."""
    ticket = _locked(session, ticket_id)
    if actor.user_id != ticket.first_contact_id and not can_supervise(actor):
        raise NotAllowed("首问负责：只有首问责任人或督办人员可以办结本件")
    if ticket.status is not TicketStatus.ANSWERED:
        raise DomainError("工单 {number} 尚未答复：请先答复来电人，再办结", number=ticket.number)
    ticket.status = TicketStatus.CLOSED
    ticket.closed_at = timesource.now()
    _event(session, actor, ticket, TicketStep.CLOSE, note.strip() or "已告知来电人，办结")
    audit.record(session, actor, "close_ticket", "ticket", ticket.id)
    return ticket_lines(session, Ticket.id == ticket.id)[0]


def list_tickets(
    session: Session, actor: Actor, *, open_only: bool = False, limit: int = 2000
) -> list[TicketLine]:
    """Supervisors see every ticket; others the ones they took, answer or were given."""
    conditions = [] if can_supervise(actor) else [_involves(actor)]
    if open_only:
        conditions.append(Ticket.status != TicketStatus.CLOSED)
    return ticket_lines(session, *conditions, limit=limit)


def ticket_history(session: Session, actor: Actor, ticket_id: int) -> list[TicketEventLine]:
    conditions = [Ticket.id == ticket_id]
    if not can_supervise(actor):
        conditions.append(_involves(actor))
    if not ticket_lines(session, *conditions):
        raise TicketNotFound("工单不存在，或您无权查看：请刷新后重试")
    statement = (
        sa.select(TicketEvent, StaffUser.full_name)
        .outerjoin(StaffUser, StaffUser.id == TicketEvent.actor_id)
        .where(TicketEvent.ticket_id == ticket_id)
        .order_by(TicketEvent.at, TicketEvent.id)
    )
    return [
        TicketEventLine(event.at, name or "系统", event.step, event.text)
        for event, name in session.execute(statement)
    ]


def find_cases(session: Session, actor: Actor, text: str) -> list[tuple[int, str, str]]:
    """Cases to link a ticket to, by number or applicant: (id, number, applicant), at most 20."""
    condition = search_condition(text)
    if condition is None:
        return []
    statement = (
        sa.select(Case.id, Case.number, Applicant.name)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .where(condition)
        .order_by(Case.accepted_at.desc())
        .limit(20)
    )
    return [(row[0], row[1], row[2]) for row in session.execute(statement)]


def senior_staff(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Who a ticket can be escalated to: active supervisors and heads, (id, name)."""
    statement = (
        sa.select(StaffUser.id, StaffUser.full_name)
        .join(StaffRole, StaffRole.user_id == StaffUser.id)
        .where(StaffRole.role.in_(SUPERVISION_ROLES), StaffUser.active.is_(True))
        .distinct()
        .order_by(StaffUser.full_name)
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


# Helpers ------------------------------------------------------------------------------------


def _involves(actor: Actor) -> sa.ColumnElement[bool]:
    return sa.or_(
        Ticket.first_contact_id == actor.user_id,
        Ticket.assignee_id == actor.user_id,
        Ticket.escalated_to_id == actor.user_id,
    )


def _locked(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id, with_for_update=True, populate_existing=True)
    if ticket is None:
        raise TicketNotFound("工单不存在：请刷新后重试")
    return ticket


def _escalate(
    session: Session, actor: Actor, ticket: Ticket, to_user_id: int | None, reason: str
) -> None:
    ticket.escalated = True
    ticket.escalated_at = timesource.now()
    ticket.escalated_to_id = to_user_id
    _event(session, actor, ticket, TicketStep.ESCALATE, reason)
    audit.record(
        session, actor, "escalate_ticket", "ticket", ticket.id, new={"to_user_id": to_user_id}
    )


def _event(session: Session, actor: Actor, ticket: Ticket, step: TicketStep, text: str) -> None:
    session.add(
        TicketEvent(
            ticket_id=ticket.id, at=timesource.now(), actor_id=actor.user_id, step=step, text=text
        )
    )


def ticket_lines(
    session: Session, *conditions: sa.ColumnElement[bool], limit: int = 2000
) -> list[TicketLine]:
    """Tickets as plain lines, the ones still open first, then by due date."""
    first, assignee, escalated_to = aliased(StaffUser), aliased(StaffUser), aliased(StaffUser)
    statement = (
        sa.select(Ticket, Case.number, first.full_name, assignee.full_name, escalated_to.full_name)
        .outerjoin(Case, Case.id == Ticket.case_id)
        .outerjoin(first, first.id == Ticket.first_contact_id)
        .outerjoin(assignee, assignee.id == Ticket.assignee_id)
        .outerjoin(escalated_to, escalated_to.id == Ticket.escalated_to_id)
        .where(*conditions)
        .order_by(
            (Ticket.status == TicketStatus.CLOSED).asc(), Ticket.due_on.desc(), Ticket.id.desc()
        )
        .limit(limit)
    )
    return [
        TicketLine(
            id=t.id,
            number=t.number,
            kind=t.kind,
            status=t.status,
            caller_name=t.caller_name,
            caller_phone=t.caller_phone,
            subject=t.subject,
            case_number=case_number or "",
            first_contact=first_name or "",
            assignee=assignee_name or "",
            opened_at=t.opened_at,
            due_on=t.due_on,
            answered_at=t.answered_at,
            escalated=t.escalated,
            escalated_to=(escalated_name or "督办人员") if t.escalated else "",
            reply=t.reply or "",
        )
        for t, case_number, first_name, assignee_name, escalated_name in session.execute(statement)
    ]
