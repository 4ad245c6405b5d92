"""Why a case is due when it is: every due date explained (start, counted days, pauses,
holidays skipped, make-up days counted, extension), for people and for scripts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.domain.clock import (
    DEFAULT_YELLOW_SHARE,
    Pause,
    WarningLevel,
    due_date,
    remaining_working_days,
    warning_level,
)
from desktop.domain.due_words import PROMISED, STATUTORY, due_phrases
from desktop.domain.phrases import Phrase
from desktop.domain.workdays import WorkCalendar


@dataclass(frozen=True)
class PauseExplanation:
    kind: str
    stopped_on: date
    resumed_on: date | None
    excluded_working_days: int


@dataclass(frozen=True)
class ClockExplanation:
    """One clock (statutory or promised) counted from acceptance."""

    name: str
    start: date
    limit_days: int
    extension_days: int
    due: date
    provisional: bool
    pauses: list[PauseExplanation]
    holidays_skipped: list[date]
    makeup_days_counted: list[date]


@dataclass(frozen=True)
class StepExplanation:
    """One step of the back-office flow with its own limit (electronic supervision)."""

    name: str
    limit_days: int
    started_on: date | None
    due: date | None
    done_on: date | None
    late: bool
    warning: WarningLevel = WarningLevel.NORMAL


@dataclass(frozen=True)
class StepInput:
    name: str
    limit_days: int
    started_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class CalendarNote:
    """The calendar version a case's stored dates were counted by (None: not recorded,
    0: the calendar as first entered), the one in force, and the stored promised due date
    when it differs from today's count (a closed case keeps what it was decided under)."""

    version: int | None
    current: int
    changed_on: date | None = None
    stored_due: date | None = None


@dataclass
class DueExplanation:
    today: date
    statutory: ClockExplanation
    promised: ClockExplanation
    warning: WarningLevel
    remaining_working_days: int
    stopped_on: date | None  # the decision (or closing) day that stopped the clock
    steps: list[StepExplanation] = field(default_factory=list)
    calendar: CalendarNote | None = None

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))

    def lines(self) -> list[str]:
        """The reasoning in Chinese words, as a supervisor would read it out."""
        return [str(phrase) for phrase in self.phrases()]

    def phrases(self) -> list[Phrase]:
        """The reasoning as phrases, for the UI to say in its own language."""
        return due_phrases(self)


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, enums as their values."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _clock(
    calendar: WorkCalendar,
    name: str,
    start: date,
    limit: int,
    pauses: list[Pause],
    extension: int,
    today: date,
) -> ClockExplanation:
    due = due_date(calendar, start, limit, pauses, extension, today)
    # The workflow never pauses twice at once (each pause is a status), so pauses are disjoint.
    explained = [
        PauseExplanation(
            kind=str(pause.kind),
            stopped_on=pause.stopped_on,
            resumed_on=pause.resumed_on,
            excluded_working_days=calendar.working_days_between(
                max(pause.stopped_on, start), max(pause.resumed_on or today, pause.stopped_on)
            ),
        )
        for pause in sorted(pauses, key=lambda p: p.stopped_on)
        if pause.stopped_on < due.day
    ]
    return ClockExplanation(
        name=name,
        start=start,
        limit_days=limit,
        extension_days=extension,
        due=due.day,
        provisional=due.provisional,
        pauses=explained,
        holidays_skipped=calendar.holidays_between(start, due.day),
        makeup_days_counted=calendar.makeup_days_between(start, due.day),
    )


def explain_due_dates(
    calendar: WorkCalendar,
    *,
    accepted_on: date,
    statutory_days: int,
    promised_days: int,
    pauses: list[Pause],
    extension_days: int,
    today: date,
    stopped_on: date | None,
    steps: tuple[StepInput, ...] = (),
    yellow_share: float = DEFAULT_YELLOW_SHARE,
) -> DueExplanation:
    """All clocks of one case. `stopped_on`: the decision or closing day, if any."""
    as_of = stopped_on or today
    promised = _clock(calendar, PROMISED, accepted_on, promised_days, pauses, extension_days, as_of)
    statutory = _clock(
        calendar, STATUTORY, accepted_on, statutory_days, pauses, extension_days, as_of
    )
    level = warning_level(
        calendar,
        accepted_on,
        promised_days,
        promised.due,
        pauses,
        as_of,
        yellow_share,
        extension_days,
    )
    if stopped_on and level is WarningLevel.YELLOW:
        level = WarningLevel.NORMAL  # decided in time: nothing left to warn about
    explained_steps = []
    for step in steps:
        if step.started_on is None:
            explained_steps.append(
                StepExplanation(step.name, step.limit_days, None, None, None, False)
            )
            continue
        until = step.done_on or today
        due = due_date(calendar, step.started_on, step.limit_days, pauses, 0, until).day
        step_level = warning_level(
            calendar, step.started_on, step.limit_days, due, pauses, until, yellow_share
        )
        if step.done_on and step_level is WarningLevel.YELLOW:
            step_level = WarningLevel.NORMAL  # finished in time
        explained_steps.append(
            StepExplanation(
                step.name,
                step.limit_days,
                step.started_on,
                due,
                step.done_on,
                until > due,
                step_level,
            )
        )
    return DueExplanation(
        today=today,
        statutory=statutory,
        promised=promised,
        warning=level,
        remaining_working_days=remaining_working_days(calendar, as_of, promised.due),
        stopped_on=stopped_on,
        steps=explained_steps,
    )
