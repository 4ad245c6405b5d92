"""Moments for demo records: never in the future, since the demo's "today" may be today."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop.domain.timezone import CHINA


def latest() -> datetime:
    return datetime.now(CHINA) - timedelta(minutes=1)


def moment_on(day: date, hour: int) -> datetime:
    """`hour` o'clock on `day` in China, or just now if that is still to come."""
    return min(datetime.combine(day, time(hour), CHINA), latest())
