"""窗口现场审批: an authorised window clerk accepts a window-authorised item's application
with its materials complete and grants it on the spot, so the case never waits in a pool
(README, "On-the-spot approval at the window").

The acceptance and the decision are one transaction: no other session ever sees the case
as 待认领. The decision is the workflow's own `approve` from 待认领, a transition only the
clerk who accepted the case may take, that day, before anything else happens to it
(`Who.AT_WINDOW`); PostgreSQL checks the same row again (desk_rule_fits).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, CaseEvent, Item
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, OpinionLevel, Role
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.identifiers import validate_applicant_identifier
from desktop.domain.item_kinds import ItemKind
from desktop.domain.licence_life import CaseKind
from desktop.domain.workflow import Action
from desktop.services import timesource
from desktop.services.case_core import CaseState, act, finish
from desktop.services.cases.applicants import NewApplicant, register_applicant
from desktop.services.cases.intake import NewCase, accept_case

DEFAULT_OPINION = "申请材料齐全，符合法定条件、标准，当场准予许可。"
MAX_OPINION = 500


@dataclass(frozen=True)
class WindowApplication:
    """What the clerk has in hand at the window."""

    number: str  # the front desk's acceptance number
    item_code: str
    applicant_id: int
    materials_complete: bool  # the clerk has checked every material the catalogue lists
    opinion: str = DEFAULT_OPINION


@dataclass(frozen=True)
class WindowItem:
    """An item the window may decide on the spot, for the dialog's list."""

    code: str
    name: str
    materials: tuple[str, ...]
    issues_licence: bool


def may_decide_at_window(actor: Actor) -> bool:
    """Whether this person holds the admin's authorisation and works at the window."""
    return actor.has(Role.WINDOW_APPROVER) and actor.has(Role.CLERK)


def window_items(session: Session, actor: Actor) -> list[WindowItem]:
    """The active licensing items the catalogue marks as window-authorised, by code (the
    catalogue is public: anyone may read the list)."""
    items = session.scalars(
        sa.select(Item)
        .where(
            Item.window_authorised,
            Item.active,
            Item.kind == ItemKind.LICENSING,
            Item.case_kind == CaseKind.NEW,
        )
        .order_by(Item.code)
    ).all()
    return [
        WindowItem(
            item.code,
            item.name,
            tuple(m.name for m in sorted(item.materials, key=lambda m: m.seq)),
            item.issues_licence,
        )
        for item in items
    ]


def applicant_at_window(session: Session, actor: Actor, data: NewApplicant) -> int:
    """The applicant standing at the window: the registered one with this identifier, or a
    new registration (its identifier checked as every registration's)."""
    identifier = validate_applicant_identifier(
        data.kind, data.identifier.strip(), accept_unknown_area=data.accept_unknown_area
    )
    known = session.scalar(
        sa.select(Applicant.id).where(
            Applicant.kind == data.kind, Applicant.identifier == identifier
        )
    )
    return known if known is not None else register_applicant(session, actor, data)


def check_application(session: Session, actor: Actor, application: WindowApplication) -> Item:
    """Every reason to refuse, before anything is written."""
    if not may_decide_at_window(actor):
        raise NotAllowed("窗口现场审批须由经系统管理员授权的窗口人员（制证员）办理：您没有该授权")
    item = session.scalar(sa.select(Item).where(Item.code == application.item_code.strip()))
    if item is None or not item.active:
        raise DomainError("事项编码 {code} 不存在或已停用", code=application.item_code)
    if (
        not item.window_authorised
        or item.kind is not ItemKind.LICENSING
        or item.case_kind is not CaseKind.NEW
    ):
        raise DomainError(
            "事项“{item}”未列入窗口现场审批的事项：请按一般程序受理，由后台审批",
            item=item.name,
        )
    if not application.materials_complete:
        raise DomainError(
            "申请材料未全部齐全，不能现场审批：请一次性告知申请人需补齐的材料，或按一般程序受理"
        )
    if not application.number.strip():
        raise DomainError("请填写受理编号")
    if len(application.opinion.strip()) > MAX_OPINION:
        raise DomainError("审批意见不能超过 {length} 字", length=MAX_OPINION)
    return item


def approve_at_window(session: Session, actor: Actor, application: WindowApplication) -> CaseState:
    """Accept and grant in the caller's transaction; the case leaves it 准予许可 (or 已制证
    when a licence follows, which the caller then issues). Nothing is written on a refusal."""
    item = check_application(session, actor, application)
    if session.get(Applicant, application.applicant_id) is None:
        raise DomainError("申请人不存在：请先登记申请人")
    accepted = accept_case(
        session,
        actor,
        NewCase(
            number=application.number.strip(),
            item_code=item.code,
            applicant_id=application.applicant_id,
            accepted_at=timesource.now(),
            first_contact_id=actor.user_id,
        ),
    )
    opinion = application.opinion.strip() or DEFAULT_OPINION
    step = act(
        session,
        actor,
        accepted.id,
        accepted.version,
        Action.APPROVE,
        reason=opinion,
        grant=True,
        data={"grant": True, "level": OpinionLevel.WINDOW.label, "on_the_spot": True},
    )
    state = finish(session, actor, step)
    assert state.status is CaseStatus.APPROVED
    return state


def decided_at_window() -> sa.ColumnElement[bool]:
    """SQL: the case was granted on the spot (its grant came straight from 待认领, which only
    the window's rule allows): one definition for supervision's figures and the demo's."""
    return sa.exists().where(
        CaseEvent.case_id == Case.id,
        CaseEvent.action == Action.APPROVE.value,
        CaseEvent.from_status == CaseStatus.RECEIVED,
    )
