"""After the draw: replacements keep the rest of the plan fixed, hand-made teams are checked
against the hard rules, reschedule, postpone and cancel are recorded with their reasons."""

from __future__ import annotations

from datetime import timedelta
from itertools import combinations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import HalfDay, InspectionStatus, RecusalKind
from desktop.domain.guards import NotAllowed
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.services.inspections.board import (
    draw_history,
    pending_requests,
    scheduled_inspections,
)
from desktop.services.inspections.candidates import override_candidates
from desktop.services.inspections.changes import (
    ChangeRefused,
    TeamBreaksRules,
    cancel_inspection,
    override_team,
    postpone_inspection,
    reschedule_inspection,
)
from desktop.services.inspections.draws import plan_inspections
from desktop.services.inspections.leave import add_leave
from desktop.services.inspections.recusal_ties import list_ties
from desktop.services.inspections.replacement import (
    LeaveCause,
    ReplacementRefused,
    replace_member,
)
from desktop.services.inspections.replay import load_recorded, replay
from tests.support.inspection_bureau import DAYS, FIRST_DAY, INSPECTORS


@pytest.fixture
def drawn(pool):
    outcome = plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
    return pool, outcome


def teams(pool):
    """Every inspection's status, half-day, team and backups, as stored."""
    with pool.bureau.sessions() as session:
        return {
            i.id: (
                i.status,
                i.scheduled_on,
                i.half_day,
                sorted(r.inspector_id for r in i.members if not r.is_backup),
                [r.inspector_id for r in sorted(i.members, key=lambda r: r.rank) if r.is_backup],
            )
            for i in session.scalars(sa.select(m.Inspection))
        }


def test_a_replacement_takes_the_first_fitting_backup_and_keeps_the_rest_fixed(drawn):
    pool, outcome = drawn
    line = outcome.planned[0]
    before = teams(pool)
    leaving = pool.inspectors[line.team[0].name]
    staying = pool.inspectors[line.team[1].name]
    result = pool.run(replace_member, line.inspection_id, leaving, LeaveCause.DECLINED, "生病")
    after = teams(pool)
    assert result.chosen is not None and result.leaving == line.team[0].name
    assert {i: t for i, t in after.items() if i != line.inspection_id} == {
        i: t for i, t in before.items() if i != line.inspection_id
    }
    status, day, half, members, backups = after[line.inspection_id]
    assert (status, day, half) == before[line.inspection_id][:3]
    chosen = pool.inspectors[result.chosen]
    assert members == sorted([staying, chosen]) and leaving not in backups + members
    # The first backup in the published order that still completes the team is chosen.
    published = [pool.inspectors[p.name] for p in line.backups]
    assert chosen in published
    assert backups == [i for i in published if i != chosen][: len(backups)]
    history = pool.run(draw_history, outcome.draw_id)
    assert [(e.kind, e.reason) for e in history] == [
        (DrawEvent.RESULT, ""),
        (DrawEvent.REPLACEMENT, "无法参加：生病"),
    ]
    report = replay(pool.run(load_recorded, outcome.draw_id))
    assert report.identical and [same for _, same in report.replacements] == [True]


def test_a_declared_conflict_is_recorded_as_a_recusal_tie(drawn):
    pool, outcome = drawn
    line = outcome.planned[1]
    leaving = pool.inspectors[line.team[1].name]
    pool.run(replace_member, line.inspection_id, leaving, LeaveCause.CONFLICT, "与申请人有亲属关系")
    declared = [t for t in pool.run(list_ties) if t.kind is RecusalKind.DECLARED]
    assert [(t.inspector_id, t.note, t.in_force) for t in declared] == [
        (leaving, "与申请人有亲属关系", True)
    ]


def test_a_replacement_needs_a_member_and_a_reason(drawn):
    pool, outcome = drawn
    line = outcome.planned[0]
    with pytest.raises(ReplacementRefused, match="原因"):
        pool.run(
            replace_member, line.inspection_id, pool.inspectors["张二"], LeaveCause.DECLINED, ""
        )
    outsider = pool.inspectors["钱八"]
    with pytest.raises(ReplacementRefused, match="不是"):
        pool.run(replace_member, line.inspection_id, outsider, LeaveCause.DECLINED, "x")


