"""The item catalogue screen's services: list and search, read one item, save (add or
edit, with the same row rules as a file import), retire and reinstate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Department, Item, Specialty
from desktop.domain.actor import Actor
from desktop.domain.catalogue_rows import (
    ITEM_COLUMNS,
    MATERIAL_COLUMNS,
    item_values,
    material_values,
)
from desktop.domain.check_point_rows import CHECK_COLUMNS, check_point_values
from desktop.domain.enums import Category, TransferStatus
from desktop.domain.errors import DomainError
from desktop.domain.item_kinds import ItemKind
from desktop.domain.licence_life import CaseKind
from desktop.services import audit
from desktop.services.admin.catalogue_io import (
    CatalogueImport,
    catalogue_rows,
    check_rows,
    require_admin,
    write_rows,
)
from desktop.services.admin.check_points import (
    check_cells,
    check_point_rows,
    replace_check_points,
)


@dataclass(frozen=True)
class ItemLine:
    code: str
    name: str
    category: Category
    department: str
    statutory_limit_days: int
    promised_limit_days: int
    needs_inspection: bool
    active: bool


@dataclass(frozen=True)
class ItemForm:
    """One item as the editor shows it: column name -> value, and its material rows."""

    item: dict[str, Any]
    materials: list[dict[str, Any]]
    # The on-site checklist's rows (检查要点 columns); None leaves it as it is.
    check_points: list[dict[str, Any]] | None = None


class CatalogueRejected(DomainError):
    code = "catalogue_rejected"


def list_items(session: Session, actor: Actor, search: str = "") -> list[ItemLine]:
    query = (
        sa.select(
            Item.code,
            Item.name,
            Item.category,
            Department.short_name,
            Item.statutory_limit_days,
            Item.promised_limit_days,
            Item.needs_inspection,
            Item.active,
        )
        .join(Department, Department.id == Item.department_id)
        .order_by(Item.code)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(sa.or_(Item.code.ilike(pattern), Item.name.ilike(pattern)))
    return [ItemLine(*row) for row in session.execute(query)]


def item_form(session: Session, actor: Actor, code: str | None) -> ItemForm:
    """The editor's starting values: the item's, or sensible ones for a new item."""
    if code is None:
        return ItemForm(
            dict.fromkeys(ITEM_COLUMNS, "")
            | {"类别": Category.ENGINEERING.label, "收费": "不收费", "在用": "是"}
            | {c: "否" for c in ("需现场踏勘", "踏勘暂停计时", "窗口授权办结", "告知承诺制")}
            | {"最多跑一次": "是", "两级审批": "是", "划转状态": TransferStatus.NONE.label}
            | {"事项类型": ItemKind.LICENSING.label, "发放许可证": "是", "许可证有效期": "长期"}
            | {"办件类型": CaseKind.NEW.label, "工程建设项目阶段": ""},
            [],
            [],
        )
    items, materials = catalogue_rows(session)  # one item would do; the catalogue is small
    row = next((item for item in items if item.code == code), None)
    if row is None:
        raise DomainError("事项 {code} 不存在", code=code)
    return ItemForm(
        dict(zip(ITEM_COLUMNS, item_values(row), strict=True)),
        [
            dict(zip(MATERIAL_COLUMNS, material_values(m), strict=True))
            for m in materials
            if m.item_code == code
        ],
        [
            dict(zip(CHECK_COLUMNS, check_point_values(row), strict=True))
            for row in check_point_rows(session)
            if row.item_code == code
        ],
    )


def save_item(session: Session, actor: Actor, form: ItemForm) -> CatalogueImport:
    """Add or update one item and its materials; every problem is reported, nothing is
    written while there is one."""
    require_admin(actor)
    report = CatalogueImport()
    items, materials = check_rows(
        session,
        [(1, form.item)],
        [(n, values) for n, values in enumerate(form.materials, 1)],
        report,
    )
    code = str(form.item.get("事项编码") or "").strip()
    checklists = None
    if form.check_points is not None:
        rows = [(n, values | {"事项编码": code}) for n, values in enumerate(form.check_points, 1)]
        checklists = check_cells(rows, {code}, report.problems)
    if report.problems:
        raise CatalogueRejected(
            "事项未保存：{problems}",
            problems="；".join(r for p in report.problems for r in p.reasons),
        )
    write_rows(session, items, materials, report)
    if checklists is not None:
        replace_check_points(session, {code}, checklists)
    report.written = True
    audit.record(session, actor, "save_item", "item", form.item.get("事项编码"), new=form.item)
    return report


def set_item_active(session: Session, actor: Actor, code: str, active: bool) -> None:
    """Retire an item (no new cases; existing ones go on) or bring it back."""
    require_admin(actor)
    item = session.scalar(sa.select(Item).where(Item.code == code))
    if item is None:
        raise DomainError("事项 {code} 不存在", code=code)
    item.active = active
    audit.record(session, actor, "retire_item" if not active else "reinstate_item", "item", code)


def reference_codes(
    session: Session, actor: Actor
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(code, name) of the departments and specialties, for the editor's choices."""
    departments = session.execute(
        sa.select(Department.code, Department.name).order_by(Department.code)
    )
    specialties = session.execute(
        sa.select(Specialty.code, Specialty.name).order_by(Specialty.code)
    )
    return [tuple(r) for r in departments], [tuple(r) for r in specialties]
