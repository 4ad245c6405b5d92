"""告知承诺制 through the services, on both databases and as the staff's own logins on
PostgreSQL: a commitment recorded at acceptance, the decision the same day by the handler,
the post-check due from the decision, a check found true, one found false (which opens the
撤销 case and ends the licence with its decision, citing the commitment), one overdue."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.commitments import CheckResult, CheckState
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.licence_life import CaseKind, LicenceStatus
from desktop.services.cases import actions as cases
from desktop.services.deadlines import work_calendar
from desktop.services.documents.issuing import issue_document
from desktop.services.documents.licence_book import licence_versions
from desktop.services.supervision import commitment_checks as checks
from desktop.services.supervision.stats_definitions import Period
from tests.services.licences.conftest import CONDITIONS

FINDINGS = "现场核查发现经营场所未设置更衣室，从业人员3人未取得健康证明"


def decided(bureau, signatory="张三（法定代表人）") -> int:
    """A commitment case accepted and granted at once by its handler, no sign-off."""
    case = bureau.new_case("promise", signatory=signatory)
    state = bureau.as_staff("soc1", cases.claim, case.id, case.version)
    state = bureau.as_staff("soc1", cases.approve, state.id, state.version, "依据告知承诺准予许可")
    assert state.status is CaseStatus.APPROVED
    return state.id


def commitment_of(bureau, case_id: int) -> m.Commitment:
    with bureau.sessions() as session:
        found = session.scalar(sa.select(m.Commitment).where(m.Commitment.case_id == case_id))
        assert found is not None
        return found


def licensed(bureau, case_id: int) -> str:
    numbers = [
        bureau.as_staff("clerk1", issue_document, case_id, kind).number
        for kind in (DocumentType.GRANT, DocumentType.LICENCE)
    ]
    return numbers[-1]


def test_a_commitment_is_recorded_at_acceptance_and_decided_the_same_day(promising):
    bureau = promising
    with pytest.raises(DomainError, match="告知承诺书"):
        bureau.new_case("promise")  # no signed commitment
    with pytest.raises(DomainError, match="不实行告知承诺制"):
        bureau.new_case("one", signatory="张三")
    case_id = decided(bureau)
    case = bureau.case(case_id)
    commitment = commitment_of(bureau, case_id)
    assert commitment.conditions == CONDITIONS.split("；")
    assert (commitment.signatory, commitment.signed_on) == ("张三（法定代表人）", case.accepted_on)
    assert case.decided_on == case.accepted_on  # decided on the day it was accepted
    with bureau.sessions() as session:
        calendar = work_calendar(session)
        assert case.promised_due_on == calendar.add_working_days(case.accepted_on, 1)
        assert commitment.check_due_on == calendar.add_working_days(case.decided_on, 10)
    with bureau.sessions() as session:
        events = session.scalars(
            sa.select(m.CaseEvent.action).where(m.CaseEvent.case_id == case_id)
        ).all()
    assert "propose" not in events and "sign_off" not in events
    (row,) = bureau.as_staff("super1", checks.list_checks)
    assert row.state is CheckState.OPEN and row.department == "住房和城乡建设局"


def test_checks_found_true_false_and_overdue(promising):
    bureau = promising
    true_case, false_case, late_case = decided(bureau), decided(bureau), decided(bureau)
    true_id = commitment_of(bureau, true_case).id
    false_id = commitment_of(bureau, false_case).id
    licence_no = licensed(bureau, false_case)
    licensed(bureau, true_case)
    bureau.clock.advance(days=3)

    with pytest.raises(DomainError, match="督办人员"):
        bureau.as_staff("clerk1", checks.record_check, true_id, CheckResult.TRUE, "", "李四")
    row = bureau.as_staff(
        "super1", checks.record_check, true_id, CheckResult.TRUE, "经现场核查属实", "李四"
    )
    assert row.state is CheckState.TRUE and row.checker == "李四"
    with pytest.raises(DomainError, match="不能更改"):
        bureau.as_staff("super1", checks.record_check, true_id, CheckResult.FALSE, FINDINGS, "李")

    # 不实 needs its facts; then it opens the 撤销 case on the licence, in the pool.
    with pytest.raises(DomainError, match="不符的事实"):
        bureau.as_staff("super1", checks.record_check, false_id, CheckResult.FALSE, "", "王五")
    row = bureau.as_staff(
        "super1", checks.record_check, false_id, CheckResult.FALSE, FINDINGS, "王五"
    )
    assert row.state is CheckState.FALSE and row.revocation_case
    with pytest.raises(DomainError, match="不能再认定为“属实”"):
        bureau.as_staff("super1", checks.record_check, false_id, CheckResult.TRUE, "复核", "王五")
    item_id = bureau.case(false_case).item_id
    with bureau.sessions() as session:
        revocation = session.scalar(sa.select(m.Case).where(m.Case.number == row.revocation_case))
        assert (revocation.kind, revocation.status) == (CaseKind.REVOCATION, CaseStatus.RECEIVED)
        assert revocation.item_id == item_id
        revocation_id, version = revocation.id, revocation.version

    # The 撤销 is reviewed and signed off like any decision, not on a commitment.
    state = bureau.as_staff("soc1", cases.claim, revocation_id, version)
    with pytest.raises(DomainError):
        bureau.as_staff("soc1", cases.approve, state.id, state.version)
    state = bureau.as_staff(
        "soc1", cases.propose, state.id, state.version, grant=True, opinion="承诺不实，应予撤销"
    )
    state = bureau.as_staff("review1", cases.approve, state.id, state.version)
    number = bureau.as_staff(
        "clerk1", issue_document, revocation_id, DocumentType.LICENCE_REVOCATION
    ).number
    with bureau.sessions() as session:
        (version_1,) = licence_versions(session, bureau.actors["super1"], licence_no)
        document = session.scalar(
            sa.select(m.IssuedDocument).where(m.IssuedDocument.number == number)
        )
        text = "".join(
            "".join(
                page.extract_text() for page in pypdf.PdfReader(io.BytesIO(document.pdf)).pages
            ).split()
        )
    assert version_1.status is LicenceStatus.REVOKED
    assert "签署告知承诺书" in text and FINDINGS in text
    assert "第六十九条第二款" in text and licence_no in text

    # The third is never checked: past its day it is overdue.
    late = commitment_of(bureau, late_case)
    bureau.clock.now = bureau.clock.now.replace(
        year=late.check_due_on.year, month=late.check_due_on.month, day=late.check_due_on.day
    ) + timedelta(days=1)
    states = {row.case_id: row.state for row in bureau.as_staff("super1", checks.list_checks)}
    assert states[late_case] is CheckState.OVERDUE
    start = bureau.case(true_case).accepted_on
    figures = bureau.as_staff(
        "super1", checks.commitment_figures, Period(start, bureau.clock.now.date())
    )
    assert (figures.made, figures.checked, figures.found_true, figures.found_false) == (3, 2, 1, 1)
    assert (figures.overdue, figures.open_now) == (1, 1)


def test_a_check_waits_for_the_grant_and_the_licence(promising):
    bureau = promising
    case = bureau.new_case("promise", signatory="张三")
    commitment = commitment_of(bureau, case.id)
    with pytest.raises(DomainError, match="尚未作出决定"):
        bureau.as_staff("super1", checks.record_check, commitment.id, CheckResult.TRUE, "", "李")
    granted = decided(bureau)
    with pytest.raises(DomainError, match="尚未制发"):
        bureau.as_staff(
            "super1",
            checks.record_check,
            commitment_of(bureau, granted).id,
            CheckResult.FALSE,
            FINDINGS,
            "李四",
        )
    assert commitment_of(bureau, granted).result is None


def test_the_front_desk_file_carries_the_signatory(promising):
    from desktop.domain.actor import Actor
    from desktop.domain.enums import Role
    from desktop.domain.frontdesk_rows import COLUMNS, COMMITMENT_COLUMNS
    from desktop.domain.timezone import CHINA
    from desktop.services.admin.frontdesk_import import import_frontdesk_file
    from desktop.services.sheets import write_csv

    bureau = promising
    clerk = Actor(None, "clerk", "窗口", frozenset({Role.CLERK}))
    accepted = (bureau.clock.now - timedelta(hours=2)).astimezone(CHINA)
    base = {
        "申请人类型": "法人或其他组织",
        "申请人名称": "渭南测试有限公司",
        "证件号码": "91610500MA6Y12345A",
        "联系人": "王五",
        "联系电话": "13800000000",
        "地址": "",
        "项目名称": "",
        "项目地址": "",
        "受理时间": accepted.strftime("%Y-%m-%d %H:%M"),
        "绿色通道": "否",
    }
    header = (*COLUMNS, *COMMITMENT_COLUMNS)
    rows = [
        {**base, "受理编号": "QC0001", "事项编码": "promise", "承诺人": "王五"},
        {**base, "受理编号": "QC0002", "事项编码": "promise", "承诺人": ""},
        {**base, "受理编号": "QC0003", "事项编码": "one", "承诺人": "王五"},
    ]
    data = write_csv(header, [[r[c] for c in header] for r in rows])
    report = bureau.run(import_frontdesk_file, clerk, "day.csv", data)
    assert report.added == ["QC0001"]
    reasons = {number: " ".join(why) for number, why in report.rejected}
    assert "告知承诺书" in reasons[3] and "不实行告知承诺制" in reasons[4]
    with bureau.sessions() as session:
        case_id = session.scalar(sa.select(m.Case.id).where(m.Case.number == "QC0001"))
    assert commitment_of(bureau, case_id).signatory == "王五"
