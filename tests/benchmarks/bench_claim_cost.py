"""What one claim, proposal and sign-off cost the server, in CPU, measured so that two
commits can be compared on a busy machine: server CPU time per action (the backend's own
CPU from /proc, which other engineers' load barely moves) and, per PL/pgSQL function, its
self time per action (PostgreSQL's `track_functions = 'pl'`, pg_stat_user_functions).

    python tests/benchmarks/bench_claim_cost.py [--repeat 300] [--rounds 3]
                                                [--compare /path/to/other/worktree]

With --compare the same measurement runs alternately in this tree and in the other one (a
worktree of an older commit, e.g. the one before the guards), each round on its own
throwaway server, and the medians are printed side by side. The load benchmark
(`bench_load.py`) says what the mix does under contention; this one what each action costs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ACTIONS = ("claim", "propose", "sign off")
OPINION = "拟准予"


def measure(tree: Path, repeat: int) -> dict:
    """One round in `tree`'s code: {action: {"server_ms", "wall_ms", "functions": {...}}}."""
    sys.path.insert(0, str(tree))
    import sqlalchemy as sa

    from desktop.data.database import make_engine, parse_url, session_factory
    from desktop.domain.enums import Category
    from desktop.services.cases import actions as cases
    from desktop.services.transactions import run_write
    from tests.benchmarks.bench_load import build_bureau
    from tests.support.cpu import family_cpu_seconds
    from tests.support.drills import PASSWORD, actors
    from tests.support.logins import staff_sessions
    from tests.support.pg_cluster import fresh_database

    version_of = "SELECT version FROM cases WHERE id = :id"
    assert Path(cases.__file__).is_relative_to(tree), cases.__file__
    results: dict = {}
    with fresh_database(None, "bench_cost") as database:
        url = parse_url(database)
        jobs = build_bureau(url, 25, repeat + 50)
        admin = make_engine(url)
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(
                f"ALTER DATABASE \"{url.database}\" SET track_functions = 'pl'"
            )
        handler, reviewer = jobs["handler_engineering"][0], jobs["reviewer"][0]
        people = actors(session_factory(admin), [handler, reviewer])
        claimed: list = []
        proposed: list = []

        def claim(sessions, actor):  # type: ignore[no-untyped-def]
            claimed.append(run_write(sessions, actor, cases.claim_next, Category.ENGINEERING))

        def propose(sessions, actor):  # type: ignore[no-untyped-def]
            state = claimed.pop()
            run_write(
                sessions, actor, cases.propose, state.id, state.version, grant=True, opinion=OPINION
            )
            proposed.append(state.id)

        def sign_off(sessions, actor):  # type: ignore[no-untyped-def]
            case_id = proposed.pop()
            with admin.connect() as connection:
                version = connection.scalar(sa.text(version_of), {"id": case_id})
            run_write(sessions, actor, cases.approve, case_id, version)

        for label, name, action in (
            ("claim", handler, claim),
            ("propose", handler, propose),
            ("sign off", reviewer, sign_off),
        ):
            sessions = staff_sessions(url, name, PASSWORD)
            engine = sessions.kw["bind"]
            with engine.connect() as connection:
                backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            times = repeat if label == "claim" else repeat // 2
            for _ in range(3):  # statements prepared, caches warm
                action(sessions, people[name])
            time.sleep(1.1)  # a backend flushes its statistics when idle, at most once a second
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            time.sleep(0.2)
            with admin.connect() as connection:
                connection.exec_driver_sql("SELECT pg_stat_reset()")
                connection.commit()
            served, wall = family_cpu_seconds(backend), time.perf_counter()
            for _ in range(times):
                action(sessions, people[name])
            wall = time.perf_counter() - wall
            served = family_cpu_seconds(backend) - served
            engine.dispose()  # the backend ends and flushes its function statistics
            time.sleep(0.6)
            with admin.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT funcname, calls, self_time, total_time FROM pg_stat_user_functions"
                ).all()
            results[label] = {
                "server_ms": served * 1000 / times,
                "wall_ms": wall * 1000 / times,
                "functions": {
                    r.funcname: (r.calls / times, r.self_time / times, r.total_time / times)
                    for r in rows
                },
            }
        admin.dispose()
    return results


def report(columns: dict[str, list[dict]]) -> None:
    names = list(columns)
    print(f"\nserver CPU per action, ms (median of {len(columns[names[0]])} rounds)")
    print(f"{'action':12s}" + "".join(f"{n[-28:]:>30s}" for n in names))
    for action in ACTIONS:
        cells = []
        for name in names:
            values = [r[action]["server_ms"] for r in columns[name]]
            spread = f" ({min(values):.2f}-{max(values):.2f})"
            cells.append(f"{statistics.median(values):.2f}{spread}")
        print(f"{action:12s}" + "".join(f"{c:>30s}" for c in cells))
    for action in ACTIONS:
        print(f"\n{action}: PL/pgSQL self time per action, ms (calls per action)")
        merged: dict[str, list[str]] = {}
        for index, name in enumerate(names):
            rounds = [r[action]["functions"] for r in columns[name]]
            for function in {f for r in rounds for f in r}:
                selfs = [r.get(function, (0, 0, 0))[1] for r in rounds]
                calls = statistics.median(r.get(function, (0, 0, 0))[0] for r in rounds)
                row = merged.setdefault(function, [""] * len(names))
                row[index] = f"{statistics.median(selfs):.3f} ({calls:g})"
        ordered = sorted(merged.items(), key=lambda kv: -max(_number(c) for c in kv[1]))
        for function, cells in ordered[:14]:
            print(f"  {function[:34]:34s}" + "".join(f"{c:>18s}" for c in cells))


def _number(cell: str) -> float:
    return float(cell.split()[0]) if cell else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300, help="claims per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="another worktree, measured alternately")
    parser.add_argument("--one-round", type=Path, help=argparse.SUPPRESS)  # a child's tree
    args = parser.parse_args()
    if args.one_round:
        print(json.dumps(measure(args.one_round.resolve(), args.repeat)))
        return 0
    trees = [HERE.parents[2]] + ([args.compare.resolve()] if args.compare else [])
    columns: dict[str, list[dict]] = {str(t): [] for t in trees}
    for number in range(args.rounds):
        for tree in trees if number % 2 == 0 else trees[::-1]:
            child = subprocess.run(
                [sys.executable, str(HERE), "--one-round", str(tree), "--repeat", str(args.repeat)],
                capture_output=True,
                text=True,
                cwd=tree,
            )
            if child.returncode:
                print(child.stderr[-2000:], file=sys.stderr)
                return 1
            columns[str(tree)].append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(f"round {number + 1}: {tree} done", flush=True)
    report(columns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
