"""No login can stall the bureau: none takes the audit chain's lock, none locks a shared
table in a mode that blocks the others (column grants instead of table-wide UPDATE), and
the bureau keeps committing audited work while each login holds what locks it can."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desktop.services.audit_chain import verify_chain
from tests.support.logins import connect_as, give_logins

pytestmark = pytest.mark.parametrize("backend", ["postgres"])

OLD_CHAIN_KEY = 0x41554454  # the advisory key the chain was sealed under before 0013
BLOCKING = ("ACCESS EXCLUSIVE", "SHARE")
# Tables from which the program deletes rows: their keepers used to hold DELETE, which let
# them lock the table too; the rows now go only through desk_forget_rows (locks_sql.py).
FORMERLY_KEPT = {
    ("admin", "item_materials"),
    ("admin", "item_specialties"),
    ("coord1", "inspection_members"),
    ("coord1", "inspector_unavailability"),
    ("coord1", "inspector_specialties"),
    ("admin", "inspector_unavailability"),
    ("admin", "inspector_specialties"),
}


def public_tables(engine) -> list[str]:
    with engine.connect() as connection:
        return list(
            connection.scalars(
                sa.text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            )
        )


def test_no_staff_login_locks_a_shared_table_in_a_blocking_mode(bureau, db_url, engine):
    give_logins(bureau.sessions, bureau.actors)
    tables = public_tables(engine)
    assert "audit_chain_lock" in tables and "cases" in tables
    taken = set()
    for name in bureau.actors:
        with connect_as(db_url, name) as connection:
            for table in tables:
                for mode in BLOCKING:
                    try:
                        with connection.transaction():
                            connection.execute(f'LOCK TABLE "{table}" IN {mode} MODE NOWAIT')
                        taken.add((name, table))
                    except psycopg.errors.InsufficientPrivilege:
                        pass
    assert taken == set()


def audited_steps(db_url, bureau, case) -> None:
    """A handler claims and decides a case, a clerk takes and registers its licence: each
    an audited commit, none allowed to wait for a lock more than five seconds."""
    soc1, clerk = bureau.actors["soc1"].user_id, bureau.actors["clerk1"].user_id
    with connect_as(db_url, "soc1") as connection:
        connection.execute("SET lock_timeout = '5s'")
        act = "SELECT desk_case_act(%s, %s, NULL, '同意', NULL, NULL, %s, now())"
        connection.execute(act, (case.id, "claim", soc1))
        connection.execute(act, (case.id, "approve", soc1))
    with connect_as(db_url, "clerk1") as connection, connection.transaction():
        connection.execute("SET LOCAL lock_timeout = '5s'")
        serial = connection.execute("SELECT desk_next_serial('licence', 2026)").fetchone()[0]
        connection.execute(
            "INSERT INTO issued_documents (case_id, doc_type, year, serial, number, issued_at,"
            " issued_by_id, void, reprints) VALUES (%s, 'licence', 2026, %s, %s, now(), %s,"
            " false, 0)",
            (case.id, serial, f"渭高审批许〔2026〕{serial:04d}号", clerk),
        )


def test_the_bureau_keeps_committing_while_a_login_holds_every_lock_it_can(bureau, db_url):
    give_logins(bureau.sessions, bureau.actors)
    first, second = bureau.new_case("window"), bureau.new_case("window")
    with connect_as(db_url, "eng1") as holder:
        # Advisory locks are open to every session; the chain no longer uses any.
        holder.execute("SELECT pg_advisory_lock(%s)", (OLD_CHAIN_KEY,))
        with holder.transaction():
            assert holder.execute(
                "SELECT pg_try_advisory_xact_lock(%s)", (OLD_CHAIN_KEY,)
            ).fetchone()[0]
            audited_steps(db_url, bureau, first)
        # The chain's own lock row is out of every login's reach.
        for statement in (
            "SELECT * FROM audit_chain_lock FOR UPDATE",
            "SELECT * FROM audit_chain_lock FOR KEY SHARE",
            "LOCK TABLE audit_chain_lock IN ROW SHARE MODE",
            "LOCK TABLE audit_log IN SHARE MODE",
            "LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), holder.transaction():
                holder.execute(statement)
    # Nor can the keepers of the catalogue and the pool lock what they keep.
    for name, table in sorted(FORMERLY_KEPT):
        with connect_as(db_url, name) as keeper:
            for mode in ("ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege), keeper.transaction():
                    keeper.execute(f"LOCK TABLE {table} IN {mode} MODE")
    audited_steps(db_url, bureau, second)
    with bureau.sessions() as session:
        assert verify_chain(session).intact
