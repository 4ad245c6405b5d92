"""Records with legal meaning are the database's to sign, date and audit: case and ticket
history, tickets, ratings, follow-ups and urges, typed as SQL by real staff logins, cannot
be written in another's name, backdated, rewritten or removed, and only the right person
moves a ticket or a follow-up on; the services' own actions still work and are audited on
both backends, and the audit chain holds."""

from __future__ import annotations

from datetime import datetime, timedelta

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.security import records_sql
from desktop.data.security.audit_sql import AUDITED_TABLES, NOT_AUDITED
from desktop.domain.enums import TicketKind
from desktop.domain.supervision import RatingLevel
from desktop.domain.timezone import CHINA
from desktop.services.audit_chain import verify_chain
from desktop.services.cases import actions as cases
from desktop.services.cases import urging
from desktop.services.deadlines import work_calendar
from desktop.services.supervision import ratings, tickets
from desktop.services.supervision.settings import (
    DEFAULT_SETTINGS,
    SETTINGS_KEY,
    load_supervision_settings,
)
from tests.support.logins import connect_as

REFUSED = (psycopg.errors.InsufficientPrivilege,)
on_postgres = pytest.mark.parametrize("backend", ["postgres"])
LATE = datetime(2026, 10, 12, 9, tzinfo=CHINA)  # accepted long enough ago to be red
BACKDATED = "now() - interval '200 days'"


def test_every_table_is_audited_or_said_to_have_no_legal_meaning():
    tables = set(m.Base.metadata.tables)
    assert not set(AUDITED_TABLES) & set(NOT_AUDITED)
    missing = sorted(tables - set(AUDITED_TABLES) - set(NOT_AUDITED))
    assert not missing, f"classify in desktop/data/security/audit_sql.py: {missing}"
    assert not (set(AUDITED_TABLES) | set(NOT_AUDITED)) - tables, "tables that no longer exist"
    assert all(reason.strip() for reason in NOT_AUDITED.values())
    for table, (key, skipped) in AUDITED_TABLES.items():
        assert {key, *skipped} <= set(m.Base.metadata.tables[table].columns.keys()), table


def test_the_database_counts_supervision_limits_from_the_services_settings():
    assert records_sql.SUPERVISION_KEY == SETTINGS_KEY
    services = {kind.value: DEFAULT_SETTINGS.answer_days(kind) for kind in TicketKind}
    assert services == records_sql.ANSWER_DAYS
    assert DEFAULT_SETTINGS.follow_up_days == records_sql.FOLLOW_UP_DAYS


def refused(connection: psycopg.Connection, statement: str, *parameters) -> None:
    with pytest.raises(REFUSED):
        connection.execute(statement, parameters)


def server_now(connection: psycopg.Connection) -> datetime:
    return connection.execute("SELECT desk_now()").fetchone()[0]


def audited(bureau, entity: str, entity_id: int) -> list[tuple[str, str]]:
    with bureau.sessions() as session:
        rows = session.execute(
            sa.select(m.AuditEntry.actor, m.AuditEntry.action).where(
                m.AuditEntry.entity == entity, m.AuditEntry.entity_id == str(entity_id)
            )
        )
        return [tuple(row) for row in rows]


def chain_holds(bureau) -> bool:
    with bureau.sessions() as session:
        return verify_chain(session).intact


@on_postgres
def test_case_history_is_signed_and_dated_by_the_server_and_never_rewritten(
    bureau, as_staff, db_url
):
    eng1, clerk1 = bureau.actors["eng1"], bureau.actors["clerk1"]
    case = bureau.new_case("two")
    as_staff("eng1", cases.claim, case.id, case.version)
    note = (
        "INSERT INTO case_events (case_id, at, actor_id, action, reason)"
        " VALUES (%s, {at}, %s, 'note', '补记') RETURNING id, at, actor_id"
    )
    with connect_as(db_url, "eng1") as connection:
        refused(connection, note.format(at="now()"), case.id, clerk1.user_id)  # another's name
        event_id, at, actor_id = connection.execute(
            note.format(at=BACKDATED), (case.id, eng1.user_id)
        ).fetchone()
        assert (at, actor_id) == (server_now(connection), eng1.user_id)  # not 200 days ago
        # The acceptance is recorded once, as the front desk made it.
        refused(
            connection,
            "INSERT INTO case_events (case_id, at, actor_id, action) VALUES (%s, now(), %s,"
            " 'accept')",
            case.id,
            eng1.user_id,
        )
    for name in ("eng1", "head1", "super1", "clerk1", "review1"):
        with connect_as(db_url, name) as connection:
            refused(
                connection,
                "UPDATE case_events SET at = at - interval '1 day' WHERE id = %s",
                event_id,
            )
            refused(
                connection, "UPDATE case_events SET actor_id = NULL WHERE case_id = %s", case.id
            )
            refused(connection, "DELETE FROM case_events WHERE case_id = %s", case.id)
    assert ("eng1", "insert") in audited(bureau, "case_events", event_id)
    assert chain_holds(bureau)


