"""The item catalogue to and from XLSX: export all of it; import row by row, all or nothing
unless the user chooses to import only the good rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from desktop.data.forget import drop_from, materials_in_use
from desktop.data.models import Department, Item, ItemMaterial, Specialty
from desktop.data.models.reference import item_specialties
from desktop.domain.actor import Actor
from desktop.domain.catalogue_rows import (
    ITEM_COLUMNS,
    ITEM_SHEET,
    MATERIAL_COLUMNS,
    MATERIAL_SHEET,
    OPTIONAL_COLUMNS,
    OPTIONAL_MATERIAL_COLUMNS,
    ItemRow,
    MaterialRow,
    RowProblem,
    item_values,
    material_values,
    read_item,
    read_material,
)
from desktop.domain.check_point_rows import CHECK_COLUMNS, CHECK_SHEET, check_point_values
from desktop.domain.enums import Role, TransferStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.licence_life import CaseKind
from desktop.services import audit
from desktop.services.admin.check_points import (
    check_cells,
    check_point_rows,
    replace_check_points,
    rows_by_item,
)
from desktop.services.sheets import Rows, missing_columns, read_xlsx, write_xlsx


@dataclass
class CatalogueImport:
    """What an import found and did; `problems` name the sheet, the row and every reason."""

    items_read: int = 0
    materials_read: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_materials: list[str] = field(default_factory=list)  # still used by cases
    written: bool = False
    check_points_read: int = 0


def require_admin(actor: Actor) -> None:
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以导入或修改事项目录")


def catalogue_rows(session: Session) -> tuple[list[ItemRow], list[MaterialRow]]:
    items = session.scalars(
        sa.select(Item)
        .options(
            selectinload(Item.materials),
            selectinload(Item.specialties),
            selectinload(Item.department),
        )
        .order_by(Item.code)
    ).all()
    code_of = {item.id: item.code for item in items}
    item_rows = [
        ItemRow(
            item.code,
            item.name,
            item.category,
            item.department.code,
            item.statutory_limit_days,
            item.promised_limit_days,
            item.review_limit_days,
            item.signoff_limit_days,
            item.certificate_limit_days,
            item.delivery_limit_days,
            item.needs_inspection,
            item.inspection_pauses_clock,
            item.at_most_one_trip,
            item.window_authorised,
            item.two_level_signoff,
            tuple(sorted(s.code for s in item.specialties)),
            item.fee,
            item.legal_basis,
            item.active,
            item.transfer_status,
            item.kind,
            item.issues_licence,
            item.validity_years,
            item.case_kind,
            code_of.get(item.base_item_id, "") if item.base_item_id else "",
            item.commitment_based,
            item.commitment_conditions,
            item.commitment_check_days,
            item.project_stage or "",
        )
        for item in items
    ]
    material_rows = [
        MaterialRow(
            item.code,
            m.seq,
            m.name,
            m.description,
            m.original_required,
            m.copies,
            m.may_defer,
            m.issue_before_received,
        )
        for item in items
        for m in item.materials
    ]
    return item_rows, material_rows


def export_catalogue(session: Session, actor: Actor) -> bytes:
    items, materials = catalogue_rows(session)
    checks = [check_point_values(row) for row in check_point_rows(session)]
    return write_xlsx(
        {
            ITEM_SHEET: (ITEM_COLUMNS, [item_values(row) for row in items]),
            MATERIAL_SHEET: (MATERIAL_COLUMNS, [material_values(row) for row in materials]),
            CHECK_SHEET: (CHECK_COLUMNS, checks),
        }
    )


def import_catalogue(
    session: Session, actor: Actor, data: bytes, *, only_good_rows: bool = False
) -> CatalogueImport:
    """Check every row; write nothing while any row is bad, unless `only_good_rows`."""
    require_admin(actor)
    report = CatalogueImport()
    items, materials = _read(session, data, report)
    check_cells_read = _read_check_points(data, report)
    checklists = (
        check_cells(check_cells_read, _known_codes(session, items), report.problems)
        if check_cells_read is not None
        else None
    )
    if report.problems and not only_good_rows:
        return report
    write_rows(session, items, materials, report)
    if checklists is not None:
        # Items of the file get exactly the check points the sheet lists for them.
        replace_check_points(session, set(items) | set(checklists), checklists)
    report.written = True
    audit.record(
        session,
        actor,
        "import_catalogue",
        "item",
        None,
        new={
            "added": len(report.added),
            "updated": len(report.updated),
            "skipped_rows": len(report.problems),
        },
    )
    return report


def _read_check_points(data: bytes, report: CatalogueImport) -> Rows | None:
    """The 检查要点 sheet's rows, or None for a file made before it existed."""
    try:
        header, cells = read_xlsx(data, CHECK_SHEET)
    except DomainError:
        return None
    missing = missing_columns(header, CHECK_COLUMNS)
    if missing:
        report.problems.append(RowProblem(CHECK_SHEET, 1, (f"缺少列：{'、'.join(missing)}",)))
        return None
    report.check_points_read = len(cells)
    return cells


