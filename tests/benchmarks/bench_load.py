"""Load benchmark: concurrent simulated staff on one PostgreSQL server, each with their own
login, through the real services and retrying transactions.

    python tests/benchmarks/bench_load.py [--duration 120] [--staff 50] [--processes 4]
                                          [--think SECONDS] [--standby [--rounds N]] [--waits]
                                          [--url postgresql://superuser@host/db]

Handlers open their queue and claim the next case, and now and then propose a decision;
reviewers open their queue and sign off proposals; clerks issue document numbers;
supervisors read the navigation counts. The clock starts once every process has signed
its staff in. Prints throughput and latency percentiles per action, and the CPU the whole
mix spent per claim in the clients and (when it runs on this machine) in the server, which
says how many claims/s the cores could carry at all; then verifies: zero double claims,
zero lost updates (every case's version counts its history), zero gaps in the document
numbers. Goal: at least 300 claims/s sustained, p99 under 200 ms.

At human pace (`--think 10 --staff 500`) each person thinks between actions, about
SECONDS (0.5 to 1.5 times it), as people do: 500 staff make some 50 actions a second, and
every action's p99 should stay under 150 ms. Sign-in, before the clock, does what the window
does when it opens (counts, the person's queue, and warming the connection for their usual
writes, rehearsed and rolled back: services/admin/warm_up.py), printed as its own lines.
Whoever is still thinking when the time is up does not act then (cutting every thought
short at the end made hundreds act in the same instant: that was most of the tail once).
It also prints each person's first action of a kind apart (a new connection's first call:
once a day at a desk, a third of a 60 s run), the actions over 150 ms by when they ended,
and with `--waits` what the server's busy backends wait on (pg_stat_activity, sampled).
`--standby` runs the load twice on throwaway servers, without and then with a synchronous
streaming standby (README, "A standby"), and compares the claims per second: within 15 %
is the goal.
(`bench_load_floor.py` measures each action alone, and the server alone under pgbench.)
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.enums import Category, Role
from desktop.services.admin.setup import prepare_database
from desktop.services.admin.warm_up import warm_up
from desktop.services.cases import actions as cases
from desktop.services.cases.queues import QueueQuery, QueueView, count_views, fetch_page
from desktop.services.transactions import AlreadyDone, run_read, run_write
from tests.support.cpu import family_cpu_seconds, parent_of, process_cpu_seconds
from tests.support.drills import (
    PASSWORD,
    actors,
    add_logins,
    add_pool,
    add_reference,
    give_granted_case,
    issue_number,
)
from tests.support.logins import staff_sessions
from tests.support.pg_cluster import fresh_database, start_cluster, start_standby

PROPOSE_SHARE = 0.3  # of claims, the handler goes on to propose a decision


def build_bureau(url: sa.URL, staff: int, pool: int) -> dict[str, list[str]]:
    """Items for both queues, `staff` logins by job, `pool` cases per queue."""
    engine = make_engine(url)
    prepare_database(engine)
    sessions = session_factory(engine)
    tag = f"ld{os.getpid()}"
    handlers = staff * 72 // 100
    jobs = {
        "handler_engineering": [f"{tag}_e{n}" for n in range(handlers // 2)],
        "handler_social": [f"{tag}_s{n}" for n in range(handlers - handlers // 2)],
        "reviewer": [f"{tag}_r{n}" for n in range(staff * 8 // 100)],
        "clerk": [f"{tag}_c{n}" for n in range(staff * 12 // 100)],
    }
    jobs["supervisor"] = [f"{tag}_v{n}" for n in range(staff - sum(map(len, jobs.values())))]
    with sessions() as session, session.begin():
        items, applicant = add_reference(session, tuple(Category))
        for category, item in items.items():
            add_pool(session, item, applicant, pool, prefix=category.value[:1])
        add_logins(session, {Role(role): names for role, names in jobs.items()})
        give_granted_case(session, jobs["handler_engineering"][0])
    # A bulk import leaves the planner without statistics until autovacuum comes round; a
    # server in daily use has them.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return jobs


class Recorder:
    """Latencies per action and what was acknowledged, for one process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.first: dict[str, list[float]] = defaultdict(list)  # each person's first of a kind
        self.later: dict[str, list[float]] = defaultdict(list)  # the rest
        self.seen: set[tuple[str, str]] = set()
        self.slow: list[tuple[float, str]] = []  # (wall clock, action) of those over 150 ms
        self.claimed: list[int] = []
        self.serials: list[int] = []
        self.already_done: Counter[str] = Counter()
        self.retries = 0
        self.errors: Counter[str] = Counter()

    def timed(self, name, work):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            result = work()
        except Exception as error:  # counted and reported; the worker goes on
            with self.lock:
                self.errors[f"{name}: {type(error).__name__}: {str(error)[:80]}"] += 1
            return None
        person = threading.current_thread().name
        with self.lock:
            self.latency[name].append(time.perf_counter() - started)
            if time.perf_counter() - started > 0.15:
                self.slow.append((time.monotonic(), name))
            if (person, name) not in self.seen:
                self.seen.add((person, name))
                self.first[name].append(time.perf_counter() - started)
            else:
                self.later[name].append(time.perf_counter() - started)
            if isinstance(result, AlreadyDone):
                self.already_done[name] += 1
        return result

    def retried(self, attempt: int, error: BaseException) -> None:
        with self.lock:
            self.retries += 1


