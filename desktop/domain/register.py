"""The document register's rules as data: which case statuses and roles may issue each type
of numbered document, and how a number is printed from its serial.

One source for both sides: the services check `may_issue` before numbering, and the
database builds its check of every registered document (data/security/register_sql.py)
from the same `ISSUE_RULES`, so a document the window would not issue cannot be written
into the register by SQL either (README, "The database as the guard").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.enums import DECIDED_STATUSES, Role
from desktop.domain.enums import CaseStatus as S

# The certificate window and the bureau's head issue every type of a case's documents.
DESK = frozenset({Role.CLERK, Role.HEAD})
GRANTED = frozenset({S.APPROVED, S.CERTIFICATE_ISSUED, S.DELIVERED})
BEFORE_DECISION = frozenset(
    {
        S.UNDER_REVIEW,
        S.SUPPLEMENT_REQUESTED,
        S.INSPECTION,
        S.SPECIAL_PROCEDURE,
        S.DECISION_PROPOSED,
        S.AWAITING_SIGNOFF,
    }
)


@dataclass(frozen=True)
class IssueRule:
    """A document type (its stored code), the statuses its case may be in, who issues it."""

    doc_type: str
    statuses: frozenset[S]
    roles: frozenset[Role] = DESK
    handler: bool = False  # the case's own handler issues it too (the notices)


ISSUE_RULES: dict[str, IssueRule] = {
    rule.doc_type: rule
    for rule in (
        # Acceptance is a fact from the first day on: its notice may be printed at any time.
        IssueRule("acceptance", frozenset(S), handler=True),
        # 不予受理 refuses an application before a case exists (ALL art. 32): never a
        # document of an accepted case, whatever became of it.
        IssueRule("non_acceptance", frozenset()),
        IssueRule("supplement", frozenset({S.SUPPLEMENT_REQUESTED}), handler=True),
        IssueRule("inspection", frozenset({S.INSPECTION}), handler=True),
        # Granted before the decision; its notice may still be printed after it.
        IssueRule("extension", BEFORE_DECISION | DECIDED_STATUSES, handler=True),
        IssueRule("special_procedure", frozenset({S.SPECIAL_PROCEDURE}), handler=True),
        IssueRule("grant", GRANTED),
        IssueRule("licence", GRANTED),
        IssueRule("rejection", frozenset({S.REJECTED, S.DELIVERED})),
        # The other kinds' ends (domain/item_kinds.py says which kind has which).
        IssueRule("filing", GRANTED),
        IssueRule("filing_refusal", frozenset({S.REJECTED, S.DELIVERED})),
        IssueRule("completion", GRANTED),
        IssueRule("refusal", frozenset({S.REJECTED, S.DELIVERED})),
        # The acts that end an accepted case without a decision on its merits.
        IssueRule("termination", frozenset({S.TERMINATED})),
        IssueRule("withdrawal", frozenset({S.WITHDRAWN})),
        # The acts that end a licence (domain/licence_life.py says which case kind has which).
        IssueRule("licence_cancellation", GRANTED),
        IssueRule("licence_revocation", GRANTED),
        IssueRule("delivery_proof", frozenset({S.CERTIFICATE_ISSUED, S.REJECTED, S.DELIVERED})),
        # The on-site record: printed by the coordinator who kept it, or the case's handler,
        # from the visit on (a record stays part of the file after the decision).
        IssueRule(
            "inspection_record",
            BEFORE_DECISION | DECIDED_STATUSES,
            DESK | {Role.COORDINATOR},
            handler=True,
        ),
    )
}


def issue_allowed(doc_type: str, status: S, roles: frozenset[Role], own_case: bool) -> bool:
    """Whether someone holding `roles` (the case's handler when `own_case`) may register a
    document of this type for a case in `status` (the item's kind is checked apart, by
    item_kinds.kind_allows, in the services and in SQL alike). Types not listed (the result
    notice, which has its own register) are never a case's document."""
    rule = ISSUE_RULES.get(doc_type)
    if rule is None or status not in rule.statuses:
        return False
    return bool(rule.roles & roles) or (rule.handler and own_case)


def issuer_allowed(doc_type: str, roles: frozenset[Role], own_case: bool) -> bool:
    """The role half of `issue_allowed`, for any status."""
    rule = ISSUE_RULES.get(doc_type)
    return rule is not None and (bool(rule.roles & roles) or (rule.handler and own_case))


# Numbers -----------------------------------------------------------------------------------
# A mark per type keeps numbers of different types apart (渭高审批许〔2026〕0001号); the
# decision to grant carries the bureau's plain number.
NUMBER_MARKS = {
    "acceptance": "受",
    "non_acceptance": "不受",
    "supplement": "补",
    "inspection": "勘",
    "extension": "延",
    "special_procedure": "特",
    "grant": "",
    "rejection": "不许",
    "licence": "许",
    "filing": "备",
    "filing_refusal": "不备",
    "completion": "结",
    "refusal": "不办",
    "termination": "终",
    "withdrawal": "撤",
    "delivery_proof": "送",
    "result_notice": "抄",
    "licence_cancellation": "注许",
    "licence_revocation": "撤许",
    "inspection_record": "勘记",
}
DEFAULT_NUMBER_PREFIX = "渭高审批"
# The format a pattern may give its serial: padded with zeros or spaces to a width, as
# {serial:04d}; the database prints the serial the same way (register_sql.py).
SERIAL_SPEC = re.compile(r"0?[1-9]?d?")
# A hotline ticket's number: its own series in the counters, no pattern to choose.
TICKET_SERIES = "ticket"
TICKET_WIDTH = 6


def standard_pattern(doc_type: str) -> str:
    """The number pattern of a type the admin has not set: prefix, mark, year, serial."""
    return "{prefix}" + NUMBER_MARKS[doc_type] + "〔{year}〕{serial:04d}号"


def ticket_number(year: int, serial: int) -> str:
    return f"RX{year}{serial:0{TICKET_WIDTH}d}"
