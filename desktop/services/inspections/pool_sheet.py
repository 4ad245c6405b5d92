"""The inspector pool to and from XLSX: export every inspector; import row by row, every
problem with its row, nothing written while a row is bad unless only the good rows are
wanted (as the catalogue's import, services/admin/catalogue_io.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.catalogue_rows import RowProblem
from desktop.domain.inspections.pool_rows import (
    POOL_COLUMNS,
    POOL_SHEET,
    InspectorRow,
    inspector_values,
    read_inspector,
)
from desktop.services import audit
from desktop.services.inspections.access import POOL_KEEPING, READING, require
from desktop.services.inspections.pool import (
    InspectorForm,
    booked_count,
    list_inspectors,
    save_inspector,
)
from desktop.services.sheets import Rows, missing_columns, read_xlsx, write_xlsx


@dataclass
class PoolImport:
    """What an import found and did; `problems` name the row and every reason."""

    rows_read: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    written: bool = False


def pool_rows(session: Session, actor: Actor) -> list[InspectorRow]:
    require(actor, READING, "导出踏勘人才库")
    departments = dict(session.execute(sa.select(m.Department.id, m.Department.code)).all())
    specialties = dict(session.execute(sa.select(m.Specialty.id, m.Specialty.code)).all())
    return [
        InspectorRow(
            line.id,
            line.name,
            departments[line.department_id],
            tuple(specialties[i] for i in line.specialty_ids),
            line.title,
            line.phone,
            line.daily_capacity,
            line.active,
        )
        for line in list_inspectors(session, actor)
    ]


def export_pool(session: Session, actor: Actor) -> bytes:
    rows = [inspector_values(row) for row in pool_rows(session, actor)]
    return write_xlsx({POOL_SHEET: (POOL_COLUMNS, rows)})


def import_pool(
    session: Session, actor: Actor, data: bytes, *, only_good_rows: bool = False
) -> PoolImport:
    """Check every row; write nothing while any row is bad, unless `only_good_rows`. A row
    with a 编号 changes that inspector, one without adds a new one; each change is audited."""
    require(actor, POOL_KEEPING, "导入踏勘人才库")
    report = PoolImport()
    header, cells = read_xlsx(data, POOL_SHEET)
    missing = missing_columns(header, POOL_COLUMNS)
    if missing:
        report.problems.append(RowProblem(POOL_SHEET, 1, (f"缺少列：{'、'.join(missing)}",)))
        return report
    good = check_rows(session, actor, cells, report)
    if report.problems and not only_good_rows:
        return report
    departments = dict(session.execute(sa.select(m.Department.code, m.Department.id)).all())
    specialties = dict(session.execute(sa.select(m.Specialty.code, m.Specialty.id)).all())
    current = {row.id: row for row in pool_rows(session, actor)}
    for row in good:
        if row.id is not None and current.get(row.id) == row:
            report.unchanged += 1
            continue
        form = InspectorForm(
            row.id,
            row.name,
            departments[row.department_code],
            tuple(specialties[c] for c in row.specialty_codes),
            row.title,
            row.phone,
            row.active,
            row.daily_capacity,
        )
        save_inspector(session, actor, form)
        (report.added if row.id is None else report.updated).append(row.name)
    report.written = True
    audit.record(
        session,
        actor,
        "import_inspectors",
        "inspector",
        None,
        new={
            "added": len(report.added),
            "updated": len(report.updated),
            "skipped_rows": len(report.problems),
        },
    )
    return report


def check_rows(
    session: Session, actor: Actor, cells: Rows, report: PoolImport
) -> list[InspectorRow]:
    """Read and cross-check the rows; problems go to `report`, the good rows come back."""
    report.rows_read = len(cells)
    departments = set(session.scalars(sa.select(m.Department.code)))
    specialties = set(session.scalars(sa.select(m.Specialty.code)))
    known = {line.id: line for line in list_inspectors(session, actor)}
    ids = Counter(str(values.get("编号") or "").strip() for _, values in cells)
    good: list[InspectorRow] = []
    for number, values in cells:
        row, reasons = read_inspector(values)
        if row is not None:
            if row.id is not None and row.id not in known:
                reasons.append(f"编号 {row.id} 的踏勘人员不存在（新增人员请留空编号）")
            if row.id is not None and ids[str(row.id)] > 1:
                reasons.append(f"编号 {row.id} 在文件中重复出现")
            if row.department_code not in departments:
                reasons.append(f"部门编码 {row.department_code} 不存在")
            unknown = [code for code in row.specialty_codes if code not in specialties]
            if unknown:
                reasons.append(f"专业编码不存在：{'、'.join(unknown)}")
            if not row.specialty_codes:
                reasons.append("“专业编码”至少填写一个专业")
            retiring = row.id in known and known[row.id].active and not row.active
            booked = booked_count(session, row.id) if retiring and row.id is not None else 0
            if booked:
                reasons.append(f"{row.name}还有{booked}项已安排的踏勘，不能移出人才库")
        if reasons:
            report.problems.append(RowProblem(POOL_SHEET, number, tuple(reasons)))
        elif row is not None:
            good.append(row)
    return good
