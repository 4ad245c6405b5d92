"""Fast bulk inserts for large loads (demo data, imports) on both backends.

Rows are first *prepared* for a dialect (plain, picklable values, so a worker process can
do it) and then *executed* on a connection in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from desktop.data.models import Base
from desktop.data.security.audit_sql import AUDITED_TABLES


@dataclass(frozen=True)
class PreparedRows:
    """Rows ready for one table: a driver statement with tuples, or dicts for SQLAlchemy."""

    table: str
    sql: str | None
    values: list[Any]


def prepare_rows(dialect: Dialect, table: sa.Table, rows: Sequence[dict[str, Any]]) -> PreparedRows:
    """On SQLite, SQLAlchemy's per-row parameter handling costs more than the insert itself,
    so values go through each column type's own bind processor into driver-ready tuples.
    PostgreSQL keeps SQLAlchemy's batched multi-row INSERT (dicts)."""
    if not rows or dialect.name != "sqlite":
        return PreparedRows(table.name, None, list(rows))
    names = list(rows[0])
    defaults = _python_defaults(table, names)
    if defaults:
        rows = [{**defaults, **row} for row in rows]
        names += list(defaults)
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    # Column by column, then zipped: far fewer Python frames than converting row by row.
    columns = [
        [row[name] for row in rows] if process is None else [process(row[name]) for row in rows]
        for name, process in zip(names, processors, strict=True)
    ]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    return PreparedRows(table.name, sql, list(zip(*columns, strict=True)))


def execute_prepared(connection: Connection, prepared: PreparedRows) -> None:
    if not prepared.values:
        return
    if prepared.sql is None:
        connection.execute(Base.metadata.tables[prepared.table].insert(), prepared.values)
    else:
        connection.exec_driver_sql(prepared.sql, prepared.values)


def bulk_insert(session: Session, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows in the session's transaction."""
    connection = session.connection()
    execute_prepared(connection, prepare_rows(connection.dialect, table, rows))


@contextmanager
def recorded_as_one(session: Session, tables: Sequence[str] | None = None) -> Iterator[None]:
    """A bulk load by the DBA (the demo) is recorded by one audit entry of its own, not one
    per row: on PostgreSQL the row-recording insert triggers of `tables` (by default every
    audited table) are off meanwhile, within the load's transaction (a failed load rolls the
    switch back with everything)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    tables = list(AUDITED_TABLES) if tables is None else tables
    for table in tables if postgres else ():
        session.execute(sa.text(f"ALTER TABLE {table} DISABLE TRIGGER desk_audit_inserts"))
    yield
    if postgres and tables:
        # A table with changes whose audit waits for the commit cannot be altered: record
        # them now (the triggers are deferred again afterwards, as they were made).
        session.execute(sa.text("SET CONSTRAINTS ALL IMMEDIATE"))
        session.execute(sa.text("SET CONSTRAINTS ALL DEFERRED"))
    for table in tables if postgres else ():
        session.execute(sa.text(f"ALTER TABLE {table} ENABLE TRIGGER desk_audit_inserts"))


def _python_defaults(table: sa.Table, present: list[str]) -> dict[str, Any]:
    """Values of the Python-side column defaults the rows leave out (evaluated once per call)."""
    values: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.name in present or default is None:
            continue
        if isinstance(default, sa.ColumnDefault):
            values[column.name] = default.arg(None) if default.is_callable else default.arg
    return values
