"""Checking the audit trail's hash chain (`approval-desk audit verify`): every row's hash
recomputed from what is stored, every row linked to the one before; the first break found
is reported. The last hash is printed too: written down somewhere else now and then, it
shows later that nobody rebuilt the whole chain after it.

Two formats: "v2", which PostgreSQL's chain trigger computes over the stored text (see
data/security/audit_sql.py), and "v1", which the program computes on SQLite (and did on
PostgreSQL before revision 0008) over the JSON values (services/audit.py `entry_hash`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import AuditEntry
from desktop.services.audit import entry_hash

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
BATCH = 5000


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_id: int | None  # the first row that does not fit, or None when all do
    problem: str
    last_id: int | None
    last_hash: str | None

    @property
    def intact(self) -> bool:
        return self.broken_id is None


@dataclass(frozen=True)
class StoredEntry:
    """A row as stored: old and new as the database prints them."""

    id: int
    chain_seq: int | None
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    old: str | None
    new: str | None
    prev_hash: str | None
    hash: str | None


def epoch_microseconds(at: datetime) -> int:
    return (at - EPOCH) // timedelta(microseconds=1)


def _field(text: str | None) -> str:
    return "-" if text is None else f"{len(text.encode('utf-8'))}:{text}"


def v2_hash(entry: StoredEntry) -> str:
    payload = "".join(
        _field(part)
        for part in (
            entry.prev_hash,
            str(epoch_microseconds(entry.at)),
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.old,
            entry.new,
        )
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def v1_hash(entry: StoredEntry) -> str:
    def parsed(text: str | None) -> Any:
        return None if text is None else json.loads(text)

    return entry_hash(
        entry.prev_hash,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        parsed(entry.old),
        parsed(entry.new),
    )


def stored_entries(session: Session) -> Iterator[StoredEntry]:
    """Every row in chain order (rows outside the chain last), old and new as the text the
    database holds."""
    columns = (
        AuditEntry.id,
        AuditEntry.chain_seq,
        AuditEntry.at,
        AuditEntry.actor,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        sa.cast(AuditEntry.old, sa.Text),
        sa.cast(AuditEntry.new, sa.Text),
        AuditEntry.prev_hash,
        AuditEntry.hash,
    )
    after = 0
    while True:
        rows = session.execute(
            sa.select(*columns)
            .where(AuditEntry.chain_seq > after)
            .order_by(AuditEntry.chain_seq)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            yield StoredEntry(*row)
        after = rows[-1][1]
    # Committed rows are always sealed: one without a place was written past the trigger.
    for row in session.execute(sa.select(*columns).where(AuditEntry.chain_seq.is_(None))):
        yield StoredEntry(*row)


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole trail; stop at the first row whose link or hash does not fit."""
    postgres = session.get_bind().dialect.name == "postgresql"
    previous: StoredEntry | None = None
    checked = 0
    for entry in stored_entries(session):
        expected_prev = previous.hash if previous is not None else None
        if entry.chain_seq is None:
            return ChainReport(
                checked,
                entry.id,
                "记录不在哈希链中（绕过了审计触发器）",
                previous.id if previous else None,
                expected_prev,
            )
        if entry.prev_hash != expected_prev:
            return ChainReport(
                checked,
                entry.id,
                "与前一条记录的链接断开（记录被删除、插入或改动）",
                previous.id if previous else None,
                expected_prev,
            )
        recomputed = {v2_hash(entry), v1_hash(entry)} if postgres else {v1_hash(entry)}
        if entry.hash not in recomputed:
            return ChainReport(
                checked,
                entry.id,
                "内容与哈希不符（记录被改动）",
                previous.id if previous else None,
                expected_prev,
            )
        previous, checked = entry, checked + 1
    return ChainReport(
        checked, None, "", previous.id if previous else None, previous.hash if previous else None
    )
