"""告知承诺制 at acceptance and decision: the applicant's signed commitment to the item's
conditions is recorded as the case is accepted, and the post-check's clock starts as the
case is granted (domain/commitments.py)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, Commitment, Item
from desktop.domain.actor import Actor
from desktop.domain.commitments import DEFAULT_CHECK_DAYS, CommitmentRefused, conditions_of
from desktop.domain.licence_life import CaseKind
from desktop.domain.timezone import CHINA
from desktop.services import audit
from desktop.services.deadlines import work_calendar

MAX_SIGNATORY = 64


def commitment_problem(
    item: Item, kind: CaseKind, signatory: str | None
) -> CommitmentRefused | None:
    """Why a case of this item and kind cannot be accepted with (or without) this
    signatory: a 告知承诺制 item's new case needs the signed commitment, no other case
    takes one."""
    name = (signatory or "").strip()
    if not item.commitment_based or kind is not CaseKind.NEW:
        if name:
            return CommitmentRefused(
                "事项“{item}”不实行告知承诺制，不能登记告知承诺书", item=item.name
            )
        return None
    if not name:
        return CommitmentRefused(
            "事项“{item}”实行告知承诺制：受理时须登记申请人签署的告知承诺书（承诺人）",
            item=item.name,
        )
    if len(name) > MAX_SIGNATORY:
        return CommitmentRefused("承诺人姓名不能超过 {n} 字", n=MAX_SIGNATORY)
    if not conditions_of(item.commitment_conditions):
        return CommitmentRefused(
            "事项“{item}”的目录未列明承诺条件：请管理员在事项目录中填写“承诺条件”",
            item=item.name,
        )
    return None


def record_commitment(
    session: Session, actor: Actor, case: Case, item: Item, signatory: str | None
) -> Commitment | None:
    """The commitment (告知承诺书) a 告知承诺制 item's new case is accepted on: the
    conditions the catalogue lists, signed by `signatory` on the day of acceptance. Another
    item's case takes none; a 告知承诺制 case without a signature is refused."""
    problem = commitment_problem(item, case.kind, signatory)
    if problem is not None:
        raise problem
    name = (signatory or "").strip()
    if not name:
        return None
    conditions = list(conditions_of(item.commitment_conditions))
    commitment = Commitment(
        case_id=case.id,
        conditions=conditions,
        signatory=name,
        signed_on=case.accepted_at.astimezone(CHINA).date(),
        recorded_by_id=actor.user_id,
        department_id=item.department_id,
        check_days=item.commitment_check_days or DEFAULT_CHECK_DAYS,
        findings="",
    )
    session.add(commitment)
    session.flush()
    audit.record(
        session,
        actor,
        "record_commitment",
        "commitment",
        commitment.id,
        new={"case": case.number, "signatory": name, "conditions": conditions},
    )
    return commitment


def start_check(session: Session, case_id: int) -> None:
    """A granted 告知承诺制 case: its post-check falls due `check_days` working days after
    the decision (the database counts the same day itself on PostgreSQL)."""
    commitment = session.scalar(sa.select(Commitment).where(Commitment.case_id == case_id))
    case = session.get(Case, case_id)
    if commitment is None or case is None or case.decided_on is None:
        return
    if commitment.check_due_on is None:
        calendar = work_calendar(session)
        commitment.check_due_on = calendar.add_working_days(case.decided_on, commitment.check_days)
        session.flush()
