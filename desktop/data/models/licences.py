"""The licence register (许可证登记): every licence the bureau issued, one row per version."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, Json, enum_column, utcnow
from desktop.domain.licence_life import LicenceStatus


class Licence(Base):
    """One version of a licence: the first comes with the licence, a change or a renewal
    adds the next (the old one then reads 已变更/已延续); 注销 and 撤销 end the current one.
    Written only by the decision path's guarded function on PostgreSQL (licence_sql.py)."""

    __tablename__ = "licences"
    __table_args__ = (
        sa.UniqueConstraint("licence_no", "version"),
        sa.CheckConstraint("version >= 1", name="licence_version"),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="licence_validity"),
        sa.CheckConstraint(
            "(document_id IS NULL) = (case_id IS NULL)", name="licence_document_case"
        ),
        # Expiry reminders read the valid versions by their last day.
        sa.Index("ix_licences_expiry", "status", "valid_to"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The licence's number, kept by every version: its first licence document's number.
    licence_no: Mapped[str] = mapped_column(sa.String(64), index=True)
    version: Mapped[int] = mapped_column(default=1)
    # The licence document of this version (a change or renewal prints a new one) and its
    # case; none for a licence issued before the bureau used this program (entered by the
    # DBA from the paper register).
    document_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("issued_documents.id"), unique=True
    )
    document_number: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("items.id"), index=True)
    holder_id: Mapped[int] = mapped_column(sa.ForeignKey("applicants.id"), index=True)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]  # None: 长期有效
    conditions: Mapped[list[Any] | None] = mapped_column(Json)
    scope: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[LicenceStatus] = mapped_column(
        enum_column(LicenceStatus), default=LicenceStatus.VALID
    )
    # The act that ended this version (a change, renewal, cancellation or revocation).
    ended_on: Mapped[date | None]
    ended_by_case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"))
    ended_by_document_id: Mapped[int | None] = mapped_column(sa.ForeignKey("issued_documents.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
