"""Fault drills on a real PostgreSQL server: connections killed mid-transaction, a reply
lost after the commit, the server crashing and restarting under concurrent claiming and
issuing, and during the certificate window's batch. Afterwards every acknowledged action is
there exactly once, nothing half-written, no gap in the numbers."""

from __future__ import annotations

import itertools
import os
import threading
import time

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category
from desktop.services.admin.setup import prepare_database
from desktop.services.audit_chain import verify_chain
from desktop.services.cases import actions as cases
from desktop.services.documents.print_queue import issue_for_cases
from desktop.services.documents.signing_keys import init_keys
from desktop.services.transactions import AlreadyDone, new_key, run_write
from tests.support.drills import (
    PASSWORD,
    Ledger,
    actors,
    check_exactly_once,
    issue_number,
    make_drill_bureau,
)
from tests.support.logins import staff_sessions

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
_names = itertools.count(1)


def prefix() -> str:
    return f"d{os.getpid()}_{next(_names)}"  # roles are cluster-wide: names of our own


@pytest.fixture
def drill_db(request, pg_admin_url, tmp_path):
    """A fresh database on the session's server, at head."""
    from tests.conftest import fresh_database_url

    return fresh_database_url(request, "postgres", tmp_path)


def workers(ledger, *jobs):
    """Run the jobs in threads; record what they raised."""

    def wrap(job):
        def body():
            try:
                job()
            except BaseException as error:  # reported by the test
                ledger.errors.append(error)

        return body

    threads = [threading.Thread(target=wrap(job)) for job in jobs]
    for thread in threads:
        thread.start()
    return threads


def claimer(db_url, name, actor, ledger):
    sessions = staff_sessions(db_url, name, PASSWORD)

    def loop():
        while True:
            state = run_write(
                sessions, actor, cases.claim_next, Category.ENGINEERING, on_retry=ledger.retried
            )
            if state is None:
                return
            ledger.note("claim", state)

    return loop


def issuer(db_url, name, actor, ledger, count):
    sessions = staff_sessions(db_url, name, PASSWORD)

    def loop():
        for _ in range(count):
            ledger.note("issue", run_write(sessions, actor, issue_number, on_retry=ledger.retried))

    return loop


def test_killed_connections_mid_transaction_leave_each_action_once(drill_db):
    sessions = session_factory(make_engine(drill_db))
    staff = make_drill_bureau(sessions, prefix=prefix(), handlers=4, clerks=2, pool=120)
    people = actors(sessions, staff.handlers + staff.clerks)
    ledger, stop = Ledger(), threading.Event()
    killed = []

    def killer():
        admin = psycopg.connect(
            drill_db.set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True,
        )
        while not stop.is_set():
            # One staff connection in the middle of a transaction, five times a second.
            rows = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE usename LIKE %s AND state IN ('active', 'idle in transaction')"
                " ORDER BY random() LIMIT 1",
                (f"{staff.handlers[0].rsplit('_', 1)[0]}%",),
            ).fetchall()
            killed.extend(rows)
            time.sleep(0.2)
        admin.close()

    threads = workers(
        ledger,
        *(claimer(drill_db, n, people[n], ledger) for n in staff.handlers),
        *(issuer(drill_db, n, people[n], ledger, 30) for n in staff.clerks),
    )
    kill_thread = threading.Thread(target=killer)
    kill_thread.start()
    for thread in threads:
        thread.join(timeout=300)
    stop.set()
    kill_thread.join()
    assert not ledger.errors, ledger.errors[:3]
    assert killed, "the drill killed no connection"
    totals = check_exactly_once(sessions, ledger)
    assert totals == {"claims": 120, "numbers": 60, "audit_rows": totals["audit_rows"]}
    print(
        f"killed {len(killed)} connections, {ledger.retries} retries, {totals},"
        f" found already done: {dict(ledger.already_done)}"
    )


def test_a_reply_lost_after_the_commit_is_not_applied_twice(drill_db):
    sessions = session_factory(make_engine(drill_db))
    staff = make_drill_bureau(sessions, prefix=prefix(), handlers=1, clerks=1, pool=2)
    name = staff.clerks[0]
    clerk, mine = actors(sessions, [name])[name], staff_sessions(drill_db, name, PASSWORD)
    lost = {"left": 1}

    @sa.event.listens_for(mine, "after_commit")
    def reply_lost(session):  # the commit is made; the program never hears of it
        if lost["left"]:
            lost["left"] -= 1
            raise sa.exc.OperationalError(
                "COMMIT",
                {},
                psycopg.OperationalError("server closed the connection"),
                connection_invalidated=True,
            )

    key = new_key()
    first = run_write(mine, clerk, issue_number, key=key)
    again = run_write(mine, clerk, issue_number, key=key)  # the user's retry, same action
    assert isinstance(first, AlreadyDone) and isinstance(again, AlreadyDone)
    with sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.IssuedDocument)) == 1
    assert run_write(mine, clerk, issue_number) == 2  # the next action carries on


