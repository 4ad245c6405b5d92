"""Benchmark: queues over 1,000,000 cases on PostgreSQL, through the real table model.

    python tests/benchmarks/bench_queues.py [--cases 1000000] [--seed-cases 20000]

A demo bureau of --seed-cases cases is generated, then its cases are copied (with new
numbers) until the table holds --cases rows. Prints: time from opening a queue to the
first rows shown (goal < 200 ms), time per page while scrolling (goal < 50 ms), the
longest stall of the UI thread while loading (goal < 50 ms), the navigation counts, and
resident memory. Offscreen Qt.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa
from PySide6.QtCore import QElapsedTimer, QTimer

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.enums import Category
from desktop.services.admin.setup import prepare_database
from desktop.services.cases.queues import QueueQuery, QueueView, count_views, fetch_page
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.ui.app import make_application
from desktop.ui.context import AppContext
from desktop.ui.queues.queue_model import QueueModel
from tests.support.pg_cluster import start_cluster

COPIED = (
    "item_id, category, applicant_id, project_name, project_address, green_channel,"
    " queue_rank, first_contact_id, handler_id, status, accepted_at, accepted_on,"
    " decided_on, closed_on, extension_days, extension_reason, promised_due_on,"
    " promised_warn_on, statutory_due_on, due_provisional, updated_at, updated_by_id,"
    " version"
)


def grow(engine: sa.Engine, target: int) -> int:
    """Copy the demo cases until there are `target` of them (queue benchmarks only)."""
    with engine.begin() as connection:
        have = connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()
        copies = max(0, -(-target // have) - 1)
        connection.execute(sa.text("ALTER TABLE cases DISABLE TRIGGER cases_notify_change"))
        # Copies for a benchmark, not work anyone did: no audit row each.
        connection.execute(sa.text("ALTER TABLE cases DISABLE TRIGGER desk_audit_inserts"))
        connection.execute(
            sa.text(
                f"INSERT INTO cases (number, {COPIED}) SELECT number || '-' || g, {COPIED}"
                f" FROM cases CROSS JOIN generate_series(1, {copies}) AS g"
            )
        )
        connection.execute(sa.text("ALTER TABLE cases ENABLE TRIGGER cases_notify_change"))
        connection.execute(sa.text("ALTER TABLE cases ENABLE TRIGGER desk_audit_inserts"))
        connection.execute(
            sa.text(
                f"DELETE FROM cases WHERE id IN (SELECT id FROM cases ORDER BY id DESC"
                f" LIMIT greatest(0, (SELECT count(*) FROM cases) - {target}))"
            )
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM ANALYZE cases"))
        return connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()


class StallMeter:
    """Ticks every millisecond on the UI thread and remembers the longest gap."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self.last = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


def wait_until_loaded(app, model: QueueModel, timeout: float = 30.0) -> float:
    """Milliseconds until the model has no load in flight (the page has arrived)."""
    started = time.perf_counter()
    app.processEvents()
    while model.loading:
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise SystemExit("timed out waiting for rows")
        time.sleep(0.0005)
    return (time.perf_counter() - started) * 1000


def measure_view(app, context: AppContext, query: QueueQuery, pages: int) -> str:
    model = QueueModel(lambda q, after: context.read(fetch_page, q, after))
    model.failed.connect(lambda error: print(f"loading failed: {error!r}"))
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    model.set_query(query)
    first = wait_until_loaded(app, model)
    page_times = []
    for _ in range(pages):
        if not model.canFetchMore():
            break
        began = time.perf_counter()
        model.fetchMore()
        wait_until_loaded(app, model)
        page_times.append((time.perf_counter() - began) * 1000)
    stall = meter.stop()
    total = (time.perf_counter() - started) * 1000
    median = statistics.median(page_times) if page_times else 0.0
    worst = max(page_times) if page_times else 0.0
    return (
        f"{query.category.label}·{query.view.label}·{query.sort}: first rows {first:6.1f} ms,"
        f" page median {median:5.1f} ms / max {worst:5.1f} ms ({len(page_times)} pages,"
        f" {model.rowCount():,} rows), longest UI stall {stall} ms, total {total:,.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--seed-cases", type=int, default=20_000)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    app = make_application()
    cluster = start_cluster()
    try:
        url = parse_url(cluster.create_database("bench"))
        engine = make_engine(url)
        prepare_database(engine)
        started = time.perf_counter()
        generate_demo(session_factory(engine), DemoOptions(cases=args.seed_cases, seed=1))
        total = grow(engine, args.cases)
        print(
            f"database: {total:,} cases on PostgreSQL (built in "
            f"{time.perf_counter() - started:.0f} s)"
        )
        sessions = session_factory(engine)
        with sessions() as session:
            actor = actor_for(session, "head1")
        context = AppContext(url, sessions, actor)
        for category in Category:
            began = time.perf_counter()
            context.read(count_views, category)
            print(
                f"navigation counts, {category.label}: "
                f"{(time.perf_counter() - began) * 1000:.0f} ms (off the UI thread)"
            )
        for view in (QueueView.ALL, QueueView.POOL, QueueView.OVERDUE, QueueView.DUE_SOON):
            query = QueueQuery.default(Category.SOCIAL, view)
            print(measure_view(app, context, query, args.pages))
        print(
            measure_view(app, context, QueueQuery(Category.ENGINEERING, QueueView.ALL), args.pages)
        )
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"resident memory (peak): {rss:,.0f} MB")
        engine.dispose()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide 6.12 can abort while garbage-collecting the
    # measurement's leftovers at exit, after every figure has been printed.
    os._exit(0)
