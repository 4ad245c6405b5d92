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
from desktop.domain.workdays import WorkCalendar

PAUSE_LABELS = {"supplement": "补正材料", "inspection": "现场踏勘", "special_procedure": "特别程序"}


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


@dataclass
class DueExplanation:
    today: date
    statutory: ClockExplanation
    promised: ClockExplanation
    warning: WarningLevel
    remaining_working_days: int
    stopped_on: date | None  # the decision (or closing) day that stopped the clock
    steps: list[StepExplanation] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))

    def lines(self) -> list[str]:
        """The reasoning in words, as a supervisor would read it out."""
        out = []
        for clock in (self.promised, self.statutory):
            mark = "（暂定：所跨年份的节假日安排尚未公布）" if clock.provisional else ""
            out.append(
                f"{clock.name}：{clock.limit_days} 个工作日，"
                f"自受理日 {clock.start} 的次日起算，至 {clock.due} 届满{mark}"
            )
            if clock.extension_days:
                out.append(f"  延长 {clock.extension_days} 个工作日（已批准）")
            for pause in clock.pauses:
                until = pause.resumed_on or "今日（仍在暂停）"
                out.append(
                    f"  {PAUSE_LABELS.get(pause.kind, pause.kind)}暂停："
                    f"{pause.stopped_on} 停止计时，{until} 恢复，"
                    f"扣除 {pause.excluded_working_days} 个工作日"
                )
            if clock.holidays_skipped:
                out.append("  跳过法定节假日：" + "、".join(map(str, clock.holidays_skipped)))
            if clock.makeup_days_counted:
                out.append("  计入调休工作日：" + "、".join(map(str, clock.makeup_days_counted)))
        state = {
            WarningLevel.NORMAL: "正常",
            WarningLevel.YELLOW: "黄牌预警",
            WarningLevel.RED: "红牌（已超期）",
        }[self.warning]
        if self.stopped_on:
            out.append(f"已于 {self.stopped_on} 作出决定或办结，计时停止：{state}")
        else:
            out.append(
                f"今日 {self.today}：距承诺期限还有 {self.remaining_working_days} 个工作日，{state}"
            )
        for step in self.steps:
            if step.started_on is None:
                continue
            late = {
                WarningLevel.RED: "，超时（红牌）",
                WarningLevel.YELLOW: "，临近到期（黄牌）",
            }.get(step.warning, "")
            done = f"，{step.done_on} 完成" if step.done_on else "，进行中"
            out.append(
                f"环节“{step.name}”：时限 {step.limit_days} 个工作日，"
                f"{step.started_on} 开始，{step.due} 到期{done}{late}"
            )
        return out


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
    promised = _clock(
        calendar, "承诺时限", accepted_on, promised_days, pauses, extension_days, as_of
    )
    statutory = _clock(
        calendar, "法定时限", accepted_on, statutory_days, pauses, extension_days, as_of
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
