"""The pool as the coordinator's 踏勘人才库 tab and `inspectors list` show it: each
inspector with their leave from today on, as periods, and their recusal ties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.domain.actor import Actor
from desktop.domain.enums import HalfDay
from desktop.services import timesource
from desktop.services.inspections.leave import LeaveLine, list_leave
from desktop.services.inspections.pool import InspectorLine, list_inspectors
from desktop.services.inspections.recusal_ties import TieLine, list_ties

LEAVE_HORIZON_DAYS = 366


@dataclass(frozen=True)
class PoolMember:
    inspector: InspectorLine
    leave: tuple[str, ...]  # periods such as "2026-11-17 至 2026-11-18 出差"
    ties: tuple[str, ...]  # such as "任职或持股：某公司（至 2025-11-17）"

    @property
    def id(self) -> int:
        return self.inspector.id


def pool_overview(session: Session, actor: Actor, search: str = "") -> list[PoolMember]:
    today = timesource.today()
    leave = list_leave(session, actor, today, today + timedelta(days=LEAVE_HORIZON_DAYS))
    ties = list_ties(session, actor)
    return [
        PoolMember(
            line,
            leave_periods([x for x in leave if x.inspector_id == line.id]),
            tuple(tie_text(t) for t in ties if t.inspector_id == line.id),
        )
        for line in list_inspectors(session, actor, search)
    ]


def leave_periods(lines: list[LeaveLine]) -> tuple[str, ...]:
    """Consecutive leave days with the same reason as one period; a lone half-day named."""
    by_day: dict[date, tuple[str, set[HalfDay]]] = {}
    for line in lines:
        by_day.setdefault(line.day, (line.reason, set()))[1].add(line.half_day)
    periods: list[str] = []
    days = sorted(by_day)
    runs: list[list[date]] = []
    for day in days:
        if runs and by_day[runs[-1][-1]][0] == by_day[day][0] and _near(runs[-1][-1], day):
            runs[-1].append(day)
        else:
            runs.append([day])
    for run in runs:
        reason, halves = by_day[run[0]]
        if len(run) == 1 and len(halves) == 1:
            half = "上午" if HalfDay.AM in halves else "下午"
            periods.append(f"{run[0].isoformat()}{half} {reason}")
        elif len(run) == 1:
            periods.append(f"{run[0].isoformat()} {reason}")
        else:
            periods.append(f"{run[0].isoformat()} 至 {run[-1].isoformat()} {reason}")
    return tuple(periods)


def _near(before: date, after: date) -> bool:
    """Next to each other, weekends and holidays between counting as joined (<= 4 days)."""
    return (after - before).days <= 4


def tie_text(tie: TieLine) -> str:
    party = "、".join(x for x in (tie.applicant, tie.project_name) if x)
    ended = f"（至 {tie.ended_on.isoformat()}）" if tie.ended_on else ""
    state = "" if tie.in_force else "（已不再回避）"
    return f"{tie.ground}：{party}{ended}{state}"
