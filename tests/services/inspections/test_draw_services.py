"""The draw through the services: commitment and snapshot recorded before the witness,
the witness before the reveal, teams and backups stored, every exclusion explained,
replays identical, tampering detected."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import InspectionStatus
from desktop.domain.guards import NotAllowed
from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_commitment import WitnessRefused, commitment_of, derive_seed
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.pool_codec import snapshot_from_json
from desktop.services.documents.issuing import issue_document
from desktop.services.documents.signing_keys import init_keys
from desktop.services.inspections import draws as inspection_draws
from desktop.services.inspections.board import draw_history, draw_outcome, pending_requests
from desktop.services.inspections.draws import (
    DrawRefused,
    PoolChanged,
    open_draw,
    plan_inspections,
    revealed_draw,
    store_draw,
    witness_draw,
)
from desktop.services.inspections.leave import add_leave
from desktop.services.inspections.replay import load_recorded, replay
from tests.support.draw_checker import violations
from tests.support.inspection_bureau import DAYS, FIRST_DAY

WITNESS = "witness-1"


def plan(pool, witness=WITNESS):
    return plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, witness)


def stored(pool, draw_id):
    with pool.bureau.sessions() as session:
        draw = session.get(m.InspectionDraw, draw_id)
        log = list(
            session.scalars(
                sa.select(m.DrawLogEntry)
                .where(m.DrawLogEntry.draw_id == draw_id)
                .order_by(m.DrawLogEntry.id)
            )
        )
        session.expunge_all()
        return draw, log


def test_commitment_snapshot_and_witness_are_committed_before_the_plan_is_computed(
    pool, monkeypatch
):
    seen = {}

    def watching(snapshot, seed):
        draw_id = pool.bureau.run(lambda s: s.scalar(sa.select(sa.func.max(m.InspectionDraw.id))))
        draw, log = stored(pool, draw_id)
        witness = pool.bureau.run(lambda s: s.get(m.DrawWitness, draw_id).witness)
        seen.update(seed=draw.seed, commitment=draw.commitment, witness=witness, log=list(log))
        assert snapshot.snapshot_hash() == draw.snapshot_hash  # computed from what was stored
        return draw_plan(snapshot, seed)

    monkeypatch.setattr(inspection_draws, "draw_plan", watching)
    outcome = plan(pool)
    assert seen == {"seed": None, "commitment": outcome.commitment, "witness": WITNESS, "log": []}
    assert commitment_of(outcome.secret) == outcome.commitment and outcome.witness == WITNESS
    assert outcome.seed == derive_seed(outcome.secret, WITNESS, outcome.snapshot_hash)
    draw, log = stored(pool, outcome.draw_id)
    assert [e.kind for e in log] == [DrawEvent.RESULT]
    assert log[0].digest == outcome.digest and draw.operator == "coord1"
    assert draw.request_count == 3 and draw.days == DAYS and draw.first_day == FIRST_DAY


def test_a_failed_computation_leaves_the_reveal_on_record_and_changes_nothing(pool, monkeypatch):
    def broken(snapshot, seed):
        raise RuntimeError("solver crashed")

    monkeypatch.setattr(inspection_draws, "draw_plan", broken)
    with pytest.raises(RuntimeError):
        plan(pool)
    draw, log = stored(pool, 1)
    assert [(e.kind, e.reason) for e in log] == [(DrawEvent.FAILED, "solver crashed")]
    assert commitment_of(log[0].data["reveal"]["secret"]) == draw.commitment
    assert len(pool.run(pending_requests)) == 3
    with pytest.raises(DrawRefused, match="已经结束"):  # the commitment is spent
        pool.run(witness_draw, 1, WITNESS)


def test_the_plan_keeps_every_hard_rule_and_explains_every_exclusion(pool):
    outcome = plan(pool)
    assert len(outcome.planned) == 3 and not outcome.unplanned
    draw, _ = stored(pool, outcome.draw_id)
    snapshot = snapshot_from_json(draw.snapshot)
    assert violations(snapshot, draw_plan(snapshot, outcome.seed)) == []
    names = pool.inspectors
    for line in outcome.lines:
        reasons = {e.name: e.reasons for e in line.exclusions}
        assert reasons["孙九"] == ("已停用",)
        assert reasons["钱八"][0].startswith("专业不符且非责任部门")
        assert reasons["周十"][0].startswith("回避：任职或持股")
        members = {p.name for p in line.team}
        assert len(members) == 2 and not members & {"孙九", "钱八", "周十"}
        assert any(p.from_responsible_department for p in line.team)
        assert {"土木建筑", "消防"} <= {c for p in line.team for c in p.covers}
        assert line.backups and not members & {p.name for p in line.backups}
    with pool.bureau.sessions() as session:
        for line in outcome.planned:
            inspection = session.get(m.Inspection, line.inspection_id)
            assert inspection.status is InspectionStatus.SCHEDULED
            assert (inspection.scheduled_on, inspection.half_day) == (line.day, line.half_day)
            assert inspection.draw_id == outcome.draw_id
            rows = sorted(inspection.members, key=lambda r: (r.is_backup, r.rank))
            team = [r.inspector_id for r in rows if not r.is_backup]
            assert sorted(team) == sorted(names[p.name] for p in line.team)
            backups = [(r.rank, r.inspector_id) for r in rows if r.is_backup]
            assert backups == [(n, names[p.name]) for n, p in enumerate(line.backups, 1)]
    assert pool.run(pending_requests) == []
    assert pool.run(draw_outcome, outcome.draw_id) == outcome


def test_replay_is_identical_and_another_witness_gives_another_plan(pool):
    outcome = plan(pool)
    report = replay(pool.run(load_recorded, outcome.draw_id))
    assert report.identical, report.problems
    assert report.recomputed_digest == report.recorded_digest == outcome.digest
    assert "结论：完全一致" in report.lines()
    draw, _ = stored(pool, outcome.draw_id)
    snapshot = snapshot_from_json(draw.snapshot)
    seed = derive_seed(outcome.secret, WITNESS, outcome.snapshot_hash)
    other_seed = derive_seed(outcome.secret, "witness-2", outcome.snapshot_hash)
    teams = {p.request_id: p.assignment.member_ids for p in draw_plan(snapshot, seed).planned}
    other = {p.request_id: p.assignment.member_ids for p in draw_plan(snapshot, other_seed).planned}
    assert teams != other


def bypass_append_only(session, table):
    """What someone with the database's owner rights could do: get round the trigger."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
    else:
        session.execute(sa.text(f"DROP TRIGGER {table}_no_update"))


