"""The server's clock, the only one for dates with legal meaning on PostgreSQL, and how far
this PC's clock is from it (README, "The database as the guard")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.actor import Actor
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.case_moves import guarded

# Beyond this the window warns: the PC's clock is wrong, the server's decides.
TOLERANCE_SECONDS = 60.0

SERVER_NOW = sa.text("SELECT public.desk_now()")


@dataclass(frozen=True)
class ClockCheck:
    """The server's time and this PC's at the same moment."""

    server: datetime
    local: datetime

    @property
    def offset_seconds(self) -> float:
        """How far the PC's clock is ahead of the server's (negative: behind)."""
        return (self.local - self.server).total_seconds()

    @property
    def off(self) -> bool:
        return abs(self.offset_seconds) > TOLERANCE_SECONDS


def server_now(session: Session) -> datetime:
    """The server's time in China (on SQLite, where the PC is the server, the services')."""
    if guarded(session):
        return session.scalar(SERVER_NOW).astimezone(CHINA)
    return timesource.now()


def check_clock(session: Session, actor: Actor | None = None) -> ClockCheck:
    """The server's clock against this PC's (any signed-in user may ask)."""
    server = server_now(session)
    return ClockCheck(server, timesource.now())
