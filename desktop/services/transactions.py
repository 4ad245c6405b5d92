"""Every service call in a transaction of its own that survives faults: serialization
failures, deadlocks, a killed connection, a restarting server. The whole transaction is
run again (after a short, growing pause) until it commits or a deadline passes.

A write carries an idempotency key, one per user action and the same for every attempt,
stored in the action's own transaction. When the connection drops while committing, the
program cannot know whether the commit happened; the next attempt finds the key and does
nothing a second time (the action is reported as already done).
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import read_only_sessions
from desktop.data.faults import is_retryable
from desktop.data.idempotency import claim_key
from desktop.domain.actor import Actor

log = logging.getLogger("desktop.services.transactions")
T = TypeVar("T")

# A server restart takes seconds; an office PC keeps trying for a minute, then says so.
RETRY_FOR_SECONDS = 60.0
FIRST_PAUSE, LONGEST_PAUSE = 0.05, 2.0

Retrying = Callable[[int, BaseException], None]  # (attempt number, what failed)


class AlreadyDone:
    """The result of an action whose commit was found already made by an earlier attempt
    (its reply was lost). Falsy, so callers that only wait for success carry on."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return f"AlreadyDone({self.key!r})"


def new_key() -> str:
    """A fresh idempotency key for one user action."""
    return str(uuid.uuid4())


def run_write(
    sessions: sessionmaker[Session],
    actor: Actor,
    service: Callable[..., T],
    *args: Any,
    key: str | None = None,
    on_retry: Retrying | None = None,
    deadline: float | None = None,
    **kwargs: Any,
) -> T | AlreadyDone:
    """Run `service(session, actor, *args, **kwargs)` in a transaction, retried on faults,
    applied at most once for `key` (a new key when none is given)."""
    key = key or new_key()
    name = getattr(service, "__name__", "action")

    def attempt() -> T | AlreadyDone:
        with sessions() as session, session.begin():
            if not claim_key(session, key, actor.username, name):
                return AlreadyDone(key)
            return service(session, actor, *args, **kwargs)

    return retrying(attempt, on_retry=on_retry, deadline=deadline)


def run_read(
    sessions: sessionmaker[Session],
    actor: Actor,
    service: Callable[..., T],
    *args: Any,
    on_retry: Retrying | None = None,
    deadline: float | None = None,
    **kwargs: Any,
) -> T:
    """Run a read-only service in a fresh session, retried on faults; on SQLite it reads
    beside a writer instead of waiting for it (a batch of licences does not stall the
    window's queues)."""
    readers = read_only_sessions(sessions)

    def attempt() -> T:
        with readers() as session:
            return service(session, actor, *args, **kwargs)

    return retrying(attempt, on_retry=on_retry, deadline=deadline)


def retrying(
    attempt: Callable[[], T], *, on_retry: Retrying | None = None, deadline: float | None = None
) -> T:
    """Call `attempt` until it returns; retry what `is_retryable` says may pass, for
    `deadline` seconds (RETRY_FOR_SECONDS when not given)."""
    started, pause, number = time.monotonic(), FIRST_PAUSE, 1
    deadline = RETRY_FOR_SECONDS if deadline is None else deadline
    while True:
        try:
            return attempt()
        except sa.exc.DBAPIError as error:
            if not is_retryable(error) or time.monotonic() - started > deadline:
                raise
            log.info("attempt %d failed, retrying: %s", number, error.orig)
            if on_retry is not None:
                on_retry(number, error)
        time.sleep(pause * random.uniform(0.5, 1.5))  # spread out the clients coming back
        pause, number = min(pause * 2, LONGEST_PAUSE), number + 1
