"""Benchmark: the supervision dashboard's refresh over 1,000,000 cases on PostgreSQL (goal
under 1 s) and 100,000 on SQLite. Run on demand:

    python tests/benchmarks/bench_stats.py [--pg-cases 1000000] [--sqlite-cases 100000]

A demo bureau of --seed-cases cases is generated, then its cases are copied (with new
numbers) until the table holds the target. A refresh is what the window does off the UI
thread (statistics for the last twelve months, staff performance, urges), then on it
(cards, five charts and the tables); cold is the first refresh, warm the median of five.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.services import timesource
from desktop.services.admin.setup import prepare_database
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.services.supervision.stats_definitions import Period
from desktop.ui.app import make_application
from desktop.ui.context import AppContext
from desktop.ui.supervision.window import SupervisionWindow, load
from tests.benchmarks.bench_queues import COPIED, grow
from tests.support.pg_cluster import start_cluster


def grow_sqlite(engine: sa.Engine, target: int) -> int:
    """The SQLite twin of `grow`: copy the demo cases until there are `target`."""
    with engine.begin() as connection:
        have = connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()
        copies = max(0, -(-target // have) - 1)
        connection.execute(
            sa.text(
                "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL"
                f" SELECT n + 1 FROM g WHERE n < {copies})"
                f" INSERT INTO cases (number, {COPIED}) SELECT number || '-' || g.n, {COPIED}"
                " FROM cases CROSS JOIN g"
            )
        )
        connection.execute(
            sa.text(
                "DELETE FROM cases WHERE id IN (SELECT id FROM cases ORDER BY id DESC"
                f" LIMIT max(0, (SELECT count(*) FROM cases) - {target}))"
            )
        )
        connection.execute(sa.text("ANALYZE"))
        return connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(app, url: sa.URL, engine: sa.Engine, label: str) -> None:  # type: ignore[no-untyped-def]
    sessions = session_factory(engine)
    with sessions() as session:
        actor = actor_for(session, "super1")
    context = AppContext(url, sessions, actor)
    period = Period.last_months(timesource.today())
    cold = timed(lambda: load(context, period))
    warm = [timed(lambda: load(context, period)) for _ in range(5)]
    loaded = load(context, period)
    window = SupervisionWindow(context)
    window._shown = True  # measure by hand, not on show

    def show() -> None:
        window._loaded(loaded)
        app.processEvents()

    painted = [timed(show) for _ in range(3)]
    busy = ", ".join(f"{n:.2f}" for n in os.getloadavg())  # the machine may be shared
    print(
        f"{label}: refresh off the UI thread cold {cold:,.0f} ms, warm median "
        f"{statistics.median(warm):,.0f} ms (min {min(warm):,.0f}, max {max(warm):,.0f});"
        f" cards, charts and tables on the UI thread {statistics.median(painted):,.0f} ms"
        f" (load average {busy})"
    )
    print(
        f"  {period}: accepted {loaded.stats.total.accepted:,}, decided "
        f"{loaded.stats.total.decided:,}, red now {loaded.stats.total.overdue_now:,}, "
        f"{len(loaded.performance)} staff rows"
    )
    window.deleteLater()


def build_and_measure(
    app, url: sa.URL, seed_cases: int, grow_to: Callable[[sa.Engine], int], label: str
) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url, create=True)
    prepare_database(engine)
    started = time.perf_counter()
    generate_demo(session_factory(engine), DemoOptions(cases=seed_cases, seed=1))
    total = grow_to(engine)
    print(f"{label}: {total:,} cases (built in {time.perf_counter() - started:.0f} s)")
    measure(app, url, engine, label)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg-cases", type=int, default=1_000_000)
    parser.add_argument("--sqlite-cases", type=int, default=100_000)
    parser.add_argument("--seed-cases", type=int, default=20_000)
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        url = parse_url(str(Path(folder) / "bench.sqlite3"))
        build_and_measure(
            app, url, args.seed_cases, lambda e: grow_sqlite(e, args.sqlite_cases), "SQLite"
        )
    cluster = start_cluster()
    try:
        url = parse_url(cluster.create_database("bench"))
        build_and_measure(app, url, args.seed_cases, lambda e: grow(e, args.pg_cases), "PostgreSQL")
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # as bench_queues: skip PySide's teardown after the figures are printed
