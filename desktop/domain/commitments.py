"""告知承诺制 as data: what an item's commitment promises, the post-check (核查) and its
results, and where a check stands on a day.

The procedure follows 国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见
(国办发〔2020〕42号): the bureau states the conditions in writing, the applicant commits in
writing that they are met, the decision is made on the spot (当场作出审批决定) and the
supervising department checks the commitment afterwards within a set time; a commitment
found false leads to revocation of the licence (行政许可法 art. 69(2): a licence obtained by
deception is revoked).

Why the handler decides at once, without a sign-off, on a one-day clock: the commitment
replaces the substantive review, so there is nothing for a reviewer to check that the
handler has not checked (the commitment is signed and covers every listed condition); the
front desk accepts and the back office decides, so "on the spot" is measured as one working
day (the catalogue holds such an item's promised limit to 1, and the transition rules give
its decision to the handler: `ItemRule.COMMITMENT` in domain/workflow.py).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop.domain.errors import DomainError

CONDITION_SEPARATOR = "；"
DEFAULT_CHECK_DAYS = 20  # working days after the decision, unless the catalogue says
MAX_CHECK_DAYS = 120
COMMITMENT_PROMISED_DAYS = 1  # the decision on a commitment: the next working day at most
MAX_FINDINGS = 2000


class CheckResult(StrEnum):
    """The post-check's conclusion: the commitment was true, or false."""

    TRUE = "true"
    FALSE = "false"

    @property
    def label(self) -> str:
        return CHECK_RESULT_LABELS[self]


CHECK_RESULT_LABELS = {CheckResult.TRUE: "属实", CheckResult.FALSE: "不实"}
CHECK_RESULT_NAMES = {label: result for result, label in CHECK_RESULT_LABELS.items()}


class CheckState(StrEnum):
    """Where a post-check stands on a day (never stored: read from the row and the day)."""

    WAITING = "waiting"  # the case is not decided yet: no check runs
    OPEN = "open"
    OVERDUE = "overdue"
    TRUE = "true"
    FALSE = "false"

    @property
    def label(self) -> str:
        return CHECK_STATE_LABELS[self]


CHECK_STATE_LABELS = {
    CheckState.WAITING: "待决定",
    CheckState.OPEN: "待核查",
    CheckState.OVERDUE: "逾期未核查",
    CheckState.TRUE: "属实",
    CheckState.FALSE: "不实",
}


class CommitmentRefused(DomainError):
    code = "commitment_refused"


def conditions_of(text: str) -> tuple[str, ...]:
    """The catalogue's conditions, one per clause of the text (separated by ；)."""
    return tuple(part.strip() for part in text.replace(";", "；").split("；") if part.strip())


def check_state(result: CheckResult | None, due_on: date | None, day: date) -> CheckState:
    if result is not None:
        return CheckState(result.value)
    if due_on is None:
        return CheckState.WAITING
    return CheckState.OVERDUE if due_on < day else CheckState.OPEN


def check_result(
    result: CheckResult | None,
    new: CheckResult,
    findings: str,
    checker: str,
    checked_on: date,
    decided_on: date | None,
    today: date,
) -> None:
    """Refuse a check result that cannot be recorded: once only (a commitment found false is
    never found true after), on a decided case, with the checking officer named, dated no
    later than today nor before the decision, and with findings when false."""
    if result is CheckResult.FALSE and new is CheckResult.TRUE:
        raise CommitmentRefused("该承诺已核查为“不实”，不能再认定为“属实”")
    if result is not None:
        raise CommitmentRefused("该承诺的核查结果已记录为“{result}”，不能更改", result=result.label)
    if decided_on is None:
        raise CommitmentRefused("办件尚未作出决定，还没有核查任务")
    if not checker.strip() or len(checker.strip()) > 64:
        raise CommitmentRefused("请填写核查人员（不超过 64 字）")
    if checked_on > today or checked_on < decided_on:
        raise CommitmentRefused(
            "核查日期应在决定日 {decided} 至今天 {today} 之间",
            decided=decided_on.isoformat(),
            today=today.isoformat(),
        )
    if len(findings) > MAX_FINDINGS:
        raise CommitmentRefused("核查情况不能超过 {n} 字", n=MAX_FINDINGS)
    if new is CheckResult.FALSE and len(findings.strip()) < 4:
        raise CommitmentRefused("核查不实的，须写明与承诺不符的事实")
