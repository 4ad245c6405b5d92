"""Statistics against figures worked out by hand on a small bureau, on both backends.

The story (clock starts Monday 2026-11-16; window items are promised in 1 working day,
item "one" and "two" in 10):

    A  window  accepted 11-16, approved 11-16, delivered 11-17    on time, early, 0 days used
    B  window  accepted 11-16, approved 11-18 (due 11-17)         late by 1, 2 days used
    C  window  accepted 11-16, supplement 11-16..11-19, approved and delivered 11-20
               (the pause moves the due date from 11-17 to 11-20) on time, 1 day used
    D  two     accepted 11-16, extended by 10 days (due 11-30 -> 12-14), approved 12-01
               on time only thanks to the extension, early, 11 days used
    E  window  accepted 11-16, withdrawn 11-17
    F  window  accepted 11-16, still in the pool: red today (due 11-17)
    G  one     accepted 11-18, still in the pool: yellow today (warns 12-01, due 12-02)
    H  window  accepted 11-09 (before the period), approved and delivered 11-16: late by 4

Period 2026-11-16 .. 2026-12-31, today 2026-12-02.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.calendar import load_work_calendar, replace_year
from desktop.data.models.cases import IN_BACK_OFFICE_SQL
from desktop.domain.actor import Actor
from desktop.domain.enums import Category, DayKind
from desktop.domain.guards import NotAllowed
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import CalendarDay
from desktop.services.cases import actions as cases
from desktop.services.supervision import statistics
from desktop.services.supervision.statistics import compute_statistics
from desktop.services.supervision.stats_cases import (
    FigureQuery,
    count_figure_cases,
    fetch_figure_page,
)
from desktop.services.supervision.stats_definitions import (
    Dimension,
    Figure,
    InvalidPeriod,
    Period,
    dated_in,
)
from desktop.services.supervision.stats_months import whole_months
from desktop.services.supervision.stats_scan import Counts, scan_cases, scan_open_cases

PERIOD = Period(date(2026, 11, 16), date(2026, 12, 31))


def at(day: int, month: int = 11, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=CHINA)


def material_of(bureau, case_id: int) -> int:
    with bureau.sessions() as session:
        return session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == case_id).limit(1)
        )


def deliver(bureau, state):
    clerk = bureau.actors["clerk1"]
    state = bureau.run(cases.issue_certificate, clerk, state.id, state.version)
    return bureau.run(cases.deliver, clerk, state.id, state.version, "王五")


@pytest.fixture
def story(bureau):
    run, actors, clock = bureau.run, bureau.actors, bureau.clock
    soc1, eng1, head1 = actors["soc1"], actors["eng1"], actors["head1"]
    made = {}
    h = bureau.new_case("window", accepted_at=at(9))
    h = run(cases.claim, soc1, h.id, h.version)
    made["H"] = deliver(bureau, run(cases.approve, soc1, h.id, h.version))
    for name in "ABCEF":
        made[name] = bureau.new_case("window", accepted_at=at(16))
    made["D"] = bureau.new_case("two", accepted_at=at(16))
    a = run(cases.claim, soc1, made["A"].id, 1)
    a = run(cases.approve, soc1, a.id, a.version)
    b = run(cases.claim, soc1, made["B"].id, 1)
    c = run(cases.claim, soc1, made["C"].id, 1)
    c = run(cases.request_supplement, soc1, c.id, c.version, [material_of(bureau, c.id)]).state
    e = run(cases.claim, soc1, made["E"].id, 1)
    d = run(cases.claim, eng1, made["D"].id, 1)
    d = run(cases.extend, head1, d.id, d.version, "项目情况复杂")
    clock.now = at(17, hour=10)
    made["A"] = deliver(bureau, a)
    made["E"] = run(cases.withdraw, soc1, e.id, e.version, "申请人书面撤回")
    clock.now = at(18, hour=10)
    made["B"] = run(cases.approve, soc1, b.id, b.version)
    made["G"] = bureau.new_case("one", accepted_at=at(18))
    clock.now = at(19, hour=10)
    c = run(cases.receive_supplement, soc1, c.id, c.version)
    clock.now = at(20, hour=10)
    made["C"] = deliver(bureau, run(cases.approve, soc1, c.id, c.version))
    clock.now = at(1, month=12, hour=10)
    d = run(cases.propose, eng1, d.id, d.version, grant=True, opinion="符合条件")
    d = run(cases.sign_off, actors["review1"], d.id, d.version)
    made["D"] = run(cases.approve, head1, d.id, d.version)
    clock.now = at(2, month=12, hour=10)
    return made


def test_the_stored_due_dates_are_the_ones_the_story_assumes(bureau, story):
    due = {name: bureau.case(state.id).promised_due_on for name, state in story.items()}
    assert due["C"] == date(2026, 11, 20)  # 11-17 plus the three paused working days
    assert due["D"] == date(2026, 12, 14)  # 11-30 plus the extension of ten working days
    assert due["H"] == date(2026, 11, 10)
    assert bureau.case(story["G"].id).promised_warn_on == date(2026, 12, 1)


def test_totals_match_the_hand_count(bureau, story):
    with bureau.sessions() as session:
        result = compute_statistics(session, bureau.actors["super1"], PERIOD)
    total = result.total
    assert (total.accepted, total.completed) == (7, 3)  # A..G; A, C, H delivered
    assert (total.cohort_completed, total.cohort_ended, total.cohort_open) == (2, 1, 4)
    assert total.completion_rate == pytest.approx(2 / 6)  # withdrawn E leaves the base
    assert (total.decided, total.on_time, total.early, total.late) == (5, 3, 2, 2)
    assert total.on_time_rate == pytest.approx(0.6)
    assert total.limit_days == 1 + 1 + 1 + 20 + 1
    assert total.days_past_due == -1 + 1 + 0 - 9 + 4
    assert total.average_used_days == pytest.approx((0 + 2 + 1 + 11 + 5) / 5)
    assert total.average_limit_days == pytest.approx(24 / 5)
    assert (total.overdue_now, total.due_soon_now) == (1, 1)  # F red, G yellow


def test_breakdowns_and_months_add_up(bureau, story):
    with bureau.sessions() as session:
        result = compute_statistics(session, bureau.actors["head1"], PERIOD)
    queues = {row.key: row.figures for row in result.rows(Dimension.QUEUE)}
    assert queues[Category.ENGINEERING.value].decided == 1  # D
    assert queues[Category.ENGINEERING.value].average_used_days == 11
    assert queues[Category.SOCIAL.value].accepted == 6
    handlers = {row.label: row.figures for row in result.rows(Dimension.HANDLER)}
    assert handlers["用户soc1"].decided == 4 and handlers["用户soc1"].late == 2
    assert handlers["（未认领）"].overdue_now == 1 and handlers["（未认领）"].due_soon_now == 1
    for dimension in Dimension:
        rows = result.rows(dimension)
        assert sum((r.figures for r in rows), type(result.total)()) == result.total
    months = {row.month: row for row in result.months}
    assert list(months) == ["2026-11", "2026-12"]
    november, december = months["2026-11"], months["2026-12"]
    assert (november.accepted, november.completed, november.decided, november.on_time) == (
        7,
        3,
        4,
        2,
    )
    assert (december.decided, december.on_time) == (1, 1)


def test_every_figure_drills_down_to_exactly_its_cases(bureau, story):
    supervisor = bureau.actors["super1"]
    with bureau.sessions() as session:
        result = compute_statistics(session, supervisor, PERIOD)
        for figure in Figure:
            query = FigureQuery(PERIOD, figure)
            rows, after = [], None
            while True:
                page = fetch_figure_page(session, supervisor, query, after, limit=2)
                rows += page.rows
                if page.after is None:
                    break
                after = page.after
            assert len(rows) == len({r.id for r in rows}) == result.total.count(figure), figure
            assert count_figure_cases(session, supervisor, query) == len(rows)
        late = FigureQuery(PERIOD, Figure.LATE, Dimension.HANDLER, bureau.actors["soc1"].user_id)
        numbers = {r.number for r in fetch_figure_page(session, supervisor, late).rows}
    assert numbers == {bureau.case(story["B"].id).number, bureau.case(story["H"].id).number}


def test_a_past_period_keeps_its_figures(bureau, story):
    """Delivery after a period's end does not count as completed in that period."""
    november_week = Period(date(2026, 11, 16), date(2026, 11, 17))
    with bureau.sessions() as session:
        result = compute_statistics(session, bureau.actors["super1"], november_week)
    assert result.total.accepted == 6  # G came on the 18th
    assert result.total.cohort_completed == 1  # A; C was delivered on the 20th
    assert result.total.decided == 2  # A and H; B on the 18th


