"""The review steps: supplements, the materials checklist, inspections, special procedures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    Applicant,
    Case,
    CaseMaterial,
    CasePromise,
    Inspection,
    InspectionMember,
    InspectionRecord,
    Item,
    ItemMaterial,
    PromiseReceipt,
)
from desktop.domain.actor import Actor
from desktop.domain.enums import (
    CaseStatus,
    InspectionConclusion,
    InspectionStatus,
    MaterialState,
    PauseKind,
)
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.workflow import MATERIAL_EVENT, Action
from desktop.services import audit, timesource
from desktop.services.case_core import (
    CaseState,
    act,
    check_version,
    close_pauses,
    finish,
    lock_case,
    open_pause,
    state_of,
)
from desktop.services.case_moves import record_change
from desktop.services.deadlines import work_calendar
from desktop.services.inspections.joint import joint_lead

SUPPLEMENT_NOTICE_DAYS = 5  # ALL art. 32: tell the applicant within five days


@dataclass(frozen=True)
class MissingMaterial:
    name: str
    description: str
    original_required: bool
    copies: int


@dataclass(frozen=True)
class SupplementNotice:
    """Everything the one-time notification (一次性告知书) must say, all at once."""

    case_number: str
    applicant: str
    item: str
    materials: list[MissingMaterial]
    note: str
    state: CaseState


def request_supplement(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    missing_material_ids: Sequence[int],
    note: str = "",
) -> SupplementNotice:
    """Stop the clock and list every missing material at once (ALL art. 32)."""
    if not missing_material_ids:
        raise DomainError("请勾选需要补正的全部材料（一次性告知）")
    rows = list(
        session.scalars(
            sa.select(CaseMaterial)
            .where(CaseMaterial.case_id == case_id, CaseMaterial.id.in_(missing_material_ids))
            .order_by(CaseMaterial.seq)
        )
    )
    if len(rows) != len(set(missing_material_ids)):
        raise DomainError("所选材料不属于本办件，请刷新后重新勾选")
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.REQUEST_SUPPLEMENT,
        reason=note or None,
        data={"missing": [r.name for r in rows], "material_ids": [r.id for r in rows]},
    )
    case = step.case
    for row in rows:
        row.state = MaterialState.MISSING
        row.received_on = None
    open_pause(session, case, PauseKind.SUPPLEMENT, reason="补正材料")
    state = finish(session, actor, step)
    return SupplementNotice(
        case.number,
        _applicant_name(session, case),
        _item_name(session, case),
        _describe(session, rows),
        note,
        state,
    )


def receive_supplement(session: Session, actor: Actor, case_id: int, version: int) -> CaseState:
    step = act(session, actor, case_id, version, Action.RECEIVE_SUPPLEMENT)
    # A 容缺 material still promised stays missing: only its receipt keeps the promise.
    promised = sa.select(CasePromise.case_material_id).where(
        CasePromise.case_id == case_id,
        ~sa.select(PromiseReceipt.id).where(PromiseReceipt.promise_id == CasePromise.id).exists(),
    )
    for row in session.scalars(
        sa.select(CaseMaterial).where(
            CaseMaterial.case_id == case_id,
            CaseMaterial.state == MaterialState.MISSING,
            CaseMaterial.id.not_in(promised),
        )
    ):
        row.state = MaterialState.RECEIVED
        row.received_on = timesource.today()
    close_pauses(session, step.case, PauseKind.SUPPLEMENT)
    return finish(session, actor, step)


def start_inspection(
    session: Session, actor: Actor, case_id: int, version: int, window_days: int = 5
) -> CaseState:
    """Request a site inspection; the clock stops where the item says so. After 限期整改 or
    不合格 it is a re-inspection by a new draw (the coordinator may still book the same team)."""
    if _latest_not_passed(session, case_id) is not None:
        return request_reinspection(session, actor, case_id, version, False, window_days)
    return _request_inspection(session, actor, case_id, version, window_days)


def request_reinspection(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    same_team: bool,
    window_days: int = 5,
) -> CaseState:
    """Ask for a re-inspection after 限期整改 or 不合格: by the same team (the coordinator
    books them) or a new draw; its window opens when the rectification period ends."""
    latest = _latest_not_passed(session, case_id)
    if latest is None:
        raise DomainError("只有最近一次踏勘结论为限期整改或不合格时，才能提请复查")
    record = session.get(InspectionRecord, latest.id)
    due = record.rectify_due if record is not None else None
    state = _request_inspection(session, actor, case_id, version, window_days, not_before=due)
    new_id = session.scalar(
        sa.select(Inspection.id)
        .where(Inspection.case_id == case_id, Inspection.id > latest.id)
        .order_by(Inspection.id.desc())
        .limit(1)
    )
    session.add(
        InspectionRecord(
            inspection_id=new_id,
            follows_id=latest.id,
            same_team=same_team,
            written_by=actor.username,
            written_at=timesource.now(),
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "request_reinspection",
        "inspection",
        new_id,
        None,
        {"follows": latest.id, "same_team": same_team},
    )
    return state


def _latest_not_passed(session: Session, case_id: int) -> Inspection | None:
    """The case's latest recorded inspection, when it did not pass."""
    latest = session.scalar(
        sa.select(Inspection)
        .where(
            Inspection.case_id == case_id,
            Inspection.status == InspectionStatus.DONE,
            Inspection.conclusion.is_not(None),
        )
        .order_by(Inspection.id.desc())
        .limit(1)
    )
    if latest is None or latest.conclusion is InspectionConclusion.PASSES:
        return None
    return latest


