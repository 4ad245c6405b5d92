"""Result notices (监管结果抄告): approvals of a period reported once per department,
receipts recorded, unconfirmed notices flagged after two working days."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.guards import NotAllowed
from desktop.services.cases import actions as cases
from desktop.services.supervision import result_notices
from desktop.services.supervision.stats_definitions import Period

WEEK = Period(date(2026, 11, 16), date(2026, 11, 22))


def decided(bureau, grant: bool):
    soc1 = bureau.actors["soc1"]
    case = bureau.new_case("window")
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    if grant:
        return bureau.run(cases.approve, soc1, state.id, state.version)
    return bureau.run(cases.reject, soc1, state.id, state.version, "不符合条件")[0]


def test_approvals_are_reported_once_with_their_letter(bureau):
    granted = [decided(bureau, True), decided(bureau, True)]
    decided(bureau, False)  # a refusal is not reported
    supervisor = bureau.actors["super1"]
    (pending,) = bureau.run(result_notices.pending_notices, supervisor, WEEK)
    assert (pending.department, pending.case_count) == ("住房和城乡建设局", 2)
    preview = bureau.run(result_notices.notice_letter, supervisor, pending.department_id, WEEK)
    assert preview.number is None and preview.organ_name.endswith("行政审批服务局")
    assert [c.number for c in preview.cases] == [s.number for s in granted]
    assert preview.cases[0].identifier == "91610500MA6Y12345A"
    sent = bureau.run(result_notices.send_notice, supervisor, pending.department_id, WEEK)
    assert sent.number == "渭高审批抄〔2026〕0001号" and sent.case_count == 2
    assert bureau.run(result_notices.pending_notices, supervisor, WEEK) == []
    with pytest.raises(result_notices.NothingToReport, match="尚未抄告"):
        bureau.run(result_notices.send_notice, supervisor, pending.department_id, WEEK)
    letter = bureau.run(result_notices.sent_letter, supervisor, sent.id)
    assert letter.number == sent.number and letter.sent_on == date(2026, 11, 16)
    assert [c.number for c in letter.cases] == [c.number for c in preview.cases]


def test_unconfirmed_notices_are_flagged_after_two_working_days(bureau):
    decided(bureau, True)
    supervisor = bureau.actors["super1"]
    (pending,) = bureau.run(result_notices.pending_notices, supervisor, WEEK)
    sent = bureau.run(result_notices.send_notice, supervisor, pending.department_id, WEEK)
    bureau.clock.advance(days=2)  # Wednesday: two working days
    (line,) = bureau.run(result_notices.list_notices, supervisor)
    assert not line.unconfirmed_late
    bureau.clock.advance(days=1)
    (line,) = bureau.run(result_notices.list_notices, supervisor)
    assert line.unconfirmed_late
    received = bureau.run(result_notices.record_receipt, supervisor, sent.id, "李四")
    assert received.received_by == "李四" and not received.unconfirmed_late


def test_only_supervisors_report_results(bureau):
    decided(bureau, True)
    for name in ("soc1", "clerk1"):
        with pytest.raises(NotAllowed):
            bureau.run(result_notices.pending_notices, bureau.actors[name], WEEK)


def test_the_sent_notice_is_a_sealed_signed_letter_with_its_list(bureau):
    import io

    import pypdf

    from desktop.services.documents.issuing import verify_document
    from desktop.services.documents.signing_keys import init_keys

    bureau.run(init_keys, bureau.actors["admin"])
    granted = [decided(bureau, True) for _ in range(2)]
    supervisor = bureau.actors["super1"]
    (pending,) = bureau.run(result_notices.pending_notices, supervisor, WEEK)
    sent = bureau.run(result_notices.send_notice, supervisor, pending.department_id, WEEK)
    pdf = bureau.run(result_notices.notice_pdf, supervisor, sent.id)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    text = "".join("".join(page.extract_text() for page in pages).split())
    assert "监管结果抄告函" in text and sent.number in text
    assert all(state.number in text for state in granted)
    assert bureau.run(verify_document, supervisor, pdf).status == "valid"