def test_an_override_that_breaks_a_hard_rule_is_refused_with_the_rule(drawn):
    pool, outcome = drawn
    first, second = outcome.planned[0], outcome.planned[1]
    ids = pool.inspectors
    day, half = first.day, first.half_day
    cases = {
        "孙九：已停用": [ids["孙九"], ids["张二"]],
        "周十：应当回避": [ids["周十"], ids["李四"]],
        "踏勘组须有责任部门人员": [ids["李四"], ids["王六"]],
        "踏勘组须覆盖所需专业": [ids["张一"], ids["张二"]],
        "踏勘组至少两人": [ids["赵七"]],
    }
    for rule, team in cases.items():
        with pytest.raises(TeamBreaksRules, match=rule):
            pool.run(override_team, first.inspection_id, day, half, team, "协调员指定")
    busy = pool.inspectors[second.team[0].name]
    with pytest.raises(TeamBreaksRules, match="该半天已有其他踏勘"):
        pool.run(
            override_team,
            first.inspection_id,
            second.day,
            second.half_day,
            [busy, ids["赵七"]],
            "协调员指定",
        )
    with pytest.raises(TeamBreaksRules, match="张一：该半天请假"):
        pool.run(
            override_team,
            first.inspection_id,
            FIRST_DAY,
            HalfDay.AM,
            [ids["张一"], ids["赵七"]],
            "x",
        )
    saturday = FIRST_DAY + timedelta(days=4)
    with pytest.raises(TeamBreaksRules, match="工作日"):
        pool.run(
            override_team, first.inspection_id, saturday, half, [ids["赵七"], ids["李四"]], "x"
        )


def test_an_override_within_the_rules_is_stored_with_its_reason(drawn):
    pool, outcome = drawn
    line = outcome.planned[0]
    ids = pool.inspectors
    before = teams(pool)
    with pytest.raises(ChangeRefused, match="理由"):
        pool.run(override_team, line.inspection_id, line.day, line.half_day, [1, 2], " ")
    # Its own team may stay on it: the inspection does not collide with itself.
    own = [ids[p.name] for p in line.team]
    pool.run(override_team, line.inspection_id, line.day, line.half_day, own, "确认原组")
    # Two who meet the rules and are on neither other team (the draw's seed is not chosen,
    # so the other teams vary): the department, both specialties, nobody excluded.
    busy = {ids[p.name] for p in outcome.planned[1].team + outcome.planned[2].team}
    usable = [n for n, (_, _, active) in INSPECTORS.items() if active and n not in ("周十", "钱八")]
    free = next(
        (ids[a], ids[b])
        for a, b in combinations(usable, 2)
        if not {ids[a], ids[b]} & busy
        and "ZJ" in (INSPECTORS[a][0], INSPECTORS[b][0])
        and {"土木建筑", "消防"} <= {*INSPECTORS[a][1], *INSPECTORS[b][1]}
    )
    day = FIRST_DAY + timedelta(days=6)  # the last day of the window, a Monday
    result = pool.run(override_team, line.inspection_id, day, HalfDay.PM, list(free), "申请人要求")
    assert result.status is InspectionStatus.SCHEDULED and result.day == day
    after = teams(pool)
    assert after[line.inspection_id][3] == sorted(free)
    assert set(after[line.inspection_id][4]).isdisjoint(free)  # backups never on the team
    assert {i: t for i, t in after.items() if i != line.inspection_id} == {
        i: t for i, t in before.items() if i != line.inspection_id
    }
    kinds = [(e.kind, e.reason) for e in pool.run(draw_history, outcome.draw_id)]
    assert kinds[-1] == (DrawEvent.OVERRIDE, "申请人要求")


