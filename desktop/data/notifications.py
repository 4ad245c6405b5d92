"""Listening for case changes on PostgreSQL (LISTEN case_changed) on a thread of its own.

No Qt here: the listener calls back with the changed ids, or with None after a reconnect,
when anything may have changed while it was away.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from desktop.data.database import KEEPALIVES

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger("desktop.data.notifications")
CHANNEL = "case_changed"

Changes = Callable[[set[int] | None], None]


def supports_notifications(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def libpq_conninfo(url: URL) -> str:
    """The address as libpq's key=value string, several hosts as its comma lists (a URL
    with repeated `host=` is SQLAlchemy's form, which libpq would read as the last host)."""
    from psycopg.conninfo import make_conninfo
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    _, arguments = PGDialect_psycopg().create_connect_args(url)
    arguments.pop("context", None)
    return make_conninfo("", **{key: str(value) for key, value in arguments.items()})


class CaseListener:
    """A daemon thread that LISTENs and reports batches of changed case ids."""

    def __init__(self, url: URL, on_changes: Changes, *, batch_seconds: float = 0.3) -> None:
        self._conninfo = libpq_conninfo(url)
        self._on_changes = on_changes
        self._batch_seconds = batch_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="case-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.ident is not None:  # started
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg  # only PostgreSQL windows listen; SQLite ones never load the driver

        first = True
        delay = 1.0
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo, autocommit=True, connect_timeout=5, **KEEPALIVES
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if not first:
                        self._on_changes(None)  # back after a gap: re-query everything
                    first, delay = False, 1.0
                    self._listen(conn)
            except psycopg.Error as error:
                log.info("case listener disconnected: %s", error)
                self._stop.wait(delay)
                delay = min(delay * 2, 15.0)

    def _listen(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            ids: set[int] = set()
            for notice in conn.notifies(timeout=self._batch_seconds):
                if notice.payload.isdigit():
                    ids.add(int(notice.payload))
            if ids:
                self._on_changes(ids)
