"""The floor under the load benchmark: what each of its actions costs when nothing else runs,
and how many claims the server alone can make.

    python tests/benchmarks/bench_load_floor.py [--repeat 200] [--clients 8] [--seconds 10]
                                                [--url postgresql://superuser@host/db]

Part 1, one staff member at a time through the real services and retrying transactions:
per action the statements sent, the wall time, the client's CPU and the server's (that
login's backend, when the server runs on this machine).
Part 2, the server alone (needs pgbench): pgbench, a client in C that costs next to nothing,
sends the SQL of a handler's claim and of opening the pool as a handler's own login from
--clients connections. No Python client can make the server go faster than that.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg
import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.enums import Category
from desktop.services.cases import actions as cases
from desktop.services.cases.queues import QueueQuery, QueueView, count_views, fetch_page
from desktop.services.transactions import run_read, run_write
from tests.benchmarks.bench_load import build_bureau, is_local
from tests.support.cpu import family_cpu_seconds
from tests.support.drills import PASSWORD, actors, issue_number
from tests.support.logins import staff_sessions
from tests.support.pg_cluster import find_bindir, fresh_database

POOL = QueueQuery(Category.ENGINEERING, QueueView.POOL)


def measure(url: sa.URL, name: str, actor, action: Callable, repeat: int) -> str:  # type: ignore[no-untyped-def]
    sessions = staff_sessions(url, name, PASSWORD)
    engine = sessions.kw["bind"]
    sent: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
    with engine.connect() as connection:
        backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        local = is_local(connection)
    for _ in range(3):  # the statements prepared, the caches warm
        action(sessions, actor)
    sent.clear()
    server = (lambda: family_cpu_seconds(backend)) if local else (lambda: 0.0)
    wall, cpu, served = time.perf_counter(), time.process_time(), server()
    for _ in range(repeat):
        action(sessions, actor)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    served = server() - served
    engine.dispose()
    return (
        f"{len(sent) / repeat:6.1f}{wall * 1000 / repeat:9.2f}{cpu * 1000 / repeat:9.2f}"
        f"{served * 1000 / repeat:9.2f}"
    )


def part_one(url: sa.URL, jobs: dict[str, list[str]], repeat: int) -> None:
    handler, reviewer = jobs["handler_engineering"][0], jobs["reviewer"][0]
    clerk, supervisor = jobs["clerk"][0], jobs["supervisor"][0]
    people = actors(session_factory(make_engine(url)), [handler, reviewer, clerk, supervisor])
    claimed = []

    def claim(sessions, actor):  # type: ignore[no-untyped-def]
        claimed.append(run_write(sessions, actor, cases.claim_next, Category.ENGINEERING))

    def propose(sessions, actor):  # type: ignore[no-untyped-def]
        state = claimed.pop()
        run_write(
            sessions, actor, cases.propose, state.id, state.version, grant=True, opinion="拟准予"
        )

    actions = [
        ("claim", handler, claim),
        ("open queue (pool)", handler, lambda s, a: run_read(s, a, fetch_page, POOL, None, 50)),
        ("propose", handler, propose),
        (
            "open queue (sign-off)",
            reviewer,
            lambda s, a: run_read(
                s, a, fetch_page, QueueQuery(Category.ENGINEERING, QueueView.SIGNOFF), None, 20
            ),
        ),
        ("issue number", clerk, lambda s, a: run_write(s, a, issue_number)),
        (
            "navigation counts",
            supervisor,
            lambda s, a: run_read(s, a, count_views, Category.ENGINEERING),
        ),
    ]
    print(f"{'one at a time':22s}{'stmts':>6s}{'wall ms':>9s}{'cpu ms':>9s}{'server':>9s}")
    for label, name, action in actions:
        times = repeat // 2 if label == "propose" else repeat  # proposes what was claimed
        print(f"{label:22s}{measure(url, name, people[name], action, times)}", flush=True)


def sent_sql(url: sa.URL, name: str, actor, action: Callable) -> list[str]:  # type: ignore[no-untyped-def]
    """The statements an action sends, with their values written in."""
    sessions = staff_sessions(url, name, PASSWORD)
    engine = sessions.kw["bind"]
    sent: list[str] = []

    def capture(connection, cursor, statement, parameters, context, many):  # type: ignore[no-untyped-def]
        raw = psycopg.ClientCursor(connection.connection.driver_connection)
        sent.append(" ".join(raw.mogrify(statement, parameters).split()))

    sa.event.listen(engine, "before_cursor_execute", capture)
    action(sessions, actor)
    engine.dispose()
    return sent


def part_two(url: sa.URL, handler: str, clients: int, seconds: int) -> None:
    try:
        pgbench = find_bindir() / "pgbench"
    except RuntimeError:
        return
    actor = actors(session_factory(make_engine(url)), [handler])[handler]
    key = "0" * 8 + "-0000-4000-8000-" + "0" * 12
    claim = sent_sql(
        url, handler, actor, lambda s, a: run_write(s, a, cases.claim_next, POOL.category, key=key)
    )
    # Every claim its own key, as every user action has.
    claim = [sql.replace(f"'{key}'", "gen_random_uuid()::text") for sql in claim]
    opening = sent_sql(url, handler, actor, lambda s, a: run_read(s, a, fetch_page, POOL, None, 50))
    folder = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    try:
        run_pgbench(url, pgbench, handler, clients, seconds, folder, claim, opening)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_pgbench(  # type: ignore[no-untyped-def]
    url, pgbench, handler, clients, seconds, folder, claim, opening
) -> None:
    (folder / "claim.sql").write_text("BEGIN;\n" + ";\n".join(claim) + ";\nCOMMIT;\n")
    (folder / "open.sql").write_text("BEGIN;\n" + ";\n".join(opening) + ";\nROLLBACK;\n")
    base = [
        str(pgbench),
        *("-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U", handler),
        *("-n", "-M", "prepared", "-T", str(seconds), "-c", str(clients), "-j", "2"),
    ]
    environment = {**os.environ, "PGPASSWORD": PASSWORD}
    print(f"\nthe server alone (pgbench, {clients} connections as {handler}, {seconds} s each)")
    for label, scripts in (("claim", ["claim"]), ("open pool + claim", ["open", "claim"])):
        command = [*base, *(f"--file={folder / s}.sql" for s in scripts), str(url.database)]
        before = claims_made(url)
        finished = subprocess.run(command, capture_output=True, text=True, env=environment)
        if finished.returncode:
            print(f"  {label}: pgbench failed: {finished.stderr.strip()[-300:]}")
            continue
        made = claims_made(url) - before
        print(
            f"  {label:20s} {made / seconds:7.0f} claims/s (load average {os.getloadavg()[0]:.1f})"
        )


def claims_made(url: sa.URL) -> int:
    """Claims in the history: what pgbench did, counted where it cannot be mistaken."""
    engine = make_engine(url)
    with engine.connect() as connection:
        made = connection.exec_driver_sql(
            "SELECT count(*) FROM case_events WHERE action = 'claim'"
        ).scalar_one()
    engine.dispose()
    return int(made)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="calls per action")
    parser.add_argument("--clients", type=int, default=8, help="pgbench connections")
    parser.add_argument("--seconds", type=int, default=10, help="per pgbench run")
    parser.add_argument("--url", help="superuser URL of a server (default: a throwaway one)")
    args = parser.parse_args()
    with fresh_database(args.url, "bench_floor") as database:
        url = parse_url(database)
        # Enough pool for the claims of both parts: pgbench's runs must not empty it.
        jobs = build_bureau(url, 50, args.repeat * 2 + 1200 * args.seconds)
        part_one(url, jobs, args.repeat)
        part_two(url, jobs["handler_engineering"][1], args.clients, args.seconds)
        print(f"\n(machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
