"""The licence life cycle through the services, on both databases and as the staff's own
logins on PostgreSQL: a licence is registered as it is issued, changed (a new version),
renewed (validity runs on from the old end), cancelled and revoked (an end date), each act
with its document; a renewal applied for less than thirty days before expiry is refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError
from desktop.domain.licence_life import CaseKind, LicenceStatus
from desktop.services.cases import actions as cases
from desktop.services.documents.issuing import issue_document
from desktop.services.documents.licence_book import expiring, licence_versions, reminders_xlsx
from desktop.services.documents.signing_keys import init_keys
from desktop.services.sheets import read_xlsx

# The catalogue's variant items of item "one", by the kind of case they take (撤销 goes
# under the licence's own item).
ITEM_FOR = {
    CaseKind.NEW: "one",
    CaseKind.CHANGE: "one-02",
    CaseKind.RENEWAL: "one-03",
    CaseKind.CANCELLATION: "one-04",
    CaseKind.REVOCATION: "one",
}


@pytest.fixture
def licensing(bureau, engine, request):
    """The bureau with keys, its item "one" issuing licences valid for a year, with its
    变更, 延续 and 注销 variants; people act through their own logins on PostgreSQL."""
    bureau.run(init_keys, bureau.actors["admin"])
    with bureau.sessions() as session, session.begin():
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "one"))
        item.validity_years = 1
        for kind, code in ITEM_FOR.items():
            if code == "one":
                continue
            variant = m.Item(
                code=code,
                name=f"{item.name}（{kind.label}）",
                category=item.category,
                department_id=item.department_id,
                statutory_limit_days=item.statutory_limit_days,
                promised_limit_days=item.promised_limit_days,
                review_limit_days=item.review_limit_days,
                signoff_limit_days=item.signoff_limit_days,
                certificate_limit_days=item.certificate_limit_days,
                delivery_limit_days=item.delivery_limit_days,
                two_level_signoff=item.two_level_signoff,
                issues_licence=kind is not CaseKind.CANCELLATION,
                validity_years=None if kind is CaseKind.CANCELLATION else 1,
                case_kind=kind,
                base_item_id=item.id,
            )
            variant.materials = [m.ItemMaterial(seq=1, name="申请表", description="说明")]
            session.add(variant)
    if engine.dialect.name == "postgresql":
        bureau.as_staff = request.getfixturevalue("as_staff")
    else:
        bureau.as_staff = lambda name, service, *a, **k: bureau.run(
            service, bureau.actors[name], *a, **k
        )
    return bureau


def granted(bureau, kind=CaseKind.NEW, licence_no=None, scope="", **changes) -> int:
    """A case of item "one" (or its variant for the act) accepted, proposed and approved."""
    case = bureau.new_case(ITEM_FOR[kind], kind=kind, licence_no=licence_no, **changes)
    run = bureau.as_staff
    state = run("soc1", cases.claim, case.id, case.version)
    state = run(
        "soc1",
        cases.propose,
        state.id,
        state.version,
        grant=True,
        opinion="经审查，符合法定条件",
        scope=scope,
    )
    state = run("review1", cases.approve, state.id, state.version)
    return state.id


def issue(bureau, case_id: int, *kinds: DocumentType) -> list[str]:
    return [bureau.as_staff("clerk1", issue_document, case_id, kind).number for kind in kinds]


def versions(bureau, number: str, day: date | None = None):
    with bureau.sessions() as session:
        return licence_versions(session, bureau.actors["super1"], number, day)


def test_a_licence_is_registered_changed_renewed_and_cancelled(licensing):
    bureau = licensing
    first = granted(bureau, scope="预包装食品销售")
    _, number = issue(bureau, first, DocumentType.GRANT, DocumentType.LICENCE)
    (v1,) = versions(bureau, number)
    decided = bureau.case(first).decided_on
    assert (v1.licence_no, v1.version, v1.status) == (number, 1, LicenceStatus.VALID)
    assert (v1.valid_from, v1.scope, v1.holder) == (decided, "预包装食品销售", "渭南测试有限公司")
    assert v1.valid_to == decided.replace(year=decided.year + 1) - timedelta(days=1)

    # 变更: a new version with the new scope, the same validity; the old one 已变更.
    change = granted(bureau, CaseKind.CHANGE, number, scope="预包装食品销售（含冷藏冷冻食品）")
    assert bureau.case(change).licence_id is not None
    _, changed_doc = issue(bureau, change, DocumentType.GRANT, DocumentType.LICENCE)
    old, v2 = versions(bureau, changed_doc)  # found by the new document's number too
    assert old.status is LicenceStatus.CHANGED and old.ended_by_case == bureau.case(change).number
    assert (v2.version, v2.licence_no, v2.document_number) == (2, number, changed_doc)
    assert (v2.valid_from, v2.valid_to) == (v1.valid_from, v1.valid_to)
    assert v2.scope == "预包装食品销售（含冷藏冷冻食品）"

    # Expiry reminders: in the list 60 days before the end, with the holder's contact.
    soon = v1.valid_to - timedelta(days=60)
    with bureau.sessions() as session:
        due = expiring(session, bureau.actors["super1"], 90, soon)
        assert [row.version.licence_no for row in due] == [number]
        assert due[0].days_left == 60 and due[0].contact_phone == "13800000000"
        assert expiring(session, bureau.actors["super1"], 30, soon) == []
        header, rows = read_xlsx(reminders_xlsx(due, 90))
    assert "联系电话" in header and rows[0][1]["许可证编号"] == number

    # 延续 in time (forty days before the end): the new version runs on from the old end.
    bureau.clock.now = bureau.clock.now.replace(
        year=v1.valid_to.year, month=v1.valid_to.month, day=v1.valid_to.day
    ) - timedelta(days=40)
    renewal = granted(bureau, CaseKind.RENEWAL, number)
    issue(bureau, renewal, DocumentType.GRANT, DocumentType.LICENCE)
    *_, before, v3 = versions(bureau, number)
    assert before.status is LicenceStatus.RENEWED and v3.version == 3
    assert v3.valid_from == v1.valid_to + timedelta(days=1)
    assert v3.valid_to == v3.valid_from.replace(year=v3.valid_from.year + 1) - timedelta(days=1)
    assert v3.scope == v2.scope  # kept when the renewal sets none

    # 注销: the current version ends on the decision; its document is the 注销 decision.
    cancel = granted(bureau, CaseKind.CANCELLATION, number)
    with pytest.raises(DomainError):  # a cancellation issues no licence
        issue(bureau, cancel, DocumentType.LICENCE)
    (decision,) = issue(bureau, cancel, DocumentType.LICENCE_CANCELLATION)
    *_, last = versions(bureau, number)
    assert last.version == 3 and last.status is LicenceStatus.CANCELLED
    assert last.ended_on == bureau.case(cancel).decided_on
    with bureau.sessions() as session:
        ended_by = session.scalar(
            sa.select(m.Licence.ended_by_document_id).where(m.Licence.version == 3)
        )
        assert session.get(m.IssuedDocument, ended_by).number == decision
    # Nothing acts on a cancelled licence any more.
    with pytest.raises(DomainError, match="已注销"):
        bureau.new_case("one-02", kind=CaseKind.CHANGE, licence_no=number)


def test_a_renewal_too_late_is_refused_and_a_licence_revoked(licensing):
    bureau = licensing
    first = granted(bureau)
    _, number = issue(bureau, first, DocumentType.GRANT, DocumentType.LICENCE)
    (v1,) = versions(bureau, number)
    # Twenty days before the end: art. 50's thirty days have passed.
    bureau.clock.now = bureau.clock.now.replace(
        year=v1.valid_to.year, month=v1.valid_to.month, day=v1.valid_to.day
    ) - timedelta(days=20)
    with bureau.sessions() as session:
        count = session.scalar(sa.select(sa.func.count()).select_from(m.Case))
    with pytest.raises(DomainError, match="三十日前") as refused:
        bureau.new_case("one-03", kind=CaseKind.RENEWAL, licence_no=number)
    assert (v1.valid_to - timedelta(days=30)).isoformat() in str(refused.value)
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Case)) == count
    with pytest.raises(DomainError, match="不在本局的许可证登记中"):
        bureau.new_case("one-03", kind=CaseKind.RENEWAL, licence_no="无此编号")
    with pytest.raises(DomainError, match="须填写"):
        bureau.new_case("one-02", kind=CaseKind.CHANGE)
    with bureau.sessions() as session, session.begin():
        other = m.Applicant(
            kind=ApplicantKind.PERSON,
            name="张三",
            identifier="360426199101010071",
            contact_name="张三",
            contact_phone="13900000000",
        )
        session.add(other)
        session.flush()
        other_id = other.id
    from desktop.domain.actor import Actor
    from desktop.services.cases.intake import NewCase, accept_case

    someone_else = NewCase(
        "T-OTHER",
        "one-02",
        other_id,
        bureau.clock.now - timedelta(hours=1),
        kind=CaseKind.CHANGE,
        licence_no=number,
    )
    with pytest.raises(DomainError, match="持证人不是本件申请人"):
        bureau.run(accept_case, Actor.system("test"), someone_else)

    # 撤销 (the bureau's own act): the licence ends with its 撤销 decision.
    revoke = granted(bureau, CaseKind.REVOCATION, number)
    issue(bureau, revoke, DocumentType.LICENCE_REVOCATION)
    (ended,) = versions(bureau, number)
    assert ended.status is LicenceStatus.REVOKED
    # And a licence left alone reads 已过期 after its last day.
    second = granted(bureau)
    _, other = issue(bureau, second, DocumentType.GRANT, DocumentType.LICENCE)
    (v,) = versions(bureau, other, date(2099, 1, 1))
    assert v.status is LicenceStatus.EXPIRED


def test_the_front_desk_file_names_the_act_and_a_late_renewal_is_rejected(licensing):
    from desktop.domain.frontdesk_rows import COLUMNS
    from desktop.services.admin.frontdesk_import import import_frontdesk_file
    from desktop.services.sheets import write_csv

    bureau = licensing
    first = granted(bureau)
    _, number = issue(bureau, first, DocumentType.GRANT, DocumentType.LICENCE)
    (v1,) = versions(bureau, number)
    at = bureau.clock.now.replace(
        year=v1.valid_to.year, month=v1.valid_to.month, day=v1.valid_to.day
    ) - timedelta(days=45)
    bureau.clock.now = at + timedelta(days=20)  # the file comes in twenty days later

    def row(case_no: str, kind: str, licence: str, accepted):
        values = {
            "受理编号": case_no,
            "事项编码": {"延续": "one-03", "变更": "one-02"}.get(kind, "one"),
            "申请人类型": "法人或其他组织",
            "申请人名称": "渭南测试有限公司",
            "证件号码": "91610500MA6Y12345A",
            "受理时间": accepted.strftime("%Y-%m-%d %H:%M"),
            "申请类型": kind,
            "原许可证编号": licence,
        }
        return [values.get(column, "") for column in (*COLUMNS, "申请类型", "原许可证编号")]

    data = write_csv(
        (*COLUMNS, "申请类型", "原许可证编号"),
        [
            row("F1", "延续", number, at),  # 45 days ahead: in time
            row("F2", "延续", number, at + timedelta(days=20)),  # 25 days ahead: too late
            row("F3", "续期", number, at),
            row("F4", "变更", "", at),
        ],
    )
    report = bureau.run(import_frontdesk_file, bureau.actors["clerk1"], "前台.csv", data)
    assert report.added == ["F1"]
    reasons = {line: " ".join(why) for line, why in report.rejected}
    assert "三十日前" in reasons[3] and "申请类型" in reasons[4] and "须填写" in reasons[5]
    with bureau.sessions() as session:
        case = session.scalar(sa.select(m.Case).where(m.Case.number == "F1"))
        assert case.kind is CaseKind.RENEWAL and case.licence_id is not None
        assert session.scalar(sa.select(m.Case.id).where(m.Case.number == "F2")) is None


def test_an_act_goes_under_the_licences_variant_for_it(licensing):
    """At intake and in the front-desk file: 变更/延续/注销 under the licence's item's variant
    of that kind, 撤销 under the licence's own item; anything else refused, nothing written."""
    from desktop.domain.frontdesk_rows import COLUMNS
    from desktop.services.admin.frontdesk_import import import_frontdesk_file
    from desktop.services.sheets import write_csv

    bureau = licensing
    first = granted(bureau)
    _, number = issue(bureau, first, DocumentType.GRANT, DocumentType.LICENCE)
    with bureau.sessions() as session:
        count = session.scalar(sa.select(sa.func.count()).select_from(m.Case))
    for code, kind, why in (
        ("one-04", CaseKind.REVOCATION, "准予许可的事项下"),
        ("one-02", CaseKind.REVOCATION, "准予许可的事项下"),
        ("one-03", CaseKind.CHANGE, "不是许可证"),
        ("one", CaseKind.CANCELLATION, "不是许可证"),
        ("two", CaseKind.CHANGE, "不是许可证"),
    ):
        with pytest.raises(DomainError, match=why):
            bureau.new_case(code, kind=kind, licence_no=number)
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Case)) == count

    def row(case_no: str, code: str, kind: str):
        values = {
            "受理编号": case_no,
            "事项编码": code,
            "申请人类型": "法人或其他组织",
            "申请人名称": "渭南测试有限公司",
            "证件号码": "91610500MA6Y12345A",
            "受理时间": bureau.clock.now.strftime("%Y-%m-%d %H:%M"),
            "申请类型": kind,
            "原许可证编号": number,
        }
        return [values.get(column, "") for column in (*COLUMNS, "申请类型", "原许可证编号")]

    data = write_csv(
        (*COLUMNS, "申请类型", "原许可证编号"),
        [row("G1", "one-02", "撤销"), row("G2", "one-04", "变更"), row("G3", "one-02", "变更")],
    )
    report = bureau.run(import_frontdesk_file, bureau.actors["clerk1"], "前台.csv", data)
    assert report.added == ["G3"]
    reasons = {line: " ".join(why) for line, why in report.rejected}
    assert "准予许可的事项下" in reasons[2] and "不是许可证" in reasons[3]


