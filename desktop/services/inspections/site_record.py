"""The on-site record (现场踏勘记录) of one inspection: findings per check point of the
item's checklist, files and photos, the applicant's representative, the conclusion, and
each team inspector's confirmation by signing in (ALL arts. 34 and 61)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.data.forget import forget_rows
from desktop.domain.actor import Actor
from desktop.domain.enums import (
    FindingVerdict,
    HalfDay,
    InspectionConclusion,
    InspectionStatus,
    Role,
)
from desktop.domain.inspections.site_record import (
    Finding,
    RecordRefused,
    check_record,
    file_digest,
    is_photo,
)
from desktop.services import audit, timesource
from desktop.services.inspections.access import SCHEDULING, require
from desktop.services.inspections.changes import ChangeOutcome, override_team
from desktop.services.inspections.teams import load_inspection, team_of

# Who reads a record: whoever plans inspections, and whoever decides on the case.
READERS = frozenset(
    {
        Role.COORDINATOR,
        Role.HANDLER_ENGINEERING,
        Role.HANDLER_SOCIAL,
        Role.REVIEWER,
        Role.HEAD,
        Role.SUPERVISOR,
    }
)
WRITABLE = (InspectionStatus.SCHEDULED,)


@dataclass(frozen=True)
class FindingLine:
    seq: int
    check_point: str
    major: bool
    verdict: FindingVerdict | None
    note: str


@dataclass(frozen=True)
class FileLine:
    id: int
    name: str
    photo: bool
    size: int
    sha256: str


@dataclass(frozen=True)
class MemberLine:
    inspector_id: int
    name: str
    department: str
    signed_at: datetime | None


@dataclass(frozen=True)
class SiteRecord:
    """One inspection's record as the window and the printed document show it."""

    inspection_id: int
    case_id: int
    case_number: str
    item_name: str
    applicant: str
    address: str
    status: InspectionStatus
    day: date | None
    half_day: HalfDay | None
    findings: tuple[FindingLine, ...]
    files: tuple[FileLine, ...]
    members: tuple[MemberLine, ...]
    representative: str
    conclusion: InspectionConclusion | None
    summary: str
    rectify_due: date | None
    follows_id: int | None
    same_team: bool

    @property
    def confirmed(self) -> bool:
        """Saved, and confirmed by every inspector of the team."""
        return (
            self.conclusion is not None
            and bool(self.members)
            and all(member.signed_at is not None for member in self.members)
        )


@dataclass(frozen=True)
class RecordForm:
    representative: str
    findings: tuple[Finding, ...]
    conclusion: InspectionConclusion | None
    summary: str
    rectify_due: date | None = None


def checklist_of(session: Session, item_id: int) -> dict[int, tuple[str, bool]]:
    """The item's check points: number -> (text, major-violation flag)."""
    rows = session.execute(
        sa.select(m.ItemCheckPoint.seq, m.ItemCheckPoint.text, m.ItemCheckPoint.major)
        .where(m.ItemCheckPoint.item_id == item_id)
        .order_by(m.ItemCheckPoint.seq)
    ).all()
    return {seq: (text, major) for seq, text, major in rows}


def site_record(session: Session, actor: Actor, inspection_id: int) -> SiteRecord:
    """The record as it stands; before it is filled, the item's checklist with no answers."""
    require(actor, READERS, "查看现场踏勘记录")
    inspection, case = load_inspection(session, inspection_id, tuple(InspectionStatus))
    return read_record(session, inspection, case)


def save_record(session: Session, actor: Actor, inspection_id: int, form: RecordForm) -> SiteRecord:
    """Write the findings, representative and conclusion; a changed record must be
    confirmed again by every inspector, and one the whole team confirmed is not changed."""
    require(actor, SCHEDULING, "填写现场踏勘记录")
    inspection, case = load_inspection(session, inspection_id, WRITABLE)
    _refuse_if_confirmed(session, inspection_id)
    checklist = checklist_of(session, case.item_id)
    check_record(
        checklist,
        form.findings,
        form.representative,
        form.conclusion,
        form.summary,
        form.rectify_due,
        timesource.today(),
    )
    record = session.get(m.InspectionRecord, inspection_id)
    before = _record_state(record)
    if record is None:
        record = m.InspectionRecord(inspection_id=inspection_id)
        session.add(record)
    record.representative = form.representative.strip()
    record.conclusion = form.conclusion
    record.summary = form.summary.strip()
    record.rectify_due = form.rectify_due
    record.written_by = actor.username
    record.written_at = timesource.now()
    # Findings saved again replace the old (on PostgreSQL through desk_forget_rows).
    old_findings = session.scalars(
        sa.select(m.InspectionFinding.id).where(m.InspectionFinding.inspection_id == inspection_id)
    )
    forget_rows(session, m.InspectionFinding.__table__, [{"id": i} for i in old_findings])
    for finding in sorted(form.findings, key=lambda f: f.seq):
        text, major = checklist[finding.seq]
        session.add(
            m.InspectionFinding(
                inspection_id=inspection_id,
                seq=finding.seq,
                check_point=text,
                major=major,
                verdict=finding.verdict,
                note=finding.note.strip(),
            )
        )
    for member in session.scalars(
        sa.select(m.InspectionMember).where(
            m.InspectionMember.inspection_id == inspection_id,
            m.InspectionMember.signed_at.is_not(None),
        )
    ):
        member.signed_at = None
    session.flush()
    audit.record(
        session,
        actor,
        "inspection_record_save",
        "inspection",
        inspection_id,
        before,
        _record_state(record),
    )
    return read_record(session, inspection, case)


