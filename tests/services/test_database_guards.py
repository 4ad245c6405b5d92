"""The database is the guard: ordinary staff logins, typing SQL themselves (raw psycopg, not
through the app), are refused whatever the services would refuse."""

from __future__ import annotations

from datetime import date, datetime

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus
from desktop.domain.timezone import CHINA
from desktop.domain.workflow import Action
from desktop.services.cases import actions as cases
from desktop.services.cases import urging
from desktop.services.documents.numbering import next_serial
from desktop.services.inspections.changes import cancel_inspection
from tests.support.inspection_bureau import pauses
from tests.support.logins import connect_as, give_logins, staff_sessions

pytestmark = pytest.mark.parametrize("backend", ["postgres"])

REFUSED = (psycopg.errors.InsufficientPrivilege,)


@pytest.fixture
def logins(bureau):
    """Every account of the test bureau with a login of its own."""
    give_logins(bureau.sessions, bureau.actors)
    return bureau


def assert_refused(connection: psycopg.Connection, *statements: str) -> None:
    for statement in statements:
        with pytest.raises(REFUSED):
            connection.execute(statement)


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
        # Answered as if it did not exist: neither its number nor its status is told.
        with pytest.raises(psycopg.errors.NoDataFound, match="不存在") as refused:
            act_sql(connection, case.id, "approve", state.version, eng1.user_id)
        assert case.number not in str(refused.value) and "review" not in str(refused.value)
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
        # The queue order stays the handler's to refresh (the due dates are the database's
        # to count: test_guard_time.py).
        connection.execute("UPDATE cases SET queue_rank = queue_rank WHERE id = %s", (case.id,))
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


def test_only_their_triggers_write_the_month_tallies(logins, db_url):
    case = logins.new_case("two")
    logins.run(cases.claim, logins.actors["eng1"], case.id, case.version)
    with connect_as(db_url, "admin") as connection:  # recounted on behalf of the admin
        connection.execute(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-11-18', 'holiday', 'x')"
        )
    with connect_as(db_url, "super1") as connection:
        assert connection.execute("SELECT sum(cases) FROM case_month_tallies").fetchone() == (1,)
        assert_refused(
            connection,
            "UPDATE case_month_tallies SET cases = cases + 1",
            "DELETE FROM case_month_tallies",
            "INSERT INTO case_month_tallies SELECT * FROM case_month_tallies",
        )
    with connect_as(db_url, "clerk1") as connection, pytest.raises(REFUSED):
        connection.execute("SELECT count(*) FROM case_month_tallies")


def approved_case(bureau) -> int:
    case = bureau.new_case("window")
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    return bureau.run(cases.approve, soc1, state.id, state.version).id


def licence_sql(serial: int) -> str:
    return f"渭高审批许〔2026〕{serial:04d}号"


def test_a_clerk_cannot_change_a_counter(logins, db_url):
    case_id = approved_case(logins)
    with logins.sessions() as session, session.begin():
        assert next_serial(session, "licence", 2026) == 1  # the DBA's own business
    clerk = logins.actors["clerk1"].user_id
    register = (
        "INSERT INTO issued_documents (case_id, doc_type, year, serial, number, issued_at,"
        " issued_by_id, void, reprints) VALUES (%s, 'licence', 2026, %s, %s, now(), %s,"
        " false, 0)"
    )
    with connect_as(db_url, "clerk1") as connection:
        assert_refused(
            connection,
            "UPDATE number_counters SET last_serial = 0",
            "DELETE FROM number_counters",
            "INSERT INTO number_counters (doc_type, year, last_serial) VALUES ('x', 2026, 5)",
        )
        # A document may carry only a number that was handed out.
        with pytest.raises(REFUSED):
            connection.execute(register, (case_id, 9, licence_sql(9), clerk))
        with connection.transaction():  # the number and its document, together
            serial = connection.execute("SELECT desk_next_serial('licence', 2026)").fetchone()[0]
            assert serial == 2
            connection.execute(register, (case_id, serial, licence_sql(serial), clerk))
        with pytest.raises(REFUSED):
            connection.execute("UPDATE issued_documents SET number = 'X3' WHERE serial = 2")
        # Voiding it is allowed (the clerk's job), for good; what it says never changes.
        voided = connection.execute(
            "UPDATE issued_documents SET void = true, reprints = 1 WHERE serial = 2"
        )
        assert voided.rowcount == 1
        assert_refused(
            connection,
            "UPDATE issued_documents SET void = false WHERE serial = 2",
            "UPDATE issued_documents SET reprints = 0 WHERE serial = 2",
            "DELETE FROM issued_documents WHERE serial = 2",
        )
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