def test_the_draw_log_refuses_updates_and_deletes(pool):
    outcome = plan(pool)
    for statement in (
        f"UPDATE inspection_draws SET seed = 'x' WHERE id = {outcome.draw_id}",
        "UPDATE inspection_draw_witnesses SET witness = 'chosen'",
        "DELETE FROM inspection_draw_witnesses",
        "UPDATE inspection_draw_secrets SET secret = 'x'",
        f"DELETE FROM inspection_draws WHERE id = {outcome.draw_id}",
        "UPDATE inspection_draw_log SET digest = 'x'",
        "DELETE FROM inspection_draw_log",
    ):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"):
            pool.bureau.run(lambda s, sql=statement: s.execute(sa.text(sql)))


@pytest.mark.parametrize(
    "tamper", ["witness", "secret", "commitment", "snapshot", "snapshot_and_hash", "digest"]
)
def test_replay_detects_a_tampered_record(pool, tamper):
    outcome = plan(pool)
    draw, log = stored(pool, outcome.draw_id)
    changed = draw.snapshot.replace('"name":"张二"', '"name":"张贰"')
    assert changed != draw.snapshot
    from desktop.domain.canonical import sha256_hex

    other = "0" * 64
    statements = {
        "witness": (
            "inspection_draw_witnesses",
            "UPDATE inspection_draw_witnesses SET witness = 'chosen-afterwards'",
        ),
        "secret": (
            "inspection_draw_log",
            "UPDATE inspection_draw_log SET data = :data WHERE kind = 'result'",
        ),
        "commitment": ("inspection_draws", "UPDATE inspection_draws SET commitment = :hash"),
        "snapshot": ("inspection_draws", "UPDATE inspection_draws SET snapshot = :text"),
        "snapshot_and_hash": (
            "inspection_draws",
            "UPDATE inspection_draws SET snapshot = :text, snapshot_hash = :hash",
        ),
        "digest": ("inspection_draw_log", "UPDATE inspection_draw_log SET digest = :hash"),
    }
    table, sql = statements[tamper]
    new_hash = sha256_hex(snapshot_from_json(changed)) if tamper != "commitment" else other
    data = dict(next(e for e in log if e.kind is DrawEvent.RESULT).data)
    data["reveal"] = {**data["reveal"], "secret": other}

    def tampering(session):
        bypass_append_only(session, table)
        session.execute(sa.text(sql), {"text": changed, "hash": new_hash, "data": json.dumps(data)})

    pool.bureau.run(tampering)
    report = replay(pool.run(load_recorded, outcome.draw_id))
    assert not report.identical
    assert "结论：不一致" in report.lines()


