"""Result notices (监管结果抄告): after approvals, each supervising department is told which
licences the bureau granted in a period (a letter plus a list), recorded as sent; the
department's receipt is recorded; notices unconfirmed after the set working days are flagged.

Each case is reported once (a unique key), so two supervisors sending at the same time
cannot report a case twice. The letter itself is rendered by the documents module from
`NoticeLetter`, plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import (
    Applicant,
    Case,
    CaseEvent,
    Department,
    IssuedDocument,
    Item,
    ResultNotice,
    ResultNoticeCase,
    StaffUser,
)
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.domain.timezone import CHINA
from desktop.services import audit, timesource
from desktop.services.bureau import load_profile
from desktop.services.deadlines import work_calendar
from desktop.services.documents.numbering import document_number, next_serial
from desktop.services.supervision.settings import load_supervision_settings
from desktop.services.supervision.stats_definitions import Period
from desktop.services.supervision_access import require_supervision

DOC_TYPE = DocumentType.RESULT_NOTICE.value


class NothingToReport(DomainError):
    code = "nothing_to_report"


@dataclass(frozen=True)
class NoticeCase:
    number: str
    item: str
    applicant: str
    identifier: str  # unified social credit code, or resident ID
    project: str
    decided_on: date


@dataclass(frozen=True)
class NoticeLetter:
    """What the letter and its list say; `number` and `sent_on` are None before sending."""

    number: str | None
    organ_name: str
    department: str
    period: Period
    sent_on: date | None
    cases: list[NoticeCase]


@dataclass(frozen=True)
class PendingNotice:
    department_id: int
    department: str
    case_count: int


@dataclass(frozen=True)
class NoticeLine:
    id: int
    number: str
    department: str
    period: Period
    case_count: int
    sent_at: datetime
    sent_by: str
    received_at: datetime | None
    received_by: str
    unconfirmed_late: bool  # no receipt after the set working days


def _granted() -> sa.ColumnElement[bool]:
    return sa.exists().where(CaseEvent.case_id == Case.id, CaseEvent.action == "approve")


def _unreported(period: Period) -> list[sa.ColumnElement[bool]]:
    """Cases granted with a decision in the period and not in any notice yet."""
    return [
        Case.decided_on.between(period.start, period.end),
        _granted(),
        ~sa.exists().where(ResultNoticeCase.case_id == Case.id),
    ]


def pending_notices(session: Session, actor: Actor, period: Period) -> list[PendingNotice]:
    """Departments with approvals in the period not yet reported, and how many."""
    require_supervision(actor, "抄告监管结果")
    statement = (
        sa.select(Department.id, Department.name, sa.func.count())
        .select_from(Case)
        .join(Item, Item.id == Case.item_id)
        .join(Department, Department.id == Item.department_id)
        .where(*_unreported(period))
        .group_by(Department.id, Department.name)
        .order_by(Department.name)
    )
    return [PendingNotice(*row) for row in session.execute(statement)]


def notice_letter(
    session: Session, actor: Actor, department_id: int, period: Period
) -> NoticeLetter:
    """The letter as it would be sent now: the department's unreported approvals."""
    require_supervision(actor, "抄告监管结果")
    cases = _notice_cases(session, Item.department_id == department_id, *_unreported(period))
    return NoticeLetter(
        None,
        load_profile(session).organ_name,
        _department_name(session, department_id),
        period,
        None,
        cases,
    )


def send_notice(session: Session, actor: Actor, department_id: int, period: Period) -> NoticeLine:
    """Record the notice as sent, numbered, listing every unreported approval of the period."""
    require_supervision(actor, "抄告监管结果")
    name = _department_name(session, department_id)
    today = timesource.today()
    serial = next_serial(session, DOC_TYPE, today.year)
    number = document_number(load_profile(session), DocumentType.RESULT_NOTICE, today.year, serial)
    notice = ResultNotice(
        number=number,
        department_id=department_id,
        period_from=period.start,
        period_to=period.end,
        case_count=0,
        sent_at=timesource.now(),
        sent_by_id=actor.user_id,
    )
    session.add(notice)
    session.flush()
    chosen = (
        sa.select(sa.literal(notice.id), Case.id)
        .join(Item, Item.id == Case.item_id)
        .where(Item.department_id == department_id, *_unreported(period))
    )
    session.execute(sa.insert(ResultNoticeCase).from_select(["notice_id", "case_id"], chosen))
    inserted = session.scalar(
        sa.select(sa.func.count()).where(ResultNoticeCase.notice_id == notice.id)
    )
    if not inserted:
        raise NothingToReport(
            "{department}在 {period} 没有尚未抄告的准予许可办件", department=name, period=period
        )
    notice.case_count = inserted
    audit.record(
        session,
        actor,
        "send_result_notice",
        "result_notice",
        notice.id,
        new={"number": notice.number, "department_id": department_id, "cases": inserted},
    )
    return _notice_lines(session, ResultNotice.id == notice.id)[0]


