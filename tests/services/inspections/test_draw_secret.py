"""The draw's secret on PostgreSQL, as real staff logins typing SQL: nobody reads it before
the witness is committed, nobody chooses it, and it is not copied into the audit trail."""

from __future__ import annotations

import hashlib

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.services.inspections.draws import draw_with_witness, open_draw, witness_draw
from tests.support.inspection_bureau import DAYS, FIRST_DAY
from tests.support.logins import connect_as, staff_sessions

pytestmark = pytest.mark.parametrize("backend", ["postgres"])


def refused(connection: psycopg.Connection, sql: str, *params: object) -> str:
    with pytest.raises(psycopg.Error) as caught:
        connection.execute(sql, params or None)
    return str(caught.value)


def test_a_coordinator_login_cannot_read_or_choose_the_secret_before_the_reveal(
    pool, as_staff, db_url
):
    ticket = as_staff("coord1", open_draw, FIRST_DAY, DAYS)
    secret = pool.bureau.run(  # the DBA's eyes only: what the logins must not see
        lambda s: s.get(m.DrawSecret, ticket.commitment).secret
    )
    assert hashlib.sha256(secret.encode()).hexdigest() == ticket.commitment
    for who in ("coord1", "super1", "head1", "admin"):
        with connect_as(db_url, who) as sql:
            for statement in (
                "SELECT secret FROM inspection_draw_secrets",
                "SELECT count(*) FROM inspection_draw_secrets",
            ):
                assert "permission denied" in refused(sql, statement)
            assert "尚未登记见证" in refused(sql, "SELECT desk_draw_reveal(%s)", ticket.draw_id)
            # Nothing of the secret is copied where a login can read it.
            for table in ("inspection_draws", "audit_log", "inspection_draw_log"):
                try:
                    rows = sql.execute(f"SELECT * FROM {table}").fetchall()
                except psycopg.Error:
                    continue
                assert secret not in repr(rows)
    with connect_as(db_url, "coord1") as sql:
        assert "permission denied" in refused(
            sql, "INSERT INTO inspection_draw_secrets VALUES (%s, %s)", "a" * 64, "b" * 64
        )
        assert "permission denied" in refused(
            sql, "UPDATE inspection_draw_secrets SET secret = 'mine'"
        )
        # Record a witness and peek in the same transaction, to roll back and try another:
        # refused, the witness must be committed before the secret is shown.
        sql.autocommit = False
        sql.execute(
            "INSERT INTO inspection_draw_witnesses (draw_id, witness, witnessed_by, witnessed_at)"
            " VALUES (%s, 'peek', 'coord1', now())",
            (ticket.draw_id,),
        )
        assert "须先提交" in refused(sql, "SELECT desk_draw_reveal(%s)", ticket.draw_id)
        sql.rollback()
        with sql.transaction():
            sql.execute("SAVEPOINT s")
            sql.execute(
                "INSERT INTO inspection_draw_witnesses (draw_id, witness, witnessed_by,"
                " witnessed_at) VALUES (%s, 'peek', 'coord1', now())",
                (ticket.draw_id,),
            )
            sql.execute("RELEASE SAVEPOINT s")
            with pytest.raises(psycopg.Error, match="须先提交"):
                sql.execute("SELECT desk_draw_reveal(%s)", (ticket.draw_id,))
            raise psycopg.Rollback()
    # Once the witness is committed, the secret is the draw record's to show.
    as_staff("coord1", witness_draw, ticket.draw_id, "监督员-2718")
    with connect_as(db_url, "coord1") as sql:
        shown = sql.execute("SELECT desk_draw_reveal(%s)", (ticket.draw_id,)).fetchone()[0]
        assert shown == secret
        assert "permission denied" in refused(sql, "SELECT secret FROM inspection_draw_secrets")


def test_a_coordinator_login_draws_once_and_the_record_shows_the_reveal(pool, db_url):
    from tests.support.logins import give_logins

    give_logins(pool.bureau.sessions, pool.bureau.actors)
    coordinator = staff_sessions(db_url, "coord1")
    try:
        with coordinator() as session, session.begin():
            ticket = open_draw(session, pool.coordinator, FIRST_DAY, DAYS)
        outcome = draw_with_witness(coordinator, pool.coordinator, ticket.draw_id, "见证-31415")
        assert outcome.commitment == ticket.commitment and outcome.witness == "见证-31415"
        assert hashlib.sha256(outcome.secret.encode()).hexdigest() == ticket.commitment
        with connect_as(db_url, "coord1") as sql:
            assert "duplicate key" in refused(
                sql,
                "INSERT INTO inspection_draw_witnesses (draw_id, witness, witnessed_by,"
                " witnessed_at) VALUES (%s, 'again', 'coord1', now())",
                ticket.draw_id,
            )
            assert "permission denied" in refused(
                sql, "UPDATE inspection_draw_witnesses SET witness = 'other'"
            )
            count = sql.execute(
                "SELECT count(*) FROM inspection_draw_log WHERE kind = 'result'"
            ).fetchone()[0]
            assert count == 1
    finally:
        coordinator.kw["bind"].dispose()
    with pool.bureau.sessions() as session:
        audited = session.scalars(
            sa.select(m.AuditEntry.action).where(m.AuditEntry.entity == "inspection_draw")
        ).all()
    assert {"open_draw", "witness_draw"} <= set(audited)
