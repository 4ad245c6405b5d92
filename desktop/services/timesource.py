"""The current moment for services, in one place so tests can set the date."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.timezone import china_now


def now() -> datetime:
    return china_now()


def today() -> date:
    return now().date()
