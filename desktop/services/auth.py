"""Signing in on the embedded database: argon2id hashes, lock-out after repeated failures."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.models import StaffUser
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.domain.passwords import verify_password
from desktop.domain.timezone import CHINA
from desktop.services import audit, timesource

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15


class SignInFailed(DomainError):
    code = "sign_in_failed"


def sign_in(sessions: sessionmaker[Session], username: str, password: str) -> Actor:
    """The actor for good credentials. A failure is recorded (and may lock the account)
    in its own transaction before SignInFailed is raised."""
    username = username.strip()
    with sessions() as session, session.begin():
        user = session.scalar(
            sa.select(StaffUser).where(StaffUser.username == username).with_for_update()
        )
        if user is None:
            raise SignInFailed("用户名或密码不正确，请重新输入")
        if not user.active:
            raise SignInFailed("该账号已停用，请联系系统管理员")
        now = timesource.now()
        if user.locked_until is not None and user.locked_until > now:
            until = user.locked_until.astimezone(CHINA).strftime("%H:%M")
            raise SignInFailed(
                "密码错误次数过多，账号已锁定至 {until}，请稍后再试或联系系统管理员", until=until
            )
        if verify_password(user.password_hash, password):
            user.failed_logins = 0
            user.locked_until = None
            actor = Actor(user.id, user.username, user.full_name, user.role_set)
            audit.record(session, actor, "sign_in", "staff_user", user.id)
            return actor
        user.failed_logins += 1
        left = LOCK_AFTER_FAILURES - user.failed_logins
        if left <= 0:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            failure = SignInFailed(
                "密码错误次数过多，账号已锁定 {minutes} 分钟", minutes=LOCK_MINUTES
            )
        else:
            failure = SignInFailed("用户名或密码不正确，还可尝试 {left} 次", left=left)
        audit.record(
            session, Actor(None, username, "", frozenset()), "sign_in_failed", "staff_user", user.id
        )
    raise failure
