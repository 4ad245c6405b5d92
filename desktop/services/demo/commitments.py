"""The demo bureau's 告知承诺制: the three market registrations the bureau decides on a
signed commitment (enterprises, individual businesses, farmers' cooperatives: the premises
and the founders' standing are committed to and checked afterwards), every new case of them
accepted with the applicant's commitment and decided at once; the checks the departments
reported (most 属实), those still open, one left overdue, and up to two found 不实, each
with its 撤销 case in the back office (domain/commitments.py)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CaseEvent,
    CaseMaterial,
    CasePromise,
    Commitment,
    Item,
    Licence,
    StaffRole,
)
from desktop.domain.commitments import COMMITMENT_PROMISED_DAYS, CheckResult
from desktop.domain.enums import CaseStatus, Role, queue_rank
from desktop.domain.licence_life import CaseKind
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services.deadlines import refresh_due_dates
from desktop.services.demo.moments import MORNING, moment_on, office_ceiling
from desktop.services.supervision.commitment_checks import REVOCATION_REASON

# code -> (conditions the applicant commits to, working days for the check). Registrations
# the bureau already decides on the spot (window-authorised, one-day limit): under the
# commitment system the department checks the declared premises afterwards (住所申报承诺制).
ITEMS = {
    "SJ010": (
        "住所（经营场所）真实、合法、有效，并可用于经营；投资人、法定代表人具备法定任职资格；"
        "提交的申请材料真实、合法、有效",
        20,
    ),
    "SJ011": (
        "经营场所真实、合法并可用于经营；经营者具有完全民事行为能力，不属于禁止从事个体经营"
        "的人员；提交的申请材料真实、合法、有效",
        20,
    ),
    "SJ012": (
        "成员中农民至少占成员总数的百分之八十；住所真实、合法并可用于经营；"
        "提交的申请材料真实、合法、有效",
        30,
    ),
}
FOUND_FALSE = (2, 15)  # at most two, one in fifteen of the checks at most
LEFT_OVERDUE = 1
CHECKED_EARLY = 0.4  # of the checks not yet due, the share already reported
CHECKERS = ("刘建国", "陈静", "赵志强", "孙丽", "周明", "吴海燕")
FALSE_FINDINGS = (
    "实地核查发现申报的经营场所为住宅，未取得经营用途证明，实际不具备可用于经营的场所",
    "核查发现申报的住所地址不存在，无法通过登记的住所取得联系",
)


def mark_items(items: list[dict[str, Any]]) -> None:
    """The catalogue rows of the demo, before they are written: the items under 告知承诺制
    decided at once by the handler (no sign-off, no inspection, a one-day promised limit)."""
    for row in items:
        conditions, days = ITEMS.get(row["code"], ("", None))
        row["commitment_based"] = days is not None
        row["commitment_conditions"] = conditions
        row["commitment_check_days"] = days
        if days is not None:
            row.update(
                promised_limit_days=COMMITMENT_PROMISED_DAYS,
                review_limit_days=COMMITMENT_PROMISED_DAYS,
                two_level_signoff=False,
                needs_inspection=False,
                inspection_pauses_clock=False,
            )


def plan_checks(session: Session, rng: random.Random, calendar: WorkCalendar, today: date) -> int:
    """Each 告知承诺制 case's commitment, signed at acceptance, and for a granted one its
    check: reported on a working day before it fell due (most 属实), still open, one overdue,
    and a few found 不实 among those whose licence was made. A case found false takes over a
    recent application of its item still in the back office as its 撤销 case (so the demo
    keeps its number of cases; `open_revocations` turns it into one once the licence is on
    the register). Returns how many commitments."""
    rows = session.execute(
        sa.select(
            Case.id,
            Case.item_id,
            Case.category,
            Case.accepted_at,
            Case.accepted_on,
            Case.decided_on,
            Case.status,
            Case.first_contact_id,
            Item.department_id,
            Item.commitment_conditions,
            Item.commitment_check_days,
            Applicant.contact_name,
            Applicant.name,
        )
        .join(Item, Item.id == Case.item_id)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .where(Item.commitment_based.is_(True), Case.kind == CaseKind.NEW)
        .order_by(Case.id)
    ).all()
    ids = [r.id for r in rows]
    granted = set(
        session.scalars(
            sa.select(CaseEvent.case_id).where(
                CaseEvent.action == "approve", CaseEvent.case_id.in_(ids)
            )
        )
    )
    certified = {
        case_id: at.astimezone(CHINA).date()
        for case_id, at in session.execute(
            sa.select(CaseEvent.case_id, sa.func.max(CaseEvent.at))
            .where(CaseEvent.action == "issue_certificate", CaseEvent.case_id.in_(ids))
            .group_by(CaseEvent.case_id)
        )
    }
    promised = sa.select(CasePromise.id).where(CasePromise.case_id == Case.id)
    pool = session.execute(
        sa.select(Case.id, Case.category, Case.accepted_on, Case.accepted_at)
        .where(Case.status == CaseStatus.RECEIVED, Case.kind == CaseKind.NEW)
        # Not a project's case (its builder applies) nor one with a 容缺 promise (its checklist).
        .where(Case.project_id.is_(None), ~promised.exists())
        .order_by(Case.accepted_at.desc(), Case.id)
    ).all()
    revoking = _pairs(rng, rows, pool, certified)
    taken = {p.id for p in revoking.values()}
    due_ones = [
        r.id
        for r in rows
        if r.id in granted
        and r.id not in revoking
        and calendar.add_working_days(r.decided_on, r.commitment_check_days) < today
    ]
    overdue_ids = set(due_ones[-LEFT_OVERDUE:]) if due_ones else set()
    last_day = _last_working_day(calendar, today)
    supervisors = _supervisors(session)
    commitments = []
    taken_findings: list[int] = []
    for r in rows:
        if r.id in taken:
            continue  # it becomes a 撤销 case
        commitment: dict[str, Any] = dict(
            case_id=r.id,
            conditions=[c for c in r.commitment_conditions.split("；") if c],
            signatory=r.contact_name or r.name,
            signed_on=r.accepted_on,
            recorded_by_id=r.first_contact_id,
            recorded_at=r.accepted_at,
            department_id=r.department_id,
            check_days=r.commitment_check_days,
            check_due_on=None,
            result=None,
            findings="",
            checker=None,
            checked_on=None,
            check_recorded_by_id=None,
            check_recorded_at=None,
            revocation_case_id=None,
        )
        if r.id in granted:
            due = calendar.add_working_days(r.decided_on, r.commitment_check_days)
            commitment["check_due_on"] = due
            if r.id in revoking:
                taker = revoking[r.id]
                _checked(commitment, rng, CheckResult.FALSE, taker.accepted_on, "")
                commitment.update(
                    findings=FALSE_FINDINGS[len(taken_findings) % len(FALSE_FINDINGS)],
                    check_recorded_at=max(
                        taker.accepted_at - timedelta(minutes=rng.randint(5, 40)),
                        datetime.combine(taker.accepted_on, MORNING[0], CHINA),
                    ),
                    revocation_case_id=taker.id,
                )
                taken_findings.append(r.id)
            elif r.id not in overdue_ids and (due < today or rng.random() < CHECKED_EARLY):
                span = calendar.working_days_between(r.decided_on, min(due, last_day))
                if span >= 1:
                    day = calendar.add_working_days(r.decided_on, rng.randint(1, span))
                    _checked(commitment, rng, CheckResult.TRUE, day, "经核查，承诺内容属实")
        if commitment["result"] is not None:
            commitment["check_recorded_by_id"] = rng.choice(supervisors)
        commitments.append(commitment)
    if commitments:
        session.execute(sa.insert(Commitment), commitments)
    return len(commitments)


def _pairs(
    rng: random.Random, rows: list[Any], pool: list[Any], certified: dict[int, date]
) -> dict[int, Any]:
    """Licensed cases to be found false, each with the latest application of its queue
    still in the pool after its licence was made: that one becomes its 撤销 case."""
    # The latest licences first: a check finds a false commitment near its due day.
    made = sorted(
        (r for r in rows if r.status in _LICENSED and r.id in certified),
        key=lambda r: (r.decided_on, r.id),
        reverse=True,
    )
    most, one_in = FOUND_FALSE
    wanted = min(most, 1 + len(rows) // one_in)
    pairs: dict[int, Any] = {}
    for case in made:
        taker = next(
            (
                w
                for w in pool
                if w.category == case.category
                and w.accepted_on > certified[case.id]
                and all(w.id != p.id for p in pairs.values())
            ),
            None,
        )
        if taker is not None and len(pairs) < wanted:
            pairs[case.id] = taker
    return pairs


_LICENSED = (CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)


def _last_working_day(calendar: WorkCalendar, today: date) -> date:
    """The last working day by today whose office hours have begun."""
    day = today
    while not calendar.is_working_day(day) or office_ceiling(day) <= 3600:
        day -= timedelta(days=1)
    return day


def _checked(
    row: dict[str, Any], rng: random.Random, result: CheckResult, day: date, findings: str
) -> None:
    row.update(
        result=result,
        findings=findings,
        checker=rng.choice(CHECKERS),
        checked_on=day,
        check_recorded_at=moment_on(day, rng.choice((9, 10, 14, 15, 16))),
    )


def _supervisors(session: Session) -> list[int]:
    return list(
        session.scalars(
            sa.select(StaffRole.user_id)
            .where(StaffRole.role == Role.SUPERVISOR)
            .order_by(StaffRole.user_id)
        )
    ) or [None]  # type: ignore[list-item]


def open_revocations(session: Session) -> int:
    """Each commitment found 不实 gets its 撤销 case: the pool's application set aside for it
    now acts on the licence the commitment obtained (registered with the demo's documents),
    under the licence's item, in the holder's name, opened by the supervisor who recorded
    the check, without materials, its clock counted again."""
    found = session.execute(
        sa.select(Commitment, Licence)
        .join(Licence, Licence.case_id == Commitment.case_id)
        .where(Commitment.result == CheckResult.FALSE, Commitment.revocation_case_id.is_not(None))
        .order_by(Commitment.id)
    ).all()
    for commitment, licence in found:
        case = session.get(Case, commitment.revocation_case_id)
        assert case is not None
        case.kind = CaseKind.REVOCATION
        case.item_id = licence.item_id  # 撤销 goes under the licence's own item
        case.licence_id = licence.id
        case.applicant_id = licence.holder_id
        case.first_contact_id = commitment.check_recorded_by_id
        case.green_channel = False
        case.queue_rank = queue_rank(False, case.status)
        session.execute(sa.delete(CaseMaterial).where(CaseMaterial.case_id == case.id))
        session.execute(
            sa.update(CaseEvent)
            .where(CaseEvent.case_id == case.id, CaseEvent.action == "accept")
            .values(actor_id=commitment.check_recorded_by_id, reason=REVOCATION_REASON)
        )
        session.flush()
        refresh_due_dates(session, case)
    session.flush()
    return len(found)
