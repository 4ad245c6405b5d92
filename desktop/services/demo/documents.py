"""The demo bureau's trial keys and issued documents: the sealed decisions, licences, proofs
of delivery and on-site records of its most recent cases, made through the real issuing
service on the days the cases' histories say they were made.

Rendering and signing cost ~45 ms a document, so only a bounded, recent set gets its PDFs
(README, "Demo"): the cases waiting at the unified window with their certificate made, and
the most recently delivered ones. Older cases carry no documents, as if issued before the
bureau used this program; cases waiting for 制证 are the certificate clerk's work.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, CaseEvent, Commitment, Item, StaffUser
from desktop.documents.model import DocumentType
from desktop.documents.produce import produce_document
from desktop.domain.commitments import CheckResult
from desktop.domain.enums import CaseStatus
from desktop.domain.item_kinds import ItemKind
from desktop.domain.licence_life import CaseKind, case_outputs
from desktop.services.bureau import load_profile
from desktop.services.case_core import read_case
from desktop.services.demo.site_records import record_documents
from desktop.services.documents.issuing import gather_issue, number_issue, record_issue
from desktop.services.documents.render_lock import rendering
from desktop.services.documents.signing_keys import init_keys, load_signing
from desktop.services.staff import actor_for

HANDED_OVER = 10  # the most recently delivered cases that keep their documents
AT_THE_WINDOW = 10  # cases with their certificate made, waiting to be handed over
Progress = Callable[[str, int, int], None]
# (when, case, order within the moment, type, issuing clerk)
Planned = tuple[datetime, int, int, DocumentType, int]


def make_trial_keys(session: Session) -> str:
    """The demo's signing keys, made as `approval-desk keys init` makes them."""
    return init_keys(session, actor_for(session, "admin"))


def issue_demo_documents(session: Session, report: Progress) -> int:
    """Issue the bounded set's documents in the order they were made, so their numbers run
    gaplessly per type and year; returns how many were issued. In this process: for a few
    dozen documents, starting the batch's worker processes costs more than it saves."""
    plan = sorted(_plan(session))
    signing = load_signing(session)
    profile = load_profile(session)
    names = {i: name for i, name in session.execute(sa.select(StaffUser.id, StaffUser.username))}
    actors = {clerk: actor_for(session, names[clerk]) for *_, clerk in plan}
    for done, (at, case_id, _, kind, clerk) in enumerate(plan, 1):
        actor = actors[clerk]
        gathered = gather_issue(session, actor, read_case(session, case_id), kind)
        prepared = number_issue(session, actor, gathered, profile, at.date())
        with rendering():
            produced = produce_document(
                prepared.document, prepared.issue, signer=signing.signer, qr_key=signing.qr_key
            )
        digest = produced.content_digest.hex()
        record_issue(session, actor, prepared, produced.pdf, digest, issued_at=at)
        report("文书", done, len(plan))
    return len(plan)


def documented_cases(session: Session) -> list[int]:
    """The bounded set: cases at the unified window, then the latest delivered ones."""
    chosen: list[int] = []
    for status, limit in (
        (CaseStatus.CERTIFICATE_ISSUED, AT_THE_WINDOW),
        (CaseStatus.DELIVERED, HANDED_OVER),
    ):
        chosen += session.scalars(
            sa.select(Case.id)
            .where(Case.status == status, Case.decided_on.is_not(None))
            .order_by(Case.closed_on.desc().nulls_last(), Case.decided_on.desc(), Case.id.desc())
            .limit(limit)
        ).all()
    # The acts on licences (demo/licences.py) that were decided and delivered, and the
    # licences obtained on commitments found false (demo/commitments.py): their documents
    # write the licence register.
    false = sa.select(Commitment.case_id).where(Commitment.result == CheckResult.FALSE)
    chosen += session.scalars(
        sa.select(Case.id)
        .where(
            sa.or_(Case.kind != "new", Case.id.in_(false)),
            Case.status.in_((CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)),
            Case.id.not_in(chosen),
        )
        .order_by(Case.id)
    ).all()
    return chosen


def _plan(session: Session) -> list[Planned]:
    case_ids = documented_cases(session)
    kinds = {
        case_id: (kind, licence, case_kind)
        for case_id, kind, licence, case_kind in session.execute(
            sa.select(Case.id, Item.kind, Item.issues_licence, Case.kind)
            .join(Item, Item.id == Case.item_id)
            .where(Case.id.in_(case_ids))
        )
    }
    events: dict[int, dict[str, tuple[datetime, int]]] = {}
    for case_id, action, at, actor_id in session.execute(
        sa.select(CaseEvent.case_id, CaseEvent.action, CaseEvent.at, CaseEvent.actor_id)
        .where(
            CaseEvent.case_id.in_(case_ids),
            CaseEvent.action.in_(("approve", "reject", "issue_certificate", "deliver")),
        )
        .order_by(CaseEvent.id)
    ):
        events.setdefault(case_id, {})[action] = (at, actor_id)
    plan: list[Planned] = []
    for case_id in case_ids:
        history = events[case_id]
        delivered = history.get("deliver")
        if "issue_certificate" in history:  # granted: the clerk made the kind's documents
            at, clerk = history["issue_certificate"]
            plan += [
                (at, case_id, order, DocumentType(code), clerk)
                for order, code in enumerate(_outputs(kinds[case_id], granted=True))
            ]
        elif delivered is not None and "reject" in history:
            # The refusal is made on the decision day by the clerk who later serves it.
            (code,) = _outputs(kinds[case_id], granted=False)
            plan.append((history["reject"][0], case_id, 0, DocumentType(code), delivered[1]))
        if delivered is not None:
            plan.append((delivered[0], case_id, 2, DocumentType.DELIVERY_PROOF, delivered[1]))
    return plan + record_documents(session, case_ids)  # their on-site records, sealed


def _outputs(kinds: tuple[ItemKind, bool, CaseKind], granted: bool) -> tuple[str, ...]:
    item_kind, issues_licence, case_kind = kinds
    return case_outputs(item_kind, issues_licence, granted, case_kind)
