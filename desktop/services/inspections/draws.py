"""The draw as procurement-expert draws are run: the seed and the pool snapshot are
recorded and committed first, the plan is computed from what was recorded, and only
then is it stored, as teams with ranked backups and as the log's result entry.

`record_draw`, `recorded_snapshot` and `store_draw` are the three steps, each in its own
session; `plan_inspections` runs them in order, with the solver outside any transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.data.models import Inspection, InspectionDraw
from desktop.domain.actor import Actor
from desktop.domain.canonical import plain
from desktop.domain.errors import DomainError
from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.draw_result import DRAW_RULES_VERSION, DrawResult
from desktop.domain.inspections.draw_weights import new_seed
from desktop.domain.inspections.pool import PoolSnapshot
from desktop.domain.inspections.pool_codec import snapshot_from_json, snapshot_to_json
from desktop.services import audit, timesource
from desktop.services.inspections import draw_log
from desktop.services.inspections.access import READING, SCHEDULING, lock_pool, require
from desktop.services.inspections.draw_outcome import DrawOutcome, outcome_of
from desktop.services.inspections.pool_snapshot import build_snapshot
from desktop.services.inspections.teams import schedule, set_team

MAX_DAYS = 20  # a draw plans at most four working weeks ahead
MAX_SEED_LENGTH = 64
Progress = Callable[[int, int], None]


class DrawRefused(DomainError):
    code = "draw_refused"


class PoolChanged(DomainError):
    """The pool or the requests changed between recording the draw and storing its plan."""

    code = "pool_changed"


@dataclass(frozen=True)
class DrawTicket:
    """A draw fixed before computing."""

    draw_id: int
    seed: str
    snapshot_hash: str
    rules_version: str
    first_day: date
    days: int
    requests: int


def clean_seed(seed: str | None) -> str:
    """The seed as recorded: a fresh random one when none is given."""
    text = new_seed() if seed is None else seed.strip()
    if not text or len(text) > MAX_SEED_LENGTH or any(c.isspace() for c in text):
        raise DrawRefused(
            "随机种子应为1至{limit}个字符，不含空格：“{seed}”", limit=MAX_SEED_LENGTH, seed=seed
        )
    return text


def record_draw(
    session: Session, actor: Actor, first_day: date, days: int, seed: str | None = None
) -> DrawTicket:
    """Fix the seed and the snapshot of the pending requests; commit before computing."""
    require(actor, SCHEDULING, "抽取踏勘人员")
    if not 1 <= days <= MAX_DAYS:
        raise DrawRefused("抽取的工作日数应为1至{limit}天", limit=MAX_DAYS)
    seed = clean_seed(seed)
    lock_pool(session)
    snapshot = build_snapshot(session, first_day, days, as_of=timesource.today())
    if not snapshot.requests:
        raise DrawRefused("没有待安排的踏勘申请")
    draw = InspectionDraw(
        seed=seed,
        rules_version=DRAW_RULES_VERSION,
        snapshot_hash=snapshot.snapshot_hash(),
        snapshot=snapshot_to_json(snapshot).decode("utf-8"),
        as_of=snapshot.as_of,
        first_day=first_day,
        days=days,
        request_count=len(snapshot.requests),
        operator=actor.username,
        operator_id=actor.user_id,
        created_at=timesource.now(),
    )
    session.add(draw)
    session.flush()
    audit.record(
        session,
        actor,
        "record_draw",
        "inspection_draw",
        draw.id,
        new={
            "seed": seed,
            "snapshot_hash": draw.snapshot_hash,
            "rules_version": draw.rules_version,
            "requests": draw.request_count,
        },
    )
    return DrawTicket(
        draw.id, seed, draw.snapshot_hash, draw.rules_version, first_day, days, draw.request_count
    )


def recorded_snapshot(session: Session, actor: Actor, draw_id: int) -> tuple[PoolSnapshot, str]:
    """The snapshot and seed exactly as recorded, refused if the stored bytes were altered."""
    require(actor, READING, "查看抽取记录")
    draw = draw_log.draw_row(session, draw_id)
    if hashlib.sha256(draw.snapshot.encode("utf-8")).hexdigest() != draw.snapshot_hash:
        raise DrawRefused("抽取记录 {draw_id} 的数据快照与登记的摘要不符", draw_id=draw_id)
    return snapshot_from_json(draw.snapshot), draw.seed


def store_draw(session: Session, actor: Actor, draw_id: int, result: DrawResult) -> DrawOutcome:
    """Schedule the planned inspections with their teams and backups, and log the result,
    if the pool is still exactly the one the draw was recorded with."""
    require(actor, SCHEDULING, "抽取踏勘人员")
    lock_pool(session)
    draw = draw_log.draw_row(session, draw_id)
    if draw_log.result_entry(session, draw_id) is not None:
        raise DrawRefused("抽取 {draw_id} 的结果已经保存", draw_id=draw_id)
    if (result.seed, result.snapshot_hash) != (draw.seed, draw.snapshot_hash):
        raise DrawRefused("结果不是由抽取 {draw_id} 登记的种子和快照算出的", draw_id=draw_id)
    now = build_snapshot(session, draw.first_day, draw.days, as_of=draw.as_of)
    if now.snapshot_hash() != draw.snapshot_hash:
        raise PoolChanged(
            "抽取期间人才库或待安排的申请发生了变化，结果未保存：请重新抽取（抽取 {draw_id}）",
            draw_id=draw_id,
        )
    for planned in result.planned:
        inspection = session.get(Inspection, planned.request_id)
        assert inspection is not None
        schedule(inspection, planned.slot)
        inspection.draw_id = draw_id
        set_team(
            session,
            inspection,
            [p.inspector_id for p in planned.team],
            [p.inspector_id for p in planned.backups],
        )
    entry = draw_log.append(
        session,
        actor,
        DrawEvent.RESULT,
        draw_id=draw_id,
        digest=result.result_digest(),
        data={"result": result.as_dict(), "timings": plain(result.timings)},
    )
    return outcome_of(draw, entry)


def note_failure(
    session: Session, actor: Actor, draw_id: int, kind: DrawEvent, message: str
) -> None:
    """Log why a recorded draw produced no stored plan; its seed stays on record."""
    draw_log.append(session, actor, kind, draw_id=draw_id, reason=message)


def plan_inspections(
    sessions: sessionmaker[Session],
    actor: Actor,
    first_day: date,
    days: int,
    seed: str | None = None,
    progress: Progress | None = None,
) -> DrawOutcome:
    """One draw, start to finish. It spans three transactions on purpose: the seed must be
    committed before the plan exists, and no lock is held while the solver runs."""
    report = progress or (lambda done, total: None)
    with sessions() as session, session.begin():
        ticket = record_draw(session, actor, first_day, days, seed)
    report(1, 3)
    try:
        with sessions() as session:
            snapshot, recorded_seed = recorded_snapshot(session, actor, ticket.draw_id)
        result = draw_plan(snapshot, recorded_seed)
        report(2, 3)
        with sessions() as session, session.begin():
            outcome = store_draw(session, actor, ticket.draw_id, result)
    except Exception as error:
        kind = DrawEvent.ABANDONED if isinstance(error, PoolChanged) else DrawEvent.FAILED
        with sessions() as session, session.begin():
            note_failure(session, actor, ticket.draw_id, kind, str(error) or type(error).__name__)
        raise
    report(3, 3)
    return outcome