URGE = (
    "INSERT INTO case_urges (case_id, urged_at, urged_by_id, handler_id, level, message)"
    " VALUES (%s, now(), %s, %s, 'red', '快办')"
)
ACKNOWLEDGE = "UPDATE case_urges SET acknowledged_at = now() WHERE id = %s"


def test_only_the_urged_handler_acknowledges_an_urge_even_by_sql(logins, db_url):
    late = logins.new_case("two", accepted_at=datetime(2026, 10, 12, 9, tzinfo=CHINA))
    state = logins.run(cases.claim, logins.actors["eng1"], late.id, late.version)
    line = logins.run(urging.urge_case, logins.actors["super1"], state.id, "请今日办结")
    ids = {name: actor.user_id for name, actor in logins.actors.items()}
    with connect_as(db_url, "soc1") as connection:  # the other queue does not see it
        assert connection.execute("SELECT count(*) FROM case_urges").fetchone() == (0,)
    with connect_as(db_url, "eng2") as connection:  # the same queue sees it, cannot mark it
        seen = connection.execute("SELECT count(*) FROM case_urges WHERE id = %s", (line.id,))
        assert seen.fetchone() == (1,)
        assert connection.execute(ACKNOWLEDGE, (line.id,)).rowcount == 0
    with connect_as(db_url, "super1") as connection:
        with pytest.raises(REFUSED):
            connection.execute(ACKNOWLEDGE, (line.id,))
        # Urges go out in the sender's own name, to the case's handler.
        for urged_by, handler in ((ids["head1"], ids["eng1"]), (ids["super1"], ids["eng2"])):
            with pytest.raises(REFUSED):
                connection.execute(URGE, (state.id, urged_by, handler))
        connection.execute(URGE, (state.id, ids["super1"], ids["eng1"]))
    with connect_as(db_url, "eng1") as connection:
        with pytest.raises(REFUSED):  # a handler sends no urges
            connection.execute(URGE, (state.id, ids["eng1"], ids["eng1"]))
        with pytest.raises(REFUSED):  # and changes nothing of one but its acknowledgement
            connection.execute("UPDATE case_urges SET message = '' WHERE id = %s", (line.id,))
        assert connection.execute(ACKNOWLEDGE, (line.id,)).rowcount == 1


