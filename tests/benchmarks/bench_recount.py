"""Benchmark: a calendar edit recounts every open case's stored dates on PostgreSQL.

    python tests/benchmarks/bench_recount.py [--open 20000] [--seed-cases 3000]

A demo bureau of --seed-cases cases is generated, then its open cases are copied (with
their pauses and the history events that start their steps) until --open cases are open.
Then a holiday is added to the current year, as the admin would, and the transaction is
timed: the database recounts every open case at once (recount_sql.py). Goal: seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.actor import Actor
from desktop.domain.enums import CLOSED_STATUSES, DayKind
from desktop.domain.workdays import CalendarDay
from desktop.services.admin.calendar import calendar_overview, set_year
from desktop.services.admin.setup import prepare_database
from desktop.services.deadlines import counted_dates, own_clock_runs
from desktop.services.demo.generate import DemoOptions, generate_demo
from tests.support.pg_cluster import start_cluster

_OPEN = "status NOT IN ({})".format(", ".join(f"'{s}'" for s in CLOSED_STATUSES))
CASE_COLUMNS = (
    "item_id, category, applicant_id, project_name, project_address, green_channel,"
    " queue_rank, first_contact_id, handler_id, status, accepted_at, accepted_on,"
    " decided_on, closed_on, extension_days, extension_reason, promised_due_on,"
    " promised_warn_on, statutory_due_on, due_provisional, updated_at, updated_by_id, version"
)
QUIET = ("cases", "clock_pauses", "case_events")


def grow_open(engine: sa.Engine, target: int) -> int:
    """Copy the open cases (number~copy), their pauses and step-starting events."""
    with engine.begin() as connection:
        have = connection.execute(sa.text(f"SELECT count(*) FROM cases WHERE {_OPEN}")).scalar()
        copies = max(0, -(-target // have) - 1)
        for table in QUIET:  # copies for a benchmark, not work anyone did
            connection.execute(sa.text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        connection.execute(
            sa.text(
                f"INSERT INTO cases (number, {CASE_COLUMNS}) SELECT number || '~' || g,"
                f" {CASE_COLUMNS} FROM cases CROSS JOIN generate_series(1, {copies}) AS g"
                f" WHERE {_OPEN}"
            )
        )
        copy_of = "JOIN cases n ON split_part(n.number, '~', 1) = o.number AND n.number LIKE '%~%'"
        connection.execute(
            sa.text(
                "INSERT INTO clock_pauses (case_id, kind, started_on, ended_on, expected_days)"
                " SELECT n.id, p.kind, p.started_on, p.ended_on, p.expected_days"
                f" FROM clock_pauses p JOIN cases o ON o.id = p.case_id {copy_of}"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO case_events (case_id, at, actor_id, action, from_status, to_status)"
                " SELECT n.id, e.at, e.actor_id, e.action, e.from_status, e.to_status"
                f" FROM case_events e JOIN cases o ON o.id = e.case_id {copy_of}"
                " WHERE e.action IN ('claim', 'assign', 'propose')"
            )
        )
        for table in QUIET:
            connection.execute(sa.text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in QUIET:
            connection.execute(sa.text(f"VACUUM ANALYZE {table}"))
        return connection.execute(sa.text(f"SELECT count(*) FROM cases WHERE {_OPEN}")).scalar()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--open", type=int, default=20_000)
    parser.add_argument("--seed-cases", type=int, default=3_000)
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        engine = make_engine(parse_url(cluster.create_database("bench")))
        prepare_database(engine)
        summary = generate_demo(session_factory(engine), DemoOptions(cases=args.seed_cases))
        total = grow_open(engine, args.open)
        print(f"database: {total:,} open cases")
        Session = session_factory(engine)
        admin = Actor.system("bench")
        year = summary.today.year
        with Session() as session:
            days = calendar_overview(session, admin)[year]
        taken = {d.day for d in days}
        day = summary.today + timedelta(days=1)
        while day.weekday() >= 5 or day in taken:
            day += timedelta(days=1)
        days = [*days, CalendarDay(day, DayKind.HOLIDAY, "测试")]
        started = time.perf_counter()
        with Session() as session, session.begin():
            changed = set_year(session, admin, year, days)
        elapsed = time.perf_counter() - started
        print(f"holiday on {day}: {changed:,} cases got other dates; {elapsed:.2f} s in all")
        started = time.perf_counter()
        with Session() as session, session.begin():
            again = session.execute(sa.text("SELECT * FROM desk_recount_open()")).one()
        print(f"counting alone (nothing to write): {again}, {time.perf_counter() - started:.2f} s")
        with Session() as session:  # a sample, counted again in Python
            sample = session.scalars(
                sa.select(m.Case).where(sa.text(_OPEN)).order_by(m.Case.id.desc()).limit(200)
            ).all()
            wrong = []
            for c in sample:
                stored = (
                    c.promised_due_on,
                    c.promised_warn_on,
                    c.statutory_due_on,
                    c.due_provisional,
                    c.step_due_on,
                    c.step_warn_on,
                )
                counted = counted_dates(session, c).as_stored()
                first = 0 if own_clock_runs(c) else 4  # a decided case: its step alone
                if stored[first:] != counted[first:]:
                    wrong.append(c.number)
        print(f"sample of {len(sample)}: {len(wrong)} differ from the clock {wrong[:5]}")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
