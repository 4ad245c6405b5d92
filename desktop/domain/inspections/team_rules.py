"""The hard rules for one team at one half-day, for teams a coordinator sets by hand.

A drawn team satisfies these by construction; a manual override, a reschedule or a
team after a replacement is checked here before it is stored. The rules are restated
plainly (the README, "Inspections": at least two inspectors, 行政许可法 art. 34; recusal
modelled on 政府采购法实施条例 art. 9) so each breach can be named to the coordinator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.inspections.pool import InspectionRequest, PoolSnapshot, Slot
from desktop.domain.inspections.recusal import RECUSAL_LABELS, tie_in_force, tie_matches

MINIMUM_TEAM = 2  # ALL art. 34: substantive verification needs at least two staff


class TeamRule(StrEnum):
    NOT_A_WORKING_DAY = "not_a_working_day"
    OUTSIDE_WINDOW = "outside_window"
    TOO_FEW = "too_few"
    UNKNOWN_INSPECTOR = "unknown_inspector"
    NO_DEPARTMENT_MEMBER = "no_department_member"
    SPECIALTY_NOT_COVERED = "specialty_not_covered"
    INACTIVE = "inactive"
    RECUSAL = "recusal"
    ON_LEAVE = "on_leave"
    DOUBLE_BOOKED = "double_booked"
    OVER_CAPACITY = "over_capacity"

    @property
    def label(self) -> str:
        return TEAM_RULE_LABELS[self]


TEAM_RULE_LABELS = {
    TeamRule.NOT_A_WORKING_DAY: "踏勘只能安排在工作日",
    TeamRule.OUTSIDE_WINDOW: "日期不在申请的踏勘时间窗内",
    TeamRule.TOO_FEW: "踏勘组至少两人",
    TeamRule.UNKNOWN_INSPECTOR: "不在踏勘人才库中",
    TeamRule.NO_DEPARTMENT_MEMBER: "踏勘组须有责任部门人员",
    TeamRule.SPECIALTY_NOT_COVERED: "踏勘组须覆盖所需专业",
    TeamRule.INACTIVE: "已停用",
    TeamRule.RECUSAL: "应当回避",
    TeamRule.ON_LEAVE: "该半天请假或另有公务",
    TeamRule.DOUBLE_BOOKED: "该半天已有其他踏勘",
    TeamRule.OVER_CAPACITY: "超过每日踏勘上限",
}


@dataclass(frozen=True)
class Breach:
    """One broken rule; `inspector_id` is None for rules about the whole team."""

    rule: TeamRule
    inspector_id: int | None = None
    detail: str = ""

    def describe(self, names: dict[int, str]) -> str:
        who = "" if self.inspector_id is None else f"{names.get(self.inspector_id, '')}："
        tail = f"（{self.detail}）" if self.detail else ""
        return f"{who}{self.rule.label}{tail}"


def team_breaches(
    snapshot: PoolSnapshot, request: InspectionRequest, slot: Slot, member_ids: Sequence[int]
) -> list[Breach]:
    """Every hard rule the team `member_ids` at `slot` would break, in a fixed order.

    `snapshot` must not book this inspection's own current team, or everyone on it would
    count as double-booked with themselves."""
    found: list[Breach] = []
    if slot.day not in snapshot.working_days:
        found.append(Breach(TeamRule.NOT_A_WORKING_DAY, detail=slot.day.isoformat()))
    if not request.window_start <= slot.day <= request.window_end:
        span = f"{request.window_start.isoformat()}—{request.window_end.isoformat()}"
        found.append(Breach(TeamRule.OUTSIDE_WINDOW, detail=span))
    ids = sorted(set(member_ids))
    if len(ids) < MINIMUM_TEAM:
        found.append(Breach(TeamRule.TOO_FEW, detail=f"现为{len(ids)}人"))
    pool = {p.id for p in snapshot.inspectors}
    known = [i for i in ids if i in pool]
    found.extend(Breach(TeamRule.UNKNOWN_INSPECTOR, i) for i in ids if i not in known)
    people = [snapshot.inspector(i) for i in known]
    if not any(p.department_id == request.department_id for p in people):
        found.append(Breach(TeamRule.NO_DEPARTMENT_MEMBER))
    held = frozenset().union(*(p.specialties for p in people))
    missing = sorted(request.required_specialties - held)
    if missing:
        found.append(Breach(TeamRule.SPECIALTY_NOT_COVERED, detail="、".join(missing)))
    for person in people:
        if not person.active:
            found.append(Breach(TeamRule.INACTIVE, person.id))
        for tie in snapshot.ties_of(person.id):
            if tie_matches(tie, request) and tie_in_force(tie, snapshot.as_of):
                found.append(Breach(TeamRule.RECUSAL, person.id, RECUSAL_LABELS[tie.kind]))
        if slot in person.unavailable:
            found.append(Breach(TeamRule.ON_LEAVE, person.id, str(slot)))
        if slot in person.booked:
            found.append(Breach(TeamRule.DOUBLE_BOOKED, person.id, str(slot)))
        elif person.booked_on(slot.day) >= person.daily_capacity:
            detail = f"每日{person.daily_capacity}次"
            found.append(Breach(TeamRule.OVER_CAPACITY, person.id, detail))
    return found
