"""User administration (the admin screen and `approval-desk users`): create accounts,
disable and enable them, change their job roles, reset passwords.

On PostgreSQL every account is a login role of its own, changed only through the
database's user-administration functions (which check again that the caller is an admin
and not changing their own roles). Admin accounts are the DBA's to make and change. On
SQLite the account and its argon2id hash live in the tables and this module is the only
guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import logins
from desktop.data.models import Department, StaffRole, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.passwords import MIN_LENGTH, hash_password
from desktop.services import audit


@dataclass(frozen=True)
class StaffAccount:
    id: int
    username: str
    full_name: str
    department: str
    roles: tuple[Role, ...]
    active: bool
    has_login: bool  # PostgreSQL: the account has its own database login


def _on_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _require_admin(actor: Actor) -> None:
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以管理用户")


def _guard_admin_accounts(
    actor: Actor, holds: Iterable[Role | str] = (), wanted: Iterable[Role | str] = ()
) -> None:
    """Admin accounts are the DBA's (the system actor's) to make and change: an admin who
    could hand out the admin role or take over another admin could grant themselves all."""
    if actor.user_id is None:
        return
    if Role.ADMIN in {Role(r) for r in holds} | {Role(r) for r in wanted}:
        raise NotAllowed("系统管理员账号只能由数据库管理员创建和修改")


def _check_username(username: str) -> None:
    if not re.match(logins.USERNAME_PATTERN, username) or username.startswith("desk_"):
        raise DomainError(
            "用户名“{username}”无效：请用小写字母开头，只含小写字母、数字和下划线（2—63位）",
            username=username,
        )


def _check_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise DomainError("密码至少需要 {length} 位", length=MIN_LENGTH)


def _roles(roles: Iterable[Role | str]) -> list[str]:
    return sorted({Role(role).value for role in roles})


def _user(session: Session, username: str) -> StaffUser:
    user = session.scalar(sa.select(StaffUser).where(StaffUser.username == username))
    if user is None:
        raise DomainError("用户 {username} 不存在", username=username)
    return user


def list_accounts(session: Session, actor: Actor) -> list[StaffAccount]:
    """Every account, by username, for the admin screen."""
    _require_admin(actor)
    departments = dict(session.execute(sa.select(Department.id, Department.short_name)).all())
    return [
        StaffAccount(
            user.id,
            user.username,
            user.full_name,
            departments.get(user.department_id, ""),
            tuple(sorted(user.role_set)),
            user.active,
            user.db_role is not None,
        )
        for user in session.scalars(sa.select(StaffUser).order_by(StaffUser.username))
    ]


def add_account(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    roles: Iterable[Role | str],
    password: str,
    department_id: int | None = None,
) -> int:
    """A new staff account with these roles; returns its id."""
    _require_admin(actor)
    username, full_name = username.strip(), full_name.strip()
    _check_username(username)
    _check_password(password)
    if not full_name:
        raise DomainError("请填写姓名")
    wanted = _roles(roles)
    _guard_admin_accounts(actor, wanted=wanted)
    if _on_postgres(session):
        user_id = logins.add_login(session, username, full_name, wanted, password, department_id)
    else:
        if session.scalar(sa.select(StaffUser.id).where(StaffUser.username == username)):
            raise DomainError("用户名 {username} 已被使用", username=username)
        user = StaffUser(
            username=username,
            full_name=full_name,
            department_id=department_id,
            password_hash=hash_password(password),
        )
        user.roles = [StaffRole(role=Role(role)) for role in wanted]
        session.add(user)
        session.flush()
        user_id = user.id
    audit.record(session, actor, "add_user", "staff_user", user_id, new={"roles": wanted})
    return user_id


def set_roles(session: Session, actor: Actor, username: str, roles: Iterable[Role | str]) -> None:
    """Replace an account's job roles. Nobody changes their own."""
    _require_admin(actor)
    if username == actor.username:
        raise NotAllowed("不能修改自己的角色：请由另一位系统管理员办理")
    user = _user(session, username)
    before, wanted = _roles(user.role_set), _roles(roles)
    _guard_admin_accounts(actor, before, wanted)
    if _on_postgres(session):
        logins.set_roles(session, username, wanted)
    else:
        user.roles = [StaffRole(role=Role(role)) for role in wanted]
    audit.record(
        session,
        actor,
        "set_roles",
        "staff_user",
        user.id,
        old={"roles": before},
        new={"roles": wanted},
    )


def set_active(session: Session, actor: Actor, username: str, active: bool) -> None:
    """Disable an account (it can no longer sign in) or enable it again."""
    _require_admin(actor)
    if username == actor.username:
        raise NotAllowed("不能停用或启用自己的账号")
    user = _user(session, username)
    _guard_admin_accounts(actor, user.role_set)
    if _on_postgres(session):
        logins.set_active(session, username, active)
    else:
        user.active = active
    audit.record(session, actor, "enable_user" if active else "disable_user", "staff_user", user.id)


def reset_password(session: Session, actor: Actor, username: str, password: str) -> None:
    """A new password: an admin for anyone, everyone for themselves."""
    _check_password(password)
    user = _user(session, username)
    if username != actor.username:
        _require_admin(actor)
        _guard_admin_accounts(actor, user.role_set)
    if _on_postgres(session):
        if user.db_role is None:
            logins.link_logins(session, [username], password)
        else:
            logins.set_password(session, username, password)
    else:
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
    audit.record(session, actor, "reset_password", "staff_user", user.id)