def record_receipt(session: Session, actor: Actor, notice_id: int, received_by: str) -> NoticeLine:
    """The department confirmed receipt: who there, and now."""
    require_supervision(actor, "登记抄告回执")
    notice = session.get(ResultNotice, notice_id, with_for_update=True)
    if notice is None:
        raise DomainError("抄告记录不存在：请刷新后重试")
    if notice.received_at is not None:
        raise DomainError("抄告 {number} 的回执已登记", number=notice.number)
    if not received_by.strip():
        raise DomainError("请填写部门签收人姓名")
    notice.received_at = timesource.now()
    notice.received_by = received_by.strip()
    notice.receipt_recorded_by_id = actor.user_id
    audit.record(session, actor, "record_receipt", "result_notice", notice.id)
    return _notice_lines(session, ResultNotice.id == notice.id)[0]


def list_notices(session: Session, actor: Actor, *, limit: int = 1000) -> list[NoticeLine]:
    require_supervision(actor, "查看抄告")
    return _notice_lines(session, sa.true(), limit=limit)


def sent_letter(session: Session, actor: Actor, notice_id: int) -> NoticeLetter:
    """The letter of a notice already sent, listing exactly the cases it reported."""
    require_supervision(actor, "查看抄告")
    notice = session.get(ResultNotice, notice_id)
    if notice is None:
        raise DomainError("抄告记录不存在：请刷新后重试")
    reported = sa.select(ResultNoticeCase.case_id).where(ResultNoticeCase.notice_id == notice_id)
    return NoticeLetter(
        notice.number,
        load_profile(session).organ_name,
        _department_name(session, notice.department_id),
        Period(notice.period_from, notice.period_to),
        notice.sent_at.astimezone(CHINA).date(),
        _notice_cases(session, Case.id.in_(reported)),
    )


# Helpers ------------------------------------------------------------------------------------


def _department_name(session: Session, department_id: int) -> str:
    department = session.get(Department, department_id)
    if department is None:
        raise DomainError("部门不存在：请重新选择")
    return department.name


def _notice_cases(session: Session, *conditions: sa.ColumnElement[bool]) -> list[NoticeCase]:
    statement = (
        sa.select(
            Case.number,
            Item.name,
            Applicant.name,
            Applicant.identifier,
            Case.project_name,
            Case.decided_on,
        )
        .join(Item, Item.id == Case.item_id)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .where(*conditions)
        .order_by(Case.decided_on, Case.number)
    )
    return [
        NoticeCase(number, item, applicant, identifier, project or "", decided_on)
        for number, item, applicant, identifier, project, decided_on in session.execute(statement)
    ]


def _notice_lines(
    session: Session, *conditions: sa.ColumnElement[bool], limit: int = 1000
) -> list[NoticeLine]:
    sender = aliased(StaffUser)
    calendar = work_calendar(session)
    receipt_days = load_supervision_settings(session).receipt_days
    today = timesource.today()
    statement = (
        sa.select(ResultNotice, Department.name, sender.full_name)
        .join(Department, Department.id == ResultNotice.department_id)
        .outerjoin(sender, sender.id == ResultNotice.sent_by_id)
        .where(*conditions)
        .order_by(ResultNotice.sent_at.desc(), ResultNotice.id.desc())
        .limit(limit)
    )
    lines = []
    for notice, department, sent_by in session.execute(statement):
        sent_on = notice.sent_at.astimezone(CHINA).date()
        waiting = notice.received_at is None
        lines.append(
            NoticeLine(
                id=notice.id,
                number=notice.number,
                department=department,
                period=Period(notice.period_from, notice.period_to),
                case_count=notice.case_count,
                sent_at=notice.sent_at,
                sent_by=sent_by or "系统",
                received_at=notice.received_at,
                received_by=notice.received_by or "",
                unconfirmed_late=waiting
                and calendar.working_days_between(sent_on, today) > receipt_days,
            )
        )
    return lines


def notice_pdf(session: Session, actor: Actor, notice_id: int) -> bytes:
    """The sealed, signed letter of a sent notice (监管结果抄告函), with its list of cases."""
    from desktop.documents.kinds.result_notice import ResultNotice as NoticeDocument
    from desktop.documents.kinds.result_notice import ResultRow
    from desktop.documents.model import Issue
    from desktop.documents.produce import produce_document
    from desktop.services.documents.render_lock import rendering
    from desktop.services.documents.signing_keys import load_signing

    letter = sent_letter(session, actor, notice_id)
    assert letter.number is not None and letter.sent_on is not None
    decisions = dict(
        session.execute(
            sa.select(Case.number, IssuedDocument.number)
            .join(IssuedDocument, IssuedDocument.case_id == Case.id)
            .where(
                Case.number.in_([c.number for c in letter.cases]),
                IssuedDocument.doc_type == "grant",
                IssuedDocument.void.is_(False),
            )
        ).all()
    )
    document = NoticeDocument(
        letter.department,
        letter.period.start,
        letter.period.end,
        tuple(
            ResultRow(
                c.number, c.applicant, c.item, "准予许可", c.decided_on, decisions.get(c.number, "")
            )
            for c in letter.cases
        ),
    )
    issue = Issue(load_profile(session).letterhead, letter.number, letter.sent_on)
    signing = load_signing(session)
    with rendering():
        return produce_document(document, issue, signer=signing.signer, qr_key=signing.qr_key).pdf
