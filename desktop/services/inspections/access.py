"""Who may do what with inspections: coordinators draw and change them, the pool is kept
by coordinators and the admin, and heads and supervisors may read and verify."""

from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.guards import NotAllowed

SCHEDULING = frozenset({Role.COORDINATOR})
POOL_KEEPING = frozenset({Role.COORDINATOR, Role.ADMIN})
READING = frozenset({Role.COORDINATOR, Role.HEAD, Role.SUPERVISOR, Role.ADMIN})

# PostgreSQL: one writer of the pool and the plan at a time, by the lock row only the
# guarded function takes (data/security/locks_sql.py); no login can take it to hold draws up.
LOCK_POOL = sa.text("SELECT public.desk_lock_pool(CAST(:case_id AS integer))")


def require(actor: Actor, roles: Collection[Role], action: str) -> None:
    """Refuse unless the actor holds one of `roles`; `action` names what was attempted."""
    if not any(actor.has(role) for role in roles):
        names = "、".join(role.label for role in sorted(roles))
        raise NotAllowed("只有{roles}可以{action}", roles=names, action=action)


def lock_pool(session: Session, case_id: int | None = None) -> None:
    """Serialise changes to the pool and the plan, so a draw stores its result only
    against the pool it was drawn from (SQLite's BEGIN IMMEDIATE already serialises).
    `case_id`: the case being withdrawn or terminated with an inspection still open, for
    which its handler or the head takes the lock (the pool's keepers need none)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(LOCK_POOL, {"case_id": case_id})
