"""Who may supervise: statistics, urges, result notices, escalations, ratings follow-up."""

from __future__ import annotations

from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.guards import NotAllowed

SUPERVISION_ROLES = frozenset({Role.SUPERVISOR, Role.HEAD})


def can_supervise(actor: Actor) -> bool:
    return bool(actor.roles & SUPERVISION_ROLES)


def require_supervision(actor: Actor, doing: str) -> None:
    """Refuse unless the actor is a supervisor (督办) or a head (分管负责人)."""
    if not can_supervise(actor):
        raise NotAllowed("只有督办人员或分管负责人可以{doing}：请联系督办人员办理", doing=doing)
