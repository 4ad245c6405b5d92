"""Keeping the pool: inspectors, leave by half-day, recusal ties; who may change them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.guards import NotAllowed
from desktop.services.inspections.draws import plan_inspections
from desktop.services.inspections.leave import LeaveRefused, add_leave, list_leave, remove_leave
from desktop.services.inspections.pool import (
    InspectorForm,
    InspectorRefused,
    list_inspectors,
    pool_choices,
    save_inspector,
)
from desktop.services.inspections.recusal_ties import TieForm, TieRefused, list_ties, save_tie
from tests.support.inspection_bureau import DAYS, FIRST_DAY


def line_of(pool, name):
    return next(line for line in pool.run(list_inspectors) if line.name == name)


def test_inspectors_are_listed_added_and_edited(pool):
    choices = pool.run(pool_choices)
    assert [name for _, name in choices.specialties] == ["土木建筑", "消防", "电气"]
    lines = pool.run(list_inspectors)
    assert len(lines) == 10
    zhang = line_of(pool, "张二")
    assert zhang.specialties == ("土木建筑", "电气") and zhang.department == "住建局"
    assert [line.name for line in pool.run(list_inspectors, "张")] == ["张一", "张二", "张三"]
    form = InspectorForm(
        zhang.id,
        "张二",
        zhang.department_id,
        (choices.specialties[1][0],),
        "高级工程师",
        "",
        True,
        3,
    )
    pool.run(save_inspector, form)
    edited = line_of(pool, "张二")
    assert (edited.specialties, edited.title, edited.daily_capacity) == (("消防",), "高级工程师", 3)
    with pytest.raises(InspectorRefused, match="每日踏勘上限"):
        pool.run(save_inspector, form.__class__(**{**form.__dict__, "daily_capacity": 9}))
    with pytest.raises(InspectorRefused, match="姓名"):
        pool.run(save_inspector, form.__class__(**{**form.__dict__, "name": " "}))


def test_an_inspector_with_scheduled_inspections_cannot_be_deactivated(pool):
    outcome = plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "witness")
    name = outcome.planned[0].team[0].name
    line = line_of(pool, name)
    form = InspectorForm(line.id, line.name, line.department_id, line.specialty_ids, active=False)
    with pytest.raises(InspectorRefused, match="先更换人员"):
        pool.run(save_inspector, form)


def test_leave_is_added_by_working_half_day_and_removed(pool):
    li = pool.inspectors["李四"]
    friday = FIRST_DAY + timedelta(days=3)
    added = pool.run(add_leave, li, friday, friday + timedelta(days=3), HalfDay.PM, "出差")
    assert added == 2  # Friday and Monday afternoons; the weekend is not a working day
    leave = pool.run(list_leave, friday, friday + timedelta(days=3), li)
    assert [(x.day.weekday(), x.half_day, x.reason) for x in leave] == [
        (4, HalfDay.PM, "出差"),
        (0, HalfDay.PM, "出差"),
    ]
    assert pool.run(add_leave, li, friday, friday, None, "出差") == 1  # the morning only
    pool.run(remove_leave, leave[0].id)
    assert len(pool.run(list_leave, friday, friday, li)) == 1
    with pytest.raises(LeaveRefused, match="事由"):
        pool.run(add_leave, li, friday, friday, None, "  ")


def test_leave_on_a_booked_half_day_is_refused(pool):
    outcome = plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "witness")
    line = outcome.planned[0]
    member = pool.inspectors[line.team[0].name]
    with pytest.raises(LeaveRefused, match="已安排踏勘"):
        pool.run(add_leave, member, line.day, line.day, line.half_day, "请假")


def test_recusal_ties_are_listed_added_and_edited(pool):
    ties = pool.run(list_ties)
    assert [(t.inspector, t.kind, t.in_force) for t in ties] == [
        ("周十", RecusalKind.EMPLOYMENT, True)
    ]
    tie_id = pool.run(
        save_tie,
        TieForm(
            None, pool.inspectors["王六"], RecusalKind.PRIOR_INVOLVEMENT, None, "测试项目1", None
        ),
    )
    pool.run(
        save_tie,
        TieForm(
            tie_id,
            pool.inspectors["王六"],
            RecusalKind.RELATIVE,
            None,
            "测试项目1",
            date(2026, 1, 1),
            "已离婚",
        ),
    )
    edited = next(t for t in pool.run(list_ties) if t.id == tie_id)
    assert (edited.kind, edited.note, edited.in_force) == (RecusalKind.RELATIVE, "已离婚", False)
    with pytest.raises(TieRefused, match="申请人或项目"):
        pool.run(
            save_tie, TieForm(None, pool.inspectors["王六"], RecusalKind.DECLARED, None, " ", None)
        )


def test_only_coordinators_and_the_admin_keep_the_pool(pool):
    line = line_of(pool, "张一")
    form = InspectorForm(line.id, "张一", line.department_id, line.specialty_ids)
    pool.bureau.run(save_inspector, pool.bureau.actors["admin"], form)
    for who in ("eng1", "head1", "super1"):
        actor = pool.bureau.actors[who]
        with pytest.raises(NotAllowed, match="踏勘协调员"):
            pool.bureau.run(save_inspector, actor, form)
        with pytest.raises(NotAllowed):
            pool.bureau.run(add_leave, actor, line.id, FIRST_DAY, FIRST_DAY, None, "请假")
    assert pool.bureau.run(list_inspectors, pool.bureau.actors["head1"])
    with pytest.raises(NotAllowed):
        pool.bureau.run(list_inspectors, pool.bureau.actors["eng1"])
