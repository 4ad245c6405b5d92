"""Shared by the fault drills and the load benchmark: a bureau of staff logins with a full
pool, workers that claim and issue numbers through retrying transactions, and the checks
that afterwards every acknowledged action is there exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind, CaseStatus, Category, Role
from desktop.services.admin.users import add_account
from desktop.services.audit_chain import verify_chain
from desktop.services.bureau import DEFAULT_PROFILE, PROFILE_KEY
from desktop.services.deadlines import counted_due_dates
from desktop.services.documents.numbering import document_number, next_serial
from desktop.services.staff import actor_for
from desktop.services.transactions import AlreadyDone

PASSWORD = "Drill#2026pw"
DOC_TYPE, YEAR = "licence", 2026
# Numbers as a bureau with its own prefix prints them (测审批〔2026〕0001号).
DRILL_PROFILE = replace(DEFAULT_PROFILE, number_prefix="测审批")
GRANTED_CASE = "DRGRANTED"  # the case the drills' licences are registered for


def issue_number(session: Session, actor: Actor, case_id: int | None = None) -> int:
    """Take the next licence number and record the document under it (no PDF here), for
    the drill's granted case unless another is named: the register takes a licence only for
    a granted case, numbered as the bureau's pattern prints its serial."""
    if case_id is None:
        case_id = session.scalar(
            sa.select(m.Case.id).where(m.Case.number == GRANTED_CASE).order_by(m.Case.id).limit(1)
        )
    serial = next_serial(session, DOC_TYPE, YEAR)
    session.add(
        m.IssuedDocument(
            case_id=case_id,
            doc_type=DOC_TYPE,
            year=YEAR,
            serial=serial,
            number=document_number(DRILL_PROFILE, DocumentType.LICENCE, YEAR, serial),
            issued_by_id=actor.user_id,
        )
    )
    session.flush()
    return serial


@dataclass
class DrillBureau:
    """Names of the staff logins made for a drill, by job."""

    handlers: list[str]
    clerks: list[str]
    reviewers: list[str] = field(default_factory=list)


def make_drill_bureau(
    sessions: sessionmaker[Session],
    *,
    prefix: str,
    handlers: int,
    clerks: int,
    reviewers: int = 0,
    pool: int,
) -> DrillBureau:
    """One engineering item, staff logins with unique names, `pool` cases waiting."""
    staff = DrillBureau(
        [f"{prefix}_h{n}" for n in range(handlers)],
        [f"{prefix}_c{n}" for n in range(clerks)],
        [f"{prefix}_r{n}" for n in range(reviewers)],
    )
    with sessions() as session, session.begin():
        items, applicant = add_reference(session, (Category.ENGINEERING,))
        add_logins(
            session,
            {
                Role.HANDLER_ENGINEERING: staff.handlers,
                Role.CLERK: staff.clerks,
                Role.REVIEWER: staff.reviewers,
            },
        )
        add_pool(session, items[Category.ENGINEERING], applicant, pool)
    return staff


def add_reference(
    session: Session, categories: tuple[Category, ...]
) -> tuple[dict[Category, int], int]:
    """A department, one one-level item per queue and one applicant: (item ids, applicant)."""
    department = m.Department(code="DR", name="演练局", short_name="演练")
    applicant = m.Applicant(
        kind=ApplicantKind.ORGANISATION,
        name="演练有限公司",
        identifier="91610500MA6Y12345A",
        contact_name="王五",
        contact_phone="13800000000",
    )
    session.add_all([department, applicant])
    session.flush()
    items = {
        category: m.Item(
            code=f"drill-{category.value}",
            name=f"演练事项{category.label}",
            category=category,
            department_id=department.id,
            statutory_limit_days=20,
            promised_limit_days=10,
            review_limit_days=5,
            signoff_limit_days=2,
            certificate_limit_days=2,
            delivery_limit_days=10,
            two_level_signoff=False,
        )
        for category in categories
    }
    session.add_all(items.values())
    session.merge(m.Setting(key=PROFILE_KEY, value=DRILL_PROFILE.as_stored()))
    session.flush()
    first = next(iter(items.values()))
    add_pool(session, first.id, applicant.id, 1, prefix=GRANTED_CASE)
    session.execute(
        sa.update(m.Case)
        .where(m.Case.number.like(f"{GRANTED_CASE}%"))
        .values(number=GRANTED_CASE, status=CaseStatus.APPROVED, decided_on=date(2026, 11, 16))
    )
    return {category: item.id for category, item in items.items()}, applicant.id


