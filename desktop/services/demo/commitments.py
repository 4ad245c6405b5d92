"""The demo bureau's 告知承诺制: five licensing items the bureau decides on a signed
commitment (labour dispatch, human-resources services, online culture, travel agencies,
publication retail: items such bureaus put under the commitment system), every new case of
them accepted with the applicant's commitment and decided at once; the checks the
departments reported (most 属实), those still open, one left overdue, and two found 不实,
each with its 撤销 case waiting in the pool (domain/commitments.py)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CaseEvent,
    Commitment,
    Item,
    Licence,
    StaffRole,
    StaffUser,
)
from desktop.domain.actor import Actor
from desktop.domain.commitments import COMMITMENT_PROMISED_DAYS, CheckResult
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.licence_life import CaseKind
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.demo.moments import latest, moment_on, office_ceiling
from desktop.services.staff import actor_for
from desktop.services.supervision.commitment_checks import REVOCATION_REASON, REVOCATION_SUFFIX

# code -> (conditions the applicant commits to, working days for the check)
ITEMS = {
    "RS001": (
        "注册资本不少于人民币二百万元；有与开展业务相适应的固定的经营场所和设施；"
        "有符合法律、行政法规规定的劳务派遣管理制度",
        20,
    ),
    "RS002": (
        "有明确的章程和管理制度；有开展业务必备的固定场所、办公设施和开办资金；"
        "有三名以上具备相应职业资格的专职工作人员",
        20,
    ),
    "WL003": (
        "有确定的网络文化活动范围；有适应网络文化活动需要并取得相应从业资格的业务人员；"
        "有必要的技术设备和相应的经营场所",
        20,
    ),
    "WJ001": (
        "经营场所的卫生条件符合国家卫生标准和规范；从业人员持有有效健康合格证明；"
        "已建立卫生管理制度并配备专（兼）职卫生管理人员",
        20,
    ),
    "SJ001": (
        "仅销售预包装食品；有与经营的食品品种、数量相适应的经营场所并与有毒有害场所保持规定距离；"
        "有食品安全管理人员和保证食品安全的规章制度",
        20,
    ),
    "WL004": ("有固定的经营场所；有必要的营业设施；已按规定交纳旅游服务质量保证金", 30),
    "WL006": (
        "有确定的企业名称和经营范围；有固定的经营场所；有与出版物零售业务相适应的从业人员",
        20,
    ),
}
FOUND_FALSE = (2, 15)  # at most two, one in fifteen of the checks at most
LEFT_OVERDUE = 1
CHECKED_EARLY = 0.4  # of the checks not yet due, the share already reported
CHECKERS = ("刘建国", "陈静", "赵志强", "孙丽", "周明", "吴海燕")
FALSE_FINDINGS = (
    "实地核查发现承诺的经营场所为住宅，未取得经营用途证明，实际不具备固定的经营场所",
    "核查发现承诺的专职工作人员中两人未取得相应职业资格，承诺内容与实际不符",
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
    and FOUND_FALSE found 不实 among those whose licence was made (`open_revocations` opens
    their 撤销 cases once the licences are on the register). Returns how many."""
    rows = session.execute(
        sa.select(
            Case.id,
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
    granted = set(
        session.scalars(
            sa.select(CaseEvent.case_id).where(
                CaseEvent.action == "approve", CaseEvent.case_id.in_([r.id for r in rows])
            )
        )
    )
    last_day = _last_working_day(calendar, today)
    # Found false on the last working day: among licences made on an earlier day.
    certified = dict(
        session.execute(
            sa.select(CaseEvent.case_id, sa.func.max(CaseEvent.at))
            .where(CaseEvent.action == "issue_certificate")
            .where(CaseEvent.case_id.in_([r.id for r in rows]))
            .group_by(CaseEvent.case_id)
        ).all()
    )
    made = [
        r
        for r in rows
        if r.status in _LICENSED
        and r.id in certified
        and certified[r.id].astimezone(CHINA).date() < last_day
    ]
    most, one_in = FOUND_FALSE
    false_ids = {r.id for r in rng.sample(made, min(most, len(made), 1 + len(rows) // one_in))}
    due_ones = [
        r.id
        for r in rows
        if r.id in granted
        and r.id not in false_ids
        and calendar.add_working_days(r.decided_on, r.commitment_check_days) < today
    ]
    overdue_ids = set(due_ones[-LEFT_OVERDUE:]) if due_ones else set()
    commitments = []
    for r in rows:
        conditions = [c for c in r.commitment_conditions.split("；") if c]
        commitment: dict[str, Any] = dict(
            case_id=r.id,
            conditions=conditions,
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
        )
        if r.id in granted:
            due = calendar.add_working_days(r.decided_on, r.commitment_check_days)
            commitment["check_due_on"] = due
            if r.id in false_ids:
                _checked(commitment, rng, CheckResult.FALSE, last_day, rng.choice(FALSE_FINDINGS))
            elif r.id not in overdue_ids and (due < today or rng.random() < CHECKED_EARLY):
                span = calendar.working_days_between(r.decided_on, min(due, last_day))
                if span >= 1:
                    day = calendar.add_working_days(r.decided_on, rng.randint(1, span))
                    _checked(commitment, rng, CheckResult.TRUE, day, "经核查，承诺内容属实")
        commitments.append(commitment)
    supervisors = _supervisors(session)
    for commitment in commitments:
        if commitment["result"] is not None:
            commitment["check_recorded_by_id"] = rng.choice(supervisors)
    if commitments:
        session.execute(sa.insert(Commitment), commitments)
    return len(commitments)


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
    """The 撤销 case of each commitment found 不实, on the licence its documents registered,
    accepted by the supervisor who recorded the check, on the check's day."""
    found = session.execute(
        sa.select(Commitment, Case.number)
        .join(Case, Case.id == Commitment.case_id)
        .where(Commitment.result == CheckResult.FALSE, Commitment.revocation_case_id.is_(None))
        .order_by(Commitment.id)
    ).all()
    opened = 0
    for commitment, number in found:
        licence = session.scalar(
            sa.select(Licence).where(Licence.case_id == commitment.case_id).limit(1)
        )
        if licence is None:
            continue  # its licence was never made: nothing to revoke
        username = session.scalar(
            sa.select(StaffUser.username).where(StaffUser.id == commitment.check_recorded_by_id)
        )
        actor: Actor = actor_for(session, username) if username else Actor.system("demo")
        state = accept_case(
            session,
            actor,
            NewCase(
                number=(number + REVOCATION_SUFFIX)[-32:],
                item_code=session.scalar(sa.select(Item.code).where(Item.id == licence.item_id))
                or "",
                applicant_id=licence.holder_id,
                accepted_at=commitment.check_recorded_at or latest(),
                first_contact_id=commitment.check_recorded_by_id,
                kind=CaseKind.REVOCATION,
                licence_no=licence.licence_no,
                reason=REVOCATION_REASON,
            ),
        )
        commitment.revocation_case_id = state.id
        opened += 1
    session.flush()
    return opened
