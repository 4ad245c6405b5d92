"""The certificate window's queue: decided cases waiting for their documents or for hand-over,
what each still needs, and issuing a whole selection in one go (with progress)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased, sessionmaker

from desktop.data.models import Applicant, Case, CaseEvent, IssuedDocument, Item
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.delivery import Receipt
from desktop.domain.enums import ApplicantKind, CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.item_kinds import DECISION_DOCUMENTS, ItemKind
from desktop.domain.licence_life import REGISTER_DOCUMENTS, CaseKind, case_outputs
from desktop.services.cases import actions as cases
from desktop.services.documents.batch_issuing import issue_many, issue_one_by_one
from desktop.services.documents.document_data import NotIssuable, document_for
from desktop.services.documents.issuing import Issued, issue_document, may_issue
from desktop.services.transactions import Retrying

WAITING = (CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.CERTIFICATE_ISSUED)
Report = Callable[[int, int], None]
PARALLEL_FROM = 20  # cases; below that, starting worker processes costs more than it saves


@dataclass(frozen=True)
class WaitingCase:
    id: int
    number: str
    applicant: str
    item: str
    status: CaseStatus
    decided_on: date | None
    granted: bool
    issued: tuple[str, ...]  # numbers of the documents already issued
    issued_types: frozenset[DocumentType] = frozenset()  # their types, for what is missing
    applicant_kind: ApplicantKind = ApplicantKind.ORGANISATION  # who may sign at hand-over
    applicant_identifier: str = ""
    item_kind: ItemKind = ItemKind.LICENSING
    issues_licence: bool = True
    case_kind: CaseKind = CaseKind.NEW  # an act on a licence ends in its own documents

    @property
    def needs(self) -> tuple[DocumentType, ...]:
        """The decision's documents not yet issued, by type and by the item's kind (a filing
        gets its 备案通知书, never a licence): a licence issued before its decision (from the
        workbench) leaves the decision missing, not a second licence."""
        wanted = case_outputs(self.item_kind, self.issues_licence, self.granted, self.case_kind)
        return tuple(
            DocumentType(code) for code in wanted if DocumentType(code) not in self.issued_types
        )


def waiting_cases(
    session: Session, actor: Actor, limit: int = 2000, case_ids: Sequence[int] | None = None
) -> list[WaitingCase]:
    decision = aliased(CaseEvent)
    last_decision = (
        sa.select(decision.action)
        .where(decision.case_id == Case.id, decision.action.in_(("approve", "reject")))
        .order_by(decision.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(
            Case.id,
            Case.number,
            Applicant.name,
            Item.name,
            Case.status,
            Case.decided_on,
            last_decision,
            Applicant.kind,
            Applicant.identifier,
            Item.kind,
            Item.issues_licence,
            Case.kind,
        )
        .join(Applicant, Applicant.id == Case.applicant_id)
        .join(Item, Item.id == Case.item_id)
        .where(Case.status.in_(WAITING))
        .order_by(Case.decided_on, Case.id)
        .limit(limit)
        .where(Case.id.in_(case_ids) if case_ids is not None else sa.true())
    ).all()
    issued: dict[int, list[str]] = {}
    issued_types: dict[int, set[DocumentType]] = {}
    ids = [row[0] for row in rows]
    for case_id, number, doc_type in session.execute(
        sa.select(IssuedDocument.case_id, IssuedDocument.number, IssuedDocument.doc_type)
        .where(
            IssuedDocument.case_id.in_(ids),
            IssuedDocument.void.is_(False),
            IssuedDocument.doc_type.in_(sorted(DECISION_DOCUMENTS | REGISTER_DOCUMENTS)),
        )
        .order_by(IssuedDocument.id)
    ):
        issued.setdefault(case_id, []).append(number)
        issued_types.setdefault(case_id, set()).add(DocumentType(doc_type))
    return [
        WaitingCase(
            i,
            n,
            a,
            item,
            s,
            d,
            action == "approve",
            tuple(issued.get(i, ())),
            frozenset(issued_types.get(i, ())),
            k,
            ident,
            item_kind,
            licence,
            case_kind,
        )
        for i, n, a, item, s, d, action, k, ident, item_kind, licence, case_kind in rows
    ]


def issuable_types(session: Session, actor: Actor, case_id: int) -> list[DocumentType]:
    """The documents this person could issue for the case now (for the workbench's menu)."""
    case = session.get(Case, case_id)
    if case is None:
        return []
    kinds = []
    for kind in DocumentType:
        if kind is DocumentType.RESULT_NOTICE or not may_issue(actor, case, kind):
            continue
        try:
            document_for(session, case, kind)
        except NotIssuable:
            continue
        except DomainError:
            continue
        kinds.append(kind)
    return kinds


def still_needed(session: Session, actor: Actor, case_id: int) -> Sequence[DocumentType]:
    entry = next(iter(waiting_cases(session, actor, case_ids=[case_id])), None)
    return entry.needs if entry else ()


def issue_for_cases(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_ids: Sequence[int],
    report: Report,
    on_retry: Retrying | None = None,
) -> tuple[list[Issued], list[str]]:
    """Issue what each selected case still needs (decision, licence); a big selection is
    rendered by worker processes. Returns the documents and a line per case that failed.
    Faults are retried as for single actions, each told to `on_retry`."""
    batch = issue_many if len(case_ids) >= PARALLEL_FROM else issue_one_by_one
    needs = lambda s, c: still_needed(s, actor, c)  # noqa: E731
    return batch(sessions, actor, case_ids, needs, report, on_retry)


def hand_over(session: Session, actor: Actor, case_id: int, received_by: str | Receipt) -> Issued:
    """The applicant collects the result at the unified window: the certificate is marked
    made if it was not yet, the hand-over recorded with who signed, their ID and capacity and
    how it was served, and the proof of service (送达回证) issued for signing."""
    case = session.get(Case, case_id)
    if case is None:
        raise DomainError("办件不存在或已被删除")
    if case.status is CaseStatus.APPROVED:
        cases.issue_certificate(session, actor, case.id, case.version)
        session.refresh(case)
    cases.deliver(session, actor, case.id, case.version, received_by)
    return issue_document(session, actor, case.id, DocumentType.DELIVERY_PROOF)
