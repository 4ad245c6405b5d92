"""Append entries to the audit trail, hash-chained so that an edited row breaks the chain.

On SQLite the chain is computed here; on PostgreSQL a trigger computes it for every row,
these and the ones the database's own triggers record (data/security/audit_sql.py).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from desktop.data.models import AuditEntry
from desktop.data.models.base import utcnow
from desktop.domain.actor import Actor

POSTGRES_INSERT = sa.text(
    "INSERT INTO audit_log (actor, action, entity, entity_id, old, new) "
    "VALUES (:actor, :action, :entity, :key, :old, :new)"
).bindparams(
    sa.bindparam("old", type_=JSONB(none_as_null=True)),
    sa.bindparam("new", type_=JSONB(none_as_null=True)),
)


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
    key = None if entity_id is None else str(entity_id)
    if session.get_bind().dialect.name == "postgresql":
        # The database stamps time and login, and seals the row into the chain at commit
        # (one chain with the rows its triggers record). No RETURNING: staff may add to
        # the trail, not read it.
        session.execute(
            POSTGRES_INSERT,
            {
                "actor": actor.username,
                "action": action,
                "entity": entity,
                "key": key,
                "old": old,
                "new": new,
            },
        )
        return
    # SQLite: one writer at a time (BEGIN IMMEDIATE), so the chain is extended here.
    last = session.execute(
        sa.select(AuditEntry.chain_seq, AuditEntry.hash)
        .where(AuditEntry.chain_seq.is_not(None))
        .order_by(AuditEntry.chain_seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, None)
    at = utcnow()
    session.add(
        AuditEntry(
            chain_seq=seq,
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
