"""Append entries to the audit trail, hash-chained so that an edited row breaks the chain."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import AuditEntry
from desktop.data.models.base import utcnow
from desktop.domain.actor import Actor

AUDIT_CHAIN_LOCK = 0x41554454  # "AUDT": the advisory lock that orders the hash chain


def entry_hash(
    prev_hash: str | None,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    old: Any,
    new: Any,
) -> str:
    """SHA-256 over the previous hash and this entry; time as epoch microseconds (zone-free)."""
    payload = json.dumps(
        [prev_hash, round(at.timestamp() * 1_000_000), actor, action, entity, entity_id, old, new],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = None,
    old: Any = None,
    new: Any = None,
) -> None:
    """Add one audit entry in the caller's transaction."""
    # Serialise through JSON so the stored value is exactly what was hashed.
    old, new = _plain(old), _plain(new)
    if session.get_bind().dialect.name == "postgresql":
        # One writer at a time extends the chain (SQLite's BEGIN IMMEDIATE already serialises).
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(AUDIT_CHAIN_LOCK)))
    prev = session.scalar(sa.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    at = utcnow()
    key = None if entity_id is None else str(entity_id)
    session.add(
        AuditEntry(
            at=at,
            actor=actor.username,
            action=action,
            entity=entity,
            entity_id=key,
            old=old,
            new=new,
            prev_hash=prev,
            hash=entry_hash(prev, at, actor.username, action, entity, key, old, new),
        )
    )
    session.flush()


def _plain(value: Any) -> Any:
    if value is None:
        return None
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))
