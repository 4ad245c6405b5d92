"""The demo's 容缺受理: the catalogue marks a few minor materials of its licences as allowed
missing at acceptance (some letting the licence out first), and one in two new licence
cases with such a material was accepted on a promise to hand it in within about a week;
most were kept on time, a few late, and a few are overdue today (README, "容缺受理")."""

from __future__ import annotations

import random
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.bulk import bulk_insert
from desktop.data.models import Case, CaseMaterial, CasePromise, Item, ItemMaterial, PromiseReceipt
from desktop.domain.enums import CaseStatus, MaterialState
from desktop.domain.licence_life import CaseKind
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services.demo.moments import OFFICE_SECONDS, office_moment

# Minor materials a 容缺受理 list commonly allows, and those the licence may go out before.
MAY_DEFER = frozenset(
    {
        "管理制度",
        "场所平面布局图",
        "设施设备清单",
        "应急预案",
        "从业人员健康证明",
        "章程",
        "近期免冠照片",
    }
)
ISSUE_FIRST = frozenset({"管理制度", "应急预案", "设施设备清单", "章程"})
SHARE = 1 / 2  # of the new licence cases with such a material
OVERDUE_SHARE = 0.1  # of the promises whose day has passed
LATE_SHARE = 0.05
# Before the decision the licence is held back whatever the material; after it, only a
# material that lets the licence out first can still be open (the register refuses the rest).
BEFORE_DECISION = (
    CaseStatus.RECEIVED,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.SUPPLEMENT_REQUESTED,
    CaseStatus.INSPECTION,
    CaseStatus.SPECIAL_PROCEDURE,
    CaseStatus.DECISION_PROPOSED,
    CaseStatus.AWAITING_SIGNOFF,
)
LICENCE_OUT = (CaseStatus.APPROVED, CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)


def plan_promises(session: Session, rng: random.Random, calendar: WorkCalendar, today: date) -> int:
    """Mark the catalogue's 容缺 materials and give a share of the cases their promises and
    receipts; how many promises."""
    session.execute(
        sa.update(ItemMaterial)
        .where(ItemMaterial.name.in_(MAY_DEFER))
        .where(ItemMaterial.item_id.in_(_licence_items()))
        .values(may_defer=True, issue_before_received=ItemMaterial.name.in_(ISSUE_FIRST))
    )
    candidates = session.execute(
        sa.select(
            Case.id,
            Case.status,
            Case.accepted_at,
            Case.decided_on,
            Case.first_contact_id,
            Case.handler_id,
            CaseMaterial.id,
            CaseMaterial.name,
            ItemMaterial.issue_before_received,
        )
        .join(CaseMaterial, CaseMaterial.case_id == Case.id)
        .join(ItemMaterial, ItemMaterial.id == CaseMaterial.item_material_id)
        .where(Case.kind == CaseKind.NEW, ItemMaterial.may_defer.is_(True))
        .where(CaseMaterial.state == MaterialState.RECEIVED)
        .where(CaseMaterial.received_on == Case.accepted_on)
        .where(Case.status.in_((*BEFORE_DECISION, *LICENCE_OUT)))
        .order_by(Case.id, CaseMaterial.seq)
    ).all()
    chosen: dict[int, tuple] = {}
    for row in candidates:
        if row[0] not in chosen and rng.random() < SHARE:
            chosen[row[0]] = row
    promises, receipts, materials = [], [], []
    for case_id, status, accepted_at, decided_on, clerk, handler, material_id, name, first in (
        chosen[k] for k in sorted(chosen)
    ):
        accepted_on = accepted_at.astimezone(CHINA).date()
        # Five working days or so, as a 容缺受理承诺书 usually says.
        promised_on = calendar.add_working_days(accepted_on, rng.randint(3, 7))
        received_on = _received_on(
            rng, calendar, (status, accepted_on, decided_on, handler), promised_on, today, first
        )
        if received_on is False:
            continue  # this case's story leaves no room for a promise
        promises.append(
            {
                "case_id": case_id,
                "case_material_id": material_id,
                "material": name,
                "signed_on": accepted_on,
                "promised_on": promised_on,
                "issue_before_received": first,
                "recorded_by_id": clerk,
                "recorded_at": accepted_at,
            }
        )
        materials.append((material_id, received_on))
        if received_on is not None:
            receipts.append((len(promises) - 1, received_on, handler))
    if not promises:
        return 0
    bulk_insert(session, CasePromise.__table__, promises)
    ids = dict(
        session.execute(
            sa.select(CasePromise.case_material_id, CasePromise.id).where(
                CasePromise.case_material_id.in_([p["case_material_id"] for p in promises])
            )
        ).all()
    )
    rows = []
    for index, received_on, handler in receipts:
        moment = office_moment(received_on, rng.randint(0, OFFICE_SECONDS - 1))
        promise_id = ids[promises[index]["case_material_id"]]
        rows.append(
            {
                "promise_id": promise_id,
                "received_on": received_on,
                "recorded_by_id": handler,
                "recorded_at": moment,
                "note": "",
            }
        )
    bulk_insert(session, PromiseReceipt.__table__, rows)
    for material_id, received_on in materials:
        session.execute(
            sa.update(CaseMaterial)
            .where(CaseMaterial.id == material_id)
            .values(
                state=MaterialState.MISSING if received_on is None else MaterialState.RECEIVED,
                received_on=received_on,
                note="容缺受理",
            )
        )
    return len(promises)


def _licence_items() -> sa.Select:
    return sa.select(Item.id).where(Item.issues_licence.is_(True), Item.case_kind == CaseKind.NEW)


def _received_on(
    rng: random.Random,
    calendar: WorkCalendar,
    case: tuple[CaseStatus, date, date | None, int | None],
    promised_on: date,
    today: date,
    issue_first: bool,
) -> date | bool | None:
    """The working day the promised material came in (None: not yet; False: no promise
    fits the case's story)."""
    status, accepted_on, decided_on, handler = case
    latest = today
    if status in LICENCE_OUT and not issue_first:
        # The licence waited for the material: it came in by the decision at the latest.
        if decided_on is None or handler is None:
            return False
        latest = decided_on
    if handler is None:  # still in the pool: nobody has recorded anything yet
        return None if promised_on >= today else False
    first = calendar.position(accepted_on) + 1  # the next working day
    on_time = calendar.position(min(promised_on, latest))
    last = calendar.position(latest)
    roll = rng.random()
    if promised_on < today and roll < OVERDUE_SHARE and (issue_first or status in BEFORE_DECISION):
        return None  # overdue: red in supervision
    if promised_on < latest and roll < OVERDUE_SHARE + LATE_SHARE:
        late_from = calendar.position(promised_on) + 1
        if late_from <= last:
            return calendar.working_day_at(rng.randint(late_from, min(last, late_from + 4)))
    # A licence that waited for the material cannot be out with the material still to come.
    open_fits = not (status in LICENCE_OUT and not issue_first)
    if promised_on >= today and roll < 0.5 and open_fits:
        return None  # still in time, not yet in
    if first > on_time:
        return None if promised_on >= today and open_fits else False
    return calendar.working_day_at(rng.randint(first, on_time))
