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
    """A draw as fixed before computing: the commitment to its secret (or, for draws made
    before commit-then-reveal, the seed the coordinator chose), the rules version and the
    exact pool snapshot."""

    __tablename__ = "inspection_draws"

    id: Mapped[int] = mapped_column(primary_key=True)
    seed: Mapped[str | None] = mapped_column(sa.String(64))  # only draws before 0013
    # SHA-256 of the secret (inspection_draw_secrets), published before the witness speaks.
    commitment: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
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


class DrawSecret(Base):
    """The secret behind a commitment, made by the database (PostgreSQL) or the program
    (SQLite). No login may read this table: the secret is revealed by `desk_draw_reveal`
    once the draw's witness is on record (desktop/data/security/draw_secret_sql.py)."""

    __tablename__ = "inspection_draw_secrets"

    commitment: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    secret: Mapped[str] = mapped_column(sa.String(64))


class DrawWitness(Base):
    """The second party's contribution to a draw's seed, given after the commitment was
    shown; one per draw (the key), so a commitment is drawn once. Append-only."""

    __tablename__ = "inspection_draw_witnesses"

    draw_id: Mapped[int] = mapped_column(sa.ForeignKey("inspection_draws.id"), primary_key=True)
    witness: Mapped[str] = mapped_column(sa.String(64))
    witnessed_by: Mapped[str] = mapped_column(sa.String(64))
    witnessed_at: Mapped[datetime] = mapped_column(default=utcnow)


class DrawLogEntry(Base):
    """One event after a draw was recorded: the result, a replacement, a manual change."""

    __tablename__ = "inspection_draw_log"
    __table_args__ = (
        # One result per draw, whatever writes it.
        sa.Index(
            "ux_inspection_draw_log_one_result",
            "draw_id",
            unique=True,
            postgresql_where=sa.text("kind = 'result'"),
            sqlite_where=sa.text("kind = 'result'"),
        ),
    )

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
