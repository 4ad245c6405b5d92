"""Errors of the database layer, each with a one-line Chinese explanation of what to do."""

from __future__ import annotations


class DatabaseError(Exception):
    """Base of database-layer errors that are shown to people as they are."""


class BadDatabaseUrl(DatabaseError):
    pass


class DatabaseMissing(DatabaseError):
    pass


class DatabaseUnreachable(DatabaseError):
    pass


class SchemaTooNew(DatabaseError):
    pass


class SchemaOutOfDate(DatabaseError):
    pass
