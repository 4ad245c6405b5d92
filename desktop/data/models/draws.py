"""The draw log (抽取记录): each draw's seed and pool snapshot, written before the draw is
computed, and every event after it. Both tables are append-only (triggers refuse UPDATE
and DELETE), so a recorded draw can always be replayed and compared."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.domain.inspections.draw_events import DrawEvent


class InspectionDraw(Base):
    """A draw as fixed before computing: seed, rules version and the exact pool snapshot."""

    __tablename__ = "inspection_draws"

    id: Mapped[int] = mapped_column(primary_key=True)
    seed: Mapped[str] = mapped_column(sa.String(64))
    rules_version: Mapped[str] = mapped_column(sa.String(16))
    snapshot_hash: Mapped[str] = mapped_column(sa.String(64))
    # The canonical JSON whose SHA-256 is `snapshot_hash`, kept byte for byte for replays.
    snapshot: Mapped[str] = mapped_column(sa.Text)
    as_of: Mapped[date]
    first_day: Mapped[date]
    days: Mapped[int]
    request_count: Mapped[int]
    operator: Mapped[str] = mapped_column(sa.String(64))
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DrawLogEntry(Base):
    """One event after a seed was recorded: the result, a replacement, a manual change."""

    __tablename__ = "inspection_draw_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inspection_draws.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inspections.id"), index=True)
    kind: Mapped[DrawEvent] = mapped_column(enum_column(DrawEvent))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(sa.String(64))
    reason: Mapped[str | None] = mapped_column(sa.Text)
    # SHA-256 of what was computed (a result or a replacement), compared by replays.
    digest: Mapped[str | None] = mapped_column(sa.String(64))
    data: Mapped[dict[str, Any] | None]
    # A replacement's own booked snapshot (canonical JSON), so it replays too.
    snapshot: Mapped[str | None] = mapped_column(sa.Text)
