"""Everything the case workbench shows, read in one session as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CaseEvent,
    CaseMaterial,
    Inspection,
    InspectionMember,
    Inspector,
    IssuedDocument,
    Item,
    Licence,
    StaffUser,
)
from desktop.domain.actor import Actor
from desktop.domain.enums import (
    ApplicantKind,
    CaseStatus,
    Category,
    InspectionConclusion,
    InspectionStatus,
    OpinionLevel,
)
from desktop.domain.explain import DueExplanation
from desktop.domain.guards import available_actions
from desktop.domain.item_kinds import ItemKind
from desktop.domain.licence_life import CaseKind
from desktop.domain.workflow import ELSEWHERE, MATERIAL_EVENT, Action
from desktop.services import timesource
from desktop.services.case_core import CaseNotFound, case_facts
from desktop.services.cases.explanation import explain_case
from desktop.services.cases.promises import PromiseRow, case_promises, may_receive
from desktop.services.cases.queue_rows import QueueRow, queue_rows, row_select
from desktop.services.cases.urging import UrgeLine, open_urges_of_case
from desktop.services.deadlines import work_calendar
from desktop.services.staff import handlers_of

# The level of each opinion; None: a decision, whose level its event data records.
OPINION_ACTIONS = {
    Action.PROPOSE: OpinionLevel.HANDLER,
    Action.SIGN_OFF: OpinionLevel.REVIEW,
    Action.APPROVE: None,
    Action.REJECT: None,
    Action.SEND_BACK: OpinionLevel.SEND_BACK,
}


@dataclass(frozen=True)
class MaterialLine:
    id: int
    seq: int
    name: str
    state: str
    received_on: date | None


@dataclass(frozen=True)
class MaterialMark:
    """A material ticked received or marked missing on the checklist."""

    name: str
    received: bool


@dataclass(frozen=True)
class HistoryLine:
    """One event, in codes: the UI words them. `actor` is None when the system acted."""

    at: datetime
    actor: str | None
    action: str  # an Action value, ACCEPT_EVENT or MATERIAL_EVENT
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    reason: str  # as recorded (in Chinese for the system's own notes)
    marked: MaterialMark | None = None  # material events that recorded what was marked
    received_by: str | None = None  # a hand-over: who collected the result


@dataclass(frozen=True)
class Opinion:
    level: OpinionLevel
    opinion: str
    signer: str | None  # None: the system
    at: datetime


@dataclass(frozen=True)
class InspectionLine:
    status: InspectionStatus
    scheduled_on: date | None
    conclusion: InspectionConclusion | None
    findings: str
    team: list[str]
    id: int = 0  # the inspection, whose on-site record the window shows


@dataclass(frozen=True)
class DocumentLine:
    number: str
    doc_type: str
    issued_at: datetime
    void: bool


@dataclass(frozen=True)
class CaseDetails:
    id: int
    number: str
    version: int
    status: CaseStatus
    category: Category
    item: str
    item_code: str
    applicant: str
    applicant_identifier: str
    contact: str
    address: str
    project: str
    project_address: str
    accepted_at: datetime
    handler: str
    green_channel: bool
    materials: list[MaterialLine]
    history: list[HistoryLine]
    opinions: list[Opinion]
    inspections: list[InspectionLine]
    documents: list[DocumentLine]
    due: DueExplanation
    line: QueueRow  # the case as its queue shows it: due date, working days left, warning
    actions: list[Action]
    material_ids_missing: list[int]
    assignees: list[tuple[int, str]]  # handlers of the queue, when the actor may assign
    urges: list[UrgeLine]  # urges waiting for the handler's acknowledgement
    applicant_kind: ApplicantKind = ApplicantKind.ORGANISATION  # who may sign at hand-over
    # What the case asks for; for an act on a licence, the licence and its validity.
    case_kind: CaseKind = CaseKind.NEW
    licence_no: str = ""
    licence_valid_to: date | None = None
    # What the proposal may set (the item's kind, whether it issues a licence, its validity
    # in years from the catalogue; None: 长期).
    item_kind: ItemKind = ItemKind.LICENSING
    issues_licence: bool = True
    validity_years: int | None = None
    # 容缺受理: the applicant's promises, and whether the actor records their receipts (the
    # case's handler, while the case is not withdrawn or terminated).
    promises: tuple[PromiseRow, ...] = ()
    receives_promised: bool = False


def case_version(session: Session, actor: Actor, case_id: int) -> tuple[int, str | None]:
    """The case's version and who changed it last, None for the system (cheap; polled by
    open workbenches)."""
    row = session.execute(
        sa.select(Case.version, StaffUser.full_name)
        .outerjoin(StaffUser, StaffUser.id == Case.updated_by_id)
        .where(Case.id == case_id)
    ).one()
    return int(row[0]), row[1]


def queue_line(session: Session, case_id: int) -> QueueRow:
    """The case's line as the queues show it (the same reading and counting)."""
    found = list(session.execute(row_select().where(Case.id == case_id)))
    return queue_rows(found, timesource.today(), work_calendar(session))[0]


