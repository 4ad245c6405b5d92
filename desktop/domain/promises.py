"""容缺受理 as rules: a minor material accepted missing on the applicant's written promise
(容缺受理承诺书) to hand it in by a date, where each promise stands, and whether it holds the
licence back (README, "容缺受理").

The catalogue says per material whether it may be missing at acceptance and whether the
licence may be issued before it arrives (the follow-up then tracked); a promise copies the
second answer when it is made, so a later catalogue edit does not change a given promise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.errors import DomainError

# The longest a promise may run from acceptance, in calendar days: the material must be in
# long before the licence's delivery period ends (ALL art. 44 gives ten working days).
LONGEST_PROMISE_DAYS = 60


class PromiseState(StrEnum):
    """Where a promise stands on a given day."""

    OPEN = "open"  # not yet received, still in time
    KEPT = "kept"  # received on or before the promised day
    KEPT_LATE = "kept_late"  # received, but after the promised day
    OVERDUE = "overdue"  # not received and the promised day has passed

    @property
    def label(self) -> str:
        return PROMISE_STATE_LABELS[self]


PROMISE_STATE_LABELS = {
    PromiseState.OPEN: "未到期",
    PromiseState.KEPT: "按期补交",
    PromiseState.KEPT_LATE: "逾期补交",
    PromiseState.OVERDUE: "逾期未交",
}


def promise_state(promised_on: date, received_on: date | None, today: date) -> PromiseState:
    """The state of a promise due on `promised_on` and received on `received_on` (if at all)."""
    if received_on is not None:
        return PromiseState.KEPT if received_on <= promised_on else PromiseState.KEPT_LATE
    return PromiseState.OVERDUE if today > promised_on else PromiseState.OPEN


@dataclass(frozen=True)
class PromiseTerms:
    """What a material's catalogue entry allows: missing at acceptance, and issued before
    it is received."""

    may_defer: bool
    issue_before_received: bool


class PromiseRefused(DomainError):
    code = "promise_refused"


def check_promise(
    material: str, terms: PromiseTerms | None, accepted_on: date, promised_on: date
) -> None:
    """Refuse a promise the catalogue does not allow, or one dated wrongly."""
    if terms is None:
        raise PromiseRefused("本事项没有材料“{material}”", material=material)
    if not terms.may_defer:
        raise PromiseRefused("材料“{material}”不允许容缺受理：须在受理时提交", material=material)
    if promised_on <= accepted_on:
        raise PromiseRefused(
            "材料“{material}”的承诺补交日期须晚于受理日 {accepted}",
            material=material,
            accepted=accepted_on.isoformat(),
        )
    if (promised_on - accepted_on).days > LONGEST_PROMISE_DAYS:
        raise PromiseRefused(
            "材料“{material}”的承诺补交日期不能晚于受理后 {days} 天",
            material=material,
            days=LONGEST_PROMISE_DAYS,
        )


def holds_licence_back(received_on: date | None, issue_before_received: bool) -> bool:
    """Whether a promise keeps the licence from being issued: the material is not in and
    the catalogue did not allow issuing first."""
    return received_on is None and not issue_before_received