def test_only_supervisors_and_heads_see_statistics(bureau, story):
    with bureau.sessions() as session:
        for name in ("soc1", "clerk1", "admin", "review1"):
            with pytest.raises(NotAllowed, match="督办人员或分管负责人"):
                compute_statistics(session, bureau.actors[name], PERIOD)
            with pytest.raises(NotAllowed):
                count_figure_cases(session, bureau.actors[name], FigureQuery(PERIOD, Figure.LATE))
        compute_statistics(session, Actor.system("cli:test"), PERIOD)


def test_a_reversed_period_is_refused():
    with pytest.raises(InvalidPeriod, match="早于开始日期"):
        Period(date(2026, 12, 1), date(2026, 11, 1))
    assert Period.last_months(date(2026, 3, 15)).start == date(2025, 4, 1)
    assert Period(date(2025, 11, 20), date(2026, 2, 1)).months() == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def counted_directly(session, period: Period, today: date) -> Counts:
    """The counts by one pass over every case touching the period, as before the month
    tallies: the reference they must equal."""
    counts = Counts()
    touching = sa.or_(dated_in(period.start, period.end), IN_BACK_OFFICE_SQL)
    scan_cases(session, period, today, touching, counts)
    scan_open_cases(session, period, today, counts)
    counts.keep_touching()
    return counts


