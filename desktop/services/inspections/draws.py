"""The draw as procurement-expert draws are run, with a seed nobody can steer (commit, then
reveal): opening a draw freezes the pending requests and the pool snapshot and records the
commitment to a secret the system makes; a witness gives their contribution after seeing
the commitment; the secret is revealed, the seed derived from secret, witness and snapshot
digest (`domain/inspections/draw_commitment.py`), the plan computed from the recorded
snapshot and stored only if the pool is still exactly the recorded one. README,
"Inspections".

`open_draw`, `witness_draw`, `revealed_draw` and `store_draw` are the steps, each in its
own transaction; `draw_with_witness` runs the last three, with the solver outside any
transaction, and `plan_inspections` all four.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.models import DrawSecret, DrawWitness, Inspection, InspectionDraw
from desktop.domain.actor import Actor
from desktop.domain.canonical import plain
from desktop.domain.errors import DomainError
from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_commitment import (
    clean_witness,
    commitment_of,
    derive_seed,
    new_secret,
)
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.draw_result import DRAW_RULES_VERSION, DrawResult, record_digest
from desktop.domain.inspections.pool import PoolSnapshot
from desktop.domain.inspections.pool_codec import snapshot_from_json, snapshot_to_json
from desktop.services import audit, timesource
from desktop.services.inspections import draw_log
from desktop.services.inspections.access import READING, SCHEDULING, lock_pool, require
from desktop.services.inspections.draw_outcome import DrawOutcome, outcome_of
from desktop.services.inspections.pool_snapshot import build_snapshot
from desktop.services.inspections.teams import schedule, set_team

MAX_DAYS = 20  # a draw plans at most four working weeks ahead
Progress = Callable[[int, int], None]
CLOSING = (DrawEvent.RESULT, DrawEvent.FAILED, DrawEvent.ABANDONED)


class DrawRefused(DomainError):
    code = "draw_refused"


class PoolChanged(DomainError):
    """The pool or the requests changed between opening the draw and storing its plan."""

    code = "pool_changed"


@dataclass(frozen=True)
class DrawTicket:
    """A draw opened: the frozen snapshot's digest and the commitment, shown to the witness."""

    draw_id: int
    commitment: str
    snapshot_hash: str
    rules_version: str
    first_day: date
    days: int
    requests: int


@dataclass(frozen=True)
class Reveal:
    """What makes the seed, known once the witness is on record."""

    commitment: str
    secret: str
    witness: str
    snapshot_hash: str
    seed: str


def open_draw(session: Session, actor: Actor, first_day: date, days: int) -> DrawTicket:
    """Freeze the pending requests and the pool, and commit to a fresh secret."""
    require(actor, SCHEDULING, "抽取踏勘人员")
    if not 1 <= days <= MAX_DAYS:
        raise DrawRefused("抽取的工作日数应为1至{limit}天", limit=MAX_DAYS)
    lock_pool(session)
    snapshot = build_snapshot(session, first_day, days, as_of=timesource.today())
    if not snapshot.requests:
        raise DrawRefused("没有待安排的踏勘申请")
    draw = InspectionDraw(
        commitment=_commit(session),
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
        "open_draw",
        "inspection_draw",
        draw.id,
        new={
            "commitment": draw.commitment,
            "snapshot_hash": draw.snapshot_hash,
            "rules_version": draw.rules_version,
            "requests": draw.request_count,
        },
    )
    assert draw.commitment is not None
    return DrawTicket(
        draw.id,
        draw.commitment,
        draw.snapshot_hash,
        draw.rules_version,
        first_day,
        days,
        draw.request_count,
    )


