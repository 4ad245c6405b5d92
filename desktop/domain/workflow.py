"""The case state machine as data: which action moves a case from where to where, for whom.

`TRANSITIONS` is the single source of the rules: the services check it, the window enables
its buttons from it, and the database can load the very same rows to enforce them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.enums import CaseStatus as S
from desktop.domain.enums import Role


class Action(StrEnum):
    CLAIM = "claim"
    RELEASE = "release"
    ASSIGN = "assign"
    TRANSFER = "transfer"
    REQUEST_SUPPLEMENT = "request_supplement"
    RECEIVE_SUPPLEMENT = "receive_supplement"
    START_INSPECTION = "start_inspection"
    END_INSPECTION = "end_inspection"
    CANCEL_INSPECTION = "cancel_inspection"
    START_SPECIAL = "start_special"
    END_SPECIAL = "end_special"
    PROPOSE = "propose"
    SIGN_OFF = "sign_off"
    SEND_BACK = "send_back"
    APPROVE = "approve"
    REJECT = "reject"
    EXTEND = "extend"
    ISSUE_CERTIFICATE = "issue_certificate"
    DELIVER = "deliver"
    WITHDRAW = "withdraw"
    TERMINATE = "terminate"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.CLAIM: "认领",
    Action.RELEASE: "退回待认领",
    Action.ASSIGN: "指派",
    Action.TRANSFER: "转办",
    Action.REQUEST_SUPPLEMENT: "一次性告知补正",
    Action.RECEIVE_SUPPLEMENT: "补正材料已收",
    Action.START_INSPECTION: "提请现场踏勘",
    Action.END_INSPECTION: "踏勘结束",
    Action.CANCEL_INSPECTION: "取消踏勘",
    Action.START_SPECIAL: "进入特别程序",
    Action.END_SPECIAL: "特别程序结束",
    Action.PROPOSE: "拟定审查意见",
    Action.SIGN_OFF: "审核同意",
    Action.SEND_BACK: "退回承办人",
    Action.APPROVE: "准予许可",
    Action.REJECT: "不予许可",
    Action.EXTEND: "延长期限",
    Action.ISSUE_CERTIFICATE: "制证",
    Action.DELIVER: "送达出件",
    Action.WITHDRAW: "申请人撤回",
    Action.TERMINATE: "终止办理",
}

# History events outside the table, recorded under these action codes: acceptance at the
# front desk, and the handler ticking the materials checklist.
ACCEPT_EVENT = "accept"
MATERIAL_EVENT = "material"
# Transitions that follow from work done elsewhere, not from a button on the case: the
# coordinator cancelling a case's last open inspection (in the coordinator window).
ELSEWHERE = frozenset({Action.CANCEL_INSPECTION})


class Who(StrEnum):
    """Who may take a transition, beyond holding a role."""

    HANDLER = "handler"  # the case's own handler (others must claim or be assigned)
    QUEUE = "queue"  # a handler of the case's queue (claiming from the pool)
    ROLE = "role"  # anyone holding one of the roles
    NOT_PROPOSER = "not_proposer"  # a role holder who did not propose the decision
    # A role holder deciding the case they accepted themselves, the same day, before
    # anything else happened to it: it never reaches the pool (窗口现场审批).
    AT_WINDOW = "at_window"


class ItemRule(StrEnum):
    """Which items a transition applies to (how many sign-off levels they need)."""

    ANY = "any"
    WINDOW = "window"  # window-authorised: the handler decides directly
    ONE_LEVEL = "one_level"  # one sign-off after the proposal
    TWO_LEVEL = "two_level"  # review (审核) then approval (批准)
    # 告知承诺制: decided by the handler on the applicant's signed commitment, at once
    # (domain/commitments.py says why no sign-off follows).
    COMMITMENT = "commitment"


@dataclass(frozen=True)
class Transition:
    action: Action
    source: S
    target: S | None  # None: the status stays (an extension)
    roles: frozenset[Role]
    who: Who
    items: ItemRule = ItemRule.ANY


HANDLERS = frozenset({Role.HANDLER_ENGINEERING, Role.HANDLER_SOCIAL})
SIGNERS = frozenset({Role.REVIEWER, Role.HEAD})
WINDOW = frozenset({Role.WINDOW_APPROVER})
OPEN_BEFORE_DECISION = (
    S.UNDER_REVIEW,
    S.SUPPLEMENT_REQUESTED,
    S.INSPECTION,
    S.SPECIAL_PROCEDURE,
    S.DECISION_PROPOSED,
    S.AWAITING_SIGNOFF,
)


def _rows() -> list[Transition]:
    t = Transition
    head, reviewer = frozenset({Role.HEAD}), frozenset({Role.REVIEWER})
    coordinator = frozenset({Role.COORDINATOR})
    clerk, supervisor = frozenset({Role.CLERK}), frozenset({Role.SUPERVISOR, Role.HEAD})
    rows = [
        t(Action.CLAIM, S.RECEIVED, S.UNDER_REVIEW, HANDLERS, Who.QUEUE),
        t(Action.RELEASE, S.UNDER_REVIEW, S.RECEIVED, HANDLERS, Who.HANDLER),
        t(Action.ASSIGN, S.RECEIVED, S.UNDER_REVIEW, supervisor, Who.ROLE),
        t(Action.REQUEST_SUPPLEMENT, S.UNDER_REVIEW, S.SUPPLEMENT_REQUESTED, HANDLERS, Who.HANDLER),
        t(Action.RECEIVE_SUPPLEMENT, S.SUPPLEMENT_REQUESTED, S.UNDER_REVIEW, HANDLERS, Who.HANDLER),
        t(Action.START_INSPECTION, S.UNDER_REVIEW, S.INSPECTION, HANDLERS, Who.HANDLER),
        t(Action.END_INSPECTION, S.INSPECTION, S.UNDER_REVIEW, HANDLERS, Who.HANDLER),
        # The last open inspection cancelled: the case goes back to review, its clock runs.
        t(Action.CANCEL_INSPECTION, S.INSPECTION, S.UNDER_REVIEW, coordinator, Who.ROLE),
        t(Action.START_SPECIAL, S.UNDER_REVIEW, S.SPECIAL_PROCEDURE, HANDLERS, Who.HANDLER),
        t(Action.END_SPECIAL, S.SPECIAL_PROCEDURE, S.UNDER_REVIEW, HANDLERS, Who.HANDLER),
        t(
            Action.PROPOSE,
            S.UNDER_REVIEW,
            S.DECISION_PROPOSED,
            HANDLERS,
            Who.HANDLER,
            ItemRule.ONE_LEVEL,
        ),
        t(
            Action.PROPOSE,
            S.UNDER_REVIEW,
            S.DECISION_PROPOSED,
            HANDLERS,
            Who.HANDLER,
            ItemRule.TWO_LEVEL,
        ),
        t(
            Action.SIGN_OFF,
            S.DECISION_PROPOSED,
            S.AWAITING_SIGNOFF,
            reviewer,
            Who.NOT_PROPOSER,
            ItemRule.TWO_LEVEL,
        ),
        t(Action.SEND_BACK, S.DECISION_PROPOSED, S.UNDER_REVIEW, SIGNERS, Who.NOT_PROPOSER),
        t(Action.SEND_BACK, S.AWAITING_SIGNOFF, S.UNDER_REVIEW, head, Who.NOT_PROPOSER),
        t(Action.ISSUE_CERTIFICATE, S.APPROVED, S.CERTIFICATE_ISSUED, clerk, Who.ROLE),
        t(Action.DELIVER, S.CERTIFICATE_ISSUED, S.DELIVERED, clerk, Who.ROLE),
        t(Action.DELIVER, S.REJECTED, S.DELIVERED, clerk, Who.ROLE),
    ]
    for action, target in ((Action.APPROVE, S.APPROVED), (Action.REJECT, S.REJECTED)):
        rows += [
            t(action, S.UNDER_REVIEW, target, HANDLERS, Who.HANDLER, ItemRule.WINDOW),
            t(action, S.UNDER_REVIEW, target, HANDLERS, Who.HANDLER, ItemRule.COMMITMENT),
            t(action, S.DECISION_PROPOSED, target, SIGNERS, Who.NOT_PROPOSER, ItemRule.ONE_LEVEL),
            t(action, S.AWAITING_SIGNOFF, target, head, Who.NOT_PROPOSER, ItemRule.TWO_LEVEL),
        ]
    # 窗口现场审批: the only way from acceptance straight to a decision, and only to a grant
    # (a refusal needs the back office's reasoned review).
    rows.append(t(Action.APPROVE, S.RECEIVED, S.APPROVED, WINDOW, Who.AT_WINDOW, ItemRule.WINDOW))
    rows += [t(Action.EXTEND, s, None, head, Who.ROLE) for s in OPEN_BEFORE_DECISION]
    rows += [t(Action.TRANSFER, s, None, supervisor, Who.ROLE) for s in OPEN_BEFORE_DECISION]
    rows += [
        t(Action.WITHDRAW, s, S.WITHDRAWN, HANDLERS, Who.HANDLER) for s in OPEN_BEFORE_DECISION
    ]
    rows += [t(Action.WITHDRAW, S.RECEIVED, S.WITHDRAWN, supervisor, Who.ROLE)]
    rows += [
        t(Action.TERMINATE, s, S.TERMINATED, head, Who.ROLE)
        for s in (S.RECEIVED, *OPEN_BEFORE_DECISION)
    ]
    return rows


TRANSITIONS: tuple[Transition, ...] = tuple(_rows())


def item_rule(window_authorised: bool, two_level: bool, commitment: bool = False) -> ItemRule:
    """How decisions on an item are signed off (a 告知承诺制 item: by nobody; one also
    window-authorised keeps the window's rows, whose handler decides directly too)."""
    if window_authorised:
        return ItemRule.WINDOW
    if commitment:
        return ItemRule.COMMITMENT
    return ItemRule.TWO_LEVEL if two_level else ItemRule.ONE_LEVEL


def transitions_for(action: Action, source: S, rule: ItemRule) -> list[Transition]:
    """The rows that allow `action` from `source` on items of this kind."""
    return [
        row
        for row in TRANSITIONS
        if row.action is action and row.source is source and row.items in (ItemRule.ANY, rule)
    ]
