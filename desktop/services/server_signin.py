"""Signing in on PostgreSQL: the user's name and password are their own database login.
The server checks the password; the actor is the active account whose login the session
is, holding the job roles whose group roles the login belongs to."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import schema_version
from desktop.data.database import describe, make_engine, session_factory
from desktop.data.errors import DatabaseUnreachable
from desktop.data.faults import server_message, sqlstate
from desktop.data.models import StaffUser
from desktop.data.security.names import group_role
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.services import audit
from desktop.services.auth import SignInFailed, sign_in

# invalid_password, invalid_authorization_specification (no such login, or NOLOGIN); at
# connect time libpq often reports them as text only.
REFUSED_STATES = frozenset({"28P01", "28000"})
REFUSED_TEXTS = ("authentication failed", "not permitted to log in", '" does not exist')

ROLES_HELD = sa.text(
    "SELECT r FROM unnest(CAST(:roles AS text[])) AS r WHERE pg_has_role(session_user, r, 'MEMBER')"
)


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, and the database as them."""

    actor: Actor
    url: URL
    sessions: sessionmaker[Session]


def uses_logins(url: URL) -> bool:
    """Whether users sign in with a database login of their own (PostgreSQL)."""
    return url.get_backend_name() == "postgresql"


def sign_in_anywhere(
    url: URL, sessions: sessionmaker[Session], username: str, password: str
) -> SignedIn:
    """The sign-in dialog's check: the server's on PostgreSQL, the stored hash on SQLite."""
    if uses_logins(url):
        return sign_in_to_server(url, username, password)
    return SignedIn(sign_in(sessions, username, password), url, sessions)


def sign_in_to_server(url: URL, username: str, password: str) -> SignedIn:
    """Connect as the user; SignInFailed when the server refuses or no account matches."""
    username = username.strip()
    mine = url.set(username=username, password=password)
    engine = make_engine(mine)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as error:
        engine.dispose()
        text = str(error)
        refused = (
            any(t in text for t in REFUSED_TEXTS) and "database" not in text.split("FATAL")[-1]
        )
        if sqlstate(error) in REFUSED_STATES or refused:
            raise SignInFailed("用户名或密码不正确，或账号已停用，请重新输入") from None
        raise DatabaseUnreachable(
            "无法连接数据库 {url}：{reason}。请检查服务器是否开启、网络是否连通",
            url=describe(url),
            reason=server_message(error),
        ) from None
    schema_version.ensure_current(engine)
    sessions = session_factory(engine)
    with sessions() as session, session.begin():
        actor = actor_of_session(session)
        if actor is None:
            engine.dispose()
            raise SignInFailed("账号 {username} 不是本系统的在职工作人员", username=username)
        audit.record(session, actor, "sign_in", "staff_user", actor.user_id)
    return SignedIn(actor, mine, sessions)


def actor_of_session(session: Session) -> Actor | None:
    """The active staff account whose login this session is, with the roles it holds."""
    user = session.scalar(
        sa.select(StaffUser).where(
            StaffUser.db_role == sa.literal_column("session_user"), StaffUser.active.is_(True)
        )
    )
    if user is None:
        return None
    groups = {group_role(role): role for role in Role}
    held = session.scalars(ROLES_HELD, {"roles": list(groups)})
    return Actor(user.id, user.username, user.full_name, frozenset(groups[g] for g in held))
