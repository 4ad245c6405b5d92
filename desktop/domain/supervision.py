"""Named values of supervision: rating levels (好差评), follow-up states, ticket steps."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class RatingLevel(IntEnum):
    """The five levels of the national 好差评 scale, 5 the best."""

    VERY_SATISFIED = 5
    SATISFIED = 4
    FAIRLY_SATISFIED = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1

    @property
    def label(self) -> str:
        return RATING_LABELS[self]

    @property
    def poor(self) -> bool:
        """A poor rating (差评) must be followed up, fixed and answered."""
        return self <= POOR_AT_MOST


RATING_LABELS = {
    RatingLevel.VERY_SATISFIED: "非常满意",
    RatingLevel.SATISFIED: "满意",
    RatingLevel.FAIRLY_SATISFIED: "基本满意",
    RatingLevel.DISSATISFIED: "不满意",
    RatingLevel.VERY_DISSATISFIED: "非常不满意",
}
POOR_AT_MOST = RatingLevel.DISSATISFIED


class FollowUpStatus(StrEnum):
    """A poor rating's follow-up: opened, the cause fixed (整改), the applicant answered (回访)."""

    OPEN = "open"
    FIXED = "fixed"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"open": "待整改", "fixed": "已整改待回访", "closed": "已回访办结"}[self.value]


class TicketStep(StrEnum):
    """What happened to a hotline or complaint ticket (its history)."""

    OPEN = "open"
    REPLY = "reply"
    ESCALATE = "escalate"
    CLOSE = "close"

    @property
    def label(self) -> str:
        return {"open": "登记", "reply": "答复", "escalate": "升级督办", "close": "办结"}[
            self.value
        ]


class UrgeLevel(StrEnum):
    """How late a case was when a supervisor urged it: due soon (yellow) or overdue (red)."""

    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self) -> str:
        return {"yellow": "黄牌督办", "red": "红牌督办"}[self.value]


TICKET_KIND_LABELS = {"hotline": "热线咨询", "complaint": "投诉"}
TICKET_STATUS_LABELS = {"open": "待答复", "answered": "已答复", "closed": "已办结"}
