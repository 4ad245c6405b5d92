"""Draws recorded by earlier versions still replay and read: a draw of rules version 2026.1
(the CP-SAT batch draw) stored in record format 1 (every exclusion in full) replays as
identical with its replacement, and its explanation reads as a new record's does."""

from __future__ import annotations

import functools

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.inspections import draw_replacement as domain_replacement
from desktop.domain.inspections.draw_2026_1 import draw_plan_2026_1
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.draw_result import DrawResult
from desktop.domain.inspections.pool_codec import snapshot_from_json
from desktop.services.inspections import draws as inspection_draws
from desktop.services.inspections import replacement as replacement_service
from desktop.services.inspections.board import draw_outcome
from desktop.services.inspections.draw_outcome import outcome_of
from desktop.services.inspections.draws import plan_inspections
from desktop.services.inspections.replacement import LeaveCause, replace_member
from desktop.services.inspections.replay import load_recorded, replay
from tests.support.inspection_bureau import DAYS, FIRST_DAY


class Recorded2026_1(DrawResult):
    """A result as the 2026.1 program wrote it: record format 1."""

    def as_dict(self, record_format: int = 1):
        return super().as_dict(record_format)


def old_draw(snapshot, seed):
    result = draw_plan_2026_1(snapshot, seed)
    return Recorded2026_1(**{n: getattr(result, n) for n in result.__dataclass_fields__})


def record_old_draw(pool, monkeypatch):
    """Open, witness and store a draw the way the 2026.1 program did."""
    monkeypatch.setattr(inspection_draws, "DRAW_RULES_VERSION", "2026.1")
    monkeypatch.setattr(inspection_draws, "draw_plan", old_draw)
    outcome = plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "w-old")
    monkeypatch.undo()
    return outcome


def stored_result(pool, draw_id):
    with pool.bureau.sessions() as session:
        entry = session.scalars(
            sa.select(m.DrawLogEntry).where(
                m.DrawLogEntry.draw_id == draw_id, m.DrawLogEntry.kind == DrawEvent.RESULT
            )
        ).one()
        return session.get(m.InspectionDraw, draw_id).rules_version, entry.data["result"]


def test_a_draw_recorded_under_2026_1_replays_as_identical(pool, monkeypatch):
    outcome = record_old_draw(pool, monkeypatch)
    version, record = stored_result(pool, outcome.draw_id)
    assert version == outcome.rules_version == record["rules_version"] == "2026.1"
    assert "record_format" not in record and "inspector_id" in record["planned"][0]["exclusions"][0]
    report = replay(pool.run(load_recorded, outcome.draw_id))
    assert report.identical, report.problems
    assert report.recomputed_digest == report.recorded_digest == outcome.digest
    # A replacement the 2026.1 program drew on it replays too.
    line = outcome.planned[0]
    old_replacement = functools.partial(domain_replacement.draw_replacement, rules_version="2026.1")
    monkeypatch.setattr(replacement_service, "draw_replacement", old_replacement)
    leaving = pool.inspectors[line.team[0].name]
    pool.run(replace_member, line.inspection_id, leaving, LeaveCause.DECLINED, "出差")
    monkeypatch.undo()
    report = replay(pool.run(load_recorded, outcome.draw_id))
    assert report.identical, report.problems
    assert [same for _, same in report.replacements] == [True]


def test_a_changed_old_record_or_an_unknown_version_is_not_identical(pool, monkeypatch):
    outcome = record_old_draw(pool, monkeypatch)
    recorded = pool.run(load_recorded, outcome.draw_id)
    as_new = replay(recorded.__class__(**{**recorded.__dict__, "rules_version": "2026.2"}))
    assert not as_new.identical  # the new method does not give the old draw's plan
    assert "用登记的种子和快照重新计算，结果与记录不一致" in as_new.problems
    unknown = replay(recorded.__class__(**{**recorded.__dict__, "rules_version": "2025.9"}))
    assert any("不认识该版本" in p for p in unknown.problems)
    wrong_format = replay(recorded.__class__(**{**recorded.__dict__, "record_format": 2}))
    assert not wrong_format.identical


def test_the_explanation_of_an_old_record_reads_as_a_new_ones(pool, monkeypatch):
    old = record_old_draw(pool, monkeypatch)
    _, record = stored_result(pool, old.draw_id)
    assert "exclusion_groups" not in record  # record format 1, read as it was written
    assert pool.run(draw_outcome, old.draw_id) == old
    for line in old.lines:
        reasons = {e.name: e.reasons for e in line.exclusions}
        assert reasons["孙九"] == ("已停用",)
        assert reasons["钱八"][0].startswith("专业不符且非责任部门")
        assert reasons["周十"][0].startswith("回避：任职或持股")
    # The same plan in the compact format explains every exclusion the same way.
    compact = old_draw_as_new(pool, old.draw_id)
    assert [line.exclusions for line in compact] == [line.exclusions for line in old.lines]


def old_draw_as_new(pool, draw_id):
    """The stored 2026.1 result rewritten in record format 2 and read back."""
    with pool.bureau.sessions() as session:
        draw = session.get(m.InspectionDraw, draw_id)
        entry = session.scalars(
            sa.select(m.DrawLogEntry).where(
                m.DrawLogEntry.draw_id == draw_id, m.DrawLogEntry.kind == DrawEvent.RESULT
            )
        ).one()
        seed = entry.data["result"]["seed"]
        result = draw_plan_2026_1(snapshot_from_json(draw.snapshot), seed)
        session.expunge_all()

    class Entry:
        data = {"result": result.as_dict(2)}
        digest = ""

    return outcome_of(draw, Entry()).lines
