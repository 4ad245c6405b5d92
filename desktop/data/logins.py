"""Staff logins on PostgreSQL: SCRAM verifiers made on the PC (the plain password never
leaves it) and calls of the database's user-administration functions."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

USERNAME_PATTERN = r"^[a-z][a-z0-9_]{1,62}$"  # also checked by the database's functions


def scram_verifier(session: Session, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, made by libpq on this PC."""
    raw = session.connection().connection.driver_connection
    verifier = raw.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), username.encode("utf-8"), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def _call(session: Session, function: str, **arguments: object) -> object:
    placeholders = ", ".join(f":{name}" for name in arguments)
    return session.execute(sa.text(f"SELECT public.{function}({placeholders})"), arguments).scalar()


def add_login(
    session: Session,
    username: str,
    full_name: str,
    roles: Iterable[str],
    password: str,
    department_id: int | None,
) -> int:
    """A new staff account with its own login; returns the account's id."""
    return int(
        _call(  # type: ignore[arg-type]
            session,
            "desk_user_add",
            username=username,
            full_name=full_name,
            roles=list(roles),
            verifier=scram_verifier(session, username, password),
            department=department_id,
        )
    )


def link_logins(session: Session, usernames: Iterable[str], password: str) -> None:
    """Give existing accounts (from before logins, or the demo's) logins of their own."""
    verifier = None
    for username in usernames:
        verifier = verifier or scram_verifier(session, username, password)  # salted once
        _call(session, "desk_user_link", username=username, verifier=verifier)


def set_roles(session: Session, username: str, roles: Iterable[str]) -> None:
    _call(session, "desk_user_set_roles", username=username, roles=list(roles))


def set_active(session: Session, username: str, active: bool) -> None:
    _call(session, "desk_user_set_active", username=username, active=active)


def set_password(session: Session, username: str, password: str) -> None:
    verifier = scram_verifier(session, username, password)
    _call(session, "desk_user_set_password", username=username, verifier=verifier)
