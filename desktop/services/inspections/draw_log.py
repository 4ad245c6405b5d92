"""Writing to the append-only draw log, and reading it back: rows are only ever added."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import DrawLogEntry, InspectionDraw
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.services import audit, timesource


class DrawNotFound(DomainError):
    code = "draw_not_found"


def append(
    session: Session,
    actor: Actor,
    kind: DrawEvent,
    *,
    draw_id: int | None,
    inspection_id: int | None = None,
    reason: str | None = None,
    digest: str | None = None,
    data: dict[str, Any] | None = None,
    snapshot: str | None = None,
) -> DrawLogEntry:
    """Add one event, with an audit entry naming its digest (the audit chain then vouches
    for what the log says was computed)."""
    entry = DrawLogEntry(
        draw_id=draw_id,
        inspection_id=inspection_id,
        kind=kind,
        at=timesource.now(),
        actor=actor.username,
        reason=(reason or "").strip() or None,
        digest=digest,
        data=data,
        snapshot=snapshot,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session,
        actor,
        f"draw_{kind.value}",
        "inspection_draw_log",
        entry.id,
        new={
            "draw_id": draw_id,
            "inspection_id": inspection_id,
            "digest": digest,
            "reason": entry.reason,
        },
    )
    return entry


def draw_row(session: Session, draw_id: int) -> InspectionDraw:
    draw = session.get(InspectionDraw, draw_id)
    if draw is None:
        raise DrawNotFound("没有编号为 {draw_id} 的抽取记录", draw_id=draw_id)
    return draw


def entries(
    session: Session, draw_id: int, *kinds: DrawEvent, inspection_id: int | None = None
) -> list[DrawLogEntry]:
    """The draw's events in the order they were written, of the given kinds (all if none)."""
    query = sa.select(DrawLogEntry).where(DrawLogEntry.draw_id == draw_id)
    if kinds:
        query = query.where(DrawLogEntry.kind.in_(kinds))
    if inspection_id is not None:
        query = query.where(DrawLogEntry.inspection_id == inspection_id)
    return list(session.scalars(query.order_by(DrawLogEntry.id)))


def result_entry(session: Session, draw_id: int) -> DrawLogEntry | None:
    found = entries(session, draw_id, DrawEvent.RESULT)
    return found[0] if found else None


def drawn_seed(session: Session, draw: InspectionDraw) -> str:
    """The seed the draw's result was computed with: derived from the revealed secret and
    the witness (or, for draws before commit-then-reveal, the one recorded first).
    Replacements draw with it too, so no one chooses theirs."""
    result = result_entry(session, draw.id)
    if result is None or not result.data:
        raise DrawNotFound("抽取 {draw_id} 没有保存结果", draw_id=draw.id)
    return str(result.data["result"]["seed"])
