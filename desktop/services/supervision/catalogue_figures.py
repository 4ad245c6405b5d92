"""The catalogue's figures a bureau reports (README "Supervision"): items at most one trip
(最多跑一次), licensing items whose promised limit is at most half the statutory one
(承诺时限压缩一半以上), and items transferred to the bureau (事项划转), each with its share,
counted in SQL.

All count the items in use (在用) today; a period does not change them. Each share is taken
over the items it is defined on: at most one trip over every item (the reform covers every
matter an applicant comes for); the halved limit over the licensing items, the only kind
with a statutory decision limit to halve (行政许可法 art. 42; a filing, a confirmation or a
service has none); the transfer over the items in the transfer plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Department, Item
from desktop.domain.enums import TransferStatus
from desktop.domain.item_kinds import ItemKind
from desktop.services.supervision.statistics import share

LICENSING = Item.kind == ItemKind.LICENSING
HALVED = sa.and_(LICENSING, Item.promised_limit_days * 2 <= Item.statutory_limit_days)
IN_PLAN = Item.transfer_status.in_((TransferStatus.PLANNED, TransferStatus.TRANSFERRED))


@dataclass(frozen=True)
class CatalogueFigures:
    items: int  # items in use
    one_trip: int  # of them, at most one trip
    licensing: int  # of them, licensing items (行政许可)
    halved_limit: int  # of those, promised limit at most half the statutory limit
    transfer_planned: int  # in the transfer plan (transferred or still planned)
    transferred: int

    @property
    def one_trip_share(self) -> float | None:
        return share(self.one_trip, self.items)

    @property
    def halved_limit_share(self) -> float | None:
        """Of the licensing items, the share with the promised limit halved."""
        return share(self.halved_limit, self.licensing)

    @property
    def transferred_share(self) -> float | None:
        """Of the items in the transfer plan, the share transferred."""
        return share(self.transferred, self.transfer_planned)

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "one_trip": self.one_trip,
            "one_trip_share": _rounded(self.one_trip_share),
            "licensing_items": self.licensing,
            "halved_limit": self.halved_limit,
            "halved_limit_share": _rounded(self.halved_limit_share),
            "transfer_planned": self.transfer_planned,
            "transferred": self.transferred,
            "transferred_share": _rounded(self.transferred_share),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class DepartmentItems:
    """The catalogue figures of one supervising department's items."""

    department_id: int
    label: str
    figures: CatalogueFigures


@dataclass(frozen=True)
class CatalogueResult:
    total: CatalogueFigures
    departments: list[DepartmentItems]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.total.as_dict(),
            "by_department": [
                {"key": d.department_id, "label": d.label, **d.figures.as_dict()}
                for d in self.departments
            ],
        }


def catalogue_figures(session: Session) -> CatalogueResult:
    """The figures of the items in use, per supervising department and in total (one query)."""
    count = sa.func.count
    rows = session.execute(
        sa.select(
            Department.id,
            Department.short_name,
            count(),
            count().filter(Item.at_most_one_trip),
            count().filter(LICENSING),
            count().filter(HALVED),
            count().filter(IN_PLAN),
            count().filter(Item.transfer_status == TransferStatus.TRANSFERRED),
        )
        .join(Department, Department.id == Item.department_id)
        .where(Item.active)
        .group_by(Department.id, Department.short_name)
    ).all()
    departments = [
        DepartmentItems(key, label, CatalogueFigures(*(int(n) for n in counts)))
        for key, label, *counts in rows
    ]
    departments.sort(key=lambda d: (-d.figures.items, d.label))
    total = (
        CatalogueFigures(
            *(
                sum(column)
                for column in zip(*(_counts(d.figures) for d in departments), strict=True)
            )
        )
        if departments
        else CatalogueFigures(0, 0, 0, 0, 0, 0)
    )
    return CatalogueResult(total, departments)


def _counts(figures: CatalogueFigures) -> tuple[int, ...]:
    return (
        figures.items,
        figures.one_trip,
        figures.licensing,
        figures.halved_limit,
        figures.transfer_planned,
        figures.transferred,
    )
