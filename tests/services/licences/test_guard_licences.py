"""The licence register as the guard on PostgreSQL, by SQL as real staff logins: nobody
writes the register but the decision path's guarded function, which follows only a document
its caller has just registered, once; a case acting on a licence names a version in force
(a renewal thirty days before its end); a cancellation case registers no licence."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import ApplicantKind
from desktop.domain.licence_life import CaseKind
from desktop.services.documents.issuing import issue_document
from tests.services.licences.test_licence_life import granted, issue
from tests.services.licences.test_licence_life import licensing as licensing  # the fixture
from tests.services.test_guard_register import draw_and_register
from tests.support.logins import connect_as

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
REFUSED = psycopg.errors.InsufficientPrivilege
INSERT_CASE = (
    "INSERT INTO cases (number, item_id, category, applicant_id, green_channel,"
    " queue_rank, status, accepted_at, accepted_on, extension_days, due_provisional,"
    " updated_at, version, kind, licence_id)"
    " VALUES (%s, %s, 'social', %s, false, 1, 'received', %s, %s, 0, false, now(), 1, %s, %s)"
)


@pytest.fixture
def issued(licensing):
    """A licence issued by clerk1: (bureau, its number, its register row's id)."""
    case_id = granted(licensing)
    _, number = issue(licensing, case_id, DocumentType.GRANT, DocumentType.LICENCE)
    with licensing.sessions() as session:
        row = session.scalars(sa.select(m.Licence).where(m.Licence.licence_no == number)).one()
        return licensing, number, row.id, row.document_id, row.valid_to


def test_no_staff_login_writes_the_register_directly(issued, db_url):
    bureau, number, licence_id, document_id, _ = issued
    for name in ("clerk1", "head1", "super1", "soc1"):
        with connect_as(db_url, name) as connection:
            # They read it ...
            assert connection.execute(
                "SELECT licence_no FROM licences WHERE id = %s", (licence_id,)
            ).fetchone() == (number,)
            # ... and write it in no way of their own.
            for statement in (
                "UPDATE licences SET valid_to = DATE '2099-12-31' WHERE id = %s",
                "UPDATE licences SET status = 'valid' WHERE id = %s",
                "DELETE FROM licences WHERE id = %s",
                "INSERT INTO licences (licence_no, version, document_id, document_number,"
                " case_id, item_id, holder_id, valid_from, status, recorded_at)"
                " SELECT licence_no, 9, document_id, 'X', case_id, item_id, holder_id,"
                " valid_from, 'valid', now() FROM licences WHERE id = %s",
            ):
                with pytest.raises(REFUSED):
                    connection.execute(statement, (licence_id,))
    # The guarded function follows a document once, and only its own issuer's.
    record = "SELECT desk_licence_record(%s)"
    with connect_as(db_url, "head1") as connection, pytest.raises(REFUSED, match="本人刚登记"):
        connection.execute(record, (document_id,))
    with (
        connect_as(db_url, "clerk1") as connection,
        pytest.raises(psycopg.errors.UniqueViolation, match="已登记"),
    ):
        connection.execute(record, (document_id,))
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Licence)) == 1


def test_a_case_acting_on_a_licence_is_checked_at_acceptance_by_sql(issued, db_url):
    bureau, _, licence_id, _, valid_to = issued
    with bureau.sessions() as session:
        item_id = session.scalar(sa.select(m.Item.id).where(m.Item.code == "one-03"))
    late = bureau.clock.now.replace(
        year=valid_to.year, month=valid_to.month, day=valid_to.day
    ) - timedelta(days=29)
    early = late - timedelta(days=2)
    with connect_as(db_url, "clerk1") as connection:
        with pytest.raises(psycopg.errors.CheckViolation, match="三十日前"):
            connection.execute(
                INSERT_CASE,
                ("L1", item_id, bureau.applicant_id, late, late.date(), "renewal", licence_id),
            )
        with pytest.raises(psycopg.errors.CheckViolation, match="不能申请变更"):
            connection.execute(
                INSERT_CASE,
                ("L2", item_id, bureau.applicant_id, early, early.date(), "change", None),
            )
        connection.execute(
            INSERT_CASE,
            ("L3", item_id, bureau.applicant_id, early, early.date(), "renewal", licence_id),
        )
    # Someone else's licence: only its holder applies.
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
    with (
        connect_as(db_url, "clerk1") as connection,
        pytest.raises(psycopg.errors.CheckViolation, match="持证人不是本件申请人"),
    ):
        connection.execute(
            INSERT_CASE, ("L4", item_id, other_id, early, early.date(), "change", licence_id)
        )


