"""The one door from the windows and the command line to the database: where it is, opening
it, saying which it is, checking it, and hearing that cases changed (README, "How it is built").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.data import schema_version
from desktop.data.database import (
    ENV_VAR,
    REPORTING_ENV_VAR,
    check_reachable,
    default_sqlite_path,
    describe,
    make_engine,
    parse_url,
    reporting_sessions,
    reporting_url,
    resolve_url,
    server_hosts,
    session_factory,
    standby_lag,
)
from desktop.data.notifications import CaseListener, supports_notifications
from desktop.domain.actor import Actor

# Names the windows annotate with, so that they need not import SQLAlchemy themselves.
DatabaseUrl = URL
Sessions = sessionmaker[Session]

__all__ = [
    "ENV_VAR",
    "REPORTING_ENV_VAR",
    "CaseListener",
    "DatabaseUrl",
    "Engine",
    "Session",
    "Sessions",
    "check_reachable",
    "check_server",
    "connect",
    "default_sqlite_path",
    "describe",
    "listen_for_case_changes",
    "make_engine",
    "open_sessions",
    "parse_url",
    "reporting_sessions",
    "reporting_url",
    "resolve_url",
    "server_hosts",
    "server_url",
    "session_factory",
    "standby_lag",
    "standby_lag_of",
    "supports_notifications",
]


def connect(url: URL, *, require_current: bool = True, create: bool = False) -> Engine:
    """An engine on `url` that has answered once and, with `require_current`, holds this
    version's schema; `create` lets a new SQLite file be made (set-up commands only)."""
    engine = make_engine(url, create=create)
    check_reachable(engine)
    if require_current:
        schema_version.ensure_current(engine)
    return engine


def open_sessions(url: URL) -> Sessions:
    """The sessionmaker for a database the start has already checked."""
    return session_factory(make_engine(url))


def server_url(
    *, username: str | None, password: str | None, host: str, port: int, database: str, tls: str
) -> URL:
    """The address of a PostgreSQL server; `tls` is libpq's sslmode. `host` may name a
    primary and its standbys, comma-separated (`db1,db2:5433`): whichever is primary is used."""
    hosts = [name.strip() for name in host.split(",") if name.strip()]
    if len(hosts) < 2:
        one = hosts[0] if hosts else ""
        typed = re.fullmatch(r"(\[[^\]]*\]|[^:]*):(\d+)", one)  # `name:port` typed together
        if typed:
            one, port = typed[1].strip("[]"), int(typed[2])
        return sa.engine.URL.create(
            "postgresql+psycopg",
            username=username,
            password=password,
            host=one,
            port=port,
            database=database,
            query={"sslmode": tls},
        )
    listed = tuple(name if ":" in name else f"{name}:{port}" for name in hosts)
    return sa.engine.URL.create(
        "postgresql+psycopg",
        username=username,
        password=password,
        database=database,
        query={"host": listed, "sslmode": tls, "target_session_attrs": "read-write"},
    )


def standby_lag_of(session: Session, actor: Actor) -> float | None:
    """A read service: how many seconds the reports' server is behind (None: not behind,
    it is the primary)."""
    return standby_lag(session)


def check_server(url: URL) -> None:
    """Connect once and let go, or raise DatabaseUnreachable saying why."""
    engine = make_engine(url)
    try:
        check_reachable(engine)
    finally:
        engine.dispose()


def listen_for_case_changes(
    url: URL, on_changes: Callable[[set[int] | None], None]
) -> CaseListener | None:
    """A listener (not yet started) for changed case ids where the server notifies (None:
    anything may have changed); None where the windows must poll instead."""
    return CaseListener(url, on_changes) if supports_notifications(url) else None