def case_details(session: Session, actor: Actor, case_id: int) -> CaseDetails:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound("办件不存在或已被删除")
    item = session.get(Item, case.item_id)
    applicant = session.get(Applicant, case.applicant_id)
    assert item is not None and applicant is not None
    names = dict(session.execute(sa.select(StaffUser.id, StaffUser.full_name)).all())
    events = list(
        session.scalars(
            sa.select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        )
    )
    materials = [
        MaterialLine(m.id, m.seq, m.name, m.state.value, m.received_on)
        for m in session.scalars(
            sa.select(CaseMaterial)
            .where(CaseMaterial.case_id == case.id)
            .order_by(CaseMaterial.seq)
        )
    ]
    promises = tuple(case_promises(session, case.id))
    # A 容缺 material still promised is not asked for again by a supplement notice.
    still_promised = {p.material_id for p in promises if p.received_on is None}
    facts = case_facts(session, case)
    actions = [a for a in available_actions(facts, actor) if a not in ELSEWHERE]
    assignable = Action.ASSIGN in actions or Action.TRANSFER in actions
    return CaseDetails(
        id=case.id,
        number=case.number,
        version=case.version,
        status=case.status,
        category=case.category,
        item=item.name,
        item_code=item.code,
        applicant=applicant.name,
        applicant_identifier=applicant.identifier,
        applicant_kind=applicant.kind,
        item_kind=item.kind,
        issues_licence=item.issues_licence,
        validity_years=item.validity_years,
        contact=f"{applicant.contact_name} {applicant.contact_phone}".strip(),
        address=applicant.address,
        project=case.project_name or "",
        project_address=case.project_address or "",
        accepted_at=case.accepted_at,
        handler=names.get(case.handler_id, "") if case.handler_id else "",
        green_channel=case.green_channel,
        materials=materials,
        history=[_history(e, names) for e in events],
        opinions=[_opinion(e, names) for e in events if e.action in OPINION_ACTIONS],
        inspections=_inspections(session, case.id),
        documents=[
            DocumentLine(d.number, d.doc_type, d.issued_at, d.void)
            for d in session.scalars(
                sa.select(IssuedDocument)
                .where(IssuedDocument.case_id == case.id)
                .order_by(IssuedDocument.id)
            )
        ],
        due=explain_case(session, case),
        line=queue_line(session, case.id),
        actions=actions,
        material_ids_missing=[
            m.id for m in materials if m.state == "missing" and m.id not in still_promised
        ],
        assignees=handlers_of(session, actor, case.category) if assignable else [],
        urges=open_urges_of_case(session, case.id),
        case_kind=case.kind,
        **_licence_acted_on(session, case),
        promises=promises,
        receives_promised=may_receive(actor, case),
    )


def _licence_acted_on(session: Session, case: Case) -> dict[str, Any]:
    licence = session.get(Licence, case.licence_id) if case.licence_id is not None else None
    if licence is None:
        return {}
    return {"licence_no": licence.licence_no, "licence_valid_to": licence.valid_to}


def _history(event: CaseEvent, names: dict[int, str]) -> HistoryLine:
    data = event.data or {}
    marked = None
    if event.action == MATERIAL_EVENT and "material" in data:  # older events lack the data
        marked = MaterialMark(data["material"], bool(data["received"]))
    return HistoryLine(
        event.at,
        names.get(event.actor_id) if event.actor_id else None,
        event.action,
        event.from_status,
        event.to_status,
        event.reason or "",
        marked,
        data.get("received_by") if event.action == Action.DELIVER.value else None,
    )


def _opinion(event: CaseEvent, names: dict[int, str]) -> Opinion:
    level = OPINION_ACTIONS[Action(event.action)]
    return Opinion(
        level or OpinionLevel.recorded((event.data or {}).get("level")),
        event.reason or "",
        names.get(event.actor_id) if event.actor_id else None,
        event.at,
    )


def _inspections(session: Session, case_id: int) -> list[InspectionLine]:
    lines = []
    for inspection in session.scalars(
        sa.select(Inspection).where(Inspection.case_id == case_id).order_by(Inspection.id)
    ):
        team = list(
            session.scalars(
                sa.select(Inspector.name)
                .join(InspectionMember)
                .where(
                    InspectionMember.inspection_id == inspection.id,
                    InspectionMember.is_backup.is_(False),
                )
            )
        )
        lines.append(
            InspectionLine(
                inspection.status,
                inspection.scheduled_on,
                inspection.conclusion,
                inspection.findings or "",
                team,
                inspection.id,
            )
        )
    return lines
