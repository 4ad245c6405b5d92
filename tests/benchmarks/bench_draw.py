"""Benchmark: the inspection draw on a seeded pool (issue 6).

    python tests/benchmarks/bench_draw.py [--inspectors 120] [--requests 300] [--days 10]

Defaults follow the issue: 300 inspections over 10 working days (two half-days each),
120 inspectors in 6 departments with 1-3 specialties, about 15% unavailable half-days,
about 700 recusal pairs, teams of 2-3 with one from the responsible department. Prints
the time to the first valid plan, to a plan with the lowest max load, whether the max
load reaches the counting floor (fairness proven), the whole draw, its replay (identical
or not), and a single replacement. Goals: a fair, valid plan under 5 s; a replacement
under 100 ms.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_backups import book_plan
from desktop.domain.inspections.draw_replacement import draw_replacement
from desktop.domain.inspections.pool_codec import snapshot_from_json, snapshot_to_json
from tests.support.draw_pools import PoolShape, seeded_pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inspectors", type=int, default=120)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--recusal-pairs", type=int, default=700)
    parser.add_argument("--pool-seed", type=int, default=1)
    parser.add_argument("--seed", default="bench-2026")
    args = parser.parse_args()
    shape = PoolShape(
        inspectors=args.inspectors,
        requests=args.requests,
        days=args.days,
        recusal_pairs=args.recusal_pairs,
    )
    snapshot = seeded_pool(args.pool_seed, shape)
    print(
        f"pool: {shape.inspectors} inspectors, {shape.requests} requests, "
        f"{shape.days} working days, {len(snapshot.ties)} recusal ties"
    )
    result = draw_plan(snapshot, args.seed)
    figures, timings = result.figures, result.timings
    print(f"solver: {timings.solver}")
    print(f"planned {len(result.planned)}, unplanned {len(result.unplanned)}")
    for item in result.unplanned:
        print(f"  unplanned {item.case_number}: {item.reason.label} {item.detail}")
    print(f"time to a valid plan at the lowest load level: {timings.seconds_to_plan:.2f} s")
    print(f"whole draw (with left-overs, backups, reasons): {timings.seconds_total:.2f} s")
    print(
        f"max load {figures.max_load}, counting floor {figures.load_floor}, "
        f"fairness proven: {figures.fairness_proven} (level {figures.level_status}, "
        f"weighted pick {figures.pick_status})"
    )
    started = time.perf_counter()
    stored = snapshot_to_json(snapshot)  # what the draw log keeps
    replay = draw_plan(snapshot_from_json(stored), args.seed)
    replay_seconds = time.perf_counter() - started
    same = replay.result_digest() == result.result_digest()
    print(f"replay from the stored snapshot ({len(stored) // 1024} KiB): {replay_seconds:.2f} s")
    print(f"  identical: {same}")
    other = draw_plan(snapshot, args.seed + "-other")
    teams = {p.request_id: p.assignment.member_ids for p in result.planned}
    changed = sum(teams.get(p.request_id) != p.assignment.member_ids for p in other.planned)
    print(f"another seed changes {changed} of {len(result.planned)} teams")
    if result.planned:
        booked = book_plan(snapshot, [p.assignment for p in result.planned])
        first = result.planned[0]
        booked.snapshot_hash()  # computed when the snapshot is logged, not part of the draw
        started = time.perf_counter()
        replacement = draw_replacement(
            booked, args.seed, first.assignment, first.team[0].inspector_id, 1, figures.max_load
        )
        seconds = time.perf_counter() - started
        chosen = replacement.chosen.inspector_id if replacement.chosen else None
        print(f"one replacement: {seconds * 1000:.1f} ms (chosen inspector {chosen})")


if __name__ == "__main__":
    main()
