"""Staff accounts as actors: who is acting, with which roles."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import StaffRole, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.domain.errors import DomainError
from desktop.domain.guards import QUEUE_ROLE


def actor_for(session: Session, username: str) -> Actor:
    """The actor for an active staff account."""
    user = session.scalar(sa.select(StaffUser).where(StaffUser.username == username))
    if user is None or not user.active:
        raise DomainError("账号 {username} 不存在或已停用", username=username)
    return Actor(user.id, user.username, user.full_name, user.role_set)


def handlers_of(session: Session, actor: Actor, category: Category) -> list[tuple[int, str]]:
    """Active handlers of a queue, for assigning and transferring: (id, name)."""
    role = QUEUE_ROLE[category]
    return [
        (user.id, user.full_name)
        for user in session.scalars(
            sa.select(StaffUser)
            .join(StaffRole)
            .where(StaffRole.role == role, StaffUser.active.is_(True))
            .order_by(StaffUser.username)
        )
    ]
