"""For each legal guard of desktop/domain/guards.py, a case that breaks it and the move that
must be refused: the services refuse it on SQLite, desk_case_move by SQL on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, InspectionConclusion
from desktop.domain.guards import Guard
from desktop.domain.workflow import Action
from desktop.services.cases import actions as cases
from desktop.services.cases.promises import PromisedMaterial


@dataclass(frozen=True)
class Forbidden:
    """The move that must be refused: who, what, with which reason, grant and event data."""

    case_id: int
    login: str
    action: Action
    reason: str | None = None
    grant: bool | None = None
    data: dict[str, Any] | None = None


def _claimed(bureau: Any, item: str, handler: str) -> Any:
    case = bureau.new_case(item)
    return bureau.run(cases.claim, bureau.actors[handler], case.id, case.version)


def _written_reason(bureau: Any) -> Forbidden:
    state = _claimed(bureau, "two", "eng1")
    return Forbidden(state.id, "eng1", Action.WITHDRAW, reason="  ")


def _inspection_recorded(bureau: Any) -> Forbidden:
    """Proposed and signed off without an inspection (written by the DBA, past every guard):
    the head still cannot approve it."""
    state = _claimed(bureau, "inspect", "eng1")
    signing = (
        ("propose", "eng1", CaseStatus.UNDER_REVIEW, CaseStatus.DECISION_PROPOSED),
        ("sign_off", "review1", CaseStatus.DECISION_PROPOSED, CaseStatus.AWAITING_SIGNOFF),
    )
    with bureau.sessions() as session, session.begin():
        case = session.get(m.Case, state.id)
        case.status = CaseStatus.AWAITING_SIGNOFF
        for action, who, before, after in signing:
            session.add(
                m.CaseEvent(
                    case_id=state.id,
                    at=bureau.clock.now,
                    actor_id=bureau.actors[who].user_id,
                    action=action,
                    from_status=before,
                    to_status=after,
                    reason="同意",
                    data={"grant": True},
                )
            )
    return Forbidden(state.id, "head1", Action.APPROVE, reason="同意", data={"grant": True})


def _inspection_passed(bureau: Any) -> Forbidden:
    """Inspected, 限期整改, then proposed for a grant and signed off: the head cannot grant it
    while no re-inspection has passed."""
    state = _claimed(bureau, "inspect", "eng1")
    eng1 = bureau.actors["eng1"]
    state = bureau.run(cases.start_inspection, eng1, state.id, state.version)
    state = bureau.run(
        cases.end_inspection, eng1, state.id, state.version, InspectionConclusion.RECTIFY, "整改"
    )
    state = bureau.run(cases.propose, eng1, state.id, state.version, grant=True, opinion="拟准予")
    bureau.run(cases.sign_off, bureau.actors["review1"], state.id, state.version)
    return Forbidden(state.id, "head1", Action.APPROVE, reason="同意", data={"grant": True})


def _proposal_chosen(bureau: Any) -> Forbidden:
    state = _claimed(bureau, "two", "eng1")
    return Forbidden(state.id, "eng1", Action.PROPOSE, reason="材料齐全")


def _refusal_reasoned(bureau: Any) -> Forbidden:
    state = _claimed(bureau, "two", "eng1")
    return Forbidden(state.id, "eng1", Action.PROPOSE, grant=False, data={"grant": False})


def _decision_follows_proposal(bureau: Any) -> Forbidden:
    """The handler proposed a refusal: a reviewer cannot grant the licence instead."""
    state = _claimed(bureau, "one", "soc1")
    bureau.run(
        cases.propose, bureau.actors["soc1"], state.id, state.version, grant=False, opinion="不符"
    )
    return Forbidden(state.id, "review1", Action.APPROVE, reason="同意", data={"grant": True})


def _one_extension(bureau: Any) -> Forbidden:
    state = _claimed(bureau, "two", "eng1")
    bureau.run(cases.extend, bureau.actors["head1"], state.id, state.version, "情况复杂")
    return Forbidden(state.id, "head1", Action.EXTEND, reason="再延")


def _promises_kept(bureau: Any) -> Forbidden:
    """容缺受理: approved while a promised material (the catalogue does not let the licence
    out first) is still out: the clerk cannot make the certificate."""
    with bureau.sessions() as session, session.begin():
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "window"))
        item.materials[2].may_defer = True
    case = bureau.new_case(
        "window",
        promises=(PromisedMaterial("材料3", bureau.clock.now.date() + timedelta(days=4)),),
    )
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    state = bureau.run(cases.approve, soc1, state.id, state.version)
    return Forbidden(state.id, "clerk1", Action.ISSUE_CERTIFICATE)


def _commitment_signed(bureau: Any) -> Forbidden:
    """A case of an item under 告知承诺制 whose signed commitment is not on record (taken
    away by the DBA): its handler cannot grant it on the commitment."""
    with bureau.sessions() as session, session.begin():
        one = session.scalar(sa.select(m.Item).where(m.Item.code == "one"))
        if session.scalar(sa.select(m.Item.id).where(m.Item.code == "promise-g")) is None:
            session.add(
                m.Item(
                    code="promise-g",
                    name="测试事项（告知承诺）",
                    category=one.category,
                    department_id=one.department_id,
                    statutory_limit_days=20,
                    promised_limit_days=1,
                    review_limit_days=1,
                    signoff_limit_days=1,
                    certificate_limit_days=2,
                    delivery_limit_days=10,
                    two_level_signoff=False,
                    commitment_based=True,
                    commitment_conditions="条件一；条件二",
                    commitment_check_days=10,
                )
            )
    case = bureau.new_case("promise-g", signatory="张三")
    with bureau.sessions() as session, session.begin():
        session.execute(sa.delete(m.Commitment).where(m.Commitment.case_id == case.id))
    state = bureau.run(cases.claim, bureau.actors["soc1"], case.id, case.version)
    return Forbidden(state.id, "soc1", Action.APPROVE, reason="同意", data={"grant": True})


SCENARIOS: dict[Guard, Callable[[Any], Forbidden]] = {
    Guard.WRITTEN_REASON: _written_reason,
    Guard.INSPECTION_RECORDED: _inspection_recorded,
    Guard.PROPOSAL_CHOSEN: _proposal_chosen,
    Guard.REFUSAL_REASONED: _refusal_reasoned,
    Guard.DECISION_FOLLOWS_PROPOSAL: _decision_follows_proposal,
    Guard.ONE_EXTENSION: _one_extension,
    Guard.INSPECTION_PASSED: _inspection_passed,
    Guard.PROMISES_KEPT: _promises_kept,
    Guard.COMMITMENT_SIGNED: _commitment_signed,
}