def _call(subject: str, **more) -> tickets.NewTicket:
    return tickets.NewTicket(TicketKind.COMPLAINT, "来电人", "13800000000", subject, **more)


@on_postgres
def test_a_ticket_moves_only_by_the_right_person_with_the_server_s_dates(bureau, as_staff, db_url):
    eng1, clerk1 = bureau.actors["eng1"], bureau.actors["clerk1"]
    line = as_staff("clerk1", tickets.open_ticket, _call("投诉", assignee_id=eng1.user_id))
    ticket = "UPDATE tickets SET {change} WHERE id = %s"
    with connect_as(db_url, "clerk1") as connection:
        for change in (
            "due_on = DATE '2099-01-01'",
            f"opened_at = {BACKDATED}",
            f"first_contact_id = {eng1.user_id}",
            f"assignee_id = {clerk1.user_id}",
            "status = 'closed', closed_at = now()",  # closed unanswered
            "answered_at = now()",
            "escalated = true",  # the supervision's
        ):
            refused(connection, ticket.format(change=change), line.id)
        refused(connection, "DELETE FROM tickets WHERE id = %s", line.id)
        # Opened by SQL, in one's own name: dated and given its due day by the server.
        opened, due = connection.execute(
            "INSERT INTO tickets (number, kind, caller_name, caller_phone, subject, body,"
            " first_contact_id, assignee_id, opened_at, due_on, status, escalated)"
            f" VALUES ('RX-SQL', 'complaint', 'x', '1', 'x', '', %s, %s, {BACKDATED},"
            " DATE '2099-01-01', 'open', false) RETURNING opened_at, due_on",
            (clerk1.user_id, clerk1.user_id),
        ).fetchone()
        assert opened == server_now(connection)
        refused(
            connection,
            "INSERT INTO tickets (number, kind, caller_name, caller_phone, subject, body,"
            " first_contact_id, assignee_id, opened_at, due_on, status, escalated, reply,"
            " answered_at) VALUES ('RX-SQL2', 'hotline', 'x', '1', 'x', '', %s, %s, now(),"
            " DATE '2026-12-01', 'answered', false, '已答', now())",
            clerk1.user_id,
            clerk1.user_id,
        )
    with bureau.sessions() as session:
        days = load_supervision_settings(session).answer_days(TicketKind.COMPLAINT)
        assert due == work_calendar(session).add_working_days(bureau.clock.now.date(), days)
    assert as_staff("eng1", tickets.reply_ticket, line.id, "已答复").status == "answered"
    with connect_as(db_url, "eng1") as connection:
        refused(connection, ticket.format(change=f"answered_at = {BACKDATED}"), line.id)
        refused(connection, ticket.format(change="status = 'closed'"), line.id)  # not theirs
        refused(  # nor history in another's name; their own is dated by the server
            connection,
            "INSERT INTO ticket_events (ticket_id, at, actor_id, step, text)"
            " VALUES (%s, now(), %s, 'reply', '伪造')",
            line.id,
            clerk1.user_id,
        )
        event_id, at = connection.execute(
            "INSERT INTO ticket_events (ticket_id, at, actor_id, step, text)"
            f" VALUES (%s, {BACKDATED}, %s, 'reply', '补充') RETURNING id, at",
            (line.id, eng1.user_id),
        ).fetchone()
        assert at == server_now(connection)
    for name in ("eng1", "clerk1", "super1", "head1"):
        with connect_as(db_url, name) as connection:
            refused(connection, "UPDATE ticket_events SET text = '改' WHERE id = %s", event_id)
            refused(connection, "DELETE FROM ticket_events WHERE ticket_id = %s", line.id)
    as_staff("super1", tickets.escalate_ticket, line.id, None, "群众反映强烈")
    assert as_staff("clerk1", tickets.close_ticket, line.id).status == "closed"
    with connect_as(db_url, "super1") as connection:
        refused(connection, ticket.format(change="reply = '重写'"), line.id)
    actions = {action for _actor, action in audited(bureau, "tickets", line.id)}
    assert {"insert", "update"} <= actions
    assert ("eng1", "insert") in audited(bureau, "ticket_events", event_id)
    assert chain_holds(bureau)


