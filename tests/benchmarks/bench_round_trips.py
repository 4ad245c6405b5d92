"""Round trips per action: the SQL statements a claim, a proposal and a sign-off send to
PostgreSQL through the services, counted with SQLAlchemy's `before_cursor_execute`, and
the client-server round trips around them (the pool's pre-ping, the driver's BEGIN, the
COMMIT).

    python tests/benchmarks/bench_round_trips.py [--cases 20] [--show]
                                                 [--url postgresql://superuser@host/db]

A handler with their own login claims `--cases` cases and proposes a grant for each; a
reviewer with theirs signs each proposal off (`approve`, as the load benchmark does).
Prints, per action, the statements and round trips of one call (the mean, and the
largest), and with `--show` the statements of the last call of each kind. Each round trip
costs a latency on a loaded server (issue 22: p99 under 150 ms at 500 staff), so these
counts are what `bench_load.py`'s propose and sign-off tails are made of. BEFORE holds
what the same calls cost before the propose and sign-off path was folded (main at
9294583): the case read before locking it, the item read apart, four reads for the facts,
the row read again after the guarded function moved it, the audit entry inserted apart.
Now: the case locked with its item, the facts in one read, and `desk_case_act_row` moving
the case, adding the audit entry and returning the row (data/security/workflow_sql.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.enums import Category, Role
from desktop.services.admin.setup import prepare_database
from desktop.services.cases import actions as cases
from desktop.services.transactions import run_write
from tests.support.drills import PASSWORD, actors, add_logins, add_pool, add_reference
from tests.support.logins import staff_sessions
from tests.support.pg_cluster import fresh_database

# (statements, round trips) of one call, measured by this script on main at 9294583.
BEFORE = {"claim": (2, 5), "propose": (12, 15), "sign off": (11, 14)}


class Counter:
    """Statements and round trips of one staff engine, with the last call's statements."""

    def __init__(self, engine: sa.Engine) -> None:
        self.statements = 0
        self.round_trips = 0
        self.last: list[str] = []
        sa.event.listen(engine, "before_cursor_execute", self._statement)
        sa.event.listen(engine, "commit", self._other)
        sa.event.listen(engine, "rollback", self._other)
        sa.event.listen(engine.pool, "checkout", self._other)  # pool_pre_ping's SELECT 1
        sa.event.listen(engine, "begin", self._other)  # psycopg sends BEGIN on its own

    def _statement(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        self.statements += 1
        self.round_trips += 1
        self.last.append(" ".join(statement.split())[:160])

    def _other(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self.round_trips += 1

    def reset(self) -> None:
        self.statements = self.round_trips = 0
        self.last = []


def build(url: sa.URL, pool: int) -> None:
    engine = make_engine(url)
    prepare_database(engine)
    with session_factory(engine)() as session, session.begin():
        items, applicant = add_reference(session, (Category.ENGINEERING,))
        add_pool(session, items[Category.ENGINEERING], applicant, pool, prefix="RT")
        add_logins(session, {Role.HANDLER_ENGINEERING: ["rt_h"], Role.REVIEWER: ["rt_r"]})
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()


def measure(url: sa.URL, count: int, show: bool) -> dict[str, list[tuple[int, int]]]:
    handler_sessions = staff_sessions(url, "rt_h", PASSWORD)
    reviewer_sessions = staff_sessions(url, "rt_r", PASSWORD)
    people = actors(handler_sessions, ["rt_h"]) | actors(reviewer_sessions, ["rt_r"])
    handler, reviewer = people["rt_h"], people["rt_r"]
    counters = {
        "handler": Counter(handler_sessions.kw["bind"]),
        "reviewer": Counter(reviewer_sessions.kw["bind"]),
    }
    counts: dict[str, list[tuple[int, int]]] = defaultdict(list)
    last: dict[str, list[str]] = {}

    def counted(name, who, sessions, actor, service, *args, **kwargs):  # type: ignore[no-untyped-def]
        counter = counters[who]
        counter.reset()
        result = run_write(sessions, actor, service, *args, **kwargs)
        counts[name].append((counter.statements, counter.round_trips))
        last[name] = counter.last
        return result

    proposed = []
    for _ in range(count):
        state = counted(
            "claim", "handler", handler_sessions, handler, cases.claim_next, Category.ENGINEERING
        )
        state = counted(
            "propose",
            "handler",
            handler_sessions,
            handler,
            cases.propose,
            state.id,
            state.version,
            grant=True,
            opinion="拟准予",
        )
        proposed.append(state)
    for state in proposed:
        counted(
            "sign off",
            "reviewer",
            reviewer_sessions,
            reviewer,
            cases.approve,
            state.id,
            state.version,
        )
    if show:
        for name, statements in last.items():
            print(f"\n{name}:")
            for statement in statements:
                print(f"  {statement}")
    handler_sessions.kw["bind"].dispose()
    reviewer_sessions.kw["bind"].dispose()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--show", action="store_true", help="print the last call's SQL")
    parser.add_argument("--url", help="superuser URL of a server (default: a throwaway one)")
    args = parser.parse_args()
    with fresh_database(args.url, "bench_round_trips") as database:
        url = parse_url(database)
        build(url, args.cases + 5)
        counts = measure(url, args.cases, args.show)
    print(
        f"\n{'action':<10} {'calls':>5} {'statements':>11} {'round trips':>12} {'(most)':>7}"
        f"   {'before: statements':>18} {'round trips':>12}"
    )
    for name, rows in counts.items():
        statements = sum(s for s, _ in rows) / len(rows)
        trips = sum(t for _, t in rows) / len(rows)
        most = max(t for _, t in rows)
        was = BEFORE.get(name, ("?", "?"))
        print(
            f"{name:<10} {len(rows):>5} {statements:>11.1f} {trips:>12.1f} {most:>7}"
            f"   {was[0]:>18} {was[1]:>12}"
        )
    print("round trips: the statements, and the pool's pre-ping, BEGIN and COMMIT")


if __name__ == "__main__":
    main()
