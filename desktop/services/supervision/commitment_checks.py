"""The post-checks of 告知承诺制 (核查): the list the supervision works from, recording a
check's result for the item's department, the 撤销 case a false commitment opens, and the
period's figures (commitments made, checked, found false, overdue)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.data.models import Applicant, Case, Commitment, Department, Item, Licence
from desktop.documents.table_export import Table
from desktop.domain.actor import Actor
from desktop.domain.commitments import (
    CheckResult,
    CheckState,
    CommitmentRefused,
    check_result,
    check_state,
)
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.licence_life import CaseKind
from desktop.services import audit, timesource
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.licence_acts import current_version
from desktop.services.supervision.stats_definitions import Period
from desktop.services.supervision_access import require_supervision

REVOCATION_REASON = "告知承诺核查不实，依职权立案撤销"
REVOCATION_SUFFIX = "-撤"


@dataclass(frozen=True)
class CheckRow:
    """One commitment and its post-check, as the supervision's list shows it."""

    id: int
    case_id: int
    case_number: str
    item: str
    applicant: str
    department: str
    signatory: str
    signed_on: date
    conditions: tuple[str, ...]
    decided_on: date | None
    due_on: date | None
    state: CheckState
    findings: str
    checker: str
    checked_on: date | None
    licence_no: str | None
    revocation_case: str | None


@dataclass(frozen=True)
class CommitmentFigures:
    """A period's 告知承诺制: commitments made (accepted on one), checks recorded, of them
    found false, checks due in the period and not done by their day, and open now."""

    made: int
    checked: int
    found_true: int
    found_false: int
    overdue: int
    open_now: int


def _rows(session: Session, condition: sa.ColumnElement[bool], today: date) -> list[CheckRow]:
    revocation = aliased(Case)
    licence_no = (
        sa.select(Licence.licence_no)
        .where(Licence.case_id == Case.id)
        .order_by(Licence.version)
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(
            Commitment,
            Case.number,
            Case.decided_on,
            Item.name,
            Applicant.name,
            Department.name,
            licence_no,
            revocation.number,
        )
        .join(Case, Case.id == Commitment.case_id)
        .join(Item, Item.id == Case.item_id)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .join(Department, Department.id == Commitment.department_id)
        .outerjoin(revocation, revocation.id == Commitment.revocation_case_id)
        .where(condition)
        .order_by(Commitment.check_due_on.is_(None), Commitment.check_due_on, Commitment.id)
    ).all()
    return [
        CheckRow(
            c.id,
            c.case_id,
            number,
            item,
            applicant,
            department,
            c.signatory,
            c.signed_on,
            tuple(c.conditions or ()),
            decided,
            c.check_due_on,
            check_state(c.result, c.check_due_on, today),
            c.findings or "",
            c.checker or "",
            c.checked_on,
            licence,
            revoked,
        )
        for c, number, decided, item, applicant, department, licence, revoked in rows
    ]


def list_checks(
    session: Session, actor: Actor, *, states: frozenset[CheckState] | None = None
) -> list[CheckRow]:
    """Every commitment and its check, the soonest due first; `states` narrows the list."""
    require_supervision(actor, "查看告知承诺核查")
    rows = _rows(session, sa.true(), timesource.today())
    return [row for row in rows if states is None or row.state in states]


def check_row(session: Session, actor: Actor, commitment_id: int) -> CheckRow:
    require_supervision(actor, "查看告知承诺核查")
    rows = _rows(session, Commitment.id == commitment_id, timesource.today())
    if not rows:
        raise DomainError("告知承诺记录（编号 {id}）不存在", id=commitment_id)
    return rows[0]


def find_check(session: Session, actor: Actor, case_number: str) -> CheckRow:
    """The check of the case with this number."""
    require_supervision(actor, "查看告知承诺核查")
    rows = _rows(session, Case.number == case_number.strip(), timesource.today())
    if not rows:
        raise DomainError("办件 {number} 没有告知承诺记录", number=case_number.strip())
    return rows[0]