def scatter(bureau, seed: int, count: int) -> None:
    """More cases, their dates, statuses and handlers set by bulk writes, over four months
    and on both sides of today, some undecided, unclaimed or without a due date."""
    rng = random.Random(seed)
    ids = [bureau.new_case(rng.choice(("window", "one", "two"))).id for _ in range(count)]
    handlers = [None, bureau.actors["soc1"].user_id, bureau.actors["eng1"].user_id]
    with bureau.sessions() as session, session.begin():
        for case_id in ids:
            accepted = date(2026, 9, 25) + timedelta(days=rng.randrange(110))
            decided = accepted + timedelta(days=rng.randrange(40)) if rng.random() < 0.8 else None
            closed = (
                decided + timedelta(days=rng.randrange(8))
                if decided and rng.random() < 0.7
                else None
            )
            status = (
                rng.choice(("delivered", "delivered", "withdrawn", "terminated"))
                if closed
                else rng.choice(("approved", "rejected"))
                if decided
                else rng.choice(("received", "under_review", "inspection"))
            )
            due = accepted + timedelta(days=rng.randrange(4, 30)) if rng.random() < 0.9 else None
            session.execute(
                sa.update(m.Case)
                .where(m.Case.id == case_id)
                .values(
                    accepted_on=accepted,
                    decided_on=decided,
                    closed_on=closed,
                    status=status,
                    handler_id=rng.choice(handlers),
                    promised_due_on=due,
                    promised_warn_on=due - timedelta(days=2) if due else None,
                    extension_days=rng.choice((0, 0, 0, 5)),
                )
            )


PERIODS = [
    PERIOD,
    Period(date(2026, 1, 1), date(2026, 12, 2)),  # the window's default, up to today
    Period(date(2026, 11, 16), date(2026, 11, 17)),
    Period(date(2026, 11, 1), date(2026, 11, 30)),
    Period(date(2026, 10, 10), date(2026, 12, 5)),
    Period(date(2026, 9, 30), date(2027, 1, 1)),
    Period(date(2026, 10, 1), date(2027, 1, 31)),
    Period(date(2026, 11, 30), date(2026, 12, 1)),
    Period(date(2026, 12, 2), date(2026, 12, 2)),
    Period(date(2026, 12, 3), date(2027, 3, 31)),
    Period(date(2025, 1, 1), date(2026, 9, 30)),
]


def test_the_month_tallies_give_what_counting_every_case_gives(bureau, story, monkeypatch):
    scatter(bureau, seed=8, count=40)
    with bureau.sessions() as session, session.begin():
        # The admin adds a holiday and a make-up Saturday where due dates and decisions are.
        days = load_work_calendar(session).exceptions
        year = [CalendarDay(day, kind) for day, kind in days.items() if day.year == 2026]
        extra = [CalendarDay(date(2026, 11, 20), DayKind.HOLIDAY, "测试")]
        extra.append(CalendarDay(date(2026, 12, 5), DayKind.WORKDAY, "调休"))
        replace_year(session, 2026, year + extra, source="test")
    supervisor = bureau.actors["super1"]
    totals = []
    for period in PERIODS:
        with bureau.sessions() as session:
            from_tallies = compute_statistics(session, supervisor, period)
        with monkeypatch.context() as patched, bureau.sessions() as session:
            patched.setattr(statistics, "count_period", counted_directly)
            directly = compute_statistics(session, supervisor, period)
        assert from_tallies.as_dict() == directly.as_dict(), period
        totals.append(from_tallies.total)
    assert all(t.decided and t.days_past_due and t.cohort_ended for t in totals[:2])


def test_the_usual_period_leaves_only_days_to_come_to_the_cases():
    """Twelve months up to today: the tallies answer for whole months, and the cases dated
    on the rest of this month (none yet) correct them."""
    whole, misfits = whole_months(Period(date(2025, 12, 1), date(2026, 11, 27)))
    assert whole == Period(date(2025, 12, 1), date(2026, 11, 30))
    assert misfits == [(date(2026, 11, 28), date(2026, 11, 30))]
    whole, misfits = whole_months(Period(date(2026, 11, 16), date(2026, 11, 17)))
    assert whole is None and misfits == [(date(2026, 11, 16), date(2026, 11, 17))]