def _known_codes(session: Session, items: dict[str, ItemRow]) -> set[str]:
    return set(items) | set(session.scalars(sa.select(Item.code)))


def _read(
    session: Session, data: bytes, report: CatalogueImport
) -> tuple[dict[str, ItemRow], dict[str, list[MaterialRow]]]:
    item_header, item_cells = read_xlsx(data, ITEM_SHEET)
    material_header, material_cells = read_xlsx(data, MATERIAL_SHEET)
    required = tuple(c for c in ITEM_COLUMNS if c not in OPTIONAL_COLUMNS)
    for sheet, header, wanted in (
        (ITEM_SHEET, item_header, required),
        (
            MATERIAL_SHEET,
            material_header,
            tuple(c for c in MATERIAL_COLUMNS if c not in OPTIONAL_MATERIAL_COLUMNS),
        ),
    ):
        missing = missing_columns(header, wanted)
        if missing:
            report.problems.append(RowProblem(sheet, 1, (f"缺少列：{'、'.join(missing)}",)))
    if report.problems:
        return {}, {}
    return check_rows(session, item_cells, material_cells, report)


def check_rows(
    session: Session, item_cells: Rows, material_cells: Rows, report: CatalogueImport
) -> tuple[dict[str, ItemRow], dict[str, list[MaterialRow]]]:
    """Read and cross-check rows (from a file or the item editor); problems go to `report`."""
    report.items_read, report.materials_read = len(item_cells), len(material_cells)
    departments = set(session.scalars(sa.select(Department.code)))
    specialties = set(session.scalars(sa.select(Specialty.code)))
    names_elsewhere = dict(session.execute(sa.select(Item.name, Item.code)).all())
    codes = Counter(str(values.get("事项编码") or "").strip() for _, values in item_cells)
    names = Counter(str(values.get("事项名称") or "").strip() for _, values in item_cells)
    items: dict[str, ItemRow] = {}
    rows_at: dict[str, int] = {}
    for number, values in item_cells:
        row, reasons = read_item(values)
        if row is not None:
            if codes[row.code] > 1:
                reasons.append(f"事项编码 {row.code} 在文件中重复出现")
            if names[row.name] > 1:
                reasons.append(f"事项名称“{row.name}”在文件中重复出现")
            if names_elsewhere.get(row.name, row.code) != row.code:
                reasons.append(f"事项名称“{row.name}”已被事项 {names_elsewhere[row.name]} 使用")
            if row.department_code not in departments:
                reasons.append(f"主管部门编码 {row.department_code} 不存在")
            unknown = [code for code in row.specialty_codes if code not in specialties]
            if unknown:
                reasons.append(f"踏勘专业编码不存在：{'、'.join(unknown)}")
        if reasons:
            report.problems.append(RowProblem(ITEM_SHEET, number, tuple(reasons)))
        elif row is not None:
            items[row.code] = row
            rows_at[row.code] = number
    _check_bases(session, items, rows_at, report)
    known_codes = set(codes) | set(names_elsewhere.values())
    materials = rows_by_item(
        material_cells, read_material, MATERIAL_SHEET, "材料", known_codes, report.problems
    )
    return items, materials


def _check_bases(
    session: Session, items: dict[str, ItemRow], rows_at: dict[str, int], report: CatalogueImport
) -> None:
    """A variant's base is a 新办 item (of the file or the catalogue) that is no variant
    itself; a bad row is reported and dropped."""
    stored = {
        code: (kind, base)
        for code, kind, base in session.execute(
            sa.select(Item.code, Item.case_kind, Item.base_item_id)
        )
    }
    for code, row in list(items.items()):
        if not row.base_code:
            continue
        if row.base_code in items:
            other = items[row.base_code]
            is_base = other.case_kind in (None, CaseKind.NEW) and not other.base_code
            if other.case_kind is None:  # kept: what the catalogue says
                is_base = stored.get(row.base_code, (CaseKind.NEW, None)) == (CaseKind.NEW, None)
        elif row.base_code in stored:
            is_base = stored[row.base_code] == (CaseKind.NEW, None)
        else:
            report.problems.append(
                RowProblem(ITEM_SHEET, rows_at[code], (f"基础事项编码 {row.base_code} 不存在",))
            )
            del items[code]
            continue
        if not is_base:
            report.problems.append(
                RowProblem(
                    ITEM_SHEET,
                    rows_at[code],
                    (f"基础事项 {row.base_code} 本身是变更、延续或注销事项，不能作基础事项",),
                )
            )
            del items[code]