def add_logins(session: Session, jobs: dict[Role, list[str]]) -> None:
    """Staff accounts with logins of their own, one job role each (as the DBA)."""
    system = Actor.system("drill")
    for role, names in jobs.items():
        for name in names:
            add_account(session, system, name, name, [role], PASSWORD)


def add_pool(
    session: Session, item_id: int, applicant_id: int, count: int, prefix: str = "DR"
) -> None:
    """Pool cases in one statement (as the DBA: an import from the front desk), with the
    due dates intake stores (all are accepted the same day)."""
    accepted = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
    category = session.get(m.Item, item_id).category  # type: ignore[union-attr]
    # A case that is never stored, only to count its clocks as intake would (on PostgreSQL
    # the insert trigger counts them again, to the same days).
    model = m.Case(item_id=item_id, accepted_on=accepted.date(), extension_days=0)
    promised, warning, statutory, provisional = counted_due_dates(session, model)
    session.execute(
        sa.insert(m.Case),
        [
            {
                "number": f"{prefix}{n:07d}",
                "item_id": item_id,
                "category": category,
                "applicant_id": applicant_id,
                "status": CaseStatus.RECEIVED,
                "accepted_at": accepted + timedelta(seconds=n),
                "accepted_on": accepted.date(),
                "updated_at": accepted,
                "version": 1,
                "promised_due_on": promised,
                "promised_warn_on": warning,
                "statutory_due_on": statutory,
                "due_provisional": provisional,
            }
            for n in range(count)
        ],
    )


def actors(sessions: sessionmaker[Session], names: list[str]) -> dict[str, Actor]:
    with sessions() as session:
        return {name: actor_for(session, name) for name in names}


@dataclass
class Ledger:
    """What the workers were told: every acknowledged result, thread-safe."""

    claimed: list[int] = field(default_factory=list)
    serials: list[int] = field(default_factory=list)
    already_done: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    errors: list[BaseException] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def retried(self, attempt: int, error: BaseException) -> None:
        with self.lock:
            self.retries += 1

    def note(self, kind: str, result: object) -> None:
        with self.lock:
            if isinstance(result, AlreadyDone):
                self.already_done[kind] += 1
            elif kind == "claim" and result is not None:
                self.claimed.append(result.id)  # type: ignore[attr-defined]
            elif kind == "issue":
                self.serials.append(int(result))  # type: ignore[arg-type]


def check_exactly_once(sessions: sessionmaker[Session], ledger: Ledger) -> dict[str, int]:
    """Every acknowledged claim and number is in the database once, nothing half-written,
    the numbers have no gap, the audit chain holds. Returns the totals."""
    with sessions() as session:
        claim_events = Counter(
            session.scalars(sa.select(m.CaseEvent.case_id).where(m.CaseEvent.action == "claim"))
        )
        under_review = session.execute(
            sa.select(m.Case.id, m.Case.handler_id, m.Case.version).where(
                m.Case.status == CaseStatus.UNDER_REVIEW
            )
        ).all()
        serials = sorted(session.scalars(sa.select(m.IssuedDocument.serial)))
        counter = session.scalar(
            sa.select(m.NumberCounter.last_serial).where(m.NumberCounter.doc_type == DOC_TYPE)
        )
        chain = verify_chain(session)
    assert set(claim_events.values()) <= {1}, "a case was claimed twice"
    assert len(ledger.claimed) == len(set(ledger.claimed)), "a claim was acknowledged twice"
    assert set(ledger.claimed) <= set(claim_events), "an acknowledged claim is missing"
    assert len(claim_events) == len(ledger.claimed) + ledger.already_done["claim"]
    # Nothing half-written: each claimed case moved, has a handler and one version step.
    assert {row.id for row in under_review} == set(claim_events)
    assert all(row.handler_id is not None and row.version == 2 for row in under_review)
    assert serials == list(range(1, len(serials) + 1)), "a gap or a duplicate in the numbers"
    assert (counter or 0) == len(serials)
    assert sorted(ledger.serials) == sorted(set(ledger.serials))
    assert set(ledger.serials) <= set(serials), "an acknowledged number is missing"
    assert len(serials) == len(ledger.serials) + ledger.already_done["issue"]
    assert chain.intact, chain
    return {"claims": len(claim_events), "numbers": len(serials), "audit_rows": chain.checked}