def record_check(
    session: Session,
    actor: Actor,
    commitment_id: int,
    result: CheckResult,
    findings: str,
    checker: str,
    checked_on: date | None = None,
) -> CheckRow:
    """Record the department's check of a commitment, once, as the supervisor (督办) who
    receives it; a false commitment opens the 撤销 case on the licence it obtained
    (ALL art. 69(2)), in the pool of the item's queue, in the same transaction."""
    if Role.SUPERVISOR not in actor.roles:
        raise NotAllowed("只有督办人员可以登记告知承诺核查结果")
    result = CheckResult(result)
    commitment = session.get(Commitment, commitment_id, with_for_update=True)
    if commitment is None:
        raise DomainError("告知承诺记录（编号 {id}）不存在", id=commitment_id)
    case = session.get(Case, commitment.case_id)
    assert case is not None
    today = timesource.today()
    day = checked_on or today
    # A check runs only once the case is granted (its due day is set then).
    granted_on = case.decided_on if commitment.check_due_on is not None else None
    check_result(commitment.result, result, findings, checker, day, granted_on, today)
    revocation_id = None
    if result is CheckResult.FALSE:
        revocation_id = _open_revocation(session, actor, case)
    old = {"result": None}
    commitment.result = result
    commitment.findings = findings.strip()
    commitment.checker = checker.strip()
    commitment.checked_on = day
    commitment.check_recorded_by_id = actor.user_id
    commitment.check_recorded_at = timesource.now()
    commitment.revocation_case_id = revocation_id
    session.flush()
    audit.record(
        session,
        actor,
        "record_commitment_check",
        "commitment",
        commitment.id,
        old=old,
        new={"case": case.number, "result": result.value, "checker": checker.strip()},
    )
    return check_row(session, actor, commitment.id)


def _open_revocation(session: Session, actor: Actor, case: Case) -> int:
    """The 撤销 case on the licence the commitment obtained, under the licence's own item."""
    number = session.scalar(
        sa.select(Licence.licence_no).where(Licence.case_id == case.id).limit(1)
    )
    if number is None:
        raise CommitmentRefused(
            "办件 {number} 的许可证尚未制发登记：核查不实须撤销许可证，请待制证后再登记",
            number=case.number,
        )
    version = current_version(session, number)
    item_code = session.scalar(sa.select(Item.code).where(Item.id == version.item_id))
    state = accept_case(
        session,
        actor,
        NewCase(
            number=(case.number + REVOCATION_SUFFIX)[-32:],
            item_code=item_code or "",
            applicant_id=version.holder_id,
            accepted_at=timesource.now(),
            first_contact_id=actor.user_id,
            kind=CaseKind.REVOCATION,
            licence_no=number,
            reason=REVOCATION_REASON,
        ),
    )
    return state.id


def commitment_figures(session: Session, actor: Actor, period: Period) -> CommitmentFigures:
    require_supervision(actor, "查看告知承诺核查")
    today = timesource.today()
    count, in_period = sa.func.count, lambda column: column.between(period.start, period.end)
    made, checked, found_true, found_false, overdue, open_now = session.execute(
        sa.select(
            count().filter(in_period(Commitment.signed_on)),
            count().filter(in_period(Commitment.checked_on)),
            count().filter(in_period(Commitment.checked_on), Commitment.result == CheckResult.TRUE),
            count().filter(
                in_period(Commitment.checked_on), Commitment.result == CheckResult.FALSE
            ),
            # Fell due in the period and was not checked by its day.
            count().filter(
                in_period(Commitment.check_due_on),
                sa.or_(
                    sa.and_(Commitment.result.is_(None), Commitment.check_due_on < today),
                    Commitment.checked_on > Commitment.check_due_on,
                ),
            ),
            count().filter(Commitment.result.is_(None), Commitment.check_due_on.is_not(None)),
        )
    ).one()
    return CommitmentFigures(made, checked, found_true, found_false, overdue, open_now)


def checks_table(rows: list[CheckRow]) -> Table:
    """The post-checks as the window shows them and the export writes them."""
    return Table(
        "告知承诺核查",
        (
            "受理编号",
            "事项",
            "申请人",
            "承诺人",
            "承诺日期",
            "决定日期",
            "核查部门",
            "核查期限",
            "状态",
            "核查人员",
            "核查日期",
            "核查情况",
            "许可证编号",
            "撤销办件",
        ),
        [
            (
                r.case_number,
                r.item,
                r.applicant,
                r.signatory,
                r.signed_on,
                r.decided_on,
                r.department,
                r.due_on,
                r.state.label,
                r.checker,
                r.checked_on,
                r.findings,
                r.licence_no or "",
                r.revocation_case or "",
            )
            for r in rows
        ],
    )
