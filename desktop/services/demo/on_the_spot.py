"""The demo's 窗口现场审批: most window-item cases the simulation granted on their day of
acceptance, with nothing else on the way, become one sitting of an authorised window clerk
(accepted, granted, made and handed over minutes apart, as `services/documents/window_desk`
does it). The rewrite draws from its own stream, so every other case stays as it was."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain.enums import CaseStatus, OpinionLevel
from desktop.services.demo.moments import office_ceiling, office_seconds

if TYPE_CHECKING:
    from desktop.services.demo.lifecycle import SimulatedCase

# Of those cases, the share done at the window; the others (an applicant who could not wait,
# a clerk without the authorisation on duty) went through the back office the same day.
SPOT_SHARE = 0.8
OPINION = "申请材料齐全，符合法定条件、标准，当场准予许可。"
SITTING = ("accept", "claim", "approve", "issue_certificate", "deliver")


def sitting_moments(rng: random.Random, accepted_at: datetime) -> list[datetime] | None:
    """When the decision, the licence and the hand-over happen: a few minutes apart, within
    the office hours of the day of acceptance and before now; None when there is no room."""
    moments, at = [], accepted_at
    for _ in range(3):
        at = at + timedelta(minutes=rng.randint(3, 12))
        moments.append(at)
    spent = office_seconds(at) - office_seconds(accepted_at)
    if at.date() != accepted_at.date() or spent != (at - accepted_at).total_seconds():
        return None  # over the lunch break or past the end of the day
    if office_seconds(at) > office_ceiling(at.date()):
        return None  # still to come today
    return moments


def as_sitting(case: SimulatedCase, clerks: list[int]) -> bool:
    """Rewrite a same-day grant of a window item as a window clerk's sitting; False (and the
    case unchanged) when it does not qualify or its draw keeps it in the back office."""
    if [e.action for e in case.events] != list(SITTING) or case.urges or case.pauses:
        return False
    accept, _, approve, made, delivered = case.events
    if approve.at.date() != accept.at.date():
        return False
    rng = random.Random(f"demo/on-the-spot/{accept.at.isoformat()}")
    moments = sitting_moments(rng, accept.at) if rng.random() < SPOT_SHARE else None
    if moments is None:
        return False
    clerk = rng.choice(clerks)
    data = {"grant": True, "level": OpinionLevel.WINDOW.label, "on_the_spot": True}
    case.events = [
        replace(accept, actor_id=clerk),
        replace(
            approve,
            at=moments[0],
            actor_id=clerk,
            from_status=CaseStatus.RECEIVED,
            reason=OPINION,
            data=data,
        ),
        replace(made, at=moments[1], actor_id=clerk),
        replace(delivered, at=moments[2], actor_id=clerk),
    ]
    case.handler_id = None
    case.decided_on, case.closed_on = moments[0].date(), moments[2].date()
    return True
