"""Idempotency keys: a user action's key is written in the action's own transaction, so
its presence means the action committed."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models.base import UtcDateTime, utcnow

# PostgreSQL: the key belongs to the login (row security lets each see only their own).
_CLAIM = {
    "postgresql": sa.text(
        "INSERT INTO idempotency_keys (key, owner, action, done_at) "
        "VALUES (:key, session_user, :action, :at) ON CONFLICT (key) DO NOTHING RETURNING key"
    ).bindparams(sa.bindparam("at", type_=UtcDateTime())),
    "sqlite": sa.text(
        "INSERT INTO idempotency_keys (key, owner, action, done_at) "
        "VALUES (:key, :owner, :action, :at) ON CONFLICT (key) DO NOTHING RETURNING key"
    ).bindparams(sa.bindparam("at", type_=UtcDateTime())),
}


def claim_key(session: Session, key: str, owner: str, action: str) -> bool:
    """Record the key first thing in a transaction; False when it is already recorded,
    that is, when an earlier attempt of the same action committed.

    A concurrent attempt still in flight holds the key's row: this one waits for it and
    then sees whether it committed.
    """
    statement = _CLAIM[session.get_bind().dialect.name]
    parameters = {"key": key, "owner": owner[:64], "action": action[:64], "at": utcnow()}
    return session.execute(statement, parameters).first() is not None
