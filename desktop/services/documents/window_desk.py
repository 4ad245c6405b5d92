"""One sitting at the window (窗口现场审批): accept, grant, and issue the sealed decision and
licence in one transaction, so a refusal anywhere (the seal's PIN, a font, a lost
connection) leaves no case, no number and no document behind (README, "On-the-spot approval
at the window")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desktop.data.models import Case, Item
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus
from desktop.services.cases import actions as cases
from desktop.services.cases.applicants import NewApplicant
from desktop.services.cases.window import (
    WindowApplication,
    applicant_at_window,
    approve_at_window,
    check_application,
)
from desktop.services.documents.issuing import Issued, issue_document
from desktop.services.documents.print_queue import still_needed


@dataclass(frozen=True)
class WindowSitting:
    """What the applicant takes away: the case's number and the documents, to print."""

    case_id: int
    number: str
    status: CaseStatus
    documents: tuple[Issued, ...]


def decide_at_window(
    session: Session,
    actor: Actor,
    application: WindowApplication,
    applicant: NewApplicant | None = None,
) -> WindowSitting:
    """Accept, grant on the spot, issue what the grant needs (the decision, the licence) and,
    when a licence was made, mark the certificate made (制证): the case then waits only for
    its hand-over at the window. With `applicant`, the person or organisation at the window
    is found by identifier, or registered, first (the application's own id is then unused)."""
    check_application(session, actor, application)  # refusals first, before any writing
    if applicant is not None:
        application = replace(
            application, applicant_id=applicant_at_window(session, actor, applicant)
        )
    state = approve_at_window(session, actor, application)
    documents = tuple(
        issue_document(session, actor, state.id, kind)
        for kind in still_needed(session, actor, state.id)
    )
    case = session.get(Case, state.id)
    assert case is not None
    item = session.get(Item, case.item_id)
    assert item is not None
    if item.issues_licence:
        state = cases.issue_certificate(session, actor, case.id, case.version)
    return WindowSitting(state.id, state.number, state.status, documents)
