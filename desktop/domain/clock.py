"""The legal clock of a case: due dates in working days, with pauses and an extension.

Counting rules (the README, "How it is built"): limits are in working days, holidays not
counted (行政许可法 art. 82); the acceptance day is not counted, the period starts the next
day (Civil Code art. 201); a pause (time not counted, 行政许可法 art. 45) that stops the clock
on day A and restarts it on day B excludes the working days in (A, B]; an extension adds
working days at the end (art. 42); an open pause is counted as running to today.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.workdays import WorkCalendar

DEFAULT_YELLOW_SHARE = 0.9


class WarningLevel(StrEnum):
    NORMAL = "normal"
    YELLOW = "yellow"
    RED = "red"


@dataclass(frozen=True)
class Pause:
    """The clock stood still after `stopped_on` up to and including `resumed_on`."""

    stopped_on: date
    resumed_on: date | None  # None: still paused
    kind: str = ""


@dataclass(frozen=True)
class Due:
    """A due date and whether it rests on a year whose holidays are not yet published."""

    day: date
    provisional: bool


def effective_pauses(start: date, pauses: Iterable[Pause], today: date) -> list[tuple[date, date]]:
    """Pauses as closed-open spans (A, B], clipped to after `start`, open ones ending today,
    sorted and merged where they overlap."""
    spans = []
    for pause in pauses:
        stopped = max(pause.stopped_on, start)
        resumed = pause.resumed_on if pause.resumed_on is not None else max(today, stopped)
        if resumed > stopped:
            spans.append((stopped, resumed))
    spans.sort()
    merged: list[tuple[date, date]] = []
    for stopped, resumed in spans:
        if merged and stopped <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], resumed))
        else:
            merged.append((stopped, resumed))
    return merged


def due_date(
    calendar: WorkCalendar,
    start: date,
    limit_days: int,
    pauses: Sequence[Pause] = (),
    extension_days: int = 0,
    today: date | None = None,
) -> Due:
    """The last working day of a limit counted from `start`, skipping paused working days."""
    remaining = limit_days + extension_days
    cursor = start
    for stopped, resumed in effective_pauses(start, pauses, today or start):
        if resumed <= cursor:
            continue
        available = calendar.working_days_between(cursor, max(stopped, cursor))
        if remaining <= available:
            break
        remaining -= available
        cursor = resumed
    day = calendar.add_working_days(cursor, remaining)
    return Due(day, not calendar.span_is_known(start, day))


def warning_date(
    calendar: WorkCalendar,
    start: date,
    limit_days: int,
    pauses: Sequence[Pause] = (),
    extension_days: int = 0,
    today: date | None = None,
    yellow_share: float = DEFAULT_YELLOW_SHARE,
) -> date:
    """The day a case turns yellow: when the clock has used `yellow_share` of its limit."""
    threshold = math.ceil(yellow_share * (limit_days + extension_days))
    if threshold < 1:
        return start
    return due_date(calendar, start, threshold, pauses, 0, today).day


def paused_working_days(
    calendar: WorkCalendar, start: date, pauses: Sequence[Pause], until: date
) -> int:
    """Working days in (start, until] during which the clock stood still."""
    total = 0
    for stopped, resumed in effective_pauses(start, pauses, until):
        if stopped >= until:
            break
        total += calendar.working_days_between(stopped, min(resumed, until))
    return total


def used_working_days(
    calendar: WorkCalendar, start: date, pauses: Sequence[Pause], until: date
) -> int:
    """Working days the clock ran between acceptance and `until` (the acceptance day excluded)."""
    if until <= start:
        return 0
    return calendar.working_days_between(start, until) - paused_working_days(
        calendar, start, pauses, until
    )


def warning_level(
    calendar: WorkCalendar,
    start: date,
    limit_days: int,
    due: date,
    pauses: Sequence[Pause],
    today: date,
    yellow_share: float = DEFAULT_YELLOW_SHARE,
    extension_days: int = 0,
) -> WarningLevel:
    """Red when past due; yellow once the used share of the limit reaches `yellow_share`."""
    if today > due:
        return WarningLevel.RED
    used = used_working_days(calendar, start, pauses, today)
    if used >= yellow_share * (limit_days + extension_days):
        return WarningLevel.YELLOW
    return WarningLevel.NORMAL


def remaining_working_days(calendar: WorkCalendar, today: date, due: date) -> int:
    """Working days left after today up to the due date; negative when overdue."""
    if due >= today:
        return calendar.working_days_between(today, due)
    return -calendar.working_days_between(due, today)
