"""容缺受理's whole life on both databases, as the staff's own logins on PostgreSQL: a
promise kept, a promise overdue, the licence refused while a promise is open, and issued
with the follow-up tracked where the catalogue allows it."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from desktop.documents.model import DocumentType
from desktop.domain.enums import CaseStatus, MaterialState
from desktop.domain.errors import DomainError
from desktop.domain.guards import GuardFailed, NotAllowed
from desktop.domain.promises import PromiseRefused, PromiseState
from desktop.services.cases import actions as cases
from desktop.services.cases.details import case_details
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.promises import PromisedMaterial, case_promises, receive_promised
from desktop.services.documents.document_data import NotIssuable
from desktop.services.documents.issuing import issue_document
from tests.services.promises.conftest import PROMISED_ON


def _accept(bureau, run_as, *promised: tuple[str, date]):
    data = NewCase(
        number=f"R{next(bureau.numbers):05d}",
        item_code="window",
        applicant_id=bureau.applicant_id,
        accepted_at=bureau.clock.now - timedelta(hours=1),
        first_contact_id=bureau.actors["clerk1"].user_id,
        promises=tuple(PromisedMaterial(name, day) for name, day in promised),
    )
    return run_as("clerk1", accept_case, data)


def _approved(bureau, run_as, state):
    state = run_as("soc1", cases.claim, state.id, state.version)
    return run_as("soc1", cases.approve, state.id, state.version)


def _promises(bureau, case_id):
    with bureau.sessions() as session:
        return case_promises(session, case_id)


def test_a_kept_promise_holds_the_licence_until_the_material_is_received(rongque, run_as):
    bureau = rongque
    state = _accept(bureau, run_as, ("材料3", PROMISED_ON))
    details = run_as("soc1", case_details, state.id)
    assert [(m.name, m.state) for m in details.materials][2] == ("材料3", "missing")
    assert any("容缺受理" in (h.reason or "") for h in details.history)
    [promise] = _promises(bureau, state.id)
    assert (promise.material, promise.promised_on, promise.state) == (
        "材料3",
        PROMISED_ON,
        PromiseState.OPEN,
    )

    state = _approved(bureau, run_as, state)  # review goes ahead meanwhile
    assert state.status is CaseStatus.APPROVED
    with pytest.raises(GuardFailed, match="容缺受理承诺补交的材料尚未收到"):
        run_as("clerk1", cases.issue_certificate, state.id, state.version)
    with pytest.raises(NotIssuable, match="材料3"):
        run_as("clerk1", issue_document, state.id, DocumentType.LICENCE)
    with pytest.raises(NotAllowed, match="承办人"):
        run_as("clerk1", receive_promised, state.id, state.version, promise.id)

    bureau.clock.advance(days=2)
    state = run_as("soc1", receive_promised, state.id, state.version, promise.id)
    with pytest.raises(Exception, match="已登记补交"):
        run_as("soc1", receive_promised, state.id, state.version, promise.id)
    [kept] = _promises(bureau, state.id)
    assert kept.state is PromiseState.KEPT and kept.received_by == "用户soc1"
    assert kept.received_on == date(2026, 11, 18)
    details = run_as("soc1", case_details, state.id)
    assert details.materials[2].state == MaterialState.RECEIVED

    run_as("clerk1", issue_document, state.id, DocumentType.LICENCE)
    state = run_as("clerk1", cases.issue_certificate, state.id, bureau.case(state.id).version)
    assert state.status is CaseStatus.CERTIFICATE_ISSUED


def test_the_acceptance_notice_tells_the_applicant_what_was_promised_by_when(rongque, run_as):
    state = _accept(rongque, run_as, ("材料2", PROMISED_ON), ("材料3", date(2026, 11, 23)))
    notice = run_as("clerk1", issue_document, state.id, DocumentType.ACCEPTANCE)
    text = "".join(
        "".join(page.extract_text().split())
        for page in pypdf.PdfReader(io.BytesIO(notice.pdf)).pages
    )
    assert "本机关决定予以容缺受理" in text
    assert "承诺于2026年11月20日前补交“材料2”；于2026年11月23日前补交“材料3”" in text
    Path("/tmp/rongque-acceptance.pdf").write_bytes(notice.pdf)


def test_an_overdue_promise_turns_red_and_a_late_receipt_says_so(rongque, run_as):
    bureau = rongque
    state = _accept(bureau, run_as, ("材料3", PROMISED_ON))
    state = run_as("soc1", cases.claim, state.id, state.version)
    # Not by the checklist: a promise is kept by its receipt.
    details = run_as("soc1", case_details, state.id)
    assert details.material_ids_missing == []  # no supplement notice asks for it again
    with pytest.raises(DomainError, match="容缺承诺"):
        run_as("soc1", cases.mark_material, state.id, state.version, details.materials[2].id, True)
    bureau.clock.advance(days=5)  # Saturday the 21st: the promised Friday has passed
    [promise] = _promises(bureau, state.id)
    assert promise.state is PromiseState.OVERDUE
    state = run_as("soc1", receive_promised, state.id, state.version, promise.id)
    assert _promises(bureau, state.id)[0].state is PromiseState.KEPT_LATE


def test_the_catalogue_may_let_the_licence_out_first_with_the_follow_up_tracked(rongque, run_as):
    bureau = rongque
    state = _accept(bureau, run_as, ("材料2", PROMISED_ON))
    state = _approved(bureau, run_as, state)
    run_as("clerk1", issue_document, state.id, DocumentType.LICENCE)
    state = run_as("clerk1", cases.issue_certificate, state.id, bureau.case(state.id).version)
    assert state.status is CaseStatus.CERTIFICATE_ISSUED
    [promise] = _promises(bureau, state.id)
    assert promise.issue_before_received and promise.state is PromiseState.OPEN
    bureau.clock.advance(days=1)
    state = run_as("soc1", receive_promised, state.id, state.version, promise.id)
    assert _promises(bureau, state.id)[0].state is PromiseState.KEPT


@pytest.mark.parametrize(
    ("material", "day", "refusal"),
    [
        ("材料1", PROMISED_ON, "不允许容缺受理"),
        ("材料9", PROMISED_ON, "没有材料"),
        ("材料3", date(2026, 11, 16), "须晚于受理日"),
        ("材料3", date(2027, 3, 1), "不能晚于受理后"),
    ],
)
def test_a_promise_the_catalogue_does_not_allow_is_refused_and_nothing_is_accepted(
    rongque, run_as, material, day, refusal
):
    with pytest.raises(PromiseRefused, match=refusal):
        _accept(rongque, run_as, (material, day))
    with rongque.sessions() as session:
        from desktop.data import models as m

        assert session.query(m.Case).count() == 0
