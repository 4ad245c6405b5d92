"""A proposal and its sign-offs on PostgreSQL: three statements each (lock the case with
its item, read the facts, move through the guarded function, which returns the row and
adds the audit entry), the rules still checked first, the trail as before (issue 22)."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.guards import NotAllowed
from desktop.services.audit_chain import verify_chain
from desktop.services.cases import actions as cases
from tests.support.logins import connect_as, give_logins, staff_sessions

on_postgres = pytest.mark.parametrize("backend", ["postgres"])
STAFF = ("eng1", "review1", "head1")


@pytest.fixture
def run_counted(bureau, db_url):
    """name -> a function running a service as that login; returns (result, statements)."""
    give_logins(bureau.sessions, STAFF)
    makers = {name: staff_sessions(db_url, name) for name in STAFF}
    for maker in makers.values():  # connected once: the dialect's first queries are not ours
        with maker() as session:
            session.execute(sa.text("SELECT 1"))

    def run(name, service, *args, **kwargs):  # type: ignore[no-untyped-def]
        sent: list[str] = []
        engine = makers[name].kw["bind"]

        def listen(conn, cursor, statement, *rest):  # type: ignore[no-untyped-def]
            sent.append(statement)

        sa.event.listen(engine, "before_cursor_execute", listen)
        try:
            with makers[name]() as session, session.begin():
                return service(session, bureau.actors[name], *args, **kwargs), sent
        finally:
            sa.event.remove(engine, "before_cursor_execute", listen)

    yield run
    for maker in makers.values():
        maker.kw["bind"].dispose()


def case_trail(bureau, case_id: int) -> list[tuple[str, str, dict, dict]]:
    with bureau.sessions() as session:
        rows = session.scalars(
            sa.select(m.AuditEntry)
            .where(m.AuditEntry.entity == "case", m.AuditEntry.entity_id == str(case_id))
            .order_by(m.AuditEntry.chain_seq)
        )
        return [(e.actor, e.action, e.old, e.new) for e in rows]


@on_postgres
def test_a_proposal_and_its_two_sign_offs_take_three_statements_each(bureau, run_counted):
    case = bureau.new_case("two")
    state, _ = run_counted("eng1", cases.claim, case.id, case.version)
    proposed, sent = run_counted(
        "eng1", cases.propose, state.id, state.version, grant=True, opinion="拟准予"
    )
    assert len(sent) == 3, sent
    assert "desk_case_act_row" in sent[-1]
    reviewed, sent = run_counted("review1", cases.sign_off, proposed.id, proposed.version)
    assert len(sent) == 3, sent
    approved, sent = run_counted("head1", cases.approve, reviewed.id, reviewed.version)
    assert len(sent) == 3, sent
    # The state handed back is the row the database moved, not the one read before.
    assert (approved.status.value, approved.version) == ("approved", reviewed.version + 1)
    after = bureau.case(case.id)
    assert (after.status, after.version, after.handler_id) == (
        approved.status,
        approved.version,
        approved.handler_id,
    )
    eng1 = bureau.actors["eng1"].user_id
    assert case_trail(bureau, case.id)[-3:] == [
        (
            "eng1",
            "propose",
            {"status": "under_review", "version": state.version},
            {"status": "decision_proposed", "version": proposed.version, "handler_id": eng1},
        ),
        (
            "review1",
            "sign_off",
            {"status": "decision_proposed", "version": proposed.version},
            {"status": "awaiting_signoff", "version": reviewed.version, "handler_id": eng1},
        ),
        (
            "head1",
            "approve",
            {"status": "awaiting_signoff", "version": reviewed.version},
            {"status": "approved", "version": approved.version, "handler_id": eng1},
        ),
    ]
    with bureau.sessions() as session:
        assert verify_chain(session).intact


@on_postgres
def test_the_rules_are_still_checked_before_the_move_and_a_refusal_writes_nothing(
    bureau, run_counted
):
    case = bureau.new_case("two")
    state, _ = run_counted("eng1", cases.claim, case.id, case.version)
    proposed, _ = run_counted(
        "eng1", cases.propose, state.id, state.version, grant=True, opinion="拟准予"
    )
    before = case_trail(bureau, case.id)
    with pytest.raises(NotAllowed, match="需要审核人角色"):
        run_counted("eng1", cases.sign_off, proposed.id, proposed.version)
    assert case_trail(bureau, case.id) == before
    assert bureau.case(case.id).version == proposed.version


@on_postgres
def test_by_sql_the_row_function_moves_only_as_desk_case_act_and_audits_the_login(
    bureau, run_counted, db_url
):
    """A staff login typing SQL: the function refuses what desk_case_act refuses (here the
    proposer, who is no reviewer, signing off), and the audit entry it adds names the login,
    whatever name the caller passes."""
    case = bureau.new_case("two")
    state, _ = run_counted("eng1", cases.claim, case.id, case.version)
    proposed, _ = run_counted(
        "eng1", cases.propose, state.id, state.version, grant=True, opinion="拟准予"
    )
    call = (
        "SELECT status, version FROM desk_case_act_row(%s, 'sign_off', %s, '同意', NULL, NULL,"
        " %s, now(), %s, NULL)"
    )
    with (
        connect_as(db_url, "eng1") as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(call, (case.id, proposed.version, bureau.actors["eng1"].user_id, "x"))
    with connect_as(db_url, "review1") as connection:
        row = connection.execute(
            call, (case.id, proposed.version, bureau.actors["review1"].user_id, "head1")
        ).fetchone()
    assert row == ("awaiting_signoff", proposed.version + 1)
    actor, action, _, new = case_trail(bureau, case.id)[-1]
    assert (actor, action, new["status"]) == ("review1 for head1", "sign_off", "awaiting_signoff")
