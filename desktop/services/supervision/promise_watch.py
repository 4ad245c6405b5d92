"""容缺受理 in supervision: the promises of a period kept and overdue, the overdue ones
listed (case, material, promised day) in red, and a 撤销 started from an overdue promise
whose licence went out first (README, "容缺受理")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CasePromise,
    Item,
    Licence,
    PromiseReceipt,
    StaffUser,
)
from desktop.documents.table_export import Table
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.licence_life import CaseKind, LicenceStatus
from desktop.domain.promises import PromiseState, promise_state
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.case_core import CaseState
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.supervision_access import require_supervision

REVOCATION_PREFIX = "CX"  # the 撤销 case's number: CX and the number of the case it revokes


@dataclass(frozen=True)
class PromiseFigures:
    """The promises due in a period, by where they stand today."""

    start: date
    end: date
    kept: int
    kept_late: int
    overdue: int
    open: int

    @property
    def due(self) -> int:
        return self.kept + self.kept_late + self.overdue + self.open


@dataclass(frozen=True)
class OverduePromise:
    """A promise past its day with no receipt: red in supervision."""

    promise_id: int
    case_id: int
    case_number: str
    item: str
    applicant: str
    material: str
    promised_on: date
    days_late: int
    handler: str | None
    status: CaseStatus
    licence_no: str | None  # the licence that went out first, if any: it may be revoked


def promise_figures(session: Session, actor: Actor, start: date, end: date) -> PromiseFigures:
    """The 容缺 promises whose day falls in [start, end]: kept on time, kept late, overdue
    (no receipt, day passed) and still open."""
    require_supervision(actor, "查看容缺受理统计")
    if end < start:
        raise DomainError("统计期间的结束日不能早于开始日")
    today = timesource.today()
    rows = session.execute(
        sa.select(CasePromise.promised_on, PromiseReceipt.received_on)
        .outerjoin(PromiseReceipt, PromiseReceipt.promise_id == CasePromise.id)
        .where(CasePromise.promised_on.between(start, end))
    ).all()
    counts = dict.fromkeys(PromiseState, 0)
    for promised_on, received_on in rows:
        counts[promise_state(promised_on, received_on, today)] += 1
    return PromiseFigures(
        start,
        end,
        counts[PromiseState.KEPT],
        counts[PromiseState.KEPT_LATE],
        counts[PromiseState.OVERDUE],
        counts[PromiseState.OPEN],
    )


def overdue_promises(session: Session, actor: Actor) -> list[OverduePromise]:
    """Every promise past its day with nothing received, the longest late first."""
    require_supervision(actor, "查看逾期容缺承诺")
    today = timesource.today()
    received = sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == CasePromise.id)
    licence = (
        sa.select(Licence.licence_no)
        .where(Licence.case_id == Case.id)
        .order_by(Licence.version.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(
            CasePromise.id,
            Case.id,
            Case.number,
            Item.name,
            Applicant.name,
            CasePromise.material,
            CasePromise.promised_on,
            StaffUser.full_name,
            Case.status,
            licence,
        )
        .join(Case, Case.id == CasePromise.case_id)
        .join(Item, Item.id == Case.item_id)
        .join(Applicant, Applicant.id == Case.applicant_id)
        .outerjoin(StaffUser, StaffUser.id == Case.handler_id)
        .where(CasePromise.promised_on < today, ~received.exists())
        .where(Case.status.not_in((CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)))
        .order_by(CasePromise.promised_on, Case.number, CasePromise.id)
    ).all()
    return [
        OverduePromise(
            pid, cid, number, item, applicant, material, day, (today - day).days, handler,
            status, licence_no,
        )
        for pid, cid, number, item, applicant, material, day, handler, status, licence_no in rows
    ]  # fmt: skip


def start_revocation(session: Session, actor: Actor, promise_id: int) -> CaseState:
    """A 撤销 case on the licence that went out before an overdue promise was kept: the
    bureau's own act, on the licence's item and holder, in the pool of its queue (the
    licence life cycle decides it, ALL art. 69), numbered after the case it revokes."""
    require_supervision(actor, "发起撤销")
    today = timesource.today()
    promise = session.get(CasePromise, promise_id)
    if promise is None:
        raise DomainError("容缺承诺不存在，请刷新后重试")
    if session.scalar(sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == promise_id)):
        raise DomainError(
            "材料“{material}”已补交，承诺已履行：不能据此撤销", material=promise.material
        )
    if promise.promised_on >= today:
        raise DomainError(
            "材料“{material}”的承诺补交日期 {day} 未过：逾期后才能据此撤销",
            material=promise.material,
            day=promise.promised_on.isoformat(),
        )
    case = session.get(Case, promise.case_id)
    assert case is not None
    licence = session.scalars(
        sa.select(Licence)
        .where(Licence.case_id == case.id, Licence.status == LicenceStatus.VALID)
        .order_by(Licence.version.desc())
    ).first()
    if licence is None:
        raise DomainError(
            "办件 {number} 没有在用的许可证：许可证未发出时，请由承办人依法处理本件",
            number=case.number,
        )
    item = session.get(Item, licence.item_id)
    assert item is not None
    number = f"{REVOCATION_PREFIX}{case.number}"[:32]
    if session.scalar(sa.select(Case.id).where(Case.number == number)) is not None:
        raise DomainError(
            "已就办件 {number} 发起撤销（{revocation}）", number=case.number, revocation=number
        )
    return accept_case(
        session,
        actor,
        NewCase(
            number=number,
            item_code=item.code,
            applicant_id=licence.holder_id,
            accepted_at=timesource.now().astimezone(CHINA),
            first_contact_id=actor.user_id,
            kind=CaseKind.REVOCATION,
            licence_no=licence.licence_no,
        ),
    )


OVERDUE_HEADER = (
    "受理编号",
    "事项",
    "申请人",
    "容缺材料",
    "承诺补交日期",
    "逾期天数",
    "承办人",
    "办件状态",
    "已发许可证",
)


def overdue_table(rows: list[OverduePromise]) -> Table:
    """The overdue promises as the supervision window shows and exports them."""
    return Table(
        "逾期未补交的容缺材料",
        OVERDUE_HEADER,
        [
            (
                row.case_number,
                row.item,
                row.applicant,
                row.material,
                row.promised_on,
                row.days_late,
                row.handler or "",
                row.status.label,
                row.licence_no or "",
            )
            for row in rows
        ],
    )
