"""Benchmark: the certificate window's batch, through the services (numbers, render, sign,
store, audit), as the clerk runs it.

    python tests/benchmarks/bench_issuing.py [--batch 1000] [--cases 2500]

A demo bureau on SQLite; granted cases get their licences: 50 one at a time (the time per
document, warm), then 1000 as the certificate window's batch does it (chunks numbered in
one transaction, rendered by worker processes), on a background thread while a Qt event
loop ticks every 10 ms on the main thread, as the window's would: the longest the loop
waited says whether the window stays responsive. No assertions: figures only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def ticking_while(worker: threading.Thread) -> list[float]:
    """Run a Qt event loop with a 10 ms timer until `worker` ends; the gaps between ticks."""
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if not worker.is_alive():
            app.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    worker.start()
    app.exec()
    worker.join()
    return gaps


def main() -> None:
    # Imported here: the spawned workers import this script again, and should find it as
    # light as the application's own entry point.
    import sqlalchemy as sa

    from desktop.data import models as m
    from desktop.data.database import make_engine, parse_url, session_factory
    from desktop.documents.model import DocumentType
    from desktop.domain.enums import CaseStatus
    from desktop.services.admin.setup import prepare_database
    from desktop.services.demo.generate import DemoOptions, generate_demo
    from desktop.services.documents.batch_issuing import issue_many, workers
    from desktop.services.documents.issuing import issue_document
    from desktop.services.staff import actor_for

    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1050)
    parser.add_argument("--cases", type=int, default=2500)
    args = parser.parse_args()
    url = parse_url(str(Path(tempfile.mkdtemp()) / "issuing.sqlite3"))
    engine = make_engine(url, create=True)
    prepare_database(engine)
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=args.cases, seed=7))
    with sessions() as session, session.begin():
        clerk = actor_for(session, "clerk1")
        granted = list(
            session.scalars(
                sa.select(m.Case.id)
                .join(m.CaseEvent, m.CaseEvent.case_id == m.Case.id)
                .where(
                    m.CaseEvent.action == "approve",
                    m.Case.status.in_((CaseStatus.APPROVED, CaseStatus.DELIVERED)),
                )
                .order_by(m.Case.id)
                .limit(args.batch)
            )
        )
    load = os.getloadavg()[0]
    print(f"{len(granted)} granted cases to issue licences for (load average {load:.1f})")
    single, batch = granted[:50], granted[50:]
    times = []
    for case_id in single:
        one = time.perf_counter()
        with sessions() as session, session.begin():
            issue_document(session, clerk, case_id, DocumentType.LICENCE)
        times.append(time.perf_counter() - one)
    times.sort()
    print(
        f"one at a time: first (cold) {times[-1] * 1000:.0f} ms at most, "
        f"warm median {times[len(times) // 2] * 1000:.1f} ms per licence"
    )
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 160 == 0 or done == total:
            print(f"  {done}/{total}  {time.perf_counter() - started:.1f} s", flush=True)

    outcome: list = []
    worker = threading.Thread(
        target=lambda: outcome.append(
            issue_many(sessions, clerk, batch, lambda s, c: [DocumentType.LICENCE], progress)
        )
    )
    gaps = ticking_while(worker)
    total = time.perf_counter() - started
    issued, failures = outcome[0]
    print(
        f"batch of {len(issued)} licences in {workers()} worker processes: {total:.1f} s "
        f"({total / max(1, len(issued)) * 1000:.1f} ms each, {len(failures)} failed)"
    )
    gaps.sort()
    print(
        f"event loop meanwhile (10 ms timer): longest wait {gaps[-1] * 1000:.0f} ms, "
        f"p99 {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms over {len(gaps)} ticks"
    )
    engine.dispose()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
