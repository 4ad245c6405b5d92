"""A connection lost at a chosen moment, without a server to stop: registering a document
fails as the driver fails when the connection drops."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine


def lose_connection(engine: Engine, after: int, times: int | None = 1) -> dict[str, int]:
    """From the `after`-th document registered on, fail `times` registrations (None: every
    one) with the driver's own OperationalError. Returns the live counts."""
    seen = {"inserts": 0, "failed": 0}

    @sa.event.listens_for(engine, "before_cursor_execute")
    def cut(connection, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if not statement.lstrip().upper().startswith("INSERT INTO ISSUED_DOCUMENTS"):
            return
        seen["inserts"] += 1
        if seen["inserts"] > after and (times is None or seen["failed"] < times):
            seen["failed"] += 1
            raise engine.dialect.loaded_dbapi.OperationalError("the connection was lost (drill)")

    return seen