def _request_inspection(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    window_days: int,
    not_before: date | None = None,
) -> CaseState:
    step = act(session, actor, case_id, version, Action.START_INSPECTION)
    case = step.case
    item = session.get(Item, case.item_id)
    applicant = session.get(Applicant, case.applicant_id)
    assert item is not None and applicant is not None
    today = timesource.today()
    if not_before is not None and not_before > today:
        today = not_before  # the team comes back when the rectification period is over
    session.add(
        Inspection(
            case_id=case.id,
            department_id=item.department_id,
            status=InspectionStatus.REQUESTED,
            # The site: the project's, else the applicant's premises (the team must know where).
            address=case.project_address or applicant.address or "",
            window_start=today,
            window_end=work_calendar(session).add_working_days(today, window_days),
        )
    )
    if item.inspection_pauses_clock:
        open_pause(session, case, PauseKind.INSPECTION, reason="现场踏勘")
    return finish(session, actor, step)


def end_inspection(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    conclusion: InspectionConclusion,
    findings: str,
) -> CaseState:
    """Record the inspection's conclusion; the clock resumes. A joined inspection (联合踏勘)
    takes the lead's conclusion, once the lead is recorded, and its findings by default."""
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.END_INSPECTION,
        data={"conclusion": conclusion.value},
    )
    inspection = session.scalars(
        sa.select(Inspection)
        .where(
            Inspection.case_id == case_id,
            Inspection.status != InspectionStatus.DONE,
            Inspection.status != InspectionStatus.CANCELLED,
        )
        .order_by(Inspection.id.desc())
    ).first()
    if inspection is None:
        raise DomainError("找不到待完成的踏勘任务：请刷新后重试")
    lead = joint_lead(session, inspection)
    if lead is not None:
        findings = _check_joint(session, lead, conclusion, findings)
    if not findings.strip():
        raise DomainError("请填写踏勘发现的情况（踏勘记录）")
    _check_site_record(session, inspection.id, conclusion)
    inspection.status = InspectionStatus.DONE
    inspection.conclusion = conclusion
    inspection.findings = findings.strip()
    inspection.completed_at = timesource.now()
    close_pauses(session, step.case, PauseKind.INSPECTION)
    return finish(session, actor, step)


def _check_joint(
    session: Session, lead: Inspection, conclusion: InspectionConclusion, findings: str
) -> str:
    """The lead's conclusion, and its findings unless the handler wrote their own."""
    number = session.scalar(sa.select(Case.number).where(Case.id == lead.case_id))
    if lead.status is not InspectionStatus.DONE or lead.conclusion is None:
        raise DomainError(
            "联合踏勘的主踏勘（办件 {number}）尚未录入结论，请稍后再结束踏勘", number=number
        )
    if lead.conclusion is not conclusion:
        raise DomainError(
            "联合踏勘的结论须与主踏勘（办件 {number}）一致：“{recorded}”",
            number=number,
            recorded=lead.conclusion,
        )
    return findings if findings.strip() else (lead.findings or "")


