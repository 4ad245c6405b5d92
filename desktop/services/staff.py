"""Staff accounts as actors: who is acting, with which roles."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import StaffUser
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError


def actor_for(session: Session, username: str) -> Actor:
    """The actor for an active staff account."""
    user = session.scalar(sa.select(StaffUser).where(StaffUser.username == username))
    if user is None or not user.active:
        raise DomainError(f"账号 {username} 不存在或已停用")
    return Actor(user.id, user.username, user.full_name, user.role_set)
