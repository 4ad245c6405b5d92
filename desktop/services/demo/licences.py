"""The demo bureau's licence register: licences issued before the bureau used this program
(some about to expire), and the acts on them among the demo's own cases on 变更, 延续 and 注销
items: one change and a few renewals delivered, one cancellation delivered and one waiting
for the certificate clerk, and a revocation waiting too. The acts' documents are issued with
the demo's other documents, which writes the register as in any bureau (README, "The licence
life cycle")."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, Item, Licence
from desktop.domain.enums import ApplicantKind, CaseStatus
from desktop.domain.item_kinds import valid_until
from desktop.domain.licence_life import CaseKind, LicenceStatus

DOCUMENTED = (CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)
# (case kind, the statuses it is taken from, how many). 变更, 延续 and 注销 go under the
# licence's item's variant of that kind; 撤销, the bureau's own act, under the licence's own
# item (domain/licence_life.py's check_item).
ACTS = (
    (CaseKind.CHANGE, DOCUMENTED, 1),
    (CaseKind.RENEWAL, DOCUMENTED, 3),
    (CaseKind.CANCELLATION, DOCUMENTED, 1),
    (CaseKind.CANCELLATION, (CaseStatus.APPROVED,), 1),
    (CaseKind.REVOCATION, (CaseStatus.APPROVED,), 1),
)
EXPIRING_IN = (4, 11, 19, 26, 38, 52, 75)  # days from today: the reminders' list
KEEP_FOR_THE_WINDOW = 2  # approved new licences left for the certificate clerk


@dataclass(frozen=True)
class _Base:
    id: int
    years: int


def _bases(session: Session) -> dict[int, _Base]:
    """新办 licensing items with a validity, by id."""
    return {
        item_id: _Base(item_id, years)
        for item_id, years in session.execute(
            sa.select(Item.id, Item.validity_years).where(
                Item.issues_licence.is_(True),
                Item.validity_years.is_not(None),
                Item.base_item_id.is_(None),
            )
        )
    }


def _licence(session: Session, holder: int, base: _Base, valid_to: date, number: str) -> Licence:
    """A licence from the paper register: valid for the item's years, up to `valid_to`."""
    first = valid_to + timedelta(days=1)
    if (first.month, first.day) == (2, 29):
        first += timedelta(days=1)
    valid_from = first.replace(year=first.year - base.years)
    row = Licence(
        licence_no=number,
        version=1,
        item_id=base.id,
        holder_id=holder,
        valid_from=valid_from,
        valid_to=valid_until(valid_from, base.years),
        status=LicenceStatus.VALID,
    )
    session.add(row)
    session.flush()
    return row


def plan_licence_life(session: Session, rng: random.Random, today: date) -> int:
    """Write the register's older licences and turn some demo cases into acts on them;
    returns how many licences were entered."""
    bases = _bases(session)
    serial = iter(range(1, 10_000))

    def number(year: int) -> str:
        return f"渭高审批许（原）〔{year}〕{next(serial):03d}号"

    entered = 0
    taken: set[int] = set()
    # The certificate window's own work stays: a few approved new licences are left alone.
    spare = session.scalar(
        sa.select(sa.func.count())
        .select_from(Case)
        .join(Item, Item.id == Case.item_id)
        .where(Case.status == CaseStatus.APPROVED, Item.issues_licence.is_(True))
    )
    spare = (spare or 0) - KEEP_FOR_THE_WINDOW
    for kind, statuses, count in ACTS:
        waiting = CaseStatus.APPROVED in statuses
        # The licence's item: the variant's base, or for 撤销 the case's own 新办 item.
        licence_item = Item.id if kind is CaseKind.REVOCATION else Item.base_item_id
        item_kind = CaseKind.NEW if kind is CaseKind.REVOCATION else kind
        rows = session.execute(
            sa.select(Case.id, Case.applicant_id, Case.accepted_on, licence_item)
            .join(Item, Item.id == Case.item_id)
            .where(Case.status.in_(statuses), Case.kind == "new")
            .where(Item.case_kind == item_kind)
            .where(Item.base_item_id.is_(None) if kind is CaseKind.REVOCATION else sa.true())
            .order_by(Case.decided_on.desc(), Case.id.desc())
        ).all()
        chosen = []
        for row in rows:
            if row[0] in taken or row[3] not in bases or len(chosen) == count:
                continue
            # The certificate window's own work stays: a new licence waiting is kept for it.
            if waiting and kind is CaseKind.REVOCATION:
                if spare <= 0:
                    continue
                spare -= 1
            chosen.append(row)
        for case_id, holder, accepted_on, base_id in chosen:
            base = bases[base_id]
            # A renewal applied for 35 to 80 days before the end; the others well inside the
            # validity, issued at least a year before the application.
            longest = max(60, base.years * 365 - 400)
            ahead = rng.randint(35, 80) if kind is CaseKind.RENEWAL else rng.randint(60, longest)
            valid_to = accepted_on + timedelta(days=ahead)
            licence = _licence(session, holder, base, valid_to, number(valid_to.year - base.years))
            session.execute(
                sa.update(Case).where(Case.id == case_id).values(kind=kind, licence_id=licence.id)
            )
            taken.add(case_id)
            entered += 1
    holders = session.scalars(
        sa.select(Applicant.id)
        .where(Applicant.kind == ApplicantKind.ORGANISATION)
        .order_by(Applicant.id)
        .limit(200)
    ).all()
    codes = sorted(bases)
    if holders and codes:
        for days in EXPIRING_IN:
            base = bases[rng.choice(codes)]
            valid_to = today + timedelta(days=days)
            _licence(
                session, rng.choice(holders), base, valid_to, number(valid_to.year - base.years)
            )
            entered += 1
    return entered
