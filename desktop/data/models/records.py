"""Issued documents and their number counters, the holiday calendar, settings, audit, tickets."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.domain.enums import DayKind, TicketKind, TicketStatus


class NumberCounter(Base):
    """The last serial handed out per document type and year (gapless numbering)."""

    __tablename__ = "number_counters"
    __table_args__ = (sa.CheckConstraint("last_serial >= 0", name="non_negative"),)

    doc_type: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_serial: Mapped[int] = mapped_column(default=0)


class IssuedDocument(Base):
    """A numbered document issued under the approval seal; voided ones keep their number."""

    __tablename__ = "issued_documents"
    __table_args__ = (sa.UniqueConstraint("doc_type", "year", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    doc_type: Mapped[str] = mapped_column(sa.String(32))
    year: Mapped[int]
    serial: Mapped[int]
    number: Mapped[str] = mapped_column(sa.String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    content_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    pdf: Mapped[bytes | None] = mapped_column(sa.LargeBinary, deferred=True)
    void: Mapped[bool] = mapped_column(default=False)
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str | None] = mapped_column(sa.Text)
    reprints: Mapped[int] = mapped_column(default=0)


class CalendarYear(Base):
    """A year whose official holiday arrangement is known (published and entered)."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(sa.String(32))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CalendarVersion(Base):
    """One version of what the due dates are counted by: each transaction that edits the
    holidays or the yellow-warning share makes the next one, and recounts the open cases."""

    __tablename__ = "calendar_versions"

    version: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(sa.String(64))
    # What changed: "calendar", "yellow_share" or both, comma-separated.
    what: Mapped[str] = mapped_column(sa.String(64))
    recounted: Mapped[int] = mapped_column(default=0)
    # PostgreSQL: the transaction that made it and whether its recount is still to run at
    # commit (data/security/recount_sql.py); NULL on SQLite, where the services recount.
    txid: Mapped[int | None] = mapped_column(sa.BigInteger, unique=True)
    pending: Mapped[bool] = mapped_column(default=False)


class CalendarException(Base):
    """A weekday holiday or a weekend make-up working day (调休)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[DayKind] = mapped_column(enum_column(DayKind))
    name: Mapped[str] = mapped_column(sa.String(40), default="")


class Setting(Base):
    """A business setting (bureau profile, number patterns, thresholds) shared by all PCs."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """An append-only record of a change: who, when, what, old and new, hash-chained."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(
        sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(32))
    entity: Mapped[str] = mapped_column(sa.String(32))
    entity_id: Mapped[str | None] = mapped_column(sa.String(64))
    old: Mapped[dict[str, Any] | None]
    new: Mapped[dict[str, Any] | None]
    # The row's place in the hash chain (the order rows were committed in, on PostgreSQL,
    # where it is set at commit); each row hashes the one before it.
    chain_seq: Mapped[int | None] = mapped_column(sa.BigInteger, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(sa.String(64))
    hash: Mapped[str | None] = mapped_column(sa.String(64))


class Ticket(Base):
    """A hotline question or a complaint, owned by its first-contact staff member (首问负责)."""

    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(sa.String(32), unique=True)
    kind: Mapped[TicketKind] = mapped_column(enum_column(TicketKind))
    caller_name: Mapped[str] = mapped_column(sa.String(64))
    caller_phone: Mapped[str] = mapped_column(sa.String(32))
    subject: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text, default="")
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    first_contact_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    assignee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_on: Mapped[date]
    status: Mapped[TicketStatus] = mapped_column(enum_column(TicketStatus))
    reply: Mapped[str | None] = mapped_column(sa.Text)
    answered_at: Mapped[datetime | None]
    escalated: Mapped[bool] = mapped_column(default=False)
    escalated_at: Mapped[datetime | None]
    # Escalation hands the ticket to someone senior; the first contact stays responsible.
    escalated_to_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    closed_at: Mapped[datetime | None]
