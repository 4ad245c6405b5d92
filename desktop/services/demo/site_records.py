"""The demo's on-site records (现场踏勘记录): every inspector of the pool has a sign-in of
their own (they confirm records by signing in, and hold no job role in the bureau), and
every finished visit has its record, filled in by a coordinator from the item's checklist
and confirmed by the whole team on the day. A failed or rectified visit names the point
that failed; a rectification is due ten working days later. The cases whose documents the
demo issues (demo/documents.py) have their records printed as sealed documents too
(README, "Demo")."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import FindingVerdict, InspectionConclusion, InspectionStatus
from desktop.domain.workdays import WorkCalendar

Row = dict[str, Any]
RECTIFY_DAYS = 10
WRITTEN_BEFORE = timedelta(minutes=25)  # the coordinator types the record up, then they sign
PRINTED_AFTER = timedelta(minutes=20)  # and prints it, sealed, once all have signed
PROBLEMS = (
    "现场与申请材料不一致",
    "设施未按方案落实",
    "现场存在安全隐患",
)


def inspector_accounts(inspectors: list[Row], users: list[Row]) -> list[Row]:
    """A staff account for each inspector (password as the bureau's staff, no role), in
    the inspector's own department; links each inspector row to its account."""
    first = max(u["id"] for u in users) + 1
    password_hash = users[0]["password_hash"]
    accounts = []
    for n, inspector in enumerate(inspectors):
        account = {
            "id": first + n,
            "username": f"insp{inspector['id']:03d}",
            "full_name": inspector["name"],
            "department_id": inspector["department_id"],
            "password_hash": password_hash,
            "active": inspector["active"],
            "failed_logins": 0,
        }
        inspector["staff_user_id"] = account["id"]
        accounts.append(account)
    return accounts


def record_rows(
    session: Session, rng: random.Random, calendar: WorkCalendar
) -> tuple[list[Row], list[Row]]:
    """The records and findings of every finished visit (its team confirmed it as it
    ended the visit: the members' signatures the demo wrote with it)."""
    coordinators = session.scalars(
        sa.select(m.StaffUser.username)
        .join(m.StaffRole, m.StaffRole.user_id == m.StaffUser.id)
        .where(m.StaffRole.role == "coordinator")
        .order_by(m.StaffUser.id)
    ).all()
    checklists: dict[int, list[tuple[int, str, bool]]] = {}
    for item_id, seq, text, major in session.execute(
        sa.select(
            m.ItemCheckPoint.item_id,
            m.ItemCheckPoint.seq,
            m.ItemCheckPoint.text,
            m.ItemCheckPoint.major,
        ).order_by(m.ItemCheckPoint.item_id, m.ItemCheckPoint.seq)
    ):
        checklists.setdefault(item_id, []).append((seq, text, major))
    visits = session.execute(
        sa.select(
            m.Inspection.id,
            m.Inspection.conclusion,
            m.Inspection.completed_at,
            m.Inspection.scheduled_on,
            m.Inspection.findings,
            m.Case.item_id,
            m.Applicant.contact_name,
            m.Applicant.name,
        )
        .join(m.Case, m.Case.id == m.Inspection.case_id)
        .join(m.Applicant, m.Applicant.id == m.Case.applicant_id)
        .where(m.Inspection.status == InspectionStatus.DONE, m.Inspection.conclusion.is_not(None))
        .order_by(m.Inspection.id)
    ).all()
    records, findings = [], []
    for inspection_id, conclusion, done_at, day, summary, item_id, contact, name in visits:
        points = checklists.get(item_id, [])
        failing = _failing_point(rng, conclusion, points)
        records.append(
            {
                "inspection_id": inspection_id,
                "representative": (contact or name)[:64],
                "conclusion": conclusion,
                "summary": summary or "现场情况与申请材料一致。",
                "rectify_due": calendar.add_working_days(day, RECTIFY_DAYS)
                if conclusion is InspectionConclusion.RECTIFY
                else None,
                "follows_id": None,
                "same_team": False,
                "written_by": coordinators[inspection_id % len(coordinators)],
                "written_at": done_at - WRITTEN_BEFORE,
            }
        )
        for seq, text, major in points:
            fails = seq == failing
            findings.append(
                {
                    "inspection_id": inspection_id,
                    "seq": seq,
                    "check_point": text,
                    "major": major,
                    "verdict": FindingVerdict.FAILS if fails else FindingVerdict.MEETS,
                    "note": rng.choice(PROBLEMS) if fails else "",
                }
            )
    return records, findings


def _failing_point(
    rng: random.Random, conclusion: InspectionConclusion, points: list[tuple[int, str, bool]]
) -> int | None:
    """The point a visit that did not pass failed at: a major one for 不合格 when the
    checklist has one, a minor one for 限期整改 (a passed visit failed nowhere)."""
    if conclusion is InspectionConclusion.PASSES or not points:
        return None
    wanted = conclusion is InspectionConclusion.FAILS
    chosen = [seq for seq, _, major in points if major is wanted] or [s for s, _, _ in points]
    return rng.choice(chosen)


def record_documents(
    session: Session, case_ids: list[int]
) -> list[tuple[datetime, int, int, DocumentType, int]]:
    """The sealed record of each of these cases' finished visits, printed by a coordinator
    once the team has confirmed it: (when, case, order, type, issuer), as the demo's
    documents plan them."""
    coordinator = session.scalar(
        sa.select(m.StaffUser.id)
        .join(m.StaffRole, m.StaffRole.user_id == m.StaffUser.id)
        .where(m.StaffRole.role == "coordinator")
        .order_by(m.StaffUser.id)
        .limit(1)
    )
    visits = session.execute(
        sa.select(m.Inspection.case_id, m.Inspection.completed_at)
        .join(m.InspectionRecord, m.InspectionRecord.inspection_id == m.Inspection.id)
        .where(
            m.Inspection.case_id.in_(case_ids),
            m.Inspection.status == InspectionStatus.DONE,
            m.InspectionRecord.conclusion.is_not(None),
        )
    ).all()
    assert coordinator is not None or not visits
    return [
        (done_at + PRINTED_AFTER, case_id, 0, DocumentType.INSPECTION_RECORD, coordinator)
        for case_id, done_at in visits
    ]
