"""Ratings (好差评): an applicant rates a case on five levels; every poor rating opens a
follow-up that is tracked to closure: fixed (整改) by the assignee, then answered (回访)
by a supervisor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Case, Rating, RatingFollowUp, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.phrases import Term
from desktop.domain.supervision import FollowUpStatus, RatingLevel
from desktop.services import audit, timesource
from desktop.services.case_core import CaseNotFound
from desktop.services.deadlines import work_calendar
from desktop.services.supervision.settings import load_supervision_settings
from desktop.services.supervision_access import can_supervise, require_supervision


class AlreadyRated(DomainError):
    code = "already_rated"


@dataclass(frozen=True)
class FollowUpLine:
    id: int
    case_number: str
    level: RatingLevel
    comment: str
    rated_at: datetime
    assignee: str
    due_on: date
    status: FollowUpStatus
    fix_note: str
    answer: str

    @property
    def late(self) -> bool:
        return self.status is not FollowUpStatus.CLOSED and timesource.today() > self.due_on


def record_rating(
    session: Session, actor: Actor, case_id: int, level: RatingLevel, comment: str = ""
) -> FollowUpLine | None:
    """Record the applicant's rating (window staff or supervisors); a poor one opens a
    follow-up assigned to the case's handler. Returns the follow-up, if one was opened."""
    if not (actor.has(Role.CLERK) or can_supervise(actor)):
        raise NotAllowed("只有窗口工作人员或督办人员可以登记评价")
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound("办件不存在：请重新查找办件")
    if session.scalar(sa.select(Rating.id).where(Rating.case_id == case_id)) is not None:
        raise AlreadyRated("办件 {number} 已有评价，每件只能评价一次", number=case.number)
    level = RatingLevel(level)
    if level.poor and not comment.strip():
        raise DomainError("差评须记录申请人的具体意见，以便整改")
    now = timesource.now()
    rating = Rating(
        case_id=case_id,
        level=int(level),
        comment=comment.strip(),
        rated_at=now,
        recorded_by_id=actor.user_id,
    )
    session.add(rating)
    session.flush()
    audit.record(session, actor, "rate", "case", case_id, new={"level": int(level)})
    if not level.poor:
        return None
    days = load_supervision_settings(session).follow_up_days
    follow_up = RatingFollowUp(
        rating_id=rating.id,
        assignee_id=case.handler_id,
        opened_at=now,
        due_on=work_calendar(session).add_working_days(timesource.today(), days),
        status=FollowUpStatus.OPEN,
    )
    session.add(follow_up)
    session.flush()
    return follow_up_lines(session, RatingFollowUp.id == follow_up.id)[0]


def case_id_by_number(session: Session, number: str) -> int:
    """The case a rating is about, by its acceptance number."""
    case_id = session.scalar(sa.select(Case.id).where(Case.number == number.strip()))
    if case_id is None:
        raise CaseNotFound("受理编号 {number} 不存在：请核对后重新输入", number=number.strip())
    return int(case_id)


def record_fix(session: Session, actor: Actor, follow_up_id: int, note: str) -> FollowUpLine:
    """What was fixed (整改): by the assignee or a supervisor."""
    follow_up = _locked(session, follow_up_id)
    if actor.user_id != follow_up.assignee_id and not can_supervise(actor):
        raise NotAllowed("只有整改责任人或督办人员可以登记整改情况")
    follow_up.fix_note = _next_step(
        follow_up,
        FollowUpStatus.OPEN,
        note,
        out_of_turn=Term("本件差评已登记整改，请由督办人员回访答复"),
        empty=Term("请填写整改情况"),
    )
    follow_up.fixed_at, follow_up.fixed_by_id = timesource.now(), actor.user_id
    return _recorded(session, actor, follow_up, "fix_follow_up")


def answer_follow_up(
    session: Session, actor: Actor, follow_up_id: int, answer: str
) -> FollowUpLine:
    """A supervisor tells the applicant what was done (回访): the follow-up is closed."""
    require_supervision(actor, "回访答复差评")
    follow_up = _locked(session, follow_up_id)
    follow_up.answer = _next_step(
        follow_up,
        FollowUpStatus.FIXED,
        answer,
        out_of_turn=Term("请先登记整改情况，再回访答复申请人"),
        empty=Term("请填写回访答复的内容"),
    )
    follow_up.answered_at, follow_up.answered_by_id = timesource.now(), actor.user_id
    return _recorded(session, actor, follow_up, "answer_follow_up")


def _next_step(
    follow_up: RatingFollowUp,
    expected: FollowUpStatus,
    text: str,
    *,
    out_of_turn: Term,
    empty: Term,
) -> str:
    """Check the follow-up is at `expected` and the text given; move it one step on."""
    if follow_up.status is not expected:
        raise DomainError("{reason}", reason=out_of_turn)
    if not text.strip():
        raise DomainError("{reason}", reason=empty)
    steps = list(FollowUpStatus)
    follow_up.status = steps[steps.index(expected) + 1]
    return text.strip()


def _recorded(
    session: Session, actor: Actor, follow_up: RatingFollowUp, action: str
) -> FollowUpLine:
    audit.record(session, actor, action, "rating_follow_up", follow_up.id)
    return follow_up_lines(session, RatingFollowUp.id == follow_up.id)[0]


def list_follow_ups(
    session: Session, actor: Actor, *, open_only: bool = False, limit: int = 2000
) -> list[FollowUpLine]:
    """Supervisors see every follow-up; others the ones assigned to them."""
    conditions = [] if can_supervise(actor) else [RatingFollowUp.assignee_id == actor.user_id]
    if open_only:
        conditions.append(RatingFollowUp.status != FollowUpStatus.CLOSED)
    return follow_up_lines(session, *conditions, limit=limit)


def _locked(session: Session, follow_up_id: int) -> RatingFollowUp:
    follow_up = session.get(
        RatingFollowUp, follow_up_id, with_for_update=True, populate_existing=True
    )
    if follow_up is None:
        raise DomainError("差评回访记录不存在：请刷新后重试")
    return follow_up


def follow_up_lines(
    session: Session, *conditions: sa.ColumnElement[bool], limit: int = 2000
) -> list[FollowUpLine]:
    """Follow-ups as plain lines, open ones first, the earliest due first."""
    assignee = aliased(StaffUser)
    statement = (
        sa.select(RatingFollowUp, Rating, Case.number, assignee.full_name)
        .join(Rating, Rating.id == RatingFollowUp.rating_id)
        .join(Case, Case.id == Rating.case_id)
        .outerjoin(assignee, assignee.id == RatingFollowUp.assignee_id)
        .where(*conditions)
        .order_by(
            (RatingFollowUp.status == FollowUpStatus.CLOSED).asc(),
            RatingFollowUp.due_on,
            RatingFollowUp.id,
        )
        .limit(limit)
    )
    return [
        FollowUpLine(
            id=f.id,
            case_number=number,
            level=RatingLevel(rating.level),
            comment=rating.comment,
            rated_at=rating.rated_at,
            assignee=name or "",
            due_on=f.due_on,
            status=f.status,
            fix_note=f.fix_note or "",
            answer=f.answer or "",
        )
        for f, rating, number, name in session.execute(statement)
    ]