def _check_site_record(
    session: Session, inspection_id: int, conclusion: InspectionConclusion
) -> None:
    """A filled on-site record decides the conclusion, once every inspector confirmed it."""
    record = session.get(InspectionRecord, inspection_id)
    if record is None or record.conclusion is None:
        return
    unsigned = session.scalar(
        sa.select(sa.func.count())
        .select_from(InspectionMember)
        .where(
            InspectionMember.inspection_id == inspection_id,
            InspectionMember.is_backup.is_(False),
            InspectionMember.signed_at.is_(None),
        )
    )
    if unsigned:
        raise DomainError("现场踏勘记录尚有 {n} 名踏勘人员未确认，请确认后再结束踏勘", n=unsigned)
    if record.conclusion is not conclusion:
        raise DomainError(
            "现场踏勘记录的结论是“{recorded}”，录入的结论须与之一致",
            recorded=record.conclusion,
        )


def start_special(
    session: Session,
    actor: Actor,
    case_id: int,
    version: int,
    procedure: str,
    expected_days: int,
    reason: str,
) -> CaseState:
    """Hearing, testing, expert review...: time not counted, applicant told (ALL art. 45)."""
    if expected_days < 1:
        raise DomainError("请填写特别程序预计所需的工作日数（书面告知申请人）")
    step = act(
        session,
        actor,
        case_id,
        version,
        Action.START_SPECIAL,
        reason=reason,
        data={"procedure": procedure, "expected_days": expected_days},
    )
    open_pause(
        session,
        step.case,
        PauseKind.SPECIAL_PROCEDURE,
        expected_days=expected_days,
        reason=procedure,
    )
    return finish(session, actor, step)


def end_special(session: Session, actor: Actor, case_id: int, version: int) -> CaseState:
    step = act(session, actor, case_id, version, Action.END_SPECIAL)
    close_pauses(session, step.case, PauseKind.SPECIAL_PROCEDURE)
    return finish(session, actor, step)


def _applicant_name(session: Session, case: Case) -> str:
    applicant = session.get(Applicant, case.applicant_id)
    return applicant.name if applicant else ""


def _item_name(session: Session, case: Case) -> str:
    item = session.get(Item, case.item_id)
    return item.name if item else ""


def _describe(session: Session, rows: list[CaseMaterial]) -> list[MissingMaterial]:
    described = []
    for row in rows:
        spec = session.get(ItemMaterial, row.item_material_id) if row.item_material_id else None
        described.append(
            MissingMaterial(
                row.name,
                spec.description if spec else "",
                bool(spec and spec.original_required),
                spec.copies if spec else 1,
            )
        )
    return described


def mark_material(
    session: Session, actor: Actor, case_id: int, version: int, material_id: int, received: bool
) -> CaseState:
    """Tick a material received, or mark it missing, on the checklist (the handler only)."""
    case = lock_case(session, case_id)
    check_version(session, case, version)
    if case.handler_id != actor.user_id:
        raise NotAllowed("只有本件承办人可以核对材料：请先认领本件")
    if case.status not in (CaseStatus.UNDER_REVIEW, CaseStatus.SUPPLEMENT_REQUESTED):
        raise NotAllowed("办件当前状态为“{status}”，不能修改材料清单", status=case.status)
    material = session.get(CaseMaterial, material_id)
    if material is None or material.case_id != case.id:
        raise DomainError("所选材料不属于本办件，请刷新后重试")
    if session.scalar(sa.select(CasePromise.id).where(CasePromise.case_material_id == material_id)):
        raise DomainError(
            "“{material}”是容缺受理承诺补交的材料：请在“容缺承诺”页登记补交",
            material=material.name,
        )
    material.state = MaterialState.RECEIVED if received else MaterialState.MISSING
    material.received_on = timesource.today() if received else None
    # The reason is the record in Chinese; the data lets the UI say it in its language.
    record_change(
        session,
        actor,
        case,
        MATERIAL_EVENT,
        case.status,
        f"{material.name}：{'已收' if received else '缺少'}",
        {"material": material.name, "received": received},
    )
    session.flush()
    audit.record(
        session,
        actor,
        MATERIAL_EVENT,
        "case",
        case.id,
        new={"material": material.name, "received": received, "version": case.version},
    )
    return state_of(case)
