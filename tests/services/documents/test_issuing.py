"""Issuing sealed documents through the services: numbers, storage, void, copies, verifying,
and gapless numbers when fifty clerks issue at once."""

from __future__ import annotations

import base64
import io
import re
import threading

import pypdf
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.cases import actions as cases
from desktop.services.documents.issuing import (
    document_pdf,
    issue_document,
    print_copy,
    verify_document,
    verify_qr,
    void_document,
)
from desktop.services.documents.signing_keys import init_keys

YEAR = 2026


def decided(bureau, grant: bool = True) -> int:
    case = bureau.new_case("one")
    soc1, review1 = bureau.actors["soc1"], bureau.actors["review1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    state = bureau.run(
        cases.propose,
        soc1,
        state.id,
        state.version,
        grant=grant,
        opinion="材料齐全，符合条件" if grant else "不符合法定条件",
    )
    if grant:
        state = bureau.run(cases.approve, review1, state.id, state.version)
        assert state.status is CaseStatus.APPROVED
    else:
        state, _ = bureau.run(cases.reject, review1, state.id, state.version, "不符合法定条件")
    return state.id


@pytest.fixture
def keyed(bureau):
    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


def text_of(pdf: bytes) -> str:
    """The text without spaces and line breaks (titles are letter-spaced, lines wrap)."""
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return "".join(text.split())