def write_rows(
    session: Session,
    items: dict[str, ItemRow],
    materials: dict[str, list[MaterialRow]],
    report: CatalogueImport,
) -> None:
    departments = dict(session.execute(sa.select(Department.code, Department.id)).all())
    specialties = {s.code: s for s in session.scalars(sa.select(Specialty))}
    existing = {
        item.code: item
        for item in session.scalars(
            sa.select(Item).options(selectinload(Item.materials), selectinload(Item.specialties))
        )
    }
    for code, row in items.items():
        item = existing.get(code)
        if item is None:
            item = Item(code=code)
            session.add(item)
            report.added.append(code)
        else:
            report.updated.append(code)
        item.name = row.name
        item.category = row.category
        item.department_id = departments[row.department_code]
        for attribute in (
            "statutory_limit_days",
            "promised_limit_days",
            "review_limit_days",
            "signoff_limit_days",
            "certificate_limit_days",
            "delivery_limit_days",
            "needs_inspection",
            "inspection_pauses_clock",
            "at_most_one_trip",
            "window_authorised",
            "two_level_signoff",
            "fee",
            "legal_basis",
            "active",
            "kind",
            "issues_licence",
            "validity_years",
        ):
            setattr(item, attribute, getattr(row, attribute))
        if row.transfer_status is not None:
            item.transfer_status = row.transfer_status
        elif item.transfer_status is None:
            item.transfer_status = TransferStatus.NONE
        if item.id is not None:  # the specialties no longer listed go first
            dropped = [s for s in item.specialties if s.code not in row.specialty_codes]
            links = [{"item_id": item.id, "specialty_id": s.id} for s in dropped]
            drop_from(session, item, "specialties", dropped, links, item_specialties)
        item.specialties = [specialties[c] for c in row.specialty_codes]
        if row.case_kind is not None:
            item.case_kind = row.case_kind
        if row.commitment_based is not None:
            item.commitment_based = row.commitment_based
            item.commitment_conditions = row.commitment_conditions
            item.commitment_check_days = row.commitment_check_days
        if row.project_stage is not None:
            item.project_stage = row.project_stage or None
        _replace_materials(session, item, materials.get(code, []), report)
    session.flush()
    ids = dict(session.execute(sa.select(Item.code, Item.id)).all())
    for code, row in items.items():
        if row.base_code is not None:
            existing_or_new = session.scalar(sa.select(Item).where(Item.code == code))
            assert existing_or_new is not None
            existing_or_new.base_item_id = ids[row.base_code] if row.base_code else None
    session.flush()


def _replace_materials(
    session: Session, item: Item, rows: list[MaterialRow], report: CatalogueImport
) -> None:
    """Match by number: update, add, and remove what the file no longer lists, except
    materials that cases already refer to (their history must keep its meaning)."""
    by_seq = {m.seq: m for m in item.materials}
    wanted = {row.seq for row in rows}
    dropped = []
    in_use = materials_in_use(session, (m.id for m in item.materials if m.id is not None))
    for material in list(item.materials):
        if material.seq in wanted:
            continue
        if material.id in in_use:
            report.kept_materials.append(f"{item.code}/{material.seq} {material.name}")
        elif material.id is None:
            item.materials.remove(material)
        else:
            dropped.append(material)
    rows_gone = [{"id": material.id} for material in dropped]
    drop_from(session, item, "materials", dropped, rows_gone, ItemMaterial.__table__)
    session.flush()  # removed numbers are free before new rows take them
    for row in rows:
        material = by_seq.get(row.seq)
        if material is None:
            material = ItemMaterial(seq=row.seq)
            item.materials.append(material)
        material.name = row.name
        material.description = row.description
        material.original_required = row.original_required
        material.copies = row.copies
        if row.may_defer is not None:
            material.may_defer = row.may_defer
        if row.issue_before_received is not None:
            material.issue_before_received = row.issue_before_received