def test_the_pool_changing_during_the_computation_stores_nothing(pool, monkeypatch):
    def meanwhile(snapshot, seed):
        pool.run(add_leave, pool.inspectors["李四"], FIRST_DAY, FIRST_DAY, None, "出差")
        return draw_plan(snapshot, seed)

    monkeypatch.setattr(inspection_draws, "draw_plan", meanwhile)
    with pytest.raises(PoolChanged):
        plan(pool)
    _, log = stored(pool, 1)
    assert [e.kind for e in log] == [DrawEvent.ABANDONED]
    assert len(pool.run(pending_requests)) == 3


def test_a_draw_is_made_once_from_one_commitment_and_its_result_stored_once(pool):
    ticket = pool.run(open_draw, FIRST_DAY, DAYS)
    assert len(ticket.commitment) == 64
    with pytest.raises(DrawRefused, match="尚未登记见证"):  # no secret before the witness
        pool.run(revealed_draw, ticket.draw_id)
    assert pool.run(witness_draw, ticket.draw_id, WITNESS)
    with pytest.raises(DrawRefused, match="只能抽取一次"):  # another witness, another seed: no
        pool.run(witness_draw, ticket.draw_id, "another witness")
    snapshot, revealed = pool.run(revealed_draw, ticket.draw_id)
    assert revealed.seed == derive_seed(revealed.secret, WITNESS, ticket.snapshot_hash)
    with pytest.raises(DrawRefused, match="不是由抽取"):  # a seed of one's own choosing: no
        pool.run(store_draw, ticket.draw_id, draw_plan(snapshot, "chosen seed"))
    result = draw_plan(snapshot, revealed.seed)
    pool.run(store_draw, ticket.draw_id, result)
    with pytest.raises(DrawRefused, match="已经结束"):
        pool.run(store_draw, ticket.draw_id, result)
    with pytest.raises(DrawRefused, match="已经结束"):
        pool.run(witness_draw, ticket.draw_id, WITNESS)
    assert [e.kind for e in pool.run(draw_history, ticket.draw_id)] == [DrawEvent.RESULT]


def test_nothing_to_draw_and_bad_inputs_are_refused(pool):
    ticket = pool.run(open_draw, FIRST_DAY, DAYS)
    for witness in ("abc", " ", "x" * 65):
        with pytest.raises(WitnessRefused, match="4至64"):
            pool.run(witness_draw, ticket.draw_id, witness)
    with pytest.raises(DrawRefused, match="1至20天"):
        pool.run(open_draw, FIRST_DAY, 0)
    plan(pool)
    with pytest.raises(DrawRefused, match="没有待安排"):
        plan(pool)


def test_only_coordinators_draw_and_heads_may_verify(pool):
    for who in ("eng1", "head1", "admin", "super1"):
        with pytest.raises(NotAllowed, match="踏勘协调员"):
            pool.bureau.run(open_draw, pool.bureau.actors[who], FIRST_DAY, DAYS)
    ticket = pool.run(open_draw, FIRST_DAY, DAYS)
    with pytest.raises(NotAllowed, match="踏勘协调员"):
        pool.bureau.run(witness_draw, pool.bureau.actors["super1"], ticket.draw_id, WITNESS)
    outcome = plan_inspections(pool.bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, WITNESS)
    assert replay(pool.bureau.run(load_recorded, pool.bureau.actors["head1"], outcome.draw_id))
    with pytest.raises(NotAllowed):
        pool.bureau.run(load_recorded, pool.bureau.actors["eng1"], outcome.draw_id)


def test_a_drawn_inspection_can_be_notified(pool):
    outcome = plan(pool)
    pool.bureau.run(init_keys, pool.bureau.actors["admin"])
    line = outcome.planned[0]
    with pool.bureau.sessions() as session:
        case_id = session.get(m.Inspection, line.inspection_id).case_id
    notice = pool.bureau.run(
        issue_document, pool.bureau.actors["eng1"], case_id, DocumentType.INSPECTION
    )
    from tests.services.documents.test_issuing import text_of

    text = text_of(notice.pdf)
    assert all(p.name in text for p in line.team)
    assert not any(p.name in text for p in line.backups)
    assert "上午" in text or "下午" in text
