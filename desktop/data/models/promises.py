"""容缺受理 promises: a material accepted missing, to be handed in by a date, and its receipt."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, utcnow


class CasePromise(Base):
    """The applicant's written promise (容缺受理承诺书), recorded at acceptance: which
    material, by when, and whether the catalogue let the licence go out before it. Never
    changed afterwards (a trigger on PostgreSQL): a promise is kept only by a receipt."""

    __tablename__ = "case_promises"
    __table_args__ = (
        sa.UniqueConstraint("case_id", "case_material_id"),
        sa.CheckConstraint("promised_on > signed_on", name="promise_after_signing"),
        # Supervision reads the promises by their day.
        sa.Index("ix_case_promises_promised_on", "promised_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    case_material_id: Mapped[int] = mapped_column(
        sa.ForeignKey("case_materials.id", ondelete="CASCADE")
    )
    material: Mapped[str] = mapped_column(sa.String(200))
    signed_on: Mapped[date]  # the day of the letter: the day of acceptance
    promised_on: Mapped[date]
    issue_before_received: Mapped[bool] = mapped_column(default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromiseReceipt(Base):
    """The promised material received: who recorded it, on which day. One per promise,
    never changed (a trigger on PostgreSQL)."""

    __tablename__ = "case_promise_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    promise_id: Mapped[int] = mapped_column(
        sa.ForeignKey("case_promises.id", ondelete="CASCADE"), unique=True
    )
    received_on: Mapped[date]
    recorded_by_id: Mapped[int] = mapped_column(sa.ForeignKey("staff_users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(sa.Text, default="")
