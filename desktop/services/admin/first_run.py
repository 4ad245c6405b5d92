"""A new database's first steps: the bureau's name, the address of its verification page
(README "Anyone can verify"; may be left empty and set later) and the first administrator
account.

Allowed only while the database has no staff at all, so it cannot be used to slip an extra
administrator into a bureau that is already working.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import StaffRole, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.passwords import MIN_LENGTH, hash_password
from desktop.services import audit
from desktop.services.bureau import save_profile


@dataclass(frozen=True)
class FirstAdmin:
    username: str
    full_name: str
    password: str
    organ_name: str
    number_prefix: str
    verify_url: str = ""  # the verification page's address; may be set later


def needs_first_admin(session: Session) -> bool:
    return not session.scalar(sa.select(sa.func.count()).select_from(StaffUser))


def create_first_admin(session: Session, data: FirstAdmin) -> Actor:
    if not needs_first_admin(session):
        raise DomainError("数据库中已有工作人员账号：新账号请由系统管理员在“系统管理”中添加")
    username = data.username.strip()
    if not username.isascii() or not username.replace("_", "").replace(".", "").isalnum():
        raise DomainError("用户名只能由英文字母、数字、下划线和点组成")
    if not data.full_name.strip():
        raise DomainError("请填写管理员姓名")
    if len(data.password) < MIN_LENGTH:
        raise DomainError("密码至少需要 {length} 位", length=MIN_LENGTH)
    user = StaffUser(
        username=username,
        full_name=data.full_name.strip(),
        password_hash=hash_password(data.password),
    )
    user.roles = [StaffRole(role=Role.ADMIN)]
    session.add(user)
    session.flush()
    actor = Actor(user.id, user.username, user.full_name, frozenset({Role.ADMIN}))
    save_profile(
        session,
        actor,
        {
            "organ_name": data.organ_name,
            "number_prefix": data.number_prefix,
            "verify_url": data.verify_url,
        },
    )
    audit.record(
        session, actor, "create_first_admin", "staff_user", user.id, new={"username": username}
    )
    return actor