def test_a_cancellation_case_registers_no_licence_by_sql(issued, db_url):
    bureau, number, *_ = issued
    cancel = granted(bureau, CaseKind.CANCELLATION, number)
    clerk = bureau.actors["clerk1"].user_id
    with connect_as(db_url, "clerk1") as connection:
        # (its 注销 item issues no licence either: that guard answers first for a licence)
        for doc_type, why in (("licence", "不能登记“licence”"), ("grant", "“注销”办件不能登记")):
            with pytest.raises(psycopg.errors.CheckViolation, match=why):
                draw_and_register(connection, cancel, doc_type, clerk)
    # A new licence's case takes no 注销 decision either.
    fresh = granted(bureau)
    with pytest.raises(Exception, match="不能制发"):
        bureau.as_staff("clerk1", issue_document, fresh, DocumentType.LICENCE_CANCELLATION)


def test_a_case_on_another_item_than_the_licences_variant_is_refused_by_sql(issued, db_url):
    bureau, _, licence_id, _, valid_to = issued
    with bureau.sessions() as session:
        ids = dict(session.execute(sa.select(m.Item.code, m.Item.id)).all())
    day = bureau.clock.now.replace(
        year=valid_to.year, month=valid_to.month, day=valid_to.day
    ) - timedelta(days=60)

    def insert(connection, number, code, kind):
        connection.execute(
            INSERT_CASE,
            (number, ids[code], bureau.applicant_id, day, day.date(), kind, licence_id),
        )

    with connect_as(db_url, "clerk1") as connection:
        # A revocation on a 变更 item, a change on a renewal item, a change on another
        # licence's item: each refused.
        for number, code, kind, why in (
            ("V1", "one-02", "revocation", "准予许可的事项下"),
            ("V2", "one-03", "change", "不是许可证"),
            ("V3", "two", "change", "不是许可证"),
            ("V4", "one", "renewal", "不是许可证"),
        ):
            with pytest.raises(psycopg.errors.CheckViolation, match=why):
                insert(connection, number, code, kind)
        insert(connection, "V5", "one-02", "change")
        insert(connection, "V6", "one", "revocation")
        # Nor is a case moved to another item afterwards (the clerk may not, and the trigger
        # watches item_id for whoever may).
        with pytest.raises((psycopg.errors.CheckViolation, REFUSED)):
            connection.execute(
                "UPDATE cases SET item_id = %s WHERE number = 'V5'", (ids["one-03"],)
            )
    with bureau.sessions() as session:
        made = session.scalars(sa.select(m.Case.number).where(m.Case.number.like("V%"))).all()
        assert sorted(made) == ["V5", "V6"]


def test_voiding_a_licence_document_by_sql_voids_its_version(issued, db_url):
    """Whoever voids the document (the clerk may, by the columns granted to them), the
    database voids the register's version with it: no licence stays valid on a void
    document, however the void is written."""
    _, _, licence_id, document_id, _ = issued
    with connect_as(db_url, "clerk1") as connection:
        connection.execute(
            "UPDATE issued_documents SET void = true, voided_at = now(), void_reason = '错印'"
            " WHERE id = %s",
            (document_id,),
        )
        assert connection.execute(
            "SELECT status, ended_by_document_id FROM licences WHERE id = %s", (licence_id,)
        ).fetchone() == ("void", document_id)
        # and the register still refuses a hand that would put it back
        with pytest.raises(REFUSED):
            connection.execute("UPDATE licences SET status = 'valid' WHERE id = %s", (licence_id,))
