"""Benchmark: the certificate window's batch, through the services (numbers, render, sign,
store, audit), as the clerk runs it.

    python tests/benchmarks/bench_issuing.py [--batch 1000] [--cases 2500]

A demo bureau on SQLite; every granted case without documents gets its licence, one
transaction per case, exactly as `issue_for_cases` does for the window. Prints the time
per document and for the batch. No assertions: figures only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import make_engine, parse_url, session_factory
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.issuing import issue_document
from desktop.services.setup import prepare_database
from desktop.services.signing_keys import init_keys
from desktop.services.staff import actor_for


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--cases", type=int, default=2500)
    args = parser.parse_args()
    url = parse_url(str(Path(tempfile.mkdtemp()) / "issuing.sqlite3"))
    engine = make_engine(url, create=True)
    prepare_database(engine)
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=args.cases, seed=7))
    with sessions() as session, session.begin():
        init_keys(session, Actor.system("bench"))
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
    times = []
    started = time.perf_counter()
    for done, case_id in enumerate(granted, start=1):
        one = time.perf_counter()
        with sessions() as session, session.begin():
            issue_document(session, clerk, case_id, DocumentType.LICENCE)
        times.append(time.perf_counter() - one)
        if done % 100 == 0:
            print(f"  {done}/{len(granted)}  {time.perf_counter() - started:.1f} s", flush=True)
    total = time.perf_counter() - started
    times.sort()
    print(f"first document (cold): {times[-1] * 1000:.0f} ms at most")
    print(f"per document, warm: median {times[len(times) // 2] * 1000:.1f} ms")
    print(f"batch of {len(granted)}: {total:.1f} s")
    engine.dispose()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