def _commit(session: Session) -> str:
    """A new secret's commitment: on PostgreSQL the server makes the secret and keeps it
    where no login reads it; on SQLite the program does (the file has no guard)."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(sa.select(sa.func.desk_draw_commit()))
    secret = new_secret()
    session.add(DrawSecret(commitment=commitment_of(secret), secret=secret))
    return commitment_of(secret)


def witness_draw(session: Session, actor: Actor, draw_id: int, witness: str) -> bool:
    """Record the witness's text for an open draw; False when this very witness was already
    recorded and the draw never finished (it is then finished with the same seed)."""
    require(actor, SCHEDULING, "抽取踏勘人员")
    witness = clean_witness(witness)
    lock_pool(session)
    draw = open_row(session, draw_id)
    recorded = session.get(DrawWitness, draw_id)
    if recorded is not None:
        if recorded.witness != witness:
            raise DrawRefused(
                "抽取 {draw_id} 已经登记过见证人随机数：一个承诺值只能抽取一次", draw_id=draw_id
            )
        return False
    if build_snapshot(session, draw.first_day, draw.days, as_of=draw.as_of).snapshot_hash() != (
        draw.snapshot_hash
    ):
        raise PoolChanged(
            "开启抽取后人才库或待安排的申请发生了变化：请重新开启抽取（抽取 {draw_id}）",
            draw_id=draw_id,
        )
    session.add(
        DrawWitness(
            draw_id=draw_id,
            witness=witness,
            witnessed_by=actor.username,
            witnessed_at=timesource.now(),
        )
    )
    session.flush()
    audit.record(
        session, actor, "witness_draw", "inspection_draw", draw_id, new={"witness": witness}
    )
    return True


def open_row(session: Session, draw_id: int) -> InspectionDraw:
    """A draw that was opened with a commitment and has not finished."""
    draw = draw_log.draw_row(session, draw_id)
    if draw.commitment is None:
        raise DrawRefused("抽取 {draw_id} 是按操作人登记的种子进行的旧式抽取", draw_id=draw_id)
    if draw_log.entries(session, draw_id, *CLOSING):
        raise DrawRefused("抽取 {draw_id} 已经结束：一个承诺值只能抽取一次", draw_id=draw_id)
    return draw


def reveal(session: Session, draw: InspectionDraw) -> Reveal:
    """The secret of a witnessed draw and the seed it makes. Call it before writing
    anything in the transaction (PostgreSQL refuses otherwise: draw_secret_sql.py)."""
    witness = session.get(DrawWitness, draw.id)
    if witness is None or draw.commitment is None:
        raise DrawRefused("抽取 {draw_id} 尚未登记见证人随机数", draw_id=draw.id)
    if session.get_bind().dialect.name == "postgresql":
        secret = session.scalar(sa.select(sa.func.desk_draw_reveal(draw.id)))
    else:
        row = session.get(DrawSecret, draw.commitment)
        secret = None if row is None else row.secret
    if secret is None or commitment_of(secret) != draw.commitment:
        raise DrawRefused("抽取 {draw_id} 的秘密值与承诺值不符", draw_id=draw.id)
    seed = derive_seed(secret, witness.witness, draw.snapshot_hash)
    return Reveal(draw.commitment, secret, witness.witness, draw.snapshot_hash, seed)


def revealed_draw(session: Session, actor: Actor, draw_id: int) -> tuple[PoolSnapshot, Reveal]:
    """The frozen snapshot, refused if its stored bytes were altered, and the reveal."""
    require(actor, SCHEDULING, "抽取踏勘人员")
    draw = open_row(session, draw_id)
    revealed = reveal(session, draw)
    if hashlib.sha256(draw.snapshot.encode("utf-8")).hexdigest() != draw.snapshot_hash:
        raise DrawRefused("抽取记录 {draw_id} 的数据快照与登记的摘要不符", draw_id=draw_id)
    return snapshot_from_json(draw.snapshot), revealed


def recorded_snapshot(session: Session, actor: Actor, draw_id: int) -> PoolSnapshot:
    """The snapshot exactly as recorded, refused if the stored bytes were altered."""
    require(actor, READING, "查看抽取记录")
    draw = draw_log.draw_row(session, draw_id)
    if hashlib.sha256(draw.snapshot.encode("utf-8")).hexdigest() != draw.snapshot_hash:
        raise DrawRefused("抽取记录 {draw_id} 的数据快照与登记的摘要不符", draw_id=draw_id)
    return snapshot_from_json(draw.snapshot)


def store_draw(session: Session, actor: Actor, draw_id: int, result: DrawResult) -> DrawOutcome:
    """Schedule the planned inspections with their teams and backups, and log the result
    with the reveal, if the result follows from the committed secret, the witness and the
    snapshot, and the pool is still exactly the one the draw was opened with."""
    require(actor, SCHEDULING, "抽取踏勘人员")
    # The reveal first, while nothing is written in this transaction (the pool's lock is a
    # row lock, which counts as writing); then, under the lock, the draw is still open.
    revealed = reveal(session, open_row(session, draw_id))
    lock_pool(session)
    draw = open_row(session, draw_id)
    if (result.seed, result.snapshot_hash) != (revealed.seed, draw.snapshot_hash):
        raise DrawRefused("结果不是由抽取 {draw_id} 的承诺值、见证和快照算出的", draw_id=draw_id)
    now = build_snapshot(session, draw.first_day, draw.days, as_of=draw.as_of)
    if now.snapshot_hash() != draw.snapshot_hash:
        raise PoolChanged(
            "抽取期间人才库或待安排的申请发生了变化，结果未保存：请重新开启抽取（抽取 {draw_id}）",
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
    record = result.as_dict()  # the compact record format: a city's draw in a few MiB
    entry = draw_log.append(
        session,
        actor,
        DrawEvent.RESULT,
        draw_id=draw_id,
        digest=record_digest(record),
        data={
            "result": record,
            "reveal": plain(revealed),
            "timings": plain(result.timings),
        },
    )
    return outcome_of(draw, entry)


def note_failure(
    session: Session,
    actor: Actor,
    draw_id: int,
    kind: DrawEvent,
    message: str,
    revealed: Reveal | None = None,
) -> None:
    """Log why a draw produced no stored plan; the reveal (when made) stays on record."""
    data = None if revealed is None else {"reveal": plain(revealed)}
    draw_log.append(session, actor, kind, draw_id=draw_id, reason=message, data=data)


def draw_with_witness(
    sessions: sessionmaker[Session],
    actor: Actor,
    draw_id: int,
    witness: str,
    progress: Progress | None = None,
) -> DrawOutcome:
    """Draw an open draw: witness (committed first), reveal, compute, store. The witness
    is committed before the secret can be read, and no lock is held while the solver runs."""
    report = progress or (lambda done, total: None)
    try:
        with sessions() as session, session.begin():
            witness_draw(session, actor, draw_id, witness)
    except PoolChanged as error:  # the draw can never be stored: close it, secret unrevealed
        with sessions() as session, session.begin():
            note_failure(session, actor, draw_id, DrawEvent.ABANDONED, str(error))
        raise
    report(1, 3)
    revealed = None
    try:
        with sessions() as session:
            snapshot, revealed = revealed_draw(session, actor, draw_id)
        result = draw_plan(snapshot, revealed.seed)
        report(2, 3)
        with sessions() as session, session.begin():
            outcome = store_draw(session, actor, draw_id, result)
    except Exception as error:
        if revealed is None:
            raise  # nothing revealed: the draw stays open for this witness
        kind = DrawEvent.ABANDONED if isinstance(error, PoolChanged) else DrawEvent.FAILED
        message = str(error) or type(error).__name__
        with sessions() as session, session.begin():
            note_failure(session, actor, draw_id, kind, message, revealed)
        raise
    report(3, 3)
    return outcome


def plan_inspections(
    sessions: sessionmaker[Session],
    actor: Actor,
    first_day: date,
    days: int,
    witness: str,
    progress: Progress | None = None,
) -> DrawOutcome:
    """Open a draw and draw it at once with `witness` (tests, scripts): the secret is
    still the system's and unseen, so the witness cannot steer it either."""
    with sessions() as session, session.begin():
        ticket = open_draw(session, actor, first_day, days)
    return draw_with_witness(sessions, actor, ticket.draw_id, witness, progress)
