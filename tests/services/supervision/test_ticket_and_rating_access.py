"""Tickets and ratings through real staff logins on PostgreSQL: every role opens a ticket,
the supervision (supervisors and heads) lists them all, and nobody reads past row security
a ticket's history or a rating they may not see."""

from __future__ import annotations

import psycopg
import pytest

from desktop.domain.enums import TicketKind
from desktop.domain.supervision import RatingLevel
from desktop.services.cases import actions as cases
from desktop.services.supervision import ratings, tickets
from tests.support.logins import connect_as

pytestmark = pytest.mark.parametrize("backend", ["postgres"])


def _call(subject: str) -> tickets.NewTicket:
    return tickets.NewTicket(TicketKind.HOTLINE, "来电人", "13800000000", subject)


def test_every_role_opens_a_ticket_and_heads_list_them_all(bureau, as_staff, db_url):
    opened = {
        name: as_staff(name, tickets.open_ticket, _call(f"{name}接的电话"))
        for name in ("clerk1", "eng1", "head1", "super1", "soc1")
    }
    assert {line.first_contact for line in opened.values()} == {f"用户{name}" for name in opened}
    everyone = {line.id for line in opened.values()}
    for supervision in ("head1", "super1"):
        assert {line.id for line in as_staff(supervision, tickets.list_tickets)} == everyone
    assert [line.id for line in as_staff("eng1", tickets.list_tickets)] == [opened["eng1"].id]
    # Nobody opens a ticket in someone else's name.
    with (
        connect_as(db_url, "eng1") as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(
            "INSERT INTO tickets (number, kind, caller_name, caller_phone, subject, body,"
            " first_contact_id, assignee_id, opened_at, due_on, status, escalated)"
            " VALUES ('RX1', 'hotline', 'x', '1', 'x', '', %s, %s, now(), DATE '2026-12-01',"
            " 'open', false)",
            (bureau.actors["clerk1"].user_id, bureau.actors["clerk1"].user_id),
        )
    # The first contact closes what the assignee answered.
    handed = as_staff(
        "clerk1",
        tickets.open_ticket,
        tickets.NewTicket(
            TicketKind.COMPLAINT, "来电人", "1", "投诉", assignee_id=bureau.actors["eng1"].user_id
        ),
    )
    as_staff("eng1", tickets.reply_ticket, handed.id, "已答复")
    assert as_staff("clerk1", tickets.close_ticket, handed.id).status == "closed"


def test_a_ticket_s_history_is_read_only_by_those_who_see_the_ticket(bureau, as_staff, db_url):
    line = as_staff("clerk1", tickets.open_ticket, _call("咨询进度"))
    history = "SELECT count(*) FROM ticket_events WHERE ticket_id = %s"
    with connect_as(db_url, "eng1") as connection:
        assert connection.execute(history, (line.id,)).fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor writes into it
            connection.execute(
                "INSERT INTO ticket_events (ticket_id, at, actor_id, step, text)"
                " VALUES (%s, now(), %s, 'reply', '伪造')",
                (line.id, bureau.actors["eng1"].user_id),
            )
    for name in ("clerk1", "super1", "head1"):
        with connect_as(db_url, name) as connection:
            assert connection.execute(history, (line.id,)).fetchone() == (1,), name


def test_ratings_are_seen_with_their_case_and_recorded_in_one_s_own_name(bureau, as_staff, db_url):
    case = bureau.new_case("one")  # social affairs
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    follow_up = as_staff("head1", ratings.record_rating, state.id, RatingLevel.DISSATISFIED, "慢")
    assert follow_up is not None
    count = "SELECT count(*) FROM ratings WHERE case_id = %s"
    follow_ups = "SELECT count(*) FROM rating_follow_ups"
    with connect_as(db_url, "eng1") as connection:  # the other queue sees neither
        assert connection.execute(count, (state.id,)).fetchone() == (0,)
        assert connection.execute(follow_ups).fetchone() == (0,)
    with connect_as(db_url, "soc1") as connection:
        assert connection.execute(count, (state.id,)).fetchone() == (1,)
        assert connection.execute(follow_ups).fetchone() == (1,)
    assert [f.id for f in as_staff("soc1", ratings.list_follow_ups)] == [follow_up.id]
    assert as_staff("soc1", ratings.record_fix, follow_up.id, "已整改").fix_note == "已整改"
    other = bureau.new_case("one")
    with (
        connect_as(db_url, "clerk1") as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(
            "INSERT INTO ratings (case_id, level, comment, rated_at, recorded_by_id)"
            " VALUES (%s, 5, '', now(), %s)",
            (other.id, bureau.actors["super1"].user_id),
        )
