"""The back office's steps, each with its own limit in working days (electronic supervision
flags a late step as well as a late case): which step a case is in, and when it started.

Review runs from the claim to the proposal (its pauses included, as they stop the clock),
sign-off from the proposal to the decision, the certificate from a grant to its issue, and
delivery from the decision to the hand-over (行政许可法 art. 44). A step that has started
counts from its first start (a send-back does not restart it).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.domain.clock import WarningLevel
from desktop.domain.enums import PAUSE_STEPS, CaseStatus


class Step(StrEnum):
    REVIEW = "review"
    SIGNOFF = "signoff"
    CERTIFICATE = "certificate"
    DELIVERY = "delivery"

    @property
    def label(self) -> str:
        return STEP_LABELS[self]


STEP_LABELS = {
    Step.REVIEW: "审查",
    Step.SIGNOFF: "审批签发",
    Step.CERTIFICATE: "制证",
    Step.DELIVERY: "送达",
}
# The item's limit of each step (a column of `items`).
LIMIT_COLUMNS = {
    Step.REVIEW: "review_limit_days",
    Step.SIGNOFF: "signoff_limit_days",
    Step.CERTIFICATE: "certificate_limit_days",
    Step.DELIVERY: "delivery_limit_days",
}
# History actions whose first occurrence starts a step; the others start at the decision.
STARTED_BY = {Step.REVIEW: ("claim", "assign"), Step.SIGNOFF: ("propose",)}

CURRENT_STEP = {
    CaseStatus.UNDER_REVIEW: Step.REVIEW,
    CaseStatus.SUPPLEMENT_REQUESTED: Step.REVIEW,
    CaseStatus.INSPECTION: Step.REVIEW,
    CaseStatus.SPECIAL_PROCEDURE: Step.REVIEW,
    CaseStatus.DECISION_PROPOSED: Step.SIGNOFF,
    CaseStatus.AWAITING_SIGNOFF: Step.SIGNOFF,
    CaseStatus.APPROVED: Step.CERTIFICATE,
    CaseStatus.REJECTED: Step.DELIVERY,  # a refusal gets no licence
    CaseStatus.CERTIFICATE_ISSUED: Step.DELIVERY,
}


def current_step(status: CaseStatus) -> Step | None:
    """The step a case in `status` is in; None in the pool and once closed."""
    return CURRENT_STEP.get(status)


# While the case is paused its clock stands still: its stored days wait for the restart
# (as the case's own warnings do in the queues).
CLOCK_STANDS = frozenset(PAUSE_STEPS.values())


def step_warning(
    status: CaseStatus, due: date | None, warn: date | None, today: date
) -> WarningLevel:
    """Red past the current step's due day, yellow from its warning day (the stored days,
    which the database keeps current), unless paused; the supervision's SQL says the same."""
    if due is None or status in CLOCK_STANDS:
        return WarningLevel.NORMAL
    if today > due:
        return WarningLevel.RED
    if warn is not None and today >= warn:
        return WarningLevel.YELLOW
    return WarningLevel.NORMAL
