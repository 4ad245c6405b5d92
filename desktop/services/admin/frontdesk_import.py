"""Front-desk hand-over files: accepted cases land in their classified queues, clocks
running from the acceptance time; the same file imported twice adds nothing.

A file is imported in one transaction: the good rows are added, the bad ones reported with
their row number and every reason, and rows whose acceptance number is already known are
skipped. A row whose identifier is registered under another name is refused with both
names (never linked to someone else), and a row whose area code no edition of the division
table knows is imported and flagged for a person to check. A failure midway leaves nothing
half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, Item
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind, Role
from desktop.domain.errors import DomainError
from desktop.domain.frontdesk_rows import REQUIRED, AcceptedCase, read_row
from desktop.domain.guards import NotAllowed
from desktop.domain.timezone import CHINA
from desktop.services import audit, timesource
from desktop.services.cases.applicants import NewApplicant, register_applicant
from desktop.services.cases.commitments import commitment_problem
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.licence_acts import licence_to_act_on
from desktop.services.cases.projects import add_project, project_known, project_refusal
from desktop.services.cases.promises import PromisedMaterial, check_promises
from desktop.services.sheets import Rows, missing_columns, read_csv, read_xlsx

ALLOWED = (Role.ADMIN, Role.CLERK, Role.SUPERVISOR)


@dataclass
class FrontDeskImport:
    file_name: str
    added: list[str] = field(default_factory=list)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # (row, number, why)
    rejected: list[tuple[int, list[str]]] = field(default_factory=list)  # (row, reasons)
    flagged: list[tuple[int, str, str]] = field(default_factory=list)  # (row, number, what)

    def lines(self) -> list[str]:
        """The report as the CLI prints it and the watched folder stores it."""
        out = [
            f"文件：{self.file_name}",
            f"新增 {len(self.added)} 件，跳过 {len(self.skipped)} 行，有误 {len(self.rejected)} 行",
        ]
        out += [f"跳过 第{row}行 {number}：{why}" for row, number, why in self.skipped]
        out += [f"有误 第{row}行：{'；'.join(reasons)}" for row, reasons in self.rejected]
        out += [f"请核对 第{row}行 {number}：{what}" for row, number, what in self.flagged]
        return out


def import_frontdesk_file(
    session: Session, actor: Actor, file_name: str, data: bytes
) -> FrontDeskImport:
    if not any(actor.has(role) for role in ALLOWED):
        raise NotAllowed("只有窗口人员、督办人员或系统管理员可以导入前台受理文件")
    suffix = Path(file_name).suffix.lower()
    header, rows = read_xlsx(data) if suffix == ".xlsx" else read_csv(data)
    report = FrontDeskImport(Path(file_name).name)
    missing = missing_columns(header, REQUIRED)
    if missing:
        report.rejected.append((1, [f"缺少列：{'、'.join(missing)}"]))
        return report
    now = timesource.now().astimezone(CHINA)
    active_items = set(session.scalars(sa.select(Item.code).where(Item.active.is_(True))))
    numbers = [str(values.get("受理编号") or "").strip() for _, values in rows]
    known = set(session.scalars(sa.select(Case.number).where(Case.number.in_(set(numbers)))))
    seen: set[str] = set()
    registered = _registered_names(session, rows)
    for number, values in rows:
        case, reasons = read_row(values, now)
        if case is None:
            report.rejected.append((number, reasons))
            continue
        if case.number in known:
            report.skipped.append((number, case.number, "已导入（受理编号已存在）"))
            continue
        if case.number in seen:
            report.skipped.append((number, case.number, "文件中重复出现，只导入第一次"))
            continue
        if case.item_code not in active_items:
            report.rejected.append((number, [f"事项编码 {case.item_code} 不存在或已停用"]))
            continue
        known_name = registered.get((case.applicant_kind, case.identifier))
        if known_name is not None and known_name != case.applicant_name:
            report.rejected.append((number, [_other_name(case, known_name)]))
            continue
        refused = (
            _licence_refused(session, case)
            or _promise_refused(session, case)
            or _project_refused(session, case)
            or _commitment_refused(session, case)
        )
        if refused is not None:
            report.rejected.append((number, [refused]))
            continue
        seen.add(case.number)
        _accept(session, actor, case)
        registered[(case.applicant_kind, case.identifier)] = case.applicant_name
        report.added.append(case.number)
        if case.unknown_area is not None:
            report.flagged.append((number, case.number, _unknown_area(case)))
    audit.record(
        session,
        actor,
        "import_frontdesk",
        "case",
        None,
        new={
            "file": report.file_name,
            "added": len(report.added),
            "skipped": len(report.skipped),
            "rejected": len(report.rejected),
            "flagged": len(report.flagged),
        },
    )
    return report


def _registered_names(session: Session, rows: Rows) -> dict[tuple[ApplicantKind, str], str]:
    """The names under which the file's identifiers are already registered."""
    wanted = {str(values.get("证件号码") or "").strip().upper() for _, values in rows}
    found = session.execute(
        sa.select(Applicant.kind, Applicant.identifier, Applicant.name).where(
            Applicant.identifier.in_(wanted)
        )
    )
    return {(kind, identifier): name for kind, identifier, name in found}


