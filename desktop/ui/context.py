"""What every window needs: the database, the signed-in actor, and how to call services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop.domain.actor import Actor
from desktop.services.database import DatabaseUrl, Sessions, reporting_sessions, standby_lag_of
from desktop.services.transactions import AlreadyDone, Retrying, run_read, run_write
from desktop.ui.connection_watch import report_retry

T = TypeVar("T")

# Reads give up sooner than writes: the windows poll again anyway, and worker threads
# should not all sit waiting for a server that is away.
READ_RETRY_SECONDS = 8.0
# A standby this far behind is named where its figures are shown (README, "A standby").
LAG_SHOWN_SECONDS = 5.0


@dataclass(frozen=True)
class AppContext:
    url: DatabaseUrl
    sessions: Sessions
    actor: Actor
    on_retry: Retrying = field(default=report_retry, compare=False)

    def read(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a read-only service as the actor in a fresh session (call off the UI thread);
        retried while the connection is lost."""
        return run_read(
            self.sessions,
            self.actor,
            service,
            *args,
            on_retry=self.on_retry,
            deadline=READ_RETRY_SECONDS,
            **kwargs,
        )

    def report(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """As `read`, for the reports (dashboard, statistics, exports, the audit trail): on
        a standby where the address names one, so they do not load the primary."""
        return run_read(
            reporting_sessions(self.sessions),
            self.actor,
            service,
            *args,
            on_retry=self.on_retry,
            deadline=READ_RETRY_SECONDS,
            **kwargs,
        )

    def report_lag(self) -> float | None:
        """Seconds the reports' server is behind, when over LAG_SHOWN_SECONDS; else None."""
        lag = self.report(standby_lag_of)
        return lag if lag is not None and lag > LAG_SHOWN_SECONDS else None

    def write(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T | AlreadyDone:
        """Run one user action as the actor in its own transaction (call off the UI thread).

        Faults are retried with one idempotency key for the action, so a commit whose reply
        was lost is not applied twice; then the result is `AlreadyDone` (falsy).
        """
        return run_write(
            self.sessions, self.actor, service, *args, on_retry=self.on_retry, **kwargs
        )
