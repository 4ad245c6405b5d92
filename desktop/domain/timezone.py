"""China Standard Time: a fixed UTC+8 offset (no daylight saving; no tz database needed)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "CST")


def china_now() -> datetime:
    return datetime.now(CHINA)


def china_today() -> date:
    """Today's date in China, whatever the PC's own zone."""
    return china_now().date()
