"""容缺受理 in supervision, on both databases (the supervisor's own login on PostgreSQL):
a period's promises kept and overdue, the overdue list in red with case, material and day,
and a 撤销 started from an overdue promise whose licence went out first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.documents.model import DocumentType
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.licence_life import CaseKind
from desktop.services.cases import actions as cases
from desktop.services.cases.promises import case_promises, receive_promised
from desktop.services.documents.issuing import issue_document
from desktop.services.supervision.promise_watch import (
    overdue_promises,
    promise_figures,
    start_revocation,
)
from tests.services.promises.conftest import PROMISED_ON
from tests.services.promises.test_promise_life import _accept, _approved

WEEK = (date(2026, 11, 16), date(2026, 11, 22))


def test_the_period_counts_kept_and_overdue_and_the_overdue_lead_to_revocation(rongque, run_as):
    bureau = rongque
    kept = _accept(bureau, run_as, ("材料3", PROMISED_ON))
    kept = run_as("soc1", cases.claim, kept.id, kept.version)
    issued_first = _approved(bureau, run_as, _accept(bureau, run_as, ("材料2", PROMISED_ON)))
    for kind in (DocumentType.GRANT, DocumentType.LICENCE):
        run_as("clerk1", issue_document, issued_first.id, kind)
    held_back = _accept(bureau, run_as, ("材料3", PROMISED_ON + timedelta(days=3)))

    figures = run_as("super1", promise_figures, *WEEK)
    assert (figures.due, figures.open, figures.overdue) == (2, 2, 0)
    bureau.clock.advance(days=1)
    [promise] = _promises(bureau, kept.id)
    run_as("soc1", receive_promised, kept.id, kept.version, promise.id)
    bureau.clock.advance(days=5)  # Sunday the 22nd: the 20th has passed

    figures = run_as("super1", promise_figures, *WEEK)
    assert (figures.kept, figures.kept_late, figures.overdue, figures.open) == (1, 0, 1, 0)
    with pytest.raises(DomainError, match="结束日"):
        run_as("super1", promise_figures, WEEK[1], WEEK[0])
    with pytest.raises(NotAllowed, match="督办"):
        run_as("soc1", promise_figures, *WEEK)
    [late] = run_as("super1", overdue_promises)
    assert (late.case_id, late.material, late.promised_on, late.days_late) == (
        issued_first.id,
        "材料2",
        PROMISED_ON,
        2,
    )
    assert late.licence_no and late.handler == "用户soc1"

    revocation = run_as("super1", start_revocation, late.promise_id)
    case = bureau.case(revocation.id)
    assert (case.kind, case.status, case.item_id) == (
        CaseKind.REVOCATION,
        CaseStatus.RECEIVED,
        bureau.case(issued_first.id).item_id,
    )
    with pytest.raises(DomainError, match="已就办件"):
        run_as("super1", start_revocation, late.promise_id)
    with pytest.raises(NotAllowed):
        run_as("soc1", start_revocation, late.promise_id)
    # A licence held back has nothing to revoke: the handler deals with the case itself.
    bureau.clock.advance(days=3)
    held = next(p for p in run_as("super1", overdue_promises) if p.case_id == held_back.id)
    assert held.licence_no is None
    with pytest.raises(DomainError, match="没有在用的许可证"):
        run_as("super1", start_revocation, held.promise_id)


def _promises(bureau, case_id):
    with bureau.sessions() as session:
        return case_promises(session, case_id)
