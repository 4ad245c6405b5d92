"""The failover drill (README, "A standby"): a primary and a synchronous streaming standby on
127.0.0.1, reached through one multi-host address. Staff claim and issue through the
services; the primary is stopped with `-m immediate` and the standby promoted. Afterwards
every acknowledged action is there exactly once, the numbers have no gap, the audit chain
holds, and the case listener has come back on the new primary. The reports read from the
standby and say how far behind it is."""

from __future__ import annotations

import itertools
import os
import time
from datetime import date

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import (
    make_engine,
    parse_url,
    reporting_sessions,
    reporting_url,
    session_factory,
    standby_lag,
)
from desktop.data.notifications import CaseListener
from desktop.domain.enums import CaseStatus, Category, Role
from desktop.services.admin.setup import prepare_database
from desktop.services.audit_trail import AuditFilter, check_chain, fetch_audit_page
from desktop.services.cases import actions as cases
from desktop.services.supervision.statistics import compute_statistics
from desktop.services.supervision.stats_definitions import Period
from desktop.services.transactions import run_read, run_write
from tests.services.test_fault_drills import claimer, issuer, workers
from tests.support.drills import (
    PASSWORD,
    Ledger,
    actors,
    add_logins,
    check_exactly_once,
    make_drill_bureau,
)
from tests.support.logins import staff_sessions
from tests.support.pg_cluster import Cluster, start_standby

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
_names = itertools.count(1)


def prefix() -> str:
    return f"f{os.getpid()}_{next(_names)}"  # roles are cluster-wide: names of our own


@pytest.fixture
def pair(own_cluster: Cluster):
    """(primary, standby): the test's own server and a synchronous standby of it, with a
    prepared database `drill` (made before the standby, so it is copied)."""
    url = parse_url(own_cluster.create_database("drill"))
    engine = make_engine(url)
    prepare_database(engine)
    engine.dispose()
    standby = start_standby(own_cluster, synchronous=True)
    yield own_cluster, standby
    standby.destroy()


def both(primary: Cluster, standby: Cluster) -> sa.URL:
    """The address as a bureau writes it: both servers, libpq's multi-host form."""
    return parse_url(
        f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}/drill"
    )


def test_a_promoted_standby_carries_on_and_loses_or_doubles_nothing(pair):
    primary, standby = pair
    url = both(primary, standby)
    assert url.query["target_session_attrs"] == "read-write"
    sessions = session_factory(make_engine(url))
    staff = make_drill_bureau(sessions, prefix=prefix(), handlers=6, clerks=3, pool=400)
    people = actors(sessions, staff.handlers + staff.clerks)
    sessions.kw["bind"].dispose()
    heard: list[set[int] | None] = []
    listener = CaseListener(url, heard.append, batch_seconds=0.1)
    listener.start()
    ledger = Ledger()
    threads = workers(
        ledger,
        *(claimer(url, n, people[n], ledger) for n in staff.handlers),
        *(issuer(url, n, people[n], ledger, 60) for n in staff.clerks),
    )
    waited = time.monotonic()
    while len(ledger.claimed) < 60 and time.monotonic() - waited < 30:
        time.sleep(0.05)  # fail over in the thick of it
    before = len(ledger.claimed)
    primary.stop("immediate")
    time.sleep(1.0)  # the time a monitor takes to decide the primary is gone
    standby.promote()
    for thread in threads:
        thread.join(timeout=300)
    deadline = time.monotonic() + 30
    while None not in heard and time.monotonic() < deadline:
        time.sleep(0.1)
    # A change on the new primary (the drill's own claims may all be over by now), sent
    # again until heard: one sent while the listener is still reconnecting is lost.
    checked = session_factory(make_engine(url))
    while {424242} not in heard and time.monotonic() < deadline:
        with checked() as session, session.begin():
            session.execute(sa.text("SELECT pg_notify('case_changed', '424242')"))
        time.sleep(0.5)
    listener.stop()
    assert not ledger.errors, ledger.errors[:3]
    assert 0 < before < 400, "the primary did not stop while claiming"
    assert ledger.retries, "no action met the failover (the windows' banner never showed)"
    totals = check_exactly_once(checked, ledger)
    assert (totals["claims"], totals["numbers"]) == (400, 180)
    with checked() as session:
        assert standby_lag(session) is None, "the work did not go to the new primary"
        left = sa.select(sa.func.count()).where(m.Case.status == CaseStatus.RECEIVED)
        assert session.scalar(left) == 0
    checked.kw["bind"].dispose()
    # The listener came back on the new primary: told to re-query everything, and then
    # hearing the changes made there.
    assert None in heard, "the listener did not come back after the failover"
    assert {424242} in heard[heard.index(None) :], f"no change heard on the new primary: {heard}"
    print(
        f"failed over after {before} claims, {ledger.retries} retries, {totals},"
        f" found already done: {dict(ledger.already_done)}"
    )


def test_the_reports_read_from_the_standby_and_say_how_far_behind(pair, monkeypatch):
    primary, standby = pair
    monkeypatch.delenv("APPROVAL_DESK_REPORTING_DB", raising=False)
    url = both(primary, standby)
    admin = session_factory(make_engine(url))
    staff = make_drill_bureau(admin, prefix=prefix(), handlers=1, clerks=1, pool=5)
    supervisor = f"{prefix()}_s"
    with admin() as session, session.begin():
        add_logins(session, {Role.SUPERVISOR: [supervisor]})
    people = actors(admin, [supervisor, *staff.handlers])
    admin.kw["bind"].dispose()
    mine = staff_sessions(url, supervisor, PASSWORD)
    reports = reporting_sessions(mine)
    assert reporting_url(mine.kw["bind"].url).query["target_session_attrs"] == "prefer-standby"
    with reports() as session:
        assert session.scalar(sa.text("SELECT pg_is_in_recovery()")), "not read on the standby"
        assert standby_lag(session) == 0.0  # synchronous and idle: nothing to replay
    # The supervisor's reads work on the standby, as their own login (row security and all).
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    actor = people[supervisor]
    stats = run_read(reports, actor, compute_statistics, period)
    assert stats.period == period
    page = run_read(reports, actor, fetch_audit_page, AuditFilter())
    assert page, "the audit trail read on the standby is empty"
    assert run_read(reports, actor, check_chain).intact  # the audit window's check
    # Replay paused: the standby falls behind the primary's new work and says by how much.
    standby.execute("SELECT pg_wal_replay_pause()")
    primary.execute("ALTER SYSTEM SET synchronous_standby_names = ''")
    primary.execute("SELECT pg_reload_conf()")
    handler = staff_sessions(url, staff.handlers[0], PASSWORD)
    time.sleep(1.5)
    run_write(handler, people[staff.handlers[0]], cases.claim_next, Category.ENGINEERING)
    deadline = time.monotonic() + 20
    lag = 0.0
    while time.monotonic() < deadline:
        with reports() as session:
            lag = standby_lag(session) or 0.0
        if lag > 1.0:
            break
        time.sleep(0.2)
    assert lag > 1.0, "a paused standby did not say it is behind"
    standby.execute("SELECT pg_wal_replay_resume()")
    # The standby gone, the reports read from the primary.
    standby.stop("immediate")
    reports.kw["bind"].dispose()
    with reports() as session:
        assert standby_lag(session) is None
    for made in (mine, handler):
        made.kw["bind"].dispose()
