"""Errors of the database layer, each a Chinese template that says what to do."""

from __future__ import annotations

from desktop.domain.errors import Explained


class DatabaseError(Explained):
    """Base of database-layer errors that are shown to people as they are."""

    code = "database_error"


class BadDatabaseUrl(DatabaseError):
    code = "bad_database_url"


class DatabaseMissing(DatabaseError):
    code = "database_missing"


class DatabaseUnreachable(DatabaseError):
    code = "database_unreachable"


class DatabaseDamaged(DatabaseError):
    code = "database_damaged"


class SchemaTooNew(DatabaseError):
    code = "schema_too_new"


class SchemaOutOfDate(DatabaseError):
    code = "schema_out_of_date"
