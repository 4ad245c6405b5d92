"""Benchmark: `approval-desk demo --cases N` on SQLite (goal: 100,000 in under 60 s) and,
with --postgres, on a throwaway PostgreSQL cluster. Run on demand:

    python tests/benchmarks/bench_demo.py [--cases 100000] [--postgres]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.pg_cluster import start_cluster  # noqa: E402


def run_demo(db: str, cases: int) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", db, "demo", "--cases", str(cases)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"demo failed:\n{result.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        elapsed = run_demo(str(path), args.cases)
        size = path.stat().st_size / 2**20
        verdict = "OK" if elapsed < 60 or args.cases != 100_000 else "SLOWER THAN GOAL (60 s)"
        print(
            f"SQLite:     demo --cases {args.cases}: {elapsed:6.1f} s "
            f"({args.cases / elapsed:,.0f} cases/s, file {size:,.0f} MB) {verdict}"
        )
    if args.postgres:
        cluster = start_cluster()
        try:
            elapsed = run_demo(cluster.create_database("bench"), args.cases)
            print(
                f"PostgreSQL: demo --cases {args.cases}: {elapsed:6.1f} s "
                f"({args.cases / elapsed:,.0f} cases/s)"
            )
        finally:
            cluster.destroy()


if __name__ == "__main__":
    main()