def test_reschedule_moves_the_team_when_everyone_is_free(drawn):
    pool, outcome = drawn
    line = outcome.planned[2]
    members = [pool.inspectors[p.name] for p in line.team]
    day = FIRST_DAY + timedelta(days=6)
    pool.run(add_leave, members[0], day, day, HalfDay.AM, "请假")
    with pytest.raises(TeamBreaksRules, match="请假"):
        pool.run(reschedule_inspection, line.inspection_id, day, HalfDay.AM, "申请人要求")
    with pytest.raises(TeamBreaksRules, match="时间窗"):
        pool.run(
            reschedule_inspection, line.inspection_id, day + timedelta(days=1), HalfDay.PM, "x"
        )
    result = pool.run(reschedule_inspection, line.inspection_id, day, HalfDay.PM, "申请人要求")
    assert (result.day, result.half_day) == (day, HalfDay.PM)
    assert sorted(result.team) == sorted(p.name for p in line.team)


def test_postpone_returns_the_request_and_cancel_closes_it(drawn):
    pool, outcome = drawn
    first, second = outcome.planned[0], outcome.planned[1]
    start = FIRST_DAY + timedelta(days=13)
    result = pool.run(postpone_inspection, first.inspection_id, start, 5, "现场尚未具备条件")
    assert result.status is InspectionStatus.REQUESTED and result.team == ()
    pending = pool.run(pending_requests)
    assert [(r.inspection_id, r.window_start) for r in pending] == [(first.inspection_id, start)]
    pool.run(cancel_inspection, second.inspection_id, "申请人撤回踏勘申请")
    assert teams(pool)[second.inspection_id][0] is InspectionStatus.CANCELLED
    shown = pool.run(scheduled_inspections, FIRST_DAY, FIRST_DAY + timedelta(days=30))
    assert [s.inspection_id for s in shown] == [outcome.planned[2].inspection_id]
    with pytest.raises(ChangeRefused, match="理由"):
        pool.run(cancel_inspection, first.inspection_id, "")
    kinds = [(e.kind, e.case_number) for e in pool.run(draw_history, outcome.draw_id)][1:]
    assert kinds == [
        (DrawEvent.POSTPONE, first.case_number),
        (DrawEvent.CANCEL, second.case_number),
    ]
    # A postponed request is drawn again like any other.
    later = plan_inspections(pool.bureau.sessions, pool.coordinator, start, 5, "again")
    assert [line.inspection_id for line in later.planned] == [first.inspection_id]


def test_only_coordinators_change_inspections(drawn):
    pool, outcome = drawn
    line = outcome.planned[0]
    head = pool.bureau.actors["head1"]
    with pytest.raises(NotAllowed):
        pool.bureau.run(cancel_inspection, head, line.inspection_id, "x")
    with pytest.raises(NotAllowed):
        pool.bureau.run(replace_member, head, line.inspection_id, 1, LeaveCause.DECLINED, "x")
    with pytest.raises(NotAllowed):
        pool.bureau.run(
            override_team,
            pool.bureau.actors["admin"],
            line.inspection_id,
            line.day,
            line.half_day,
            [1, 2],
            "x",
        )


def test_the_override_candidates_are_the_eligible_first_and_the_others_with_reasons(drawn):
    pool, outcome = drawn
    line = outcome.planned[0]
    found = pool.run(override_candidates, line.inspection_id)
    assert {c.name for c in found} == set(pool.inspectors)  # the whole pool, once each
    eligible = [c.eligible for c in found]
    assert eligible == sorted(eligible, reverse=True) and any(eligible)  # eligible first
    by_name = {c.name: c for c in found}
    assert "已停用" in by_name["孙九"].reasons and not by_name["孙九"].eligible
    assert any(r.startswith("回避") for r in by_name["周十"].reasons)
    assert all(by_name[p.name].eligible for p in line.team)  # not busy with itself
    # Who the draw left out for this request is left out here too, for the same reasons.
    for excluded in line.exclusions:
        assert set(excluded.reasons) <= set(by_name[excluded.name].reasons)
    with pytest.raises(NotAllowed):
        pool.bureau.run(override_candidates, pool.bureau.actors["head1"], line.inspection_id)
