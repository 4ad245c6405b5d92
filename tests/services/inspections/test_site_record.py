"""The on-site record's life on both databases, as the staff's own logins on PostgreSQL:
filled, files attached, confirmed by each inspector signing in, ended by the handler; a
grant waits while the latest inspection is 限期整改 or 不合格, and a re-inspection that
passes lets it through."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, HalfDay, InspectionConclusion, InspectionStatus
from desktop.domain.guards import GuardFailed
from desktop.domain.inspections.site_record import MAX_FILE_BYTES, RecordRefused
from desktop.services.auth import SignInFailed
from desktop.services.cases import actions as cases
from desktop.services.inspections.confirmations import confirm_by_signing_in
from desktop.services.inspections.site_record import (
    attach_file,
    file_content,
    reuse_team,
    save_record,
    site_record,
)
from tests.support.logins import PASSWORD, connect_as
from tests.support.site_records import CHECKLIST, TEAM, form, prepare_site

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a0b5d3ad0000000049454e44ae426082"
)


@pytest.fixture
def run_as(bureau, backend, request):
    """A service as a person: their own login on PostgreSQL, the program on SQLite."""
    if backend == "postgres":
        return request.getfixturevalue("as_staff")
    return lambda name, service, *args, **kw: bureau.run(service, bureau.actors[name], *args, **kw)


@pytest.fixture
def site(pool, db_url, run_as):
    return prepare_site(pool, db_url)


def _confirm(site, run_as, inspection_id: int, names=TEAM) -> None:
    from tests.support.site_records import ACCOUNTS

    sessions = site.coordinator_sessions()
    for name in names:
        confirm_by_signing_in(
            sessions, site.bureau.actors["coord1"], inspection_id, ACCOUNTS[name], PASSWORD
        )


def _decided_up_to_approval(bureau, run_as, case_id: int) -> m.Case:
    case = bureau.case(case_id)
    state = run_as("eng1", cases.propose, case.id, case.version, grant=True, opinion="拟准予")
    run_as("review1", cases.sign_off, state.id, state.version)
    return bureau.case(case_id)


def test_the_record_lives_from_checklist_to_a_passed_reinspection_and_the_grant(
    site, run_as, bureau
):
    record = run_as("coord1", site_record, site.inspection_id)
    assert [f.check_point for f in record.findings] == [text for text, _ in CHECKLIST]
    assert all(f.verdict is None for f in record.findings) and not record.confirmed
    assert [mb.name for mb in record.members] == list(TEAM)

    due = date(2026, 12, 1)
    saved = run_as(
        "coord1",
        save_record,
        site.inspection_id,
        form(InspectionConclusion.RECTIFY, failing=1, rectify_due=due),
    )
    assert saved.representative == "王五" and saved.rectify_due == due
    photo = run_as("coord1", attach_file, site.inspection_id, "现场照片.png", PNG)
    assert photo.photo and photo.size == len(PNG) and len(photo.sha256) == 64
    scan = run_as("coord1", attach_file, site.inspection_id, "检测报告.pdf", b"%PDF-1.4 test")
    assert not scan.photo
    assert run_as("eng1", file_content, photo.id) == PNG

    # The handler cannot end the inspection before every inspector confirmed.
    case = bureau.case(site.case_id)
    with pytest.raises(Exception, match="未确认"):
        run_as("eng1", cases.end_inspection, case.id, case.version, saved.conclusion, "见记录")
    with pytest.raises(SignInFailed):
        confirm_by_signing_in(
            site.coordinator_sessions(),
            bureau.actors["coord1"],
            site.inspection_id,
            "insp_li4",
            "wrong-password",
        )
    _confirm(site, run_as, site.inspection_id)
    assert run_as("coord1", site_record, site.inspection_id).confirmed
    with pytest.raises(Exception, match="须与之一致"):
        run_as(
            "eng1",
            cases.end_inspection,
            case.id,
            case.version,
            InspectionConclusion.PASSES,
            "见记录",
        )
    run_as(
        "eng1", cases.end_inspection, case.id, case.version, InspectionConclusion.RECTIFY, "整改"
    )

    # 限期整改: the grant is refused, by the services and (PostgreSQL) by the database.
    case = _decided_up_to_approval(bureau, run_as, site.case_id)
    with pytest.raises((GuardFailed, sa.exc.IntegrityError), match="复查合格"):
        run_as("head1", cases.approve, case.id, case.version)
    assert bureau.case(site.case_id).status is CaseStatus.AWAITING_SIGNOFF

    # Back to the handler, who asks the same team to come again after the deadline.
    state = run_as("head1", cases.send_back, case.id, case.version, "须整改复查")
    state = run_as("eng1", cases.request_reinspection, state.id, state.version, True)
    with bureau.sessions() as session:
        again = session.scalar(
            sa.select(m.Inspection)
            .where(m.Inspection.case_id == site.case_id)
            .order_by(m.Inspection.id.desc())
        )
        assert again.window_start == due and again.status is InspectionStatus.REQUESTED
        again_id = again.id
    run_as("coord1", reuse_team, again_id, date(2026, 12, 2), HalfDay.AM)
    reread = run_as("coord1", site_record, again_id)
    assert reread.follows_id == site.inspection_id and reread.same_team
    assert [mb.name for mb in reread.members] == list(TEAM)
    run_as("coord1", save_record, again_id, form(InspectionConclusion.PASSES))
    _confirm(site, run_as, again_id)
    case = bureau.case(site.case_id)
    run_as("eng1", cases.end_inspection, case.id, case.version, InspectionConclusion.PASSES, "合格")
    case = _decided_up_to_approval(bureau, run_as, site.case_id)
    assert run_as("head1", cases.approve, case.id, case.version).status is CaseStatus.APPROVED


def test_a_failed_inspection_stops_the_grant_too(site, run_as, bureau):
    run_as("coord1", save_record, site.inspection_id, form(InspectionConclusion.FAILS, failing=2))
    _confirm(site, run_as, site.inspection_id)
    case = bureau.case(site.case_id)
    run_as(
        "eng1", cases.end_inspection, case.id, case.version, InspectionConclusion.FAILS, "不合格"
    )
    case = _decided_up_to_approval(bureau, run_as, site.case_id)
    with pytest.raises((GuardFailed, sa.exc.IntegrityError), match="复查合格"):
        run_as("head1", cases.approve, case.id, case.version)
    assert bureau.case(site.case_id).status is CaseStatus.AWAITING_SIGNOFF


def test_a_record_that_contradicts_itself_is_refused(site, run_as):
    with pytest.raises(RecordRefused, match="重大事项"):
        run_as(
            "coord1", save_record, site.inspection_id, form(InspectionConclusion.PASSES, failing=2)
        )
    with pytest.raises(RecordRefused, match="整改期限"):
        run_as("coord1", save_record, site.inspection_id, form(InspectionConclusion.RECTIFY))
    assert run_as("coord1", site_record, site.inspection_id).conclusion is None


def test_someone_not_on_the_team_cannot_confirm(site, run_as, bureau):
    run_as("coord1", save_record, site.inspection_id, form(InspectionConclusion.PASSES))
    with pytest.raises(RecordRefused, match="不是本次踏勘组成员"):
        _confirm(site, run_as, site.inspection_id, names=("张三",))
    record = run_as("coord1", site_record, site.inspection_id)
    assert all(mb.signed_at is None for mb in record.members)


def test_an_oversized_file_is_refused_with_nothing_written(site, run_as, bureau):
    with pytest.raises(RecordRefused, match="超过每个附件 5 MB"):
        run_as("coord1", attach_file, site.inspection_id, "大照片.jpg", b"x" * (MAX_FILE_BYTES + 1))
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.InspectionFile)) == 0
        assert not session.scalar(
            sa.select(sa.func.count())
            .select_from(m.AuditEntry)
            .where(m.AuditEntry.action == "inspection_file_add")
        )


@pytest.mark.parametrize("backend", ["postgres"])
def test_only_the_coordinator_writes_a_record_by_sql(site, run_as, bureau, db_url):
    """A handler's login cannot slip a finding or a file into the record by SQL."""
    finding = (
        "INSERT INTO inspection_findings (inspection_id, seq, check_point, major, verdict, note)"
        " VALUES (%s, 1, '点', false, 'meets', '')"
    )
    with (
        connect_as(db_url, "eng1") as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(finding, (site.inspection_id,))
    with connect_as(db_url, "coord1") as connection:
        connection.execute(finding, (site.inspection_id,))


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_grant_after_a_failed_inspection_is_refused_by_sql_as_the_head(
    site, run_as, bureau, db_url
):
    run_as("coord1", save_record, site.inspection_id, form(InspectionConclusion.FAILS, failing=2))
    _confirm(site, run_as, site.inspection_id)
    case = bureau.case(site.case_id)
    run_as(
        "eng1", cases.end_inspection, case.id, case.version, InspectionConclusion.FAILS, "不合格"
    )
    case = _decided_up_to_approval(bureau, run_as, site.case_id)
    act = "SELECT desk_case_act(%s, 'approve', %s, '同意', NULL, NULL, %s, now())"
    with (
        connect_as(db_url, "head1") as connection,
        pytest.raises(psycopg.errors.CheckViolation) as refused,
    ):
        connection.execute(act, (case.id, case.version, bureau.actors["head1"].user_id))
    assert refused.value.diag.message_hint == "inspection_passed"
    assert bureau.case(site.case_id).status is CaseStatus.AWAITING_SIGNOFF


def test_the_record_prints_as_a_sealed_document_of_its_own(site, run_as, bureau):
    import io

    import pypdf

    from desktop.documents.model import DocumentType
    from desktop.services.documents.issuing import issue_document
    from desktop.services.documents.signing_keys import init_keys

    bureau.run(init_keys, bureau.actors["admin"])
    record = form(InspectionConclusion.RECTIFY, failing=1, rectify_due=date(2026, 12, 1))
    run_as("coord1", save_record, site.inspection_id, record)
    run_as("coord1", attach_file, site.inspection_id, "现场照片.png", PNG)
    _confirm(site, run_as, site.inspection_id)
    issued = run_as("coord1", issue_document, site.case_id, DocumentType.INSPECTION_RECORD)
    assert "勘记" in issued.number
    pages = pypdf.PdfReader(io.BytesIO(issued.pdf)).pages
    text = "".join("".join(page.extract_text().split()) for page in pages)
    for words in ("现场踏勘记录", "申请人代表王五", "消防车通道被材料堆放占用", "限期整改"):
        assert words in text, words
    assert "照片：现场照片.png" in text and "张二" in text and "李四" in text


def test_an_inspector_confirms_once_and_a_confirmed_record_stays_as_confirmed(site, run_as):
    run_as("coord1", save_record, site.inspection_id, form(InspectionConclusion.PASSES))
    _confirm(site, run_as, site.inspection_id, names=TEAM[:1])
    with pytest.raises(RecordRefused, match="已确认过本记录"):
        _confirm(site, run_as, site.inspection_id, names=TEAM[:1])
    # Changed before the whole team confirmed: everyone confirms again.
    run_as("coord1", save_record, site.inspection_id, form(InspectionConclusion.PASSES))
    assert not any(mb.signed_at for mb in run_as("coord1", site_record, site.inspection_id).members)
    _confirm(site, run_as, site.inspection_id)
    with pytest.raises(RecordRefused, match="全体确认"):
        run_as(
            "coord1", save_record, site.inspection_id, form(InspectionConclusion.FAILS, failing=2)
        )
    with pytest.raises(RecordRefused, match="全体确认"):
        run_as("coord1", attach_file, site.inspection_id, "补拍.png", PNG)
    record = run_as("coord1", site_record, site.inspection_id)
    assert record.confirmed and record.conclusion is InspectionConclusion.PASSES
    assert not record.files