def test_the_server_crashing_and_restarting_under_load_loses_and_doubles_nothing(own_cluster):
    cluster = own_cluster
    url = parse_url(cluster.create_database("drill"))
    engine = make_engine(url)
    prepare_database(engine)
    sessions = session_factory(engine)
    staff = make_drill_bureau(sessions, prefix=prefix(), handlers=6, clerks=3, pool=400)
    people = actors(sessions, staff.handlers + staff.clerks)
    engine.dispose()
    ledger = Ledger()
    threads = workers(
        ledger,
        *(claimer(url, n, people[n], ledger) for n in staff.handlers),
        *(issuer(url, n, people[n], ledger, 60) for n in staff.clerks),
    )
    waited = time.monotonic()
    while len(ledger.claimed) < 60 and time.monotonic() - waited < 30:
        time.sleep(0.05)  # crash in the thick of it
    before = len(ledger.claimed)
    cluster.restart_after_crash(down_seconds=1.5)
    for thread in threads:
        thread.join(timeout=300)
    assert not ledger.errors, ledger.errors[:3]
    assert 0 < before < 400, "the crash did not happen while claiming"
    totals = check_exactly_once(session_factory(make_engine(url)), ledger)
    assert (totals["claims"], totals["numbers"]) == (400, 180)
    print(
        f"crashed after {before} claims, {ledger.retries} retries, {totals},"
        f" found already done: {dict(ledger.already_done)}"
    )
    with session_factory(make_engine(url))() as session:
        assert (
            session.scalar(
                sa.select(sa.func.count())
                .select_from(m.Case)
                .where(m.Case.status == CaseStatus.RECEIVED)
            )
            == 0
        )


def test_the_server_restarting_during_a_batch_of_licences_loses_and_doubles_nothing(own_cluster):
    cluster = own_cluster
    url = parse_url(cluster.create_database("batch"))
    engine = make_engine(url)
    prepare_database(engine)
    sessions = session_factory(engine)
    staff = make_drill_bureau(sessions, prefix=prefix(), handlers=1, clerks=1, reviewers=1, pool=40)
    people = actors(sessions, staff.handlers + staff.clerks + staff.reviewers)
    handler, reviewer = people[staff.handlers[0]], people[staff.reviewers[0]]
    with sessions() as session, session.begin():
        init_keys(session, Actor.system("drill"))
        pool = sa.select(m.Case.id).where(m.Case.status == CaseStatus.RECEIVED)
        case_ids = list(session.scalars(pool.order_by(m.Case.id)))
        for case_id in case_ids:  # decided to grant: a decision and a licence each
            state = cases.claim(session, handler, case_id, 1)
            state = cases.propose(
                session, handler, case_id, state.version, grant=True, opinion="材料齐全"
            )
            cases.approve(session, reviewer, case_id, state.version)
    engine.dispose()
    clerk_name = staff.clerks[0]
    clerk = people[clerk_name]
    first_chunk, restarted, retries, reports = threading.Event(), threading.Event(), [], []

    def report(done, total):
        reports.append((done, total))
        first_chunk.set()

    def crash():  # while the second chunk is numbered and rendered
        first_chunk.wait(timeout=120)
        cluster.restart_after_crash(down_seconds=1.5)
        restarted.set()

    crasher = threading.Thread(target=crash)
    crasher.start()
    clerk_sessions = staff_sessions(url, clerk_name, PASSWORD)
    issued, failures = issue_for_cases(
        clerk_sessions,
        clerk,
        case_ids,
        report,
        on_retry=lambda attempt, error: retries.append(attempt),
    )
    crasher.join()
    clerk_sessions.kw["bind"].dispose()
    assert restarted.is_set() and retries, "the batch never met the restart"
    assert not failures and reports[-1] == (40, 40)
    assert len(issued) == 80 and len({i.number for i in issued}) == 80
    checked = make_engine(url)
    with session_factory(checked)() as session:
        rows = session.execute(
            sa.select(
                m.IssuedDocument.id,
                m.IssuedDocument.case_id,
                m.IssuedDocument.doc_type,
                m.IssuedDocument.serial,
            )
        ).all()
        audited = list(
            session.scalars(
                sa.select(m.AuditEntry.entity_id).where(m.AuditEntry.action == "issue_document")
            )
        )
        chain = verify_chain(session)
        numbers = set(session.scalars(sa.select(m.IssuedDocument.number)))
    checked.dispose()
    assert sorted((case_id, kind) for _, case_id, kind, _ in rows) == sorted(
        (case_id, kind) for case_id in case_ids for kind in ("grant", "licence")
    ), "a case without its documents, or with two"
    for kind in ("grant", "licence"):
        serials = sorted(serial for _, _, k, serial in rows if k == kind)
        assert serials == list(range(1, 41)), f"a gap or a duplicate in the {kind} numbers"
    assert sorted(audited) == sorted(str(row.id) for row in rows), "an audit entry not once"
    assert {i.number for i in issued} <= numbers
    assert chain.intact, chain
    print(f"restarted after {reports[0]}, {len(retries)} retries")
