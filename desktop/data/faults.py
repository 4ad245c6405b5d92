"""What went wrong with the database, by kind: worth retrying (lost connection, server
restart, serialization failure, deadlock) or a refusal by the database's own guards."""

from __future__ import annotations

import sqlalchemy as sa

# SQLSTATEs of failures that a fresh attempt of the whole transaction can get past.
RETRYABLE_STATES = frozenset(
    {
        "40001",  # serialization_failure
        "40P01",  # deadlock_detected
        "55P03",  # lock_not_available
        "57P01",  # admin_shutdown (the server stops, or pg_terminate_backend)
        "57P02",  # crash_shutdown
        "57P03",  # cannot_connect_now (the server is starting up)
    }
)
PERMISSION_DENIED = "42501"


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE the server sent with the error, if it sent one."""
    original = getattr(error, "orig", error)
    return getattr(original, "sqlstate", None)


def server_message(error: BaseException) -> str:
    """The server's own one-line message (without the driver's context lines)."""
    original = getattr(error, "orig", error)
    diag = getattr(original, "diag", None)
    message = getattr(diag, "message_primary", None) if diag is not None else None
    if message:
        return str(message)
    text = str(original).strip()
    return text.splitlines()[0] if text else ""


def is_retryable(error: BaseException) -> bool:
    """True when running the whole transaction again may succeed."""
    if not isinstance(error, sa.exc.DBAPIError):
        return False
    if error.connection_invalidated:
        return True  # the connection went away: a new one is made on the next attempt
    state = sqlstate(error)
    if state is not None:
        return state in RETRYABLE_STATES or state.startswith("08")  # connection exceptions
    if isinstance(error, sa.exc.OperationalError):
        text = str(error.orig).lower()
        # No SQLSTATE: the server could not be reached at all, or SQLite was busy.
        return "database is locked" in text or "connection" in text or "server" in text
    return False


def is_permission_denied(error: BaseException) -> bool:
    return isinstance(error, sa.exc.DBAPIError) and sqlstate(error) == PERMISSION_DENIED


# SQLite's own words for a file that is not a database, or a damaged one.
DAMAGED_FILE = ("file is not a database", "database disk image is malformed")


def is_damaged_file(error: BaseException) -> bool:
    """True when SQLite found the file is no database or a damaged one (any statement may)."""
    if not isinstance(error, sa.exc.DatabaseError):
        return False
    text = str(error.orig).lower()
    return any(words in text for words in DAMAGED_FILE)
