"""Tables that let the database guard the work: its copy of the transition rules, and the
keys of committed actions (so that an action retried after a lost reply is not done twice)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, utcnow


class TransitionRule(Base):
    """One row of `desktop.domain.workflow.TRANSITIONS`, copied in at every `db upgrade` so
    that the database function that changes statuses applies the very same rules."""

    __tablename__ = "transition_rules"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    action: Mapped[str] = mapped_column(sa.String(32), index=True)
    source: Mapped[str] = mapped_column(sa.String(24))
    target: Mapped[str | None] = mapped_column(sa.String(24))  # NULL: the status stays
    roles: Mapped[str] = mapped_column(sa.String(200))  # comma-separated Role values
    who: Mapped[str] = mapped_column(sa.String(16))
    items: Mapped[str] = mapped_column(sa.String(16))
    needs_reason: Mapped[bool] = mapped_column(default=False)


class IdempotencyKey(Base):
    """A user action that committed: written in the action's own transaction, so a retry of
    an action whose commit reply was lost finds it and does nothing twice."""

    __tablename__ = "idempotency_keys"

    key: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    # Who acted: the database login on PostgreSQL (rows are private to it), else the user.
    owner: Mapped[str] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(64))
    done_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class AuditChainLock(Base):
    """The one row whose lock orders the audit chain's sealing at commit (PostgreSQL). No
    staff login holds a privilege on it, so none can lock it: unlike an advisory lock, which
    any session may take on any key and so stall every audited commit."""

    __tablename__ = "audit_chain_lock"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)


class PoolLock(Base):
    """The one row whose lock makes one writer of the inspector pool and the plan at a
    time (PostgreSQL; `desk_lock_pool` takes it for the pool's keepers): no staff login can
    lock it, as any could take an advisory lock and so hold every draw up."""

    __tablename__ = "pool_lock"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