def test_a_coordinator_moves_a_case_only_by_cancelling_its_last_inspection(logins, pool, db_url):
    with logins.sessions() as session:
        case_id = session.get(m.Inspection, pool.inspections[0]).case_id
    inspected = logins.case(case_id)
    other = logins.new_case("two")  # no inspection; its clock stopped for a supplement
    state = logins.run(cases.claim, logins.actors["eng1"], other.id, other.version)
    with logins.sessions() as session:
        material = session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == other.id).limit(1)
        )
    logins.run(cases.request_supplement, logins.actors["eng1"], state.id, state.version, [material])
    coordinator = logins.actors["coord1"].user_id
    close_pauses = "UPDATE clock_pauses SET ended_on = DATE '2026-11-17' WHERE case_id = %s"
    with connect_as(db_url, "coord1") as connection:
        for column in ("status = 'under_review'", "handler_id = NULL", "closed_on = now()"):
            with pytest.raises(REFUSED):
                connection.execute(f"UPDATE cases SET {column} WHERE id = %s", (inspected.id,))
        with pytest.raises(REFUSED):  # the history records transitions only through the function
            connection.execute(
                "INSERT INTO case_events (case_id, at, actor_id, action, from_status, to_status)"
                " VALUES (%s, now(), %s, 'cancel_inspection', 'inspection', 'under_review')",
                (inspected.id, coordinator),
            )
        for action in ("end_inspection", "approve", "terminate"):
            # In words, not codes: "办件 … 当前状态为“现场踏勘”，您不能“批准”".
            words = f"当前状态为“现场踏勘”，您不能“{Action(action).label}”"
            with pytest.raises(REFUSED, match=words):
                act_sql(connection, inspected.id, action, inspected.version, coordinator)
        with pytest.raises(psycopg.errors.CheckViolation, match="未取消的踏勘"):
            act_sql(connection, inspected.id, "cancel_inspection", inspected.version, coordinator)
        # Nor the clock: not while the inspection is open, nor of a case without one.
        assert changes_nothing(connection, close_pauses, inspected.id)
        assert changes_nothing(connection, close_pauses, other.id)
        assert changes_nothing(
            connection,
            "UPDATE cases SET promised_due_on = DATE '2030-01-01' WHERE id = %s",
            other.id,
        )
    coordinator_sessions = staff_sessions(db_url, "coord1")
    try:
        with coordinator_sessions() as session, session.begin():
            cancel_inspection(session, pool.coordinator, pool.inspections[0], "现场已拆除")
    finally:
        coordinator_sessions.kw["bind"].dispose()
    after = logins.case(inspected.id)
    assert after.status is CaseStatus.UNDER_REVIEW
    assert after.promised_due_on == date(2026, 11, 30)  # paused on the day it was requested
    with connect_as(db_url, "coord1") as connection, pytest.raises(REFUSED, match="您不能"):
        act_sql(connection, inspected.id, "cancel_inspection", after.version, coordinator)
    assert logins.case(other.id).status is CaseStatus.SUPPLEMENT_REQUESTED


END_PAUSES = "UPDATE clock_pauses SET ended_on = DATE '2026-12-31' WHERE case_id = %s"
REOPEN_PAUSES = "UPDATE clock_pauses SET ended_on = NULL WHERE case_id = %s"
ADD_PAUSE = (
    "INSERT INTO clock_pauses (case_id, kind, started_on) VALUES (%s, %s, DATE '2026-11-02')"
)


def changes_nothing(connection: psycopg.Connection, statement: str, *parameters) -> bool:
    """Refused outright, or no row the login may change: either way nothing moved."""
    try:
        return connection.execute(statement, parameters).rowcount == 0
    except REFUSED:
        return True


def test_only_the_steps_that_stop_and_restart_a_clock_write_its_pauses(logins, db_url):
    eng1 = logins.actors["eng1"]
    case = logins.new_case("two")
    state = logins.run(cases.claim, eng1, case.id, case.version)
    with logins.sessions() as session:
        material = session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == case.id).limit(1)
        )
    notice = logins.run(cases.request_supplement, eng1, case.id, state.version, [material])
    paused = pauses(logins, case.id)
    assert [(kind, ended) for kind, _, ended in paused] == [("supplement", None)]
    # Reviewers, heads, clerks, supervisors, coordinators and the other handlers of the queue
    # stop and restart no clock of a case under review.
    for name in ("review1", "head1", "clerk1", "super1", "coord1", "eng2"):
        with connect_as(db_url, name) as connection:
            assert changes_nothing(connection, END_PAUSES, case.id), name
            with pytest.raises(REFUSED):
                connection.execute(ADD_PAUSE, (case.id, "special_procedure"))
    with connect_as(db_url, "eng1") as connection:
        # Its handler neither, but by the steps themselves: not while the materials are
        # awaited, and no pause of a step the case is not in.
        assert changes_nothing(connection, END_PAUSES, case.id)
        for kind in ("special_procedure", "inspection"):
            with pytest.raises(REFUSED):
                connection.execute(ADD_PAUSE, (case.id, kind))
    assert pauses(logins, case.id) == paused
    logins.run(cases.receive_supplement, eng1, case.id, notice.state.version)
    ended = pauses(logins, case.id)
    assert [(kind, on) for kind, _, on in ended] == [("supplement", date(2026, 11, 16))]
    # A pause once ended stays as it ended, for everyone.
    for name in ("eng1", "review1", "head1", "clerk1", "super1", "coord1"):
        with connect_as(db_url, name) as connection:
            for statement in (END_PAUSES, REOPEN_PAUSES):
                assert changes_nothing(connection, statement, case.id), (name, statement)
    assert pauses(logins, case.id) == ended


