"""The demo's 窗口现场审批: most applications for a window-authorised item, materials complete,
are accepted, granted, made and handed over by an authorised window clerk in one sitting,
minutes apart on the day of acceptance, as `services/documents/window_desk` does them."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop.domain.enums import CaseStatus, OpinionLevel
from desktop.services.demo.moments import office_ceiling, office_seconds

# Of the window-authorised applications that are not running late, the share decided on the
# spot; the rest (an applicant who cannot wait, a question for the back office) go to the pool.
SPOT_SHARE = 0.5
OPINION = "申请材料齐全，符合法定条件、标准，当场准予许可。"
# Minutes from acceptance to the decision, the licence and the hand-over.
STEPS = (
    ("approve", CaseStatus.APPROVED, OPINION),
    ("issue_certificate", CaseStatus.CERTIFICATE_ISSUED, "制证完成"),
    ("deliver", CaseStatus.DELIVERED, "统一窗口出件，申请人签收"),
)
WORK = {"data": {"grant": True, "level": OpinionLevel.WINDOW.label, "on_the_spot": True}}


def sitting_moments(rng: random.Random, accepted_at: datetime) -> list[datetime] | None:
    """When each step of the sitting happens: a few minutes apart, all within the office
    hours of the day of acceptance and before now; None when the day has no room left."""
    moments, at = [], accepted_at
    for _ in STEPS:
        at = at + timedelta(minutes=rng.randint(3, 12))
        moments.append(at)
    day = accepted_at.date()
    if (
        at.date() != day
        or office_seconds(at) - office_seconds(accepted_at) != (at - accepted_at).total_seconds()
    ):
        return None  # over the lunch break or the end of the day
    if office_seconds(at) > office_ceiling(day):
        return None  # still to come today
    return moments


def on_the_spot(rng: random.Random, window_authorised: bool, late: bool, clerks: list[int]) -> bool:
    """Whether this case is decided at the window (one draw, only for window items)."""
    if not window_authorised or late or not clerks:
        return False
    return rng.random() < SPOT_SHARE
