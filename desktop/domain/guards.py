"""Who may act on a case and what must hold first; each refusal says why and what to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

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
    # Who signed off (审核) the proposal in force, if anyone: the approval (批准) is another's.
    reviewer_id: int | None = None
    # Whether the latest recorded inspection concluded 合格 (None: none recorded).
    latest_inspection_passed: bool | None = None
    # Who accepted the case, and whether nothing has happened to it since, on the day of
    # acceptance (窗口现场审批 decides only such a case, by the one who accepted it).
    accepted_by_id: int | None = None
    fresh_at_window: bool = False
    # 容缺受理: a promised material not yet received whose catalogue entry did not let the
    # licence go out first (domain/promises.py).
    promise_open: bool = False
    # 告知承诺制: whether the applicant's signed commitment is on record (None: the case is
    # not decided on a commitment).
    commitment_signed: bool | None = None


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
        return actor.user_id is None or actor.user_id not in (facts.proposer_id, facts.reviewer_id)
    if row.who is Who.AT_WINDOW:
        return (
            actor.user_id is not None
            and actor.user_id == facts.accepted_by_id
            and facts.fresh_at_window
        )
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
    if row.who is Who.AT_WINDOW:
        raise NotAllowed(
            "窗口现场审批只能由受理本件的授权窗口人员在受理当场办理：本件已进入后台办理",
            action=action,
        )
    if actor.user_id is not None and actor.user_id == facts.reviewer_id:
        raise NotAllowed(
            "审核和批准须由两人分别办理：您已审核本件，请由其他批准人办理", action=action
        )
    raise NotAllowed(
        "拟定审查意见的人不能审核或批准本人的意见：请由其他审核人、批准人办理",
        action=action,
    )


class Guard(StrEnum):
    """The legal preconditions, by name: the database checks each one again under the same
    name (`desktop/data/security/guards_sql.py`), and a test holds the two lists equal."""

    WRITTEN_REASON = "written_reason"  # ALL art. 38: refusals and other steps give reasons
    INSPECTION_RECORDED = "inspection_recorded"  # ALL art. 34: verify on site before deciding
    PROPOSAL_CHOSEN = "proposal_chosen"  # a proposal says grant or refuse
    REFUSAL_REASONED = "refusal_reasoned"  # ALL art. 38: a proposed refusal gives reasons
    DECISION_FOLLOWS_PROPOSAL = "decision_follows_proposal"  # disagreeing means sending back
    ONE_EXTENSION = "one_extension"  # ALL art. 42: one extension only
    INSPECTION_PASSED = "inspection_passed"  # ALL art. 34: no grant until the site passes
    PROMISES_KEPT = "promises_kept"  # 容缺受理: no licence while a promised material is out
    # 告知承诺制 (domain/commitments.py): a grant on a commitment needs the signed commitment
    COMMITMENT_SIGNED = "commitment_signed"


@dataclass(frozen=True)
class Attempt:
    """An action about to be taken on a case, as the guards see it."""

    action: Action
    facts: CaseFacts
    reason: str | None
    grant: bool | None

    @property
    def reasoned(self) -> bool:
        return bool((self.reason or "").strip())


def _proposal_contradicted(a: Attempt) -> bool:
    if a.action not in DECISIONS or a.facts.status is CaseStatus.UNDER_REVIEW:
        return False
    return a.facts.proposed_grant is not None and a.facts.proposed_grant != (
        a.action is Action.APPROVE
    )


# Each guard: when it refuses, and the refusal it raises (checked in this order).
GUARDS: tuple[tuple[Guard, Callable[[Attempt], bool], Callable[[Attempt], GuardFailed]], ...] = (
    (
        Guard.WRITTEN_REASON,
        lambda a: a.action in NEEDS_REASON and not a.reasoned,
        lambda a: GuardFailed("“{action}”必须填写书面理由", action=a.action),
    ),
    (
        Guard.INSPECTION_RECORDED,
        lambda a: (
            (a.action in DECISIONS or a.action is Action.PROPOSE)
            and a.facts.needs_inspection
            and not a.facts.inspection_recorded
        ),
        lambda a: GuardFailed(
            "本事项须现场踏勘：请先录入踏勘结论，再作出或拟定决定", action=a.action
        ),
    ),
    (
        Guard.INSPECTION_PASSED,
        lambda a: (
            a.action is Action.APPROVE
            and a.facts.needs_inspection
            and a.facts.latest_inspection_passed is False
        ),
        # 限期整改 and 不合格 need a re-inspection that passes.
        lambda a: GuardFailed(
            "最近一次现场踏勘结论不是“合格”：须整改后复查合格，才能准予许可", action=a.action
        ),
    ),
    (
        Guard.PROPOSAL_CHOSEN,
        lambda a: a.action is Action.PROPOSE and a.grant is None,
        lambda a: GuardFailed("请选择拟准予或拟不予许可", action=a.action),
    ),
    (
        Guard.REFUSAL_REASONED,
        lambda a: a.action is Action.PROPOSE and a.grant is False and not a.reasoned,
        lambda a: GuardFailed("拟不予许可必须写明理由", action=a.action),
    ),
    (
        Guard.DECISION_FOLLOWS_PROPOSAL,
        _proposal_contradicted,
        lambda a: GuardFailed(
            "承办人拟定的意见是“{proposal}”：如不同意，请退回承办人重新拟定",
            action=a.action,
            proposal=CaseStatus.APPROVED if a.facts.proposed_grant else CaseStatus.REJECTED,
        ),
    ),
    (
        Guard.PROMISES_KEPT,
        lambda a: a.action is Action.ISSUE_CERTIFICATE and a.facts.promise_open,
        lambda a: GuardFailed("容缺受理承诺补交的材料尚未收到：收到后才能制证", action=a.action),
    ),
    (
        Guard.ONE_EXTENSION,
        lambda a: a.action is Action.EXTEND and a.facts.extended,
        lambda a: GuardFailed(
            "本件已延长过一次期限，依法不能再次延长（《行政许可法》第四十二条）",
            action=a.action,
        ),
    ),
    (
        Guard.COMMITMENT_SIGNED,
        lambda a: a.action is Action.APPROVE and a.facts.commitment_signed is False,
        lambda a: GuardFailed(
            "本事项实行告知承诺制：没有申请人签署的告知承诺书，不能据此准予许可",
            action=a.action,
        ),
    ),
)


def check_guards(
    action: Action, facts: CaseFacts, *, reason: str | None = None, grant: bool | None = None
) -> None:
    """Legal preconditions (ALL arts. 34, 38, 42, 45), checked after permission; the first
    that fails raises GuardFailed with its name in `data["guard"]`."""
    attempt = Attempt(action, facts, reason, grant)
    for guard, refuses, refusal in GUARDS:
        if refuses(attempt):
            error = refusal(attempt)
            error.data["guard"] = guard
            raise error


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
