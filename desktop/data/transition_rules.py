"""The database's copy of the transition rules, written from `desktop.domain.workflow` at
every `db upgrade` (so the rules have one source: the Python data)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.data.models import TransitionRule
from desktop.domain.guards import NEEDS_REASON
from desktop.domain.workflow import TRANSITIONS


def rule_rows() -> list[dict[str, object]]:
    return [
        {
            "seq": seq,
            "action": row.action.value,
            "source": row.source.value,
            "target": row.target.value if row.target is not None else None,
            "roles": ",".join(sorted(role.value for role in row.roles)),
            "who": row.who.value,
            "items": row.items.value,
            "needs_reason": row.action in NEEDS_REASON,
        }
        for seq, row in enumerate(TRANSITIONS, 1)
    ]


def write_transition_rules(connection: Connection) -> None:
    """Replace the stored rules with the program's, in the caller's transaction."""
    connection.execute(sa.delete(TransitionRule))
    connection.execute(sa.insert(TransitionRule), rule_rows())
