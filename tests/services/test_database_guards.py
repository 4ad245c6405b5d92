"""The database is the guard: ordinary staff logins, typing SQL themselves (raw psycopg, not
through the app), are refused whatever the services would refuse."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus
from desktop.services import cases
from desktop.services.numbering import next_serial
from tests.support.logins import connect_as, give_logins

pytestmark = pytest.mark.parametrize("backend", ["postgres"])

REFUSED = (psycopg.errors.InsufficientPrivilege,)


@pytest.fixture
def logins(bureau):
    """Every account of the test bureau with a login of its own."""
    give_logins(bureau.sessions, bureau.actors)
    return bureau


def act_sql(connection: psycopg.Connection, case_id: int, action: str, version: int, actor: int):
    return connection.execute(
        "SELECT desk_case_act(%s, %s, %s, %s, NULL, NULL, %s, now())",
        (case_id, action, version, "同意", actor),
    ).fetchone()


def test_a_handler_cannot_approve_a_case_of_the_other_queue(logins, db_url):
    case = logins.new_case("window")  # social affairs, decided by its handler
    state = logins.run(cases.claim, logins.actors["soc1"], case.id, case.version)
    eng1 = logins.actors["eng1"]
    with connect_as(db_url, "eng1") as connection:
        assert (
            connection.execute("SELECT count(*) FROM cases WHERE id = %s", (case.id,)).fetchone()[0]
            == 0
        )  # not even visible to the other queue
        with pytest.raises(REFUSED, match="不允许"):
            act_sql(connection, case.id, "approve", state.version, eng1.user_id)
        with pytest.raises(REFUSED, match="他人名义"):  # nor in the name of its handler
            act_sql(connection, case.id, "approve", state.version, logins.actors["soc1"].user_id)
    with connect_as(db_url, "soc1") as connection:  # its own handler may
        act_sql(connection, case.id, "approve", state.version, logins.actors["soc1"].user_id)
    assert logins.case(case.id).status is CaseStatus.APPROVED


def test_only_a_handler_of_the_queue_claims_its_next_case_and_only_for_themselves(logins, db_url):
    case = logins.new_case("two")  # engineering
    eng1, eng2, soc1 = (logins.actors[name].user_id for name in ("eng1", "eng2", "soc1"))
    claim_next = "SELECT id, handler_id, status FROM desk_claim_next('engineering', %s, now())"
    with connect_as(db_url, "soc1") as connection, pytest.raises(REFUSED, match="承办人"):
        connection.execute(claim_next, (soc1,))
    with connect_as(db_url, "eng1") as connection:
        with pytest.raises(REFUSED, match="他人名义"):
            connection.execute(claim_next, (eng2,))
        with pytest.raises(REFUSED):  # the move behind it, without the caller's checks
            connection.execute(
                "SELECT desk_case_move(%s, %s, 'claim', NULL, NULL, NULL, NULL, now())",
                (eng1, case.id),
            )
        assert connection.execute(claim_next, (eng1,)).fetchone() == (
            case.id,
            eng1,
            "under_review",
        )
        assert connection.execute(claim_next, (eng1,)).fetchone() is None  # the pool is empty


def test_a_handler_cannot_change_a_status_directly(logins, db_url, pg_admin_url):
    case = logins.new_case("two")
    logins.run(cases.claim, logins.actors["eng1"], case.id, case.version)
    with connect_as(db_url, "eng1") as connection:
        with pytest.raises(REFUSED):
            connection.execute("UPDATE cases SET status = 'approved' WHERE id = %s", (case.id,))
        with pytest.raises(REFUSED):
            connection.execute("UPDATE cases SET handler_id = NULL WHERE id = %s", (case.id,))
        # What the clock derives stays the handler's to refresh.
        connection.execute("UPDATE cases SET due_provisional = false WHERE id = %s", (case.id,))
    # Even with the column granted by mistake, the trigger refuses the change.
    admin = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as dba:
        dba.exec_driver_sql("GRANT UPDATE (status) ON cases TO desk_handler_engineering")
    try:
        with connect_as(db_url, "eng1") as connection, pytest.raises(REFUSED, match="办理流程"):
            connection.execute("UPDATE cases SET status = 'approved' WHERE id = %s", (case.id,))
    finally:
        with admin.connect() as dba:
            dba.exec_driver_sql("REVOKE UPDATE (status) ON cases FROM desk_handler_engineering")
        admin.dispose()
    assert logins.case(case.id).status is CaseStatus.UNDER_REVIEW


def test_nobody_edits_or_deletes_the_audit_trail(logins, db_url):
    case = logins.new_case("two")
    logins.run(cases.claim, logins.actors["eng1"], case.id, case.version)
    with connect_as(db_url, "super1") as connection:
        row = connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        for statement in (
            "UPDATE audit_log SET actor = 'nobody' WHERE id = %s",
            "DELETE FROM audit_log WHERE id = %s",
        ):
            with pytest.raises(REFUSED):
                connection.execute(statement, (row,))
        with pytest.raises(REFUSED):
            connection.execute("TRUNCATE audit_log")
    owner = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")  # the DBA, a superuser
    try:
        with owner.connect() as dba:
            for statement in (
                f"UPDATE audit_log SET actor = 'nobody' WHERE id = {row}",
                f"DELETE FROM audit_log WHERE id = {row}",
                "TRUNCATE audit_log",
            ):
                with pytest.raises(sa.exc.DBAPIError, match="只能追加"):
                    dba.exec_driver_sql(statement)
    finally:
        owner.dispose()


def test_a_clerk_cannot_change_a_counter(logins, db_url):
    with logins.sessions() as session, session.begin():
        assert next_serial(session, "licence", 2026) == 1
    with connect_as(db_url, "clerk1") as connection:
        assert connection.execute("SELECT desk_next_serial('licence', 2026)").fetchone()[0] == 2
        for statement in (
            "UPDATE number_counters SET last_serial = 0",
            "DELETE FROM number_counters",
            "INSERT INTO number_counters (doc_type, year, last_serial) VALUES ('x', 2026, 5)",
        ):
            with pytest.raises(REFUSED):
                connection.execute(statement)
        # A document may carry only a number that was handed out.
        clerk = logins.actors["clerk1"].user_id
        with pytest.raises(REFUSED):
            connection.execute(
                "INSERT INTO issued_documents (doc_type, year, serial, number, issued_at,"
                " issued_by_id, void, reprints) VALUES ('licence', 2026, 9, 'X9', now(), %s,"
                " false, 0)",
                (clerk,),
            )
        connection.execute(
            "INSERT INTO issued_documents (doc_type, year, serial, number, issued_at,"
            " issued_by_id, void, reprints) VALUES ('licence', 2026, 2, 'X2', now(), %s,"
            " false, 0)",
            (clerk,),
        )
        with pytest.raises(REFUSED):
            connection.execute("UPDATE issued_documents SET number = 'X3' WHERE serial = 2")
        # Voiding it is allowed (the clerk's job), for good; what it says never changes.
        voided = connection.execute(
            "UPDATE issued_documents SET void = true, reprints = 1 WHERE serial = 2"
        )
        assert voided.rowcount == 1
        for statement in (
            "UPDATE issued_documents SET void = false WHERE serial = 2",
            "UPDATE issued_documents SET reprints = 0 WHERE serial = 2",
            "DELETE FROM issued_documents WHERE serial = 2",
        ):
            with pytest.raises(REFUSED):
                connection.execute(statement)
    with connect_as(db_url, "admin") as connection, pytest.raises(REFUSED):
        connection.execute("SELECT desk_next_serial('licence', 2026)")


def test_nobody_grants_themselves_a_role(logins, db_url):
    with connect_as(db_url, "eng1") as connection:
        for statement in (
            "GRANT desk_admin TO eng1",
            "GRANT desk_head TO eng1",
            "SET ROLE desk_user_admin",
            "SET ROLE desk_workflow",
            "ALTER ROLE eng1 CREATEROLE",
            "SELECT desk_user_set_roles('eng1', ARRAY['head'])",
        ):
            with pytest.raises((*REFUSED, psycopg.errors.InvalidParameterValue)):
                connection.execute(statement)
    with connect_as(db_url, "admin") as connection:
        with pytest.raises(REFUSED):
            connection.execute("GRANT desk_head TO admin")
        with pytest.raises(REFUSED, match="自己的角色"):
            connection.execute("SELECT desk_user_set_roles('admin', ARRAY['admin', 'head'])")
        # An admin may re-role someone else, within the job roles only, and may neither hand
        # out the admin role nor take over another admin's account.
        connection.execute("SELECT desk_user_set_roles('eng2', ARRAY['handler_social'])")
        with pytest.raises(REFUSED, match="数据库管理员"):
            connection.execute("SELECT desk_user_set_roles('eng1', ARRAY['admin'])")
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            connection.execute(
                "SELECT desk_user_set_roles('eng2', ARRAY['pg_execute_server_program'])"
            )
        with pytest.raises(psycopg.errors.DuplicateObject):  # not one of ours: left alone
            connection.execute(
                "SELECT desk_user_add('postgres', '冒名', ARRAY['clerk'],"
                " 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:a2V5', NULL)"
            )
    with connect_as(db_url, "eng2") as connection:
        held = connection.execute(
            "SELECT pg_has_role('desk_handler_social', 'MEMBER'),"
            " pg_has_role('desk_handler_engineering', 'MEMBER')"
        ).fetchone()
    assert held == (True, False)


def test_roles_do_not_read_cases_they_must_not_see(logins, db_url):
    engineering = logins.new_case("two")
    social = logins.new_case("one")
    with logins.sessions() as session:
        applicant = session.get(m.Case, social.id).applicant_id
    with connect_as(db_url, "eng1") as connection:
        seen = {row[0] for row in connection.execute("SELECT id FROM cases")}
        assert engineering.id in seen and social.id not in seen
        for table in ("case_events", "case_materials"):
            rows = connection.execute(
                f"SELECT count(*) FROM {table} WHERE case_id = %s", (social.id,)
            ).fetchone()[0]
            assert rows == 0, table
    with connect_as(db_url, "soc1") as connection:
        assert (
            connection.execute(
                "SELECT count(*) FROM cases WHERE id = %s", (engineering.id,)
            ).fetchone()[0]
            == 0
        )
        assert (
            connection.execute(
                "SELECT count(*) FROM applicants WHERE id = %s", (applicant,)
            ).fetchone()[0]
            == 1
        )  # applicants of their own queue's cases
    with connect_as(db_url, "review1") as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] >= 2
    with connect_as(db_url, "admin") as connection, pytest.raises(REFUSED):
        connection.execute("SELECT * FROM cases")  # the admin keeps users, not cases
    with connect_as(db_url, "eng1") as connection, pytest.raises(REFUSED):
        connection.execute("SELECT * FROM audit_log")
