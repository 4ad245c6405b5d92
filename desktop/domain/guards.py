"""Who may act on a case and what must hold first; each refusal says why and what to do."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category, Role
from desktop.domain.errors import DomainError
from desktop.domain.phrases import OR, Listing
from desktop.domain.workflow import (
    TRANSITIONS,
    Action,
    ItemRule,
    Transition,
    Who,
    transitions_for,
)

QUEUE_ROLE = {Category.ENGINEERING: Role.HANDLER_ENGINEERING, Category.SOCIAL: Role.HANDLER_SOCIAL}
EXTENSION_DAYS = 10  # ALL art. 42: one extension of ten working days
DECISIONS = frozenset({Action.APPROVE, Action.REJECT})
NEEDS_REASON = frozenset(
    {
        Action.REJECT,
        Action.EXTEND,
        Action.SEND_BACK,
        Action.WITHDRAW,
        Action.TERMINATE,
        Action.START_SPECIAL,
        Action.CANCEL_INSPECTION,
    }
)


class NotAllowed(DomainError):
    """The actor may not take this action on this case now."""

    code = "not_allowed"


class GuardFailed(DomainError):
    """The action is allowed in principle, but a legal precondition is not met."""

    code = "guard_failed"


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a case, read by the service in one query."""

    status: CaseStatus
    category: Category
    handler_id: int | None
    proposer_id: int | None
    item_rule: ItemRule
    needs_inspection: bool
    inspection_recorded: bool
    extended: bool
    proposed_grant: bool | None


def _holds_role(actor: Actor, row: Transition, facts: CaseFacts) -> bool:
    if row.who is Who.QUEUE:
        return actor.has(QUEUE_ROLE[facts.category])
    if row.who is Who.HANDLER:
        return actor.has(QUEUE_ROLE[facts.category])
    return bool(row.roles & actor.roles)


def _fits(actor: Actor, row: Transition, facts: CaseFacts) -> bool:
    if not _holds_role(actor, row, facts):
        return False
    if row.who is Who.HANDLER:
        return actor.user_id is not None and actor.user_id == facts.handler_id
    if row.who is Who.NOT_PROPOSER:
        return actor.user_id is None or actor.user_id != facts.proposer_id
    return True


def allowed_transition(action: Action, facts: CaseFacts, actor: Actor) -> Transition:
    """The transition row that lets `actor` take `action`, or NotAllowed saying why not."""
    rows = transitions_for(action, facts.status, facts.item_rule)
    if not rows:
        raise NotAllowed(
            "办件当前状态为“{status}”，不能“{action}”", status=facts.status, action=action
        )
    for row in rows:
        if _fits(actor, row, facts):
            return row
    row = rows[0]
    if not any(_holds_role(actor, r, facts) for r in rows):
        if row.who in (Who.QUEUE, Who.HANDLER):
            needed = (QUEUE_ROLE[facts.category],)
        else:
            needed = tuple(
                sorted({role for r in rows for role in r.roles}, key=lambda role: role.label)
            )
        raise NotAllowed(
            "“{action}”需要{roles}角色，您没有该角色", action=action, roles=Listing(needed, OR)
        )
    if row.who is Who.HANDLER:
        raise NotAllowed(
            "只有本件承办人可以办理：请先认领本件，或请督办人员指派给您", action=action
        )
    raise NotAllowed(
        "拟定审查意见的人不能审核或批准本人的意见：请由其他审核人、批准人办理",
        action=action,
    )


def check_guards(
    action: Action, facts: CaseFacts, *, reason: str | None = None, grant: bool | None = None
) -> None:
    """Legal preconditions (ALL arts. 34, 38, 42, 45), checked after permission."""
    if action in NEEDS_REASON and not (reason or "").strip():
        raise GuardFailed("“{action}”必须填写书面理由", action=action)
    deciding_now = action in DECISIONS or (action is Action.PROPOSE)
    if deciding_now and facts.needs_inspection and not facts.inspection_recorded:
        raise GuardFailed("本事项须现场踏勘：请先录入踏勘结论，再作出或拟定决定", action=action)
    if action is Action.PROPOSE:
        if grant is None:
            raise GuardFailed("请选择拟准予或拟不予许可", action=action)
        if not grant and not (reason or "").strip():
            raise GuardFailed("拟不予许可必须写明理由", action=action)
    if action in DECISIONS and facts.status is not CaseStatus.UNDER_REVIEW:
        wanted = action is Action.APPROVE
        if facts.proposed_grant is not None and facts.proposed_grant != wanted:
            proposal = CaseStatus.APPROVED if facts.proposed_grant else CaseStatus.REJECTED
            raise GuardFailed(
                "承办人拟定的意见是“{proposal}”：如不同意，请退回承办人重新拟定",
                action=action,
                proposal=proposal,
            )
    if action is Action.EXTEND and facts.extended:
        raise GuardFailed(
            "本件已延长过一次期限，依法不能再次延长（《行政许可法》第四十二条）",
            action=action,
        )


def available_actions(facts: CaseFacts, actor: Actor) -> list[Action]:
    """Actions the actor could take now (guards aside): what the window enables."""
    seen: list[Action] = []
    for row in TRANSITIONS:
        if row.action in seen or row.source is not facts.status:
            continue
        if row.items not in (ItemRule.ANY, facts.item_rule):
            continue
        if _fits(actor, row, facts):
            seen.append(row.action)
    return seen