def test_a_coordinator_schedules_an_inspection_but_never_records_its_result(logins, pool, db_url):
    inspection = pool.inspections[0]
    with connect_as(db_url, "coord1") as connection:
        for change in (
            "conclusion = 'passes'",
            "findings = '现场与材料一致'",
            "completed_at = now()",
            "status = 'done'",
        ):
            with pytest.raises(REFUSED):
                connection.execute(f"UPDATE inspections SET {change} WHERE id = %s", (inspection,))
        # What the draws and the coordinator's changes write stays theirs.
        scheduled = connection.execute(
            "UPDATE inspections SET status = 'scheduled', scheduled_on = DATE '2026-11-17',"
            " half_day = 'am', window_end = DATE '2026-11-20' WHERE id = %s",
            (inspection,),
        )
        assert scheduled.rowcount == 1
    with connect_as(db_url, "eng1") as connection:
        # Its handler records the result only with the step that ends the inspection.
        with pytest.raises(REFUSED):
            connection.execute(
                "UPDATE inspections SET status = 'done', conclusion = 'passes',"
                " findings = '合格', completed_at = now() WHERE id = %s",
                (inspection,),
            )
        with pytest.raises(REFUSED):
            connection.execute(
                "UPDATE inspections SET scheduled_on = DATE '2026-11-18' WHERE id = %s",
                (inspection,),
            )
    with logins.sessions() as session:
        row = session.get(m.Inspection, inspection)
        assert (row.status, row.conclusion, row.findings, row.completed_at) == (
            "scheduled",
            None,
            None,
            None,
        )


DRAW_LOG = (
    "INSERT INTO inspection_draw_log (draw_id, inspection_id, kind, at, actor, reason)"
    " VALUES (NULL, %s, %s, now(), %s, '撤回')"
)


def test_a_case_s_closers_cancel_its_inspections_only_by_closing_it(logins, pool, db_url):
    open_one, closed_one = pool.inspections[0], pool.inspections[1]
    with logins.sessions() as session:
        case_ids = {i: session.get(m.Inspection, i).case_id for i in pool.inspections}
    for name in ("eng1", "head1", "super1"):
        with connect_as(db_url, name) as connection:
            cancel = "UPDATE inspections SET status = 'cancelled' WHERE id = %s"
            assert changes_nothing(connection, cancel, open_one), name
            with pytest.raises(REFUSED):
                connection.execute(DRAW_LOG, (open_one, "cancel", name))
    closed = logins.case(case_ids[closed_one])
    logins.run(cases.withdraw, logins.actors["eng1"], closed.id, closed.version, "申请人撤回")
    with connect_as(db_url, "eng1") as connection:
        # Not even on a closed case: the log says only what the withdrawal did, in their name.
        for kind, actor in (("result", "eng1"), ("override", "eng1"), ("cancel", "coord1")):
            with pytest.raises(REFUSED):
                connection.execute(DRAW_LOG, (closed_one, kind, actor))
        with pytest.raises(REFUSED):  # and nothing of an open case's inspection
            connection.execute(DRAW_LOG, (open_one, "cancel", "eng1"))
    with connect_as(db_url, "review1") as connection, pytest.raises(REFUSED):
        connection.execute(DRAW_LOG, (closed_one, "cancel", "review1"))
    with logins.sessions() as session:
        statuses = {i: session.get(m.Inspection, i).status for i in pool.inspections}
    assert statuses[open_one] == "requested" and statuses[closed_one] == "cancelled"