def test_licence_and_decision_are_numbered_signed_and_verify(keyed):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    grant = keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    licence = keyed.run(issue_document, clerk, case_id, DocumentType.LICENCE)
    assert grant.number == f"渭高审批〔{YEAR}〕0001号"
    assert licence.number == f"渭高审批许〔{YEAR}〕0001号"
    text = text_of(licence.pdf)
    assert "行政许可证" in text and "渭南测试有限公司" in text and grant.number in text
    assert keyed.run(verify_document, clerk, licence.pdf).status == "valid"
    assert keyed.run(document_pdf, clerk, licence.number) == licence.pdf
    with pytest.raises(DomainError, match="已制发"):
        keyed.run(issue_document, clerk, case_id, DocumentType.LICENCE)
    flipped = bytearray(licence.pdf)
    flipped[len(flipped) // 2] ^= 0x01
    assert keyed.run(verify_document, clerk, bytes(flipped)).status == "tampered"


def test_void_keeps_the_number_and_verifies_as_void_then_a_new_number(keyed):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    first = keyed.run(issue_document, clerk, case_id, DocumentType.LICENCE)
    keyed.run(void_document, clerk, first.number, "持证人名称有误")
    assert keyed.run(verify_document, clerk, first.pdf).status == "void"
    second = keyed.run(issue_document, clerk, case_id, DocumentType.LICENCE)
    assert second.number.endswith("0002号")
    with keyed.sessions() as session:
        rows = session.execute(sa.select(m.IssuedDocument.serial, m.IssuedDocument.void)).all()
    assert sorted(rows) == [(1, True), (2, False)]


def test_a_copy_is_marked_counted_and_verifies(keyed):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    original = keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    copy = keyed.run(print_copy, clerk, original.number)
    assert copy.copy and copy.number == original.number and "副本" in text_of(copy.pdf)
    assert keyed.run(verify_document, clerk, copy.pdf).status == "valid"
    with keyed.sessions() as session:
        assert session.scalar(sa.select(m.IssuedDocument.reprints)) == 1


def test_rejection_names_the_remedies_and_the_handler_may_issue_notices_only(keyed):
    case_id = decided(keyed, grant=False)
    soc1 = keyed.actors["soc1"]
    with pytest.raises(NotAllowed):
        keyed.run(issue_document, soc1, case_id, DocumentType.REJECTION)
    acceptance = keyed.run(issue_document, soc1, case_id, DocumentType.ACCEPTANCE)
    assert "受理通知书" in text_of(acceptance.pdf)
    rejection = keyed.run(issue_document, keyed.actors["head1"], case_id, DocumentType.REJECTION)
    text = text_of(rejection.pdf)
    assert "不符合法定条件" in text and "六十日" in text and "六个月" in text
    with pytest.raises(DomainError, match="准予许可的决定尚未作出"):
        keyed.run(issue_document, keyed.actors["clerk1"], case_id, DocumentType.LICENCE)


def test_without_keys_issuing_says_what_to_do(bureau):
    case_id = decided(bureau)
    with pytest.raises(DomainError, match="keys init"):
        bureau.run(issue_document, bureau.actors["clerk1"], case_id, DocumentType.GRANT)
    with bureau.sessions() as session:  # and the number went back
        assert session.scalar(sa.select(sa.func.count()).select_from(m.NumberCounter)) == 0


@pytest.mark.slow
def test_fifty_clerks_issue_licences_at_once_without_gaps(keyed):
    case_ids = [decided(keyed) for _ in range(50)]
    clerk = keyed.actors["clerk1"]
    barrier = threading.Barrier(len(case_ids))
    issued: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    class Abort(Exception):
        pass

    def issue(n: int, case_id: int) -> None:
        barrier.wait()
        try:
            with keyed.sessions() as session, session.begin():
                result = issue_document(session, clerk, case_id, DocumentType.LICENCE)
                if n % 7 == 3:
                    raise Abort  # e.g. the printer queue refused: the whole issue rolls back
            with lock:
                issued.append(result.number)
        except Abort:
            pass
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=issue, args=(n, c)) for n, c in enumerate(case_ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors[:3]
    serials = sorted(int(number[-5:-1]) for number in issued)
    assert serials == list(range(1, len(issued) + 1)) and len(issued) == 50 - 7
    with keyed.sessions() as session:
        stored = sorted(session.scalars(sa.select(m.IssuedDocument.serial)))
    assert stored == serials


def edited_holder(qr_text: str) -> str:
    """The QR payload with the holder's name changed in its bytes (GB 18030 text)."""
    data = base64.urlsafe_b64decode(qr_text + "=" * (-len(qr_text) % 4))
    old, new = "渭南测试有限公司".encode("gb18030"), "渭南伪造有限公司".encode("gb18030")
    assert old in data
    return base64.urlsafe_b64encode(data.replace(old, new)).rstrip(b"=").decode()


def test_qr_text_verifies_and_an_edited_payload_does_not(keyed):
    from desktop.documents.metadata import read_record

    clerk = keyed.actors["clerk1"]
    licence = keyed.run(issue_document, clerk, decided(keyed), DocumentType.LICENCE)
    qr_text = read_record(licence.pdf).qr_text
    assert keyed.run(verify_qr, clerk, qr_text).status == "valid"
    edited = edited_holder(qr_text)
    assert edited != qr_text
    assert keyed.run(verify_qr, clerk, edited).status in ("tampered", "malformed")


def test_a_big_batch_is_rendered_in_worker_processes_and_licences_cite_their_decisions(keyed):
    from desktop.services.documents.print_queue import PARALLEL_FROM, issue_for_cases

    case_ids = [decided(keyed) for _ in range(PARALLEL_FROM + 1)]
    reports: list[tuple[int, int]] = []
    issued, failures = issue_for_cases(
        keyed.sessions, keyed.actors["clerk1"], case_ids, lambda d, t: reports.append((d, t))
    )
    assert not failures and len(issued) == 2 * len(case_ids)
    assert reports[-1] == (len(case_ids), len(case_ids))
    grants = {i.number for i in issued if i.kind is DocumentType.GRANT}
    licence = next(i for i in issued if i.kind is DocumentType.LICENCE)
    assert any(number in text_of(licence.pdf) for number in grants)
    assert keyed.run(verify_document, keyed.actors["clerk1"], licence.pdf).status == "valid"
    with keyed.sessions() as session:
        serials = sorted(
            session.scalars(
                sa.select(m.IssuedDocument.serial).where(m.IssuedDocument.doc_type == "licence")
            )
        )
    assert serials == list(range(1, len(case_ids) + 1))


def test_a_case_changed_after_its_data_was_read_is_read_again_when_numbered(keyed):
    """The batch reads a chunk's data while the previous chunk renders; what changed in
    between must not reach the document."""
    from desktop.services.documents.issuing import gather_issue, number_issue

    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    with keyed.sessions() as session:
        gathered = gather_issue(session, clerk, session.get(m.Case, case_id), DocumentType.LICENCE)
    with keyed.sessions() as session, session.begin():
        case = session.get(m.Case, case_id)
        case.project_name, case.version = "改名后的项目", case.version + 1
    prepared = keyed.run(number_issue, clerk, gathered)
    assert prepared.document.case.project_name == "改名后的项目"


LATIN = re.compile(r"[A-Za-z]{2,}")


def _in_words(result) -> str:
    """The verdict and its explanation as a user reads them: Chinese, no library English."""
    said = str(result.label) + ("" if result.detail is None else str(result.detail))
    assert not LATIN.search(said.replace("PDF", "")), said
    return said


def test_every_verdict_is_said_in_chinese(keyed):
    from desktop.documents.metadata import read_record
    from desktop.documents.qr_payload import QrProblem, QrStatus
    from desktop.documents.verify import PdfProblem, PdfStatus
    from desktop.services.documents import verdict_words

    assert set(verdict_words.PDF_VERDICTS) == set(PdfStatus)
    assert set(verdict_words.QR_VERDICTS) == set(QrStatus)
    assert set(verdict_words.PDF_PROBLEMS) == set(PdfProblem)
    assert set(verdict_words.QR_PROBLEMS) == set(QrProblem)
    clerk = keyed.actors["clerk1"]
    licence = keyed.run(issue_document, clerk, decided(keyed), DocumentType.LICENCE)
    assert _in_words(keyed.run(verify_document, clerk, licence.pdf)).startswith("有效")
    flipped = bytearray(licence.pdf)
    flipped[len(flipped) // 2] ^= 0x01
    tampered = keyed.run(verify_document, clerk, bytes(flipped))
    assert tampered.detail is not None and _in_words(tampered).startswith("无效")
    unreadable = keyed.run(verify_document, clerk, b"not a pdf at all")
    assert "无法读取" in _in_words(unreadable)
    malformed = keyed.run(verify_qr, clerk, "{broken")
    assert "不是本局文书二维码" in _in_words(malformed)
    qr_text = read_record(licence.pdf).qr_text
    edited = edited_holder(qr_text)
    assert _in_words(keyed.run(verify_qr, clerk, edited)).startswith("无效")
    keyed.run(void_document, clerk, licence.number, "持证人名称有误")
    void = keyed.run(verify_qr, clerk, qr_text)
    assert void.status == "void" and "持证人名称有误" in _in_words(void)


def test_the_print_queue_issues_the_missing_decision_not_a_second_licence(keyed):
    """A licence issued first (from the workbench) leaves the decision missing: the print
    queue's batch issues the decision and no second licence."""
    from desktop.services.documents.print_queue import issue_for_cases, still_needed

    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    keyed.run(issue_document, clerk, case_id, DocumentType.LICENCE)
    assert keyed.run(still_needed, clerk, case_id) == (DocumentType.GRANT,)
    issued, failures = issue_for_cases(keyed.sessions, clerk, [case_id], lambda d, t: None)
    assert not failures and [i.kind for i in issued] == [DocumentType.GRANT]
    with keyed.sessions() as session:
        kinds = sorted(
            session.scalars(
                sa.select(m.IssuedDocument.doc_type).where(m.IssuedDocument.case_id == case_id)
            )
        )
    assert kinds == ["grant", "licence"]
    assert keyed.run(still_needed, clerk, case_id) == ()