def staff_loop(sessions, role, name, actor, until, recorder, think):  # type: ignore[no-untyped-def]
    import random

    rng = random.Random(name)
    retry = recorder.retried

    def pause(seconds: float) -> None:
        """A person thinks between actions (`think`); a saturating one barely waits."""
        wait = rng.uniform(0.5, 1.5) * think if think else seconds
        time.sleep(max(0.0, min(wait, until - time.monotonic())))  # no thinking past the end

    def timed(name, work):  # type: ignore[no-untyped-def]
        """An action, unless the run is over: who was still thinking at the end does not act
        then, or everyone whose thought the end cut short would act in the same instant."""
        return recorder.timed(name, work) if time.monotonic() < until else None

    if think:
        time.sleep(rng.uniform(0, min(think, until - time.monotonic())))  # not all at once

    def write(service, *args, **kwargs):  # type: ignore[no-untyped-def]
        return run_write(sessions, actor, service, *args, on_retry=retry, **kwargs)

    def read(service, *args):  # type: ignore[no-untyped-def]
        return run_read(sessions, actor, service, *args, on_retry=retry)

    category = Category.SOCIAL if role == "handler_social" else Category.ENGINEERING
    while time.monotonic() < until:
        if role.startswith("handler"):
            timed(
                "open queue",
                lambda: read(fetch_page, QueueQuery(category, QueueView.POOL), None, 50),
            )
            pause(0)
            state = timed("claim", lambda: write(cases.claim_next, category))
            pause(0)
            if state is not None and not isinstance(state, AlreadyDone):
                with recorder.lock:
                    recorder.claimed.append(state.id)
                if rng.random() < PROPOSE_SHARE and time.monotonic() < until:
                    timed(
                        "propose",
                        lambda s=state: write(
                            cases.propose, s.id, s.version, grant=True, opinion="拟准予"
                        ),
                    )
                    pause(0)
        elif role == "reviewer":
            page = timed(
                "open queue",
                lambda: read(
                    fetch_page,
                    QueueQuery(Category(rng.choice(list(Category))), QueueView.SIGNOFF),
                    None,
                    20,
                ),
            )
            rows = list(page.rows) if page else []
            pause(0)
            for row in rng.sample(rows, min(2, len(rows))):  # colleagues pick other cases
                timed("sign off", lambda r=row: write(cases.approve, r.id, r.version))
                pause(0)
            pause(0.05)
        elif role == "clerk":
            serial = timed("issue number", lambda: write(issue_number))
            if serial is not None and not isinstance(serial, AlreadyDone):
                with recorder.lock:
                    recorder.serials.append(serial)
            pause(0)
        else:
            timed("navigation counts", lambda: read(count_views, category))
            pause(0.1)
    sessions.kw["bind"].dispose()


def sign_in(sessions, role, actor) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """What the window does when it opens (ui/main_window.py): the navigation counts of
    both queues, the person's own queue, and warming the connection for their usual writes
    (services/admin/warm_up.py, rehearsed and rolled back). Returns (seconds of the whole
    sign-in, seconds of the warm-up): printed apart, never hidden."""
    started = time.perf_counter()
    for category in Category:
        run_read(sessions, actor, count_views, category)
    view = QueueView.SIGNOFF if role == "reviewer" else QueueView.POOL
    category = Category.SOCIAL if role == "handler_social" else Category.ENGINEERING
    run_read(sessions, actor, fetch_page, QueueQuery(category, view), None, 50)
    warmed = warm_up(sessions, actor)
    return time.perf_counter() - started, warmed