def _other_name(case: AcceptedCase, known_name: str) -> str:
    return (
        f"证件号码 {case.identifier} 已登记为申请人“{known_name}”，本行的申请人名称为"
        f"“{case.applicant_name}”：请核对本行的名称或证件号码（如申请人已更名，"
        "请先更正系统中的申请人名称）"
    )


def _unknown_area(case: AcceptedCase) -> str:
    return (
        f"证件号码 {case.identifier} 的地址码 {case.unknown_area} 不在历年行政区划代码中，"
        "已按原号码导入：请核对证件"
    )


def _applicant_id(session: Session, case: AcceptedCase) -> int | None:
    return session.scalar(
        sa.select(Applicant.id).where(
            Applicant.kind == case.applicant_kind, Applicant.identifier == case.identifier
        )
    )


def _licence_refused(session: Session, case: AcceptedCase) -> str | None:
    """Why the licence the row acts on refuses it (checked before anything is written)."""
    try:
        licence_to_act_on(
            session,
            case.case_kind,
            case.licence_no,
            case.accepted_at.date(),
            _applicant_id(session, case),
            session.scalar(sa.select(Item).where(Item.code == case.item_code)),
        )
    except DomainError as error:
        return str(error)
    return None


def _promises(case: AcceptedCase) -> tuple[PromisedMaterial, ...]:
    if case.promised_on is None:
        return ()
    return tuple(PromisedMaterial(name, case.promised_on) for name in case.promised)


def _promise_refused(session: Session, case: AcceptedCase) -> str | None:
    """Why the row's 容缺 promise is refused by the catalogue (checked before writing)."""
    if not case.promised:
        return None
    item = session.scalar(sa.select(Item).where(Item.code == case.item_code))
    assert item is not None  # the row's item was checked first
    try:
        check_promises(item.materials, case.accepted_at.date(), _promises(case))
    except DomainError as error:
        return str(error)
    return None


def _project_refused(session: Session, case: AcceptedCase) -> str | None:
    """Why the row's project refuses it (checked before anything is written)."""
    if case.project_code is None:
        return None
    return project_refusal(
        session,
        case.project_code,
        _applicant_id(session, case),
        case.applicant_kind is ApplicantKind.ORGANISATION,
        case.project_name,
        session.scalar(sa.select(Item).where(Item.code == case.item_code)),
    )


def _commitment_refused(session: Session, case: AcceptedCase) -> str | None:
    """Why the row's commitment (承诺人) does not fit its item (告知承诺制 or not)."""
    item = session.scalar(sa.select(Item).where(Item.code == case.item_code))
    problem = commitment_problem(item, case.case_kind, case.signatory) if item else None
    return str(problem) if problem is not None else None


def _accept(session: Session, actor: Actor, case: AcceptedCase) -> None:
    applicant_id = session.scalar(
        sa.select(Applicant.id).where(
            Applicant.kind == case.applicant_kind, Applicant.identifier == case.identifier
        )
    )
    if applicant_id is None:
        applicant_id = register_applicant(
            session,
            actor,
            NewApplicant(
                kind=case.applicant_kind,
                name=case.applicant_name,
                identifier=case.identifier,
                contact_name=case.contact_name,
                contact_phone=case.contact_phone,
                address=case.address,
                accept_unknown_area=True,  # flagged in the report for a person to check
            ),
        )
    if case.project_code is not None and not project_known(session, case.project_code):
        builder = session.get(Applicant, applicant_id)
        assert builder is not None
        add_project(
            session, actor, case.project_code, case.project_name, builder, case.project_address
        )
    accept_case(
        session,
        actor,
        NewCase(
            number=case.number,
            item_code=case.item_code,
            applicant_id=applicant_id,
            accepted_at=case.accepted_at,
            project_name=case.project_name or None,
            project_address=case.project_address or None,
            green_channel=case.green_channel,
            kind=case.case_kind,
            licence_no=case.licence_no,
            promises=_promises(case),
            project_code=case.project_code,
            signatory=case.signatory,
        ),
    )
