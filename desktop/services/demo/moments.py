"""Moments for demo records: in office hours (8:30–12:00, 14:00–17:30 China time, on the
working days the callers pick), and never in the future, since the demo's "today" may be today.

Office time is counted in seconds from 8:30 of a day: 0 … OFFICE_SECONDS (7 hours).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop.domain.timezone import CHINA
from desktop.services import timesource

MORNING = (time(8, 30), time(12, 0))
AFTERNOON = (time(14, 0), time(17, 30))
MORNING_SECONDS = 3 * 3600 + 1800
OFFICE_SECONDS = 2 * MORNING_SECONDS


def latest() -> datetime:
    """A minute ago on the services' clock (the demo's today, when it stands on one)."""
    return timesource.now().astimezone(CHINA) - timedelta(minutes=1)


def demo_today() -> date:
    """Today in China, or yesterday before office hours begin (nothing has happened yet today)."""
    now = latest()
    return now.date() if now.time() >= MORNING[0] else now.date() - timedelta(days=1)


def _seconds(clock: time) -> int:
    return clock.hour * 3600 + clock.minute * 60 + clock.second


def office_seconds(moment: datetime) -> int:
    """Office time gone on the moment's day by the moment (0 before 8:30, all after 17:30)."""
    clock = _seconds(moment.astimezone(CHINA).time())
    morning = min(max(clock - _seconds(MORNING[0]), 0), MORNING_SECONDS)
    afternoon = min(max(clock - _seconds(AFTERNOON[0]), 0), MORNING_SECONDS)
    return morning + afternoon


def office_moment(day: date, seconds: int) -> datetime:
    """The moment `seconds` of office time into `day` (clamped to the office day)."""
    seconds = min(max(seconds, 0), OFFICE_SECONDS - 1)
    start = MORNING[0] if seconds < MORNING_SECONDS else AFTERNOON[0]
    offset = seconds if seconds < MORNING_SECONDS else seconds - MORNING_SECONDS
    return datetime.combine(day, start, CHINA) + timedelta(seconds=offset)


def office_ceiling(day: date) -> int:
    """How much of `day`'s office time has passed by now: all of it for a past day."""
    now = latest()
    if day < now.date():
        return OFFICE_SECONDS
    return office_seconds(now) if day == now.date() else 0


def moment_on(day: date, hour: int) -> datetime:
    """`hour` o'clock on `day` in China (an office hour), or the last office moment before now
    if that is still to come."""
    wanted = office_seconds(datetime.combine(day, time(hour), CHINA))
    return office_moment(day, min(wanted, max(office_ceiling(day) - 60, 0)))
