"""Time and the dates derived from it are the database's: the server's clock dates every
decision, history event and pause whatever the caller sends; no login writes a due date
or a pause; and the database counts due dates as the clock does in Python. On SQLite the
services keep the same rules with their own clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.cases import actions as cases
from desktop.services.deadlines import counted_due_dates
from desktop.services.server_clock import check_clock
from tests.services.conftest import START
from tests.support.inspection_bureau import pauses
from tests.support.logins import connect_as

REFUSED = (psycopg.errors.InsufficientPrivilege,)
on_postgres = pytest.mark.parametrize("backend", ["postgres"])
on_sqlite = pytest.mark.parametrize("backend", ["sqlite"])
DUE_COLUMNS = {
    "promised_due_on": "DATE '2099-01-01'",
    "promised_warn_on": "DATE '2099-01-01'",
    "statutory_due_on": "DATE '2099-01-01'",
    "due_provisional": "true",
    "step_due_on": "DATE '2099-01-01'",
    "step_warn_on": "DATE '2099-01-01'",
    "calendar_version": "99",
}
PAST = timedelta(days=200)


@pytest.fixture
def logins(bureau, as_staff):
    """The bureau, every account with its own login (given by the shared `as_staff`)."""
    return bureau


def first_material(bureau, case_id: int) -> int:
    with bureau.sessions() as session:
        return session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == case_id).limit(1)
        )


@on_postgres
def test_a_decision_and_its_history_are_dated_by_the_server_not_the_caller(logins, db_url):
    soc1 = logins.actors["soc1"]
    case = logins.new_case("window")
    state = logins.run(cases.claim, soc1, case.id, case.version)
    with connect_as(db_url, "soc1") as connection:
        connection.execute(
            "SELECT desk_case_act(%s, 'approve', %s, '同意', NULL, NULL, %s,"
            " now() - interval '200 days')",
            (case.id, state.version, soc1.user_id),
        )
    after = logins.case(case.id)
    assert after.status is CaseStatus.APPROVED
    assert after.decided_on == START.date()  # the server's day, not 200 days ago
    assert after.updated_at == START
    with logins.sessions() as session:
        event = session.scalars(
            sa.select(m.CaseEvent).where(m.CaseEvent.case_id == case.id).order_by(m.CaseEvent.id)
        ).all()[-1]
    assert (event.action, event.at) == ("approve", START)


@on_postgres
def test_a_pc_with_a_wrong_clock_dates_nothing(logins, as_staff, clock, monkeypatch):
    case = logins.new_case("two")
    state = as_staff("eng1", cases.claim, case.id, case.version)
    wrong = START - PAST
    monkeypatch.setattr(timesource, "now", lambda: wrong)  # the PC's clock, 200 days behind
    notice = as_staff(
        "eng1",
        cases.request_supplement,
        case.id,
        state.version,
        [first_material(logins, case.id)],
    )
    assert pauses(logins, case.id) == [("supplement", START.date(), None)]
    claimed = logins.case(case.id)
    assert claimed.updated_at == START
    monkeypatch.setattr(timesource, "now", lambda: clock.now)
    clock.advance(days=2)
    as_staff("eng1", cases.receive_supplement, case.id, notice.state.version)
    assert pauses(logins, case.id) == [("supplement", START.date(), date(2026, 11, 18))]


@on_postgres
def test_no_login_writes_a_due_date(logins, db_url):
    case = logins.new_case("two")
    logins.run(cases.claim, logins.actors["eng1"], case.id, case.version)
    before = logins.case(case.id)
    for name in ("eng1", "review1", "head1", "clerk1", "super1", "coord1"):
        with connect_as(db_url, name) as connection:
            for column, value in DUE_COLUMNS.items():
                with pytest.raises(REFUSED):
                    connection.execute(
                        f"UPDATE cases SET {column} = {value} WHERE id = %s", (case.id,)
                    )
    # Even with the column granted by mistake, the trigger refuses the change.
    admin = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as dba:
        dba.exec_driver_sql("GRANT UPDATE (promised_due_on) ON cases TO desk_handler_engineering")
    try:
        with connect_as(db_url, "eng1") as connection, pytest.raises(REFUSED, match="期限"):
            connection.execute(
                "UPDATE cases SET promised_due_on = DATE '2099-01-01' WHERE id = %s", (case.id,)
            )
    finally:
        with admin.connect() as dba:
            dba.exec_driver_sql(
                "REVOKE UPDATE (promised_due_on) ON cases FROM desk_handler_engineering"
            )
        admin.dispose()
    after = logins.case(case.id)
    assert (after.promised_due_on, after.statutory_due_on) == (
        before.promised_due_on,
        before.statutory_due_on,
    )
    assert after.promised_due_on == date(2026, 11, 30)  # 10 working days after the 16th


@on_postgres
def test_a_case_the_front_desk_inserts_gets_the_due_dates_the_database_counts(logins, db_url):
    counted = logins.case(logins.new_case("two").id)
    with logins.sessions() as session:
        item_id, category = session.execute(
            sa.select(m.Item.id, m.Item.category).where(m.Item.code == "two")
        ).one()
    with connect_as(db_url, "clerk1") as connection:
        row = connection.execute(
            "INSERT INTO cases (number, item_id, category, applicant_id, green_channel,"
            " queue_rank, status, accepted_at, accepted_on, extension_days, promised_due_on,"
            " promised_warn_on, statutory_due_on, due_provisional, updated_at, version)"
            " VALUES ('X00001', %s, %s, %s, false, 1, 'received', %s, %s, 0,"
            " DATE '2099-01-01', DATE '2099-01-01', DATE '2099-01-01', false, now(), 1)"
            " RETURNING promised_due_on, promised_warn_on, statutory_due_on, due_provisional",
            (item_id, category.value, logins.applicant_id, counted.accepted_at, START.date()),
        ).fetchone()
    assert row == (
        counted.promised_due_on,
        counted.promised_warn_on,
        counted.statutory_due_on,
        counted.due_provisional,
    )


@on_postgres
def test_pauses_are_written_by_the_workflow_function_alone_one_open_per_kind_and_audited(
    logins, as_staff, db_url
):
    eng1 = logins.actors["eng1"]
    case = logins.new_case("two")
    state = logins.run(cases.claim, eng1, case.id, case.version)
    as_staff(
        "eng1",
        cases.request_supplement,
        case.id,
        state.version,
        [first_material(logins, case.id)],
    )
    paused = pauses(logins, case.id)
    for name in ("eng1", "eng2", "review1", "head1", "clerk1", "super1", "coord1"):
        with connect_as(db_url, name) as connection:
            for statement in (
                "INSERT INTO clock_pauses (case_id, kind, started_on)"
                " VALUES (%s, 'supplement', DATE '2026-06-01')",
                "UPDATE clock_pauses SET ended_on = DATE '2027-11-16' WHERE case_id = %s",
                "UPDATE clock_pauses SET started_on = DATE '2026-06-01' WHERE case_id = %s",
                "DELETE FROM clock_pauses WHERE case_id = %s",
            ):
                with pytest.raises(REFUSED):
                    connection.execute(statement, (case.id,))
    assert pauses(logins, case.id) == paused
    # Not even the DBA runs a second open pause of one kind beside the first.
    with logins.sessions() as session, pytest.raises(sa.exc.IntegrityError), session.begin():
        session.add(m.ClockPause(case_id=case.id, kind="supplement", started_on=date(2026, 6, 1)))
    with connect_as(db_url, "super1") as connection:
        entries = connection.execute(
            "SELECT actor, action FROM audit_log WHERE entity = 'clock_pauses'"
        ).fetchall()
    assert ("eng1", "insert") in entries


@on_postgres
def test_the_database_counts_due_dates_as_the_clock_does(logins, clock):
    eng1, head1 = logins.actors["eng1"], logins.actors["head1"]
    # Across National Day, with a supplement pause, an extension and an open inspection.
    clock.now = datetime(2026, 9, 28, 15, 0, tzinfo=CHINA)
    holiday = logins.new_case("two")
    inspected = logins.new_case("inspect")
    state = logins.run(cases.claim, eng1, holiday.id, holiday.version)
    material = first_material(logins, holiday.id)
    notice = logins.run(cases.request_supplement, eng1, holiday.id, state.version, [material])
    looked = logins.run(cases.claim, eng1, inspected.id, inspected.version)
    logins.run(cases.start_inspection, eng1, inspected.id, looked.version)
    clock.now = datetime(2026, 10, 12, 10, 0, tzinfo=CHINA)
    state = logins.run(cases.receive_supplement, eng1, holiday.id, notice.state.version)
    logins.run(cases.extend, head1, holiday.id, state.version, "需要专家论证")
    # Reaching into a year the calendar does not know yet: provisional.
    clock.now = datetime(2026, 12, 21, 16, 0, tzinfo=CHINA)
    late = logins.new_case("two")
    for case_id in (holiday.id, inspected.id, late.id):
        with logins.sessions() as session, session.begin():
            # An open pause runs to today: counted again today on both sides.
            session.execute(sa.text("SELECT desk_refresh_due(:id)"), {"id": case_id})
            case = session.get(m.Case, case_id)
            stored = (
                case.promised_due_on,
                case.promised_warn_on,
                case.statutory_due_on,
                case.due_provisional,
            )
            assert stored == counted_due_dates(session, case), case.number
    assert logins.case(late.id).due_provisional
    assert logins.case(holiday.id).extension_days == 10


@on_sqlite
def test_on_sqlite_the_services_date_pauses_by_their_clock_one_open_per_kind(bureau, clock):
    eng1 = bureau.actors["eng1"]
    case = bureau.new_case("two")
    state = bureau.run(cases.claim, eng1, case.id, case.version)
    bureau.run(
        cases.request_supplement, eng1, case.id, state.version, [first_material(bureau, case.id)]
    )
    assert pauses(bureau, case.id) == [("supplement", START.date(), None)]
    with bureau.sessions() as session, pytest.raises(sa.exc.IntegrityError), session.begin():
        session.add(m.ClockPause(case_id=case.id, kind="supplement", started_on=date(2026, 6, 1)))
    with bureau.sessions() as session:
        case_row = session.get(m.Case, case.id)
        assert (
            case_row.promised_due_on,
            case_row.promised_warn_on,
            case_row.statutory_due_on,
            case_row.due_provisional,
        ) == counted_due_dates(session, case_row)


def test_the_server_says_its_time_and_a_pc_clock_off_by_minutes_is_noticed(
    bureau, clock, monkeypatch, backend
):
    with bureau.sessions() as session:
        check = check_clock(session, bureau.actors["eng1"])
    assert check.server == START and not check.off
    monkeypatch.setattr(timesource, "now", lambda: clock.now + timedelta(minutes=5))
    with bureau.sessions() as session:
        check = check_clock(session, bureau.actors["eng1"])
    if backend == "postgres":  # the server's clock stays where it is
        assert check.off and check.offset_seconds == 300
    else:  # on SQLite this PC is the server
        assert not check.off


def test_the_database_reads_the_yellow_share_where_the_services_keep_it():
    from desktop.data.security.clock_sql import PROFILE_KEY as SQL_KEY
    from desktop.services.bureau import PROFILE_KEY

    assert SQL_KEY == PROFILE_KEY
