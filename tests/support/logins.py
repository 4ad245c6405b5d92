"""Staff logins in test databases: give accounts their own PostgreSQL login, connect as them."""

from __future__ import annotations

from collections.abc import Iterable

import psycopg
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import make_engine, session_factory
from desktop.data.logins import link_logins

PASSWORD = "Staff#2026pw"


def give_logins(
    sessions: sessionmaker[Session], usernames: Iterable[str], password: str = PASSWORD
) -> None:
    """As the DBA: a login for each existing account (roles follow its staff_roles rows)."""
    with sessions() as session, session.begin():
        link_logins(session, usernames, password)


def staff_url(db_url: sa.URL, username: str, password: str = PASSWORD) -> sa.URL:
    return db_url.set(username=username, password=password)


def staff_sessions(
    db_url: sa.URL, username: str, password: str = PASSWORD
) -> sessionmaker[Session]:
    """The application's sessions as that staff member (their own engine)."""
    return session_factory(make_engine(staff_url(db_url, username, password)))


def connect_as(db_url: sa.URL, username: str, password: str = PASSWORD) -> psycopg.Connection:
    """A raw psycopg connection as the staff member, autocommit: SQL as a user would type it."""
    url = staff_url(db_url, username, password).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
