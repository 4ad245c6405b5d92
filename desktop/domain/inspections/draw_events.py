"""What the append-only draw log records after a draw's seed: its result, and every
later change to the inspections it planned."""

from __future__ import annotations

from enum import StrEnum


class DrawEvent(StrEnum):
    RESULT = "result"  # the plan as computed from the recorded seed and snapshot
    FAILED = "failed"  # the computation stopped with an error; the seed stays on record
    ABANDONED = "abandoned"  # the pool changed while computing: nothing was stored
    REPLACEMENT = "replacement"  # a member declined or declared a conflict
    OVERRIDE = "override"  # a coordinator set the team by hand, with a reason
    RESCHEDULE = "reschedule"  # the same team at another half-day
    POSTPONE = "postpone"  # back to the pending requests with a new window
    CANCEL = "cancel"

    @property
    def label(self) -> str:
        return DRAW_EVENT_LABELS[self]


DRAW_EVENT_LABELS = {
    DrawEvent.RESULT: "抽取结果",
    DrawEvent.FAILED: "抽取失败",
    DrawEvent.ABANDONED: "人才库已变化，结果未保存",
    DrawEvent.REPLACEMENT: "补抽替换",
    DrawEvent.OVERRIDE: "人工指定",
    DrawEvent.RESCHEDULE: "改期",
    DrawEvent.POSTPONE: "延期",
    DrawEvent.CANCEL: "取消",
}