def test_a_voided_licence_document_is_undone_and_issued_again_once(licensing):
    """Voiding a licence (or 注销) document undoes what it wrote in the register: the version
    it made reads 已作废, the version its act ended is in force again; the document issued in
    its place makes exactly one valid version of the same licence; the old one verifies as
    已作废 by its PDF and its QR code."""
    from desktop.documents.metadata import read_record
    from desktop.services.documents.issuing import verify_document, verify_qr, void_document

    bureau = licensing
    run = bureau.as_staff

    def valid(number):
        return [v.version for v in versions(bureau, number) if v.status is LicenceStatus.VALID]

    first = granted(bureau)
    issue(bureau, first, DocumentType.GRANT)
    voided = run("clerk1", issue_document, first, DocumentType.LICENCE)
    number = voided.number
    run("clerk1", void_document, number, "打印信息有误")
    (v1,) = versions(bureau, number)
    assert v1.status is LicenceStatus.VOID and v1.ended_on == bureau.clock.now.date()
    with bureau.sessions() as session:
        clerk = bureau.actors["clerk1"]
        checked = verify_document(session, clerk, voided.pdf)
        assert checked.status == "void" and "已作废" in str(checked.detail)
        record = read_record(voided.pdf)
        assert record is not None and record.qr_text
        assert verify_qr(session, clerk, record.qr_text).status == "void"
    # Issued again: the same licence, its next version, the only one valid.
    (again,) = issue(bureau, first, DocumentType.LICENCE)
    old, v2 = versions(bureau, again)
    assert (v2.licence_no, v2.version, v2.document_number) == (number, 2, again)
    assert old.status is LicenceStatus.VOID and valid(number) == [2]
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count(sa.distinct(m.Licence.licence_no)))) == 1

    # A change's licence voided: the version it made is void, the one it changed in force
    # again (a renewal could act on it); issued again, one valid version follows it.
    change = granted(bureau, CaseKind.CHANGE, number, scope="新的范围")
    issue(bureau, change, DocumentType.GRANT)
    (changed,) = issue(bureau, change, DocumentType.LICENCE)
    assert valid(number) == [3]
    run("clerk1", void_document, changed, "持证人名称错印")
    statuses = {v.version: v.status for v in versions(bureau, number)}
    assert statuses == {1: LicenceStatus.VOID, 2: LicenceStatus.VALID, 3: LicenceStatus.VOID}
    issue(bureau, change, DocumentType.LICENCE)
    statuses = {v.version: v.status for v in versions(bureau, number)}
    assert statuses[2] is LicenceStatus.CHANGED and valid(number) == [4]
    assert versions(bureau, number)[-1].scope == "新的范围"

    # A 注销 decision voided: the licence is in force again until the new decision.
    cancel = granted(bureau, CaseKind.CANCELLATION, number)
    (decision,) = issue(bureau, cancel, DocumentType.LICENCE_CANCELLATION)
    assert valid(number) == []
    run("clerk1", void_document, decision, "文号错误")
    assert valid(number) == [4]
    issue(bureau, cancel, DocumentType.LICENCE_CANCELLATION)
    assert valid(number) == [] and versions(bureau, number)[-1].status is LicenceStatus.CANCELLED
