"""The current moment for services, in one place so tests can set the date, and a demo can
stand on another day (`approval-desk --demo --today DAY`): every view that counts by
"today" (queues, the dashboard, the coordinator's week) asks here."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.domain.timezone import china_now

_shift = timedelta(0)  # whole days from the real date to the demo's today


def now() -> datetime:
    return china_now() + _shift


def today() -> date:
    return now().date()


def stand_on(day: date | None) -> timedelta:
    """From now on, `day` is today, at the real time of day (None: the real date again).
    Returns the shift in whole days, for the server's clock to follow (`demo.clock`)."""
    global _shift
    _shift = timedelta(0) if day is None else day - china_now().date()
    return _shift