def process_main(url_text, people, ready, go, until, results, think):  # type: ignore[no-untyped-def]
    url = parse_url(url_text)
    recorder = Recorder()
    sessions = {name: staff_sessions(url, name, PASSWORD) for _, name, _ in people}
    signing_in = [sign_in(sessions[name], role, actor) for role, name, actor in people]
    ready.put(os.getpid())
    go.wait()
    cpu = time.process_time()
    threads = [
        threading.Thread(
            target=staff_loop,
            args=(sessions[name], role, name, actor, until.value, recorder, think),
        )
        for role, name, actor in people
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(
        (
            dict(recorder.latency),
            dict(recorder.first),
            dict(recorder.later),
            recorder.slow,
            recorder.claimed,
            recorder.serials,
            dict(recorder.already_done),
            recorder.retries,
            dict(recorder.errors),
            time.process_time() - cpu,
            signing_in,
        )
    )


def server_cpu(url: sa.URL) -> Callable[[], float]:
    """CPU seconds the server's processes have used so far (0 when it runs elsewhere)."""
    engine = make_engine(url)
    with engine.connect() as connection:
        backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        postmaster = parent_of(backend) if is_local(connection) else None
    engine.dispose()
    return lambda: family_cpu_seconds(postmaster) if postmaster else 0.0


class WaitSampler:
    """What the server's busy backends are waiting on, sampled every 50 ms during the load
    (pg_stat_activity), with the statements that wait on a lock: where the tail comes from."""

    def __init__(self, url: sa.URL, until: float, duration: float) -> None:
        self.url, self.until, self.duration = url, until, duration
        self.by_time: Counter[int] = Counter()  # busy backends summed, by 5 s of the run
        self.count_at: Counter[int] = Counter()
        self.background: Counter[str] = Counter()  # autovacuum, by 5 s of the run
        self.samples = 0
        self.busy: Counter[str] = Counter()
        self.locked: Counter[str] = Counter()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        engine = make_engine(self.url)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            while time.monotonic() < self.until:
                rows = connection.exec_driver_sql(
                    "SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'),"
                    " left(regexp_replace(query, '\\s+', ' ', 'g'), 90), backend_type"
                    " FROM pg_stat_activity WHERE state = 'active' AND backend_type IN"
                    " ('client backend', 'autovacuum worker') AND pid <> pg_backend_pid()"
                ).all()
                self.samples += 1
                second = int(time.monotonic() - (self.until - self.duration)) // 5 * 5
                self.by_time[second] += len(rows)
                self.count_at[second] += 1
                for event, query, kind in rows:
                    if kind == "autovacuum worker":
                        self.background[f"{second}s {query[:60]}"] += 1
                        continue
                    self.busy[event] += 1
                    if event.startswith("Lock:"):
                        self.locked[f"{event} {query}"] += 1
                time.sleep(0.05)
        engine.dispose()

    def report(self) -> None:
        self.thread.join()
        n = max(1, self.samples)
        print(f"\nserver backends busy, mean over {self.samples} samples of pg_stat_activity:")
        for event, count in self.busy.most_common(8):
            print(f"  {count / n:6.2f}  {event}")
        for text, count in self.locked.most_common(6):
            print(f"  lock wait {count / n:6.2f}  {text}")
        print(
            "  busy by 5 s of the run: "
            + ", ".join(
                f"{s}s:{self.by_time[s] / self.count_at[s]:.1f}" for s in sorted(self.count_at)
            )
        )
        for text in sorted(self.background):
            print(f"  autovacuum at {text}")


def is_local(connection: sa.Connection) -> bool:
    address = connection.exec_driver_sql("SELECT host(inet_server_addr())").scalar_one()
    return address in (None, "127.0.0.1", "::1")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def verify(url: sa.URL, claimed: list[int], serials: list[int]) -> list[str]:
    """The invariants; returns what is wrong (empty when all hold)."""
    problems = []
    engine = make_engine(url)
    with engine.connect() as connection:
        doubles = connection.execute(
            sa.text(
                "SELECT count(*) FROM (SELECT case_id FROM case_events WHERE action = 'claim'"
                " GROUP BY case_id HAVING count(*) > 1) x"
            )
        ).scalar_one()
        lost = connection.execute(
            sa.text(
                "SELECT count(*) FROM cases c WHERE c.version <> 1 + (SELECT count(*)"
                " FROM case_events e WHERE e.case_id = c.id)"
            )
        ).scalar_one()
        stored_serials = [
            r[0]
            for r in connection.execute(
                sa.text("SELECT serial FROM issued_documents ORDER BY serial")
            )
        ]
        counter = connection.execute(
            sa.text("SELECT coalesce(max(last_serial), 0) FROM number_counters")
        ).scalar_one()
        claim_events = connection.execute(
            sa.text("SELECT count(*) FROM case_events WHERE action = 'claim'")
        ).scalar_one()
        half = connection.execute(
            sa.text(
                "SELECT count(*) FROM cases WHERE (status = 'received') <> (handler_id IS NULL)"
            )
        ).scalar_one()
    engine.dispose()
    if doubles:
        problems.append(f"{doubles} cases claimed twice")
    if len(set(claimed)) != len(claimed):
        problems.append("a claim acknowledged twice")
    if lost:
        problems.append(f"{lost} cases whose version does not count their history (lost update)")
    if stored_serials != list(range(1, len(stored_serials) + 1)) or counter != len(stored_serials):
        problems.append("gaps or duplicates in the document numbers")
    if not set(serials) <= set(stored_serials):
        problems.append("an acknowledged number is missing")
    if claim_events < len(claimed):
        problems.append("an acknowledged claim is missing")
    if half:
        problems.append(f"{half} cases half-claimed")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load")
    parser.add_argument("--staff", type=int, default=50)
    parser.add_argument("--processes", type=int, default=4, help="client processes (GIL)")
    parser.add_argument("--pool", type=int, default=0, help="pool cases per queue")
    parser.add_argument(
        "--think", type=float, default=0.0, help="seconds a person thinks between actions"
    )
    parser.add_argument(
        "--standby",
        action="store_true",
        help="run twice, without and with a synchronous standby, and compare claims/s",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="with --standby: pairs of runs, alternating which goes first",
    )
    parser.add_argument(
        "--waits", action="store_true", help="sample what the server's backends wait on"
    )
    parser.add_argument("--url", help="superuser URL of a server (default: a throwaway one)")
    args = parser.parse_args()
    if args.standby and args.url:
        parser.error("--standby starts its own servers: leave out --url")
    pool = args.pool or int(max(5000, 250 * args.duration))
    connections = args.staff + 50  # one per person signed in, and the set-up's
    if args.standby:
        return compare_with_standby(args, pool, connections)
    with fresh_database(args.url, "bench_load", connections) as database:
        code, _, _ = measure(parse_url(database), args, pool)
        return code


def compare_with_standby(args, pool: int, connections: int) -> int:  # type: ignore[no-untyped-def]
    """The same load on a single server and on a primary with a synchronous standby; with
    `--rounds` above 1, again in the other order and so on (single, standby, standby,
    single, ...), so that a machine getting busier or quieter favours neither; the figures
    are the means of the rounds."""
    rates: dict[str, list[float]] = defaultdict(list)
    capacities: dict[str, list[float]] = defaultdict(list)
    codes = []
    order = (("single server", False), ("synchronous standby", True))
    runs = [run for n in range(args.rounds) for run in (order if n % 2 == 0 else order[::-1])]
    for label, with_standby in runs:
        cluster = start_cluster(connections)
        standby = None
        try:
            url = parse_url(cluster.create_database("bench_load"))

            def standby_in_place(cluster=cluster, wanted=with_standby) -> None:  # type: ignore[no-untyped-def]
                nonlocal standby
                if wanted:  # after the set-up: it is copied, then every commit waits for it
                    standby = start_standby(cluster, synchronous=True)

            def replication_cpu(cluster=cluster) -> dict[str, float]:  # type: ignore[no-untyped-def]
                return replication_seconds(cluster, standby)  # noqa: B023 (the one made above)

            print(f"\n=== {label} ===", flush=True)
            code, rate, capacity = measure(
                url, args, pool, before_load=standby_in_place, replication=replication_cpu
            )
            codes.append(code)
            rates[label].append(rate)
            capacities[label].append(capacity)
        finally:
            if standby is not None:
                standby.destroy()
            cluster.destroy()
    mean = {label: sum(values) / len(values) for label, values in rates.items()}
    single, replicated = mean["single server"], mean["synchronous standby"]
    change = (replicated - single) / single * 100 if single else 0.0
    print(
        f"\nclaims/s, {args.rounds} round(s): single server {single:.1f}"
        f" ({', '.join(f'{r:.1f}' for r in rates['single server'])}), with a synchronous"
        f" standby {replicated:.1f} ({', '.join(f'{r:.1f}' for r in rates['synchronous standby'])})"
        f" ({change:+.1f} %; goal: within 15 %; load average {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} cores)"
    )
    # The wall figures follow whatever else the machine runs; the CPU per claim does not.
    mean = {label: sum(values) / len(values) for label, values in capacities.items()}
    single, replicated = mean["single server"], mean["synchronous standby"]
    change = (replicated - single) / single * 100 if single else 0.0
    print(
        f"claims/s the {os.cpu_count()} cores would allow at the CPU spent per claim (clients,"
        f" server, and the standby's processes on the same cores): single server {single:.0f},"
        f" with the standby {replicated:.0f} ({change:+.1f} %)"
    )
    return max(codes)


def replication_seconds(primary, standby) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """CPU seconds so far of what replication runs: the primary's WAL sender, and the
    standby's processes (WAL receiver, the replay of the startup process, and the rest)."""
    seconds = {}
    sender = primary.query("SELECT pid FROM pg_stat_replication") if standby else None
    if sender:
        seconds["primary's WAL sender"] = process_cpu_seconds(int(sender))
    if standby is not None:
        postmaster = int((standby.datadir / "postmaster.pid").read_text().split()[0])
        seconds["the standby's processes"] = family_cpu_seconds(postmaster)
    return seconds


def measure(
    url: sa.URL, args, pool: int, before_load=None, replication=None
) -> tuple[int, float, float]:  # type: ignore[no-untyped-def]
    """Set up the bureau, run the load, report: (exit code, acknowledged claims per second,
    claims per second the idle cores would allow). `replication` gives the CPU seconds so
    far of the replication's processes, counted with the server's."""
    started = time.perf_counter()
    jobs = build_bureau(url, args.staff, pool)
    names = [n for names in jobs.values() for n in names]
    people = actors(session_factory(make_engine(url)), names)
    if before_load is not None:
        before_load()
    print(
        f"set-up: {len(names)} staff logins, {2 * pool} pool cases,"
        f" {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    assignments: list[list] = [[] for _ in range(args.processes)]
    for n, (role, name) in enumerate((r, n) for r, ns in jobs.items() for n in ns):
        assignments[n % args.processes].append((role, name, people[name]))
    context = multiprocessing.get_context("spawn")
    ready, go, results = context.Queue(), context.Event(), context.Queue()
    until = context.Value("d", 0.0)
    url_text = url.render_as_string(hide_password=False)
    processes = [
        context.Process(
            target=process_main,
            args=(url_text, group, ready, go, until, results, args.think),
        )
        for group in assignments
    ]
    for process in processes:
        process.start()
    for _ in processes:  # started and signed in: the load starts now for everyone
        ready.get()
    server = server_cpu(url)
    server_before, wall = server(), time.perf_counter()
    replicating = replication() if replication is not None else {}
    until.value = time.monotonic() + args.duration
    waits = WaitSampler(url, until.value, args.duration) if args.waits else None
    go.set()
    outcomes = [results.get() for _ in processes]
    if waits is not None:
        waits.report()
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - wall
    server_seconds = server() - server_before
    if replicating:
        after = replication()
        spent = {name: after[name] - was for name, was in replicating.items()}
        print(
            "replication's CPU during the load: "
            + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in spent.items())
            + " (the sender is counted in the server's CPU, the standby's processes added to it)"
        )
        server_seconds += spent.get("the standby's processes", 0.0)
    return report(url, outcomes, elapsed, server_seconds, args, until.value - args.duration)


def report(url, outcomes, elapsed, server_seconds, args, start) -> tuple[int, float, float]:  # type: ignore[no-untyped-def]
    """Prints the figures; (exit code, claims per second, claims/s the idle cores would
    allow at the CPU the whole mix spent per claim)."""
    latency: dict[str, list[float]] = defaultdict(list)
    claimed, serials, already, retries, errors = [], [], Counter(), 0, Counter()
    client_seconds = 0.0
    first: dict[str, list[float]] = defaultdict(list)
    slow: list = []
    later: dict[str, list[float]] = defaultdict(list)
    signing_in: list[tuple[float, float]] = []
    for lat, fst, lt, sl, c, s, a, r, e, cpu, signed in outcomes:
        signing_in += signed
        for name, values in lt.items():
            later[name].extend(values)
        slow += sl
        client_seconds += cpu
        for name, values in lat.items():
            latency[name].extend(values)
        for name, values in fst.items():
            first[name].extend(values)
        claimed += c
        serials += s
        already.update(a)
        retries += r
        errors.update(e)
    pace = f", {args.think:g} s think time" if args.think else " (no think time: saturation)"
    print(
        f"\n{args.staff} staff{pace}, {args.processes} processes, {elapsed:.1f} s wall;"
        f" CPU: clients {client_seconds:.1f} s, server {server_seconds:.1f} s"
        f" (machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})"
    )
    print(
        f"{'action':20s}{'count':>8s}{'per s':>9s}{'p50 ms':>9s}{'p95 ms':>9s}"
        f"{'p99 ms':>9s}{'max ms':>9s}"
    )
    for name, values in sorted(latency.items()):
        print(
            f"{name:20s}{len(values):8d}{len(values) / elapsed:9.1f}"
            f"{percentile(values, 0.5):9.1f}{percentile(values, 0.95):9.1f}"
            f"{percentile(values, 0.99):9.1f}{max(values) * 1000:9.1f}"
        )
    print("signing in, before the clock (the window's first reads, then its warm-up):")
    for label, values in (
        ("sign-in, whole", [whole for whole, _ in signing_in]),
        ("of which warm-up", [warm for _, warm in signing_in]),
    ):
        print(
            f"{label:20s}{len(values):8d}{'':9s}"
            f"{percentile(values, 0.5):9.1f}{percentile(values, 0.95):9.1f}"
            f"{percentile(values, 0.99):9.1f}{max(values) * 1000:9.1f}"
        )
    print("of which each person's first of its kind (a new connection's first call):")
    for name, values in sorted(first.items()):
        print(
            f"{name:20s}{len(values):8d}{'':9s}"
            f"{percentile(values, 0.5):9.1f}{percentile(values, 0.95):9.1f}"
            f"{percentile(values, 0.99):9.1f}{max(values) * 1000:9.1f}"
        )
    if slow:
        buckets = Counter(int((t - start) // 5) * 5 for t, _ in slow)
        print("actions over 150 ms, by when in the run they ended (5 s steps):")
        print("  " + ", ".join(f"{b}s:{n}" for b, n in sorted(buckets.items())))
    if args.think:
        actions = sum(map(len, latency.values()))
        worst = max((percentile(v, 0.99) for v in latency.values() if v), default=0.0)
        warm = max((percentile(v, 0.99) for v in later.values() if v), default=0.0)
        print(
            f"\n{actions / elapsed:.1f} actions/s; the worst action's p99 {worst:.1f} ms"
            " (goal: every action's p99 < 150 ms);\nleaving out each person's first of a kind"
            f" (once a day at a desk, here a third of the run's actions) {warm:.1f} ms"
        )
    claims = latency.get("claim", [])
    print(
        f"\nclaims: {len(claimed)} acknowledged, {len(claimed) / elapsed:.1f}/s;"
        f" p99 {percentile(claims, 0.99) if claims else 0:.1f} ms (goal >= 300/s, < 200 ms)"
    )
    capacity = 0.0
    if claimed:
        per_claim = (client_seconds + server_seconds) * 1000 / len(claimed)
        capacity = (os.cpu_count() or 1) * 1000 / per_claim
        print(
            f"CPU per claim, the whole mix: clients {client_seconds * 1000 / len(claimed):.1f} ms,"
            f" server {server_seconds * 1000 / len(claimed):.1f} ms; all of {os.cpu_count()} idle"
            f" cores would allow {os.cpu_count() * 1000 / per_claim:.0f} claims/s"
        )
    print(
        f"retries: {retries}; found already done: {dict(already)}; errors: {sum(errors.values())}"
    )
    for text, count in errors.most_common(5):
        print(f"  {count} x {text}")
    problems = verify(url, claimed, serials)
    print(
        "verified: zero double claims, zero lost updates, zero number gaps"
        if not problems
        else "PROBLEMS: " + "; ".join(problems)
    )
    return (1 if problems else 0), len(claimed) / elapsed, capacity


if __name__ == "__main__":
    sys.exit(main())