def attach_file(
    session: Session, actor: Actor, inspection_id: int, name: str, content: bytes
) -> FileLine:
    """Keep a file or photo with the record, with its SHA-256 and size; too large a file is
    refused with nothing written."""
    require(actor, SCHEDULING, "添加踏勘附件")
    load_inspection(session, inspection_id, WRITABLE)
    _refuse_if_confirmed(session, inspection_id)
    digest = file_digest(name, content)
    row = m.InspectionFile(
        inspection_id=inspection_id,
        name=name.strip(),
        photo=is_photo(name),
        size=len(content),
        sha256=digest,
        content=content,
        added_by=actor.username,
        added_at=timesource.now(),
    )
    session.add(row)
    session.flush()
    line = FileLine(row.id, row.name, row.photo, row.size, row.sha256)
    audit.record(
        session,
        actor,
        "inspection_file_add",
        "inspection",
        inspection_id,
        None,
        {"file": row.id, "name": row.name, "size": row.size, "sha256": digest},
    )
    return line


def file_content(session: Session, actor: Actor, file_id: int) -> bytes:
    """A file's bytes (a photo's thumbnail, a file opened)."""
    require(actor, READERS, "查看踏勘附件")
    row = session.get(m.InspectionFile, file_id)
    if row is None:
        raise RecordRefused("找不到该附件，请刷新后重试")
    return row.content


def is_confirmed(session: Session, inspection_id: int) -> bool:
    """Saved with a conclusion and confirmed by every inspector of the team: frozen."""
    record = session.get(m.InspectionRecord, inspection_id)
    if record is None or record.conclusion is None:
        return False
    signed = session.scalars(
        sa.select(m.InspectionMember.signed_at).where(
            m.InspectionMember.inspection_id == inspection_id,
            m.InspectionMember.is_backup.is_(False),
        )
    ).all()
    return bool(signed) and all(at is not None for at in signed)


def _refuse_if_confirmed(session: Session, inspection_id: int) -> None:
    if is_confirmed(session, inspection_id):
        raise RecordRefused("现场踏勘记录已由踏勘组全体确认，不能再更改")


def reuse_team(
    session: Session,
    actor: Actor,
    inspection_id: int,
    day: date,
    half_day: HalfDay,
    reason: str = "",
) -> ChangeOutcome:
    """A re-inspection by the team of the inspection it follows, at a half-day of its
    window, if they keep every rule (leave, recusal, capacity) then."""
    record = session.get(m.InspectionRecord, inspection_id)
    if record is None or record.follows_id is None:
        raise RecordRefused("这不是复查踏勘，没有原踏勘组可沿用")
    members = team_of(session, record.follows_id).members
    return override_team(
        session,
        actor,
        inspection_id,
        day,
        half_day,
        members,
        "复查：沿用原踏勘组" + (f"（{reason.strip()}）" if reason.strip() else ""),
    )


def _record_state(record: m.InspectionRecord | None) -> dict[str, object] | None:
    if record is None:
        return None
    return {
        "representative": record.representative,
        "conclusion": record.conclusion.value if record.conclusion else None,
        "rectify_due": record.rectify_due.isoformat() if record.rectify_due else None,
    }


def read_record(session: Session, inspection: m.Inspection, case: m.Case) -> SiteRecord:
    """The record of `inspection` (of `case`), as it stands."""
    item = session.get(m.Item, case.item_id)
    applicant = session.get(m.Applicant, case.applicant_id)
    assert item is not None and applicant is not None
    record = session.get(m.InspectionRecord, inspection.id)
    found = {
        f.seq: f
        for f in session.scalars(
            sa.select(m.InspectionFinding).where(m.InspectionFinding.inspection_id == inspection.id)
        )
    }
    if found:
        findings = tuple(
            FindingLine(f.seq, f.check_point, f.major, f.verdict, f.note)
            for _, f in sorted(found.items())
        )
    else:
        findings = tuple(
            FindingLine(seq, text, major, None, "")
            for seq, (text, major) in checklist_of(session, case.item_id).items()
        )
    files = tuple(
        FileLine(*row)
        for row in session.execute(
            sa.select(
                m.InspectionFile.id,
                m.InspectionFile.name,
                m.InspectionFile.photo,
                m.InspectionFile.size,
                m.InspectionFile.sha256,
            )
            .where(m.InspectionFile.inspection_id == inspection.id)
            .order_by(m.InspectionFile.id)
        )
    )
    members = tuple(
        MemberLine(inspector_id, name, department, signed_at)
        for inspector_id, name, department, signed_at in session.execute(
            sa.select(
                m.Inspector.id, m.Inspector.name, m.Department.name, m.InspectionMember.signed_at
            )
            .join(m.InspectionMember, m.InspectionMember.inspector_id == m.Inspector.id)
            .join(m.Department, m.Department.id == m.Inspector.department_id)
            .where(
                m.InspectionMember.inspection_id == inspection.id,
                m.InspectionMember.is_backup.is_(False),
            )
            .order_by(m.InspectionMember.rank, m.Inspector.id)
        )
    )
    return SiteRecord(
        inspection_id=inspection.id,
        case_id=case.id,
        case_number=case.number,
        item_name=item.name,
        applicant=applicant.name,
        address=inspection.address,
        status=inspection.status,
        day=inspection.scheduled_on,
        half_day=inspection.half_day,
        findings=findings,
        files=files,
        members=members,
        representative=record.representative if record else "",
        conclusion=record.conclusion if record else None,
        summary=record.summary if record else "",
        rectify_due=record.rectify_due if record else None,
        follows_id=record.follows_id if record else None,
        same_team=record.same_team if record else False,
    )
