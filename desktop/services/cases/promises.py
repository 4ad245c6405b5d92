"""容缺受理 on a case: the promises recorded at acceptance, the handler recording a promised
material received, and the case's promises as the window shows them (README, "容缺受理")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Case,
    CaseEvent,
    CaseMaterial,
    CasePromise,
    ItemMaterial,
    PromiseReceipt,
    StaffUser,
)
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, MaterialState
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.promises import (
    PromiseRefused,
    PromiseState,
    PromiseTerms,
    check_promise,
    promise_state,
)
from desktop.services import audit, timesource
from desktop.services.case_core import (
    CaseState,
    check_version,
    lock_case,
    record_change,
    state_of,
)

PROMISE_EVENT = "promise"  # history: the promises made at acceptance
PROMISE_KEPT_EVENT = "promise_kept"  # history: a promised material received
# After these the case is over: nothing more is received for it.
_ENDED = (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)


@dataclass(frozen=True)
class PromisedMaterial:
    """One line of the 容缺受理承诺书: the material (by its catalogue name) and the day."""

    material: str
    promised_on: date


@dataclass(frozen=True)
class PromiseRow:
    """A promise as the case window shows it."""

    id: int
    material: str
    signed_on: date
    promised_on: date
    issue_before_received: bool
    received_on: date | None
    received_by: str | None
    state: PromiseState
    material_id: int  # its line on the case's checklist


def check_promises(
    materials: Sequence[ItemMaterial], accepted_on: date, promised: Sequence[PromisedMaterial]
) -> dict[str, PromisedMaterial]:
    """The promises by material name, each checked against the catalogue (may it be missing,
    is the day right); a material promised twice is refused."""
    terms = {m.name: PromiseTerms(m.may_defer, m.issue_before_received) for m in materials}
    by_name: dict[str, PromisedMaterial] = {}
    for line in promised:
        if line.material in by_name:
            raise PromiseRefused("材料“{material}”重复承诺", material=line.material)
        check_promise(line.material, terms.get(line.material), accepted_on, line.promised_on)
        by_name[line.material] = line
    return by_name


def record_promises(
    session: Session,
    actor: Actor,
    case: Case,
    materials: Sequence[ItemMaterial],
    promised: dict[str, PromisedMaterial],
) -> None:
    """At acceptance, with the case's checklist in place (its promised lines missing): the
    promises and one history line naming them all."""
    if not promised:
        return
    rows = session.scalars(
        sa.select(CaseMaterial).where(
            CaseMaterial.case_id == case.id, CaseMaterial.name.in_(list(promised))
        )
    )
    catalogue = {m.name: m for m in materials}
    for row in rows:
        line = promised[row.name]
        session.add(
            CasePromise(
                case_id=case.id,
                case_material_id=row.id,
                material=row.name,
                signed_on=case.accepted_on,
                promised_on=line.promised_on,
                issue_before_received=catalogue[row.name].issue_before_received,
                recorded_by_id=actor.user_id,
                recorded_at=timesource.now(),
            )
        )
    said = "；".join(f"{p.material}于{p.promised_on.isoformat()}前补交" for p in promised.values())
    session.add(
        CaseEvent(
            case_id=case.id,
            at=timesource.now(),
            actor_id=actor.user_id,
            action=PROMISE_EVENT,
            to_status=case.status,
            reason=f"容缺受理：{said}",
            data={
                "promises": [
                    {"material": p.material, "promised_on": p.promised_on.isoformat()}
                    for p in promised.values()
                ]
            },
        )
    )


def case_promises(session: Session, case_id: int) -> list[PromiseRow]:
    """The case's promises, in the checklist's order, with where each stands today."""
    today = timesource.today()
    rows = session.execute(
        sa.select(CasePromise, PromiseReceipt.received_on, StaffUser.full_name)
        .join(CaseMaterial, CaseMaterial.id == CasePromise.case_material_id)
        .outerjoin(PromiseReceipt, PromiseReceipt.promise_id == CasePromise.id)
        .outerjoin(StaffUser, StaffUser.id == PromiseReceipt.recorded_by_id)
        .where(CasePromise.case_id == case_id)
        .order_by(CaseMaterial.seq)
    ).all()
    return [
        PromiseRow(
            p.id,
            p.material,
            p.signed_on,
            p.promised_on,
            p.issue_before_received,
            received_on,
            received_by,
            promise_state(p.promised_on, received_on, today),
            p.case_material_id,
        )
        for p, received_on, received_by in rows
    ]


def may_receive(actor: Actor, case: Case) -> bool:
    """Whether the actor records promised materials received on this case now."""
    return (
        case.handler_id is not None
        and case.handler_id == actor.user_id
        and case.status not in _ENDED
    )


def receive_promised(
    session: Session, actor: Actor, case_id: int, version: int, promise_id: int, note: str = ""
) -> CaseState:
    """The handler records a promised material received today: the promise is kept (late,
    if its day has passed), the checklist ticks it, and the licence may go out once no
    other promise holds it back."""
    case = lock_case(session, case_id)
    check_version(session, case, version)
    if case.handler_id is None or case.handler_id != actor.user_id:
        raise NotAllowed("只有本件承办人可以登记补交的容缺材料：请先认领本件")
    if not may_receive(actor, case):
        raise NotAllowed("办件当前状态为“{status}”，不能再登记补交材料", status=case.status)
    promise = session.get(CasePromise, promise_id)
    if promise is None or promise.case_id != case.id:
        raise DomainError("所选容缺承诺不属于本办件，请刷新后重试")
    if session.scalar(sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == promise_id)):
        raise DomainError("材料“{material}”已登记补交，不能重复登记", material=promise.material)
    today = timesource.today()
    late = today > promise.promised_on
    session.add(
        PromiseReceipt(
            promise_id=promise.id,
            received_on=today,
            recorded_by_id=actor.user_id,
            recorded_at=timesource.now(),
            note=note.strip(),
        )
    )
    material = session.get(CaseMaterial, promise.case_material_id)
    assert material is not None
    material.state = MaterialState.RECEIVED
    material.received_on = today
    said = "逾期补交" if late else "按期补交"
    record_change(
        session,
        actor,
        case,
        PROMISE_KEPT_EVENT,
        case.status,
        f"{promise.material}：容缺材料{said}",
        {"material": promise.material, "late": late},
    )
    session.flush()
    audit.record(
        session,
        actor,
        PROMISE_KEPT_EVENT,
        "case",
        case.id,
        new={"material": promise.material, "received_on": today.isoformat(), "late": late},
    )
    return state_of(case)
