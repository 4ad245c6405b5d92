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

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.domain.guards import NotAllowed
from desktop.domain.timezone import CHINA
from desktop.services import cases
from desktop.services.statistics import compute_statistics
from desktop.services.stats_cases import FigureQuery, count_figure_cases, fetch_figure_page
from desktop.services.stats_definitions import Dimension, Figure, InvalidPeriod, Period

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