@on_postgres
def test_ratings_and_follow_ups_are_recorded_in_one_s_own_name_and_kept(bureau, as_staff, db_url):
    super1 = bureau.actors["super1"]
    case = bureau.new_case("one")
    state = as_staff("soc1", cases.claim, case.id, case.version)
    follow_up = as_staff("super1", ratings.record_rating, state.id, RatingLevel.DISSATISFIED, "慢")
    change = "UPDATE rating_follow_ups SET {change} WHERE id = %s"
    with connect_as(db_url, "soc1") as connection:
        for statement in (
            change.format(change="due_on = DATE '2099-01-01'"),
            change.format(change=f"assignee_id = {super1.user_id}"),
            change.format(  # a fix in another's name
                change=f"status = 'fixed', fix_note = '已改', fixed_by_id = {super1.user_id}"
            ),
            change.format(change="status = 'closed', answer = '好了'"),  # the supervision's
            "DELETE FROM rating_follow_ups WHERE id = %s",
        ):
            refused(connection, statement, follow_up.id)
    with connect_as(db_url, "clerk1") as connection:
        refused(connection, "UPDATE ratings SET level = 5 WHERE case_id = %s", state.id)
        refused(connection, "DELETE FROM ratings WHERE case_id = %s", state.id)
        other = bureau.new_case("one")
        rating_id, rated_at = connection.execute(
            "INSERT INTO ratings (case_id, level, comment, rated_at, recorded_by_id)"
            f" VALUES (%s, 5, '', {BACKDATED}, %s) RETURNING id, rated_at",
            (other.id, bureau.actors["clerk1"].user_id),
        ).fetchone()
        assert rated_at == server_now(connection)
        refused(  # a good rating needs no follow-up
            connection,
            "INSERT INTO rating_follow_ups (rating_id, assignee_id, opened_at, due_on, status)"
            " VALUES (%s, NULL, now(), DATE '2099-01-01', 'open')",
            rating_id,
        )
    assert as_staff("soc1", ratings.record_fix, follow_up.id, "已整改").status == "fixed"
    with connect_as(db_url, "soc1") as connection:
        refused(connection, change.format(change="fix_note = '改写'"), follow_up.id)
        refused(connection, change.format(change=f"fixed_at = {BACKDATED}"), follow_up.id)
    assert as_staff("super1", ratings.answer_follow_up, follow_up.id, "已回访").status == "closed"
    with connect_as(db_url, "super1") as connection:
        refused(connection, change.format(change="answer = '改写'"), follow_up.id)
        refused(connection, change.format(change="status = 'fixed'"), follow_up.id)
    assert ("clerk1", "insert") in audited(bureau, "ratings", rating_id)
    assert {a for _n, a in audited(bureau, "rating_follow_ups", follow_up.id)} == {
        "insert",
        "update",
    }
    assert chain_holds(bureau)


@on_postgres
def test_an_urge_is_dated_by_the_server_and_acknowledged_once(bureau, as_staff, db_url):
    eng1, super1 = bureau.actors["eng1"], bureau.actors["super1"]
    late = bureau.new_case("two", accepted_at=LATE)
    state = as_staff("eng1", cases.claim, late.id, late.version)
    urge = (
        "INSERT INTO case_urges (case_id, urged_at, urged_by_id, handler_id, level, message,"
        " acknowledged_at) VALUES (%s, {at}, %s, %s, 'red', '请办结', {seen})"
        " RETURNING id, urged_at"
    )
    with connect_as(db_url, "super1") as connection:
        refused(
            connection,
            urge.format(at="now()", seen="now()"),
            state.id,
            super1.user_id,
            eng1.user_id,
        )
        urge_id, urged_at = connection.execute(
            urge.format(at=BACKDATED, seen="NULL"), (state.id, super1.user_id, eng1.user_id)
        ).fetchone()
        assert urged_at == server_now(connection)
        refused(connection, "DELETE FROM case_urges WHERE id = %s", urge_id)
    with connect_as(db_url, "eng1") as connection:
        seen = connection.execute(
            f"UPDATE case_urges SET acknowledged_at = {BACKDATED} WHERE id = %s"
            " RETURNING acknowledged_at",
            (urge_id,),
        ).fetchone()[0]
        assert seen == server_now(connection)
        refused(connection, "UPDATE case_urges SET acknowledged_at = now() WHERE id = %s", urge_id)
    line = as_staff("super1", urging.urge_case, state.id, "今日办结")
    assert as_staff("eng1", urging.acknowledge_urge, line.id).acknowledged_at is not None
    assert {a for _n, a in audited(bureau, "case_urges", line.id)} == {"insert", "update"}
    assert chain_holds(bureau)


