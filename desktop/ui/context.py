"""What every window needs: the database, the signed-in actor, and how to call services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.actor import Actor

T = TypeVar("T")


@dataclass(frozen=True)
class AppContext:
    url: URL
    sessions: sessionmaker[Session]
    actor: Actor

    def read(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a read-only service as the actor in a fresh session (call off the UI thread)."""
        with self.sessions() as session:
            return service(session, self.actor, *args, **kwargs)

    def write(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service as the actor in its own transaction (call off the UI thread)."""
        with self.sessions() as session, session.begin():
            return service(session, self.actor, *args, **kwargs)
