"""Benchmark: the inspection draw on seeded pools, from a district to a city (issue 20).

    python tests/benchmarks/bench_draw.py [--only 300x120x10] [--replacements 50]

Runs 300 requests × 120 inspectors × 10 working days, 1,000 × 400 × 10 and
3,000 × 1,000 × 20 (two half-days a day; 6 departments, 12 specialties, inspectors with
1-3 specialties, about 15% unavailable half-days, 700 recusal ties, teams of 2-3 with one
from the responsible department). For each it prints the draw's time, wall clock and
process CPU (`time.process_time`: the machine is shared, and CPU time is what the draw
itself costs), the fairness figures the proof rests on (the plan's maximum load against
the counting floor no plan can go below; the loads the plan leaves), whether a replay from
the stored snapshot is identical, the record's size and digest time in record format 1
(every exclusion in full) and in the compact format 2, how many teams another seed
changes, and the time of one replacement (an inspector drops out of a planned team).
Goals on the 2-core machine: 300×120×10 under 1 s; 3,000×1,000×20 under 10 s with
fairness proven; a replacement under 10 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_backups import book_plan
from desktop.domain.inspections.draw_replacement import draw_replacement
from desktop.domain.inspections.draw_result import RECORD_FORMAT
from desktop.domain.inspections.pool_codec import snapshot_from_json, snapshot_to_json
from tests.support.draw_pools import PoolShape, seeded_pool

SIZES = {
    "300x120x10": PoolShape(requests=300, inspectors=120, days=10),
    "1000x400x10": PoolShape(requests=1000, inspectors=400, days=10),
    "3000x1000x20": PoolShape(requests=3000, inspectors=1000, days=20),
}


class Clock:
    """Wall and process CPU time of a block."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall, {self.cpu:.2f} s CPU"


def run(name: str, shape: PoolShape, seed: str, pool_seed: int, replacements: int) -> None:
    snapshot = seeded_pool(pool_seed, shape)
    print(
        f"== {name}: {shape.requests} requests, {shape.inspectors} inspectors, "
        f"{shape.days} working days, {len(snapshot.ties)} recusal ties"
    )
    with Clock() as whole:
        result = draw_plan(snapshot, seed)
    figures, timings = result.figures, result.timings
    print(f"method: {timings.solver}")
    print(f"planned {len(result.planned)}, unplanned {len(result.unplanned)}")
    for item in result.unplanned[:10]:
        print(f"  unplanned {item.case_number}: {item.reason.label} {item.detail}")
    print(f"whole draw (half-days, teams, backups, reasons): {whole}")
    print(f"  of which half-days and teams: {timings.seconds_to_plan:.2f} s wall")
    print(
        f"fairness: max load {figures.max_load}, counting floor {figures.load_floor}, "
        f"proven {figures.fairness_proven} (level {figures.level_status}, "
        f"pick {figures.pick_status})"
    )
    loads = {p.inspector_id: p.load_after for item in result.planned for p in item.team}
    spread = sorted(Counter(loads.values()).items(), reverse=True)
    print(
        f"  inspectors used {len(loads)}; by load after the draw: "
        + ", ".join(f"{load}: {n}" for load, n in spread)
    )
    exclusions = sum(len(item.exclusions) for item in (*result.planned, *result.unplanned))
    for record_format in (1, RECORD_FORMAT):  # before (every exclusion in full) and after
        with Clock() as digest:
            digest_of = result.result_digest(record_format)
        record = result.as_dict(record_format)
        size = len(json.dumps(record, ensure_ascii=False).encode()) / 2**20
        groups = len(record.get("exclusion_groups", ()))
        print(
            f"record format {record_format} ({exclusions} exclusions"
            + (f" in {groups} groups" if groups else "")
            + f"): {size:.1f} MiB; digest {digest}"
        )
        if record_format == RECORD_FORMAT:
            first = digest_of
    stored = snapshot_to_json(snapshot)  # what the draw log keeps
    with Clock() as replay_clock:
        replay = draw_plan(snapshot_from_json(stored), seed)
    same = replay.result_digest() == first
    print(
        f"replay from the stored snapshot ({len(stored) // 1024} KiB): {replay_clock}; "
        f"identical: {same}"
    )
    other = draw_plan(snapshot, seed + "-other")
    teams = {p.request_id: p.assignment.member_ids for p in result.planned}
    changed = sum(teams.get(p.request_id) != p.assignment.member_ids for p in other.planned)
    print(f"another seed changes {changed} of {len(result.planned)} teams")
    if not result.planned:
        return
    booked = book_plan(snapshot, [p.assignment for p in result.planned])
    booked.snapshot_hash()  # computed when the snapshot is logged, not part of the draw
    walls, cpus = [], []
    step = max(1, len(result.planned) // replacements)
    for item in result.planned[::step][:replacements]:
        with Clock() as one:
            draw_replacement(
                booked, seed, item.assignment, item.team[0].inspector_id, 1, figures.max_load
            )
        walls.append(one.wall * 1000)
        cpus.append(one.cpu * 1000)
    print(
        f"one replacement ({len(walls)} tried): median {statistics.median(walls):.1f} ms wall, "
        f"{statistics.median(cpus):.1f} ms CPU; slowest {max(walls):.1f} ms wall"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SIZES), action="append")
    parser.add_argument("--pool-seed", type=int, default=1)
    parser.add_argument("--seed", default="bench-2026")
    parser.add_argument("--replacements", type=int, default=50)
    args = parser.parse_args()
    for name in args.only or SIZES:
        run(name, SIZES[name], args.seed, args.pool_seed, args.replacements)


if __name__ == "__main__":
    main()
