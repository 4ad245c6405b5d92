"""Service of the result (送达): the hand-over records who signed, their ID, capacity and the
method, with the clerk as server; the proof names the applicant as addressee and masks the ID."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.delivery import Capacity, Receipt, ServiceMethod
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.services.documents.issuing import issue_document
from desktop.services.documents.print_queue import hand_over
from desktop.services.documents.signing_keys import init_keys
from tests.services.documents.test_issuing import decided, text_of
from tests.support.logins import connect_as


@pytest.fixture
def keyed(bureau):
    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


AGENT_ID = "11010519491231002X"
AGENT = Receipt(
    "王五",
    AGENT_ID,
    Capacity.AGENT,
    ServiceMethod.DIRECT,
    "渭南测试有限公司2026年3月18日出具的授权委托书，委托领取审批结果",
    "统一出件窗口",
)


def test_a_hand_over_records_the_signer_and_prints_a_proof_of_service(keyed):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    proof = keyed.run(hand_over, clerk, case_id, AGENT)
    text = text_of(proof.pdf)
    assert "受送达人渭南测试有限公司" in text  # the applicant, not the person who signed
    assert "签收人王五（委托代理人）" in text
    assert "110105********002X" in text and AGENT_ID not in text
    assert "2026年3月18日出具的授权委托书" in text
    assert "送达方式直接送达" in text
    assert "送达人用户clerk1" in text  # the clerk who handed it over
    with keyed.sessions() as session:
        record = session.scalars(sa.select(m.CaseDelivery)).one()
        assert (record.case_id, record.signer_id_number) == (case_id, AGENT_ID)
        assert record.served_by_id == clerk.user_id and record.capacity is Capacity.AGENT
        assert session.get(m.Case, case_id).status is CaseStatus.DELIVERED
        audited = session.scalars(
            sa.select(m.AuditEntry).where(m.AuditEntry.action == "record_delivery")
        ).one()
        assert audited.new["signer_id"] == "110105********002X"  # the trail masks it too


@pytest.mark.parametrize(
    ("receipt", "message"),
    [
        (Receipt("王五", "", Capacity.AGENT, authorisation="委托书"), "居民身份证号码"),
        (Receipt("王五", "110105194912310021", Capacity.AGENT, authorisation="委托书"), "校验码"),
        (Receipt("王五", AGENT_ID, Capacity.AGENT), "授权委托书"),
        (Receipt("王五", AGENT_ID, Capacity.SELF), "法定代表人或委托代理人"),
        (Receipt(" ", AGENT_ID, Capacity.LEGAL_REPRESENTATIVE), "签收人姓名"),
    ],
)
def test_a_wrong_receipt_is_refused_and_changes_nothing(keyed, receipt, message):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    with pytest.raises(DomainError, match=message):
        keyed.run(hand_over, clerk, case_id, receipt)
    with keyed.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.CaseDelivery)) == 0
        assert session.get(m.Case, case_id).status is CaseStatus.APPROVED


def test_a_posted_result_needs_no_id_at_the_window(keyed):
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed, grant=False)
    keyed.run(issue_document, clerk, case_id, DocumentType.REJECTION)
    address = "渭南市高新区崇业路18号"
    posted = Receipt("赵六", "", Capacity.LEGAL_REPRESENTATIVE, ServiceMethod.POST, place=address)
    text = text_of(keyed.run(hand_over, clerk, case_id, posted).pdf)
    assert "送达方式邮寄送达" in text and "崇业路18号" in text
    assert "签收人赵六（法定代表人）" in text and "签收人身份证号码" not in text


@pytest.mark.parametrize("backend", ["postgres"])
def test_the_clerks_own_login_may_record_the_service(keyed, as_staff, db_url):
    """The grants and row security let the clerk write the record in their own name, dated
    by the server; by SQL it cannot be rewritten, removed or written in another's name."""
    clerk = keyed.actors["clerk1"]
    case_id = decided(keyed)
    keyed.run(issue_document, clerk, case_id, DocumentType.GRANT)
    proof = as_staff("clerk1", hand_over, case_id, AGENT)
    assert "签收人王五（委托代理人）" in text_of(proof.pdf)
    with keyed.sessions() as session:
        assert session.scalars(sa.select(m.CaseDelivery.served_by_id)).one() == clerk.user_id
    other = decided(keyed)
    with connect_as(db_url, "clerk1") as connection:
        for statement in (
            "UPDATE case_deliveries SET served_at = now() - interval '30 days'",
            "UPDATE case_deliveries SET signer = '李四'",
            "DELETE FROM case_deliveries",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO case_deliveries (case_id, method, place, signer, signer_id_number,"
                " capacity, authorisation, served_by_id, served_at)"
                " VALUES (%s, 'direct', '', '王五', '', 'self', '', %s, now())",
                (other, keyed.actors["soc1"].user_id),
            )
