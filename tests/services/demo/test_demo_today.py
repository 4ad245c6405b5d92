"""`approval-desk --demo --today DAY`: the queues, the supervision dashboard and (on
PostgreSQL) the server's clock all count from the demo's day, not the real date."""

from __future__ import annotations

import functools
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import make_engine, session_factory
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.domain.timezone import china_now
from desktop.services import timesource
from desktop.services.admin.startup import prepare_for_window
from desktop.services.cases.queue_rows import RUNNING
from desktop.services.cases.queues import QueueView, count_views
from desktop.services.demo import generate
from desktop.services.demo.clock import NotADemo, stand_demo_on
from desktop.services.supervision.statistics import compute_statistics
from desktop.services.supervision.stats_definitions import Period
from tests.conftest import fresh_database_url

DAY = date(2026, 6, 15)  # a Monday, months before any run of these tests
WARNINGS = (QueueView.OVERDUE, QueueView.DUE_SOON)


@pytest.fixture
def demo_on_its_day(request, backend, tmp_path, monkeypatch):
    url = fresh_database_url(request, backend, tmp_path)
    # The window's own start, with a smaller demo (the day is the point, not the size).
    monkeypatch.setattr(generate, "DemoOptions", functools.partial(generate.DemoOptions, cases=400))
    try:
        start = prepare_for_window(url, demo=True, today=DAY)
        assert start.note is not None  # the demo was made
        engine = make_engine(url)
        yield engine
        engine.dispose()
    finally:
        timesource.stand_on(None)


def test_the_dashboard_counts_red_and_yellow_on_the_demo_s_day(demo_on_its_day):
    engine = demo_on_its_day
    assert timesource.today() == DAY
    with session_factory(engine)() as session:
        # The supervision window opens on the twelve months up to its today.
        total = compute_statistics(session, Actor.system(), Period.last_months(DAY)).total
        queues = {
            category: count_views(session, Actor.system(), category, WARNINGS)
            for category in Category
        }
        open_dues = session.scalars(
            # Red counts running clocks: a paused case (补正, 特别程序) is not overdue.
            sa.select(m.Case.promised_due_on).where(m.Case.status.in_(RUNNING))
        ).all()
    assert total.overdue_now == sum(q[QueueView.OVERDUE] for q in queues.values()) >= 1
    assert total.due_soon_now == sum(q[QueueView.DUE_SOON] for q in queues.values()) >= 1
    assert total.overdue_now == sum(due < DAY for due in open_dues)
    # Counted from the real date, every open case would be long overdue.
    assert sum(due < china_now().date() for due in open_dues) > total.overdue_now


def test_the_server_stands_on_the_demo_s_day_too(demo_on_its_day, backend):
    if backend != "postgres":
        pytest.skip("on SQLite the PC is the server")
    with demo_on_its_day.connect() as connection:
        assert connection.scalar(sa.text("SELECT public.desk_today()")) == DAY
    # A --demo start on another day (or the real one) moves the server's clock with it.
    stand_demo_on(demo_on_its_day, None)
    with demo_on_its_day.connect() as connection:
        assert connection.scalar(sa.text("SELECT public.desk_today()")) == china_now().date()


def test_a_bureau_s_own_database_keeps_the_real_date(bureau, engine):
    bureau.new_case()
    with pytest.raises(NotADemo, match="只能用于演示数据库"):
        stand_demo_on(engine, DAY)
    assert timesource.stand_on(None) == timedelta(0)  # it had not moved
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            server = connection.scalar(sa.text("SELECT public.desk_now()"))
        assert abs(server - bureau.clock.now) < timedelta(seconds=1)


def test_the_demo_s_open_cases_carry_their_step_days_as_the_clock_counts_them(demo_on_its_day):
    """Every case whose step runs stores that step's due and yellow days as the services
    would count them on the demo's day, so late steps show in the demo as in a bureau."""
    from desktop.domain.enums import CLOSED_STATUSES
    from desktop.services.deadlines import counted_dates

    with session_factory(demo_on_its_day)() as session:
        open_cases = session.scalars(
            sa.select(m.Case).where(m.Case.status.not_in(CLOSED_STATUSES))
        ).all()
        counted = {case.id: counted_dates(session, case) for case in open_cases}
        total = compute_statistics(session, Actor.system(), Period.last_months(DAY)).total
        steps = (QueueView.STEP_OVERDUE, QueueView.STEP_DUE_SOON)
        queues = [count_views(session, Actor.system(), category, steps) for category in Category]
    stored = {case.id: (case.step_due_on, case.step_warn_on) for case in open_cases}
    assert stored == {n: (dates.step_due, dates.step_warn) for n, dates in counted.items()}
    assert sum(due is not None for due, _ in stored.values()) > 20
    assert total.late_steps == sum(q[QueueView.STEP_OVERDUE] for q in queues) >= 1
    assert total.yellow_steps == sum(q[QueueView.STEP_DUE_SOON] for q in queues)