@on_postgres
def test_the_draw_log_is_written_in_one_s_own_name(bureau, as_staff, db_url):
    with connect_as(db_url, "coord1") as connection:
        refused(
            connection,
            "INSERT INTO inspection_draw_log (kind, at, actor) VALUES ('cancel', now(), 'super1')",
        )
        entry_id, at = connection.execute(
            "INSERT INTO inspection_draw_log (kind, at, actor)"
            f" VALUES ('cancel', {BACKDATED}, 'coord1') RETURNING id, at"
        ).fetchone()
        assert at == server_now(connection)
    assert ("coord1", "insert") in audited(bureau, "inspection_draw_log", entry_id)


@pytest.fixture
def act(request, bureau, backend):
    """name -> run a service as that person: their own login on PostgreSQL, the services'
    own rules on SQLite."""
    if backend == "postgres":
        return request.getfixturevalue("as_staff")
    return lambda name, service, *args, **kwargs: bureau.run(
        service, bureau.actors[name], *args, **kwargs
    )


def test_the_services_record_tickets_ratings_and_urges_audited_on_both_backends(bureau, act):
    eng1 = bureau.actors["eng1"]
    line = act("clerk1", tickets.open_ticket, _call("咨询", assignee_id=eng1.user_id))
    act("eng1", tickets.reply_ticket, line.id, "已答复")
    act("clerk1", tickets.close_ticket, line.id)
    late = bureau.new_case("two", accepted_at=LATE)
    state = act("eng1", cases.claim, late.id, late.version)
    urge = act("super1", urging.urge_case, state.id, "请今日办结")
    act("eng1", urging.acknowledge_urge, urge.id)
    follow_up = act("super1", ratings.record_rating, state.id, RatingLevel.VERY_DISSATISFIED, "差")
    act("eng1", ratings.record_fix, follow_up.id, "已整改")
    act("super1", ratings.answer_follow_up, follow_up.id, "已回访")
    with bureau.sessions() as session:
        entries = set(session.execute(sa.select(m.AuditEntry.actor, m.AuditEntry.action)))
        events = session.execute(
            sa.select(m.CaseEvent.action, m.CaseEvent.actor_id, m.CaseEvent.at).where(
                m.CaseEvent.case_id == state.id, m.CaseEvent.action == "urge"
            )
        ).one()
    for name, action in (
        ("clerk1", "open_ticket"),
        ("eng1", "reply_ticket"),
        ("clerk1", "close_ticket"),
        ("super1", "urge"),
        ("eng1", "acknowledge_urge"),
        ("super1", "rate"),
        ("eng1", "fix_follow_up"),
        ("super1", "answer_follow_up"),
    ):
        assert any(a == action and name in actor for actor, a in entries), action
    assert events.actor_id == bureau.actors["super1"].user_id
    assert events.at == bureau.clock.now
    assert chain_holds(bureau)


def test_history_is_stamped_at_the_services_clock_on_sqlite_too(bureau, act, clock):
    """Moving the services' clock moves the stamp: the same clock on both backends."""
    case = bureau.new_case("two")
    clock.advance(hours=3)
    act("eng1", cases.claim, case.id, case.version)
    with bureau.sessions() as session:
        at = session.scalar(
            sa.select(m.CaseEvent.at).where(
                m.CaseEvent.case_id == case.id, m.CaseEvent.action == "claim"
            )
        )
    assert at == clock.now
    assert clock.now - timedelta(hours=3) < at
