"""Case statistics per month, kept by database triggers on `cases` and `calendar_days`."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, enum_column
from desktop.domain.enums import Category

MONTH_KEY = (
    "category",
    "item_id",
    "handler_id",
    "accepted_month",
    "decided_month",
    "closed_month",
)


class CaseMonthTally(Base):
    """The cases of one (queue, item, handler, accepted month, decided month, closed month)
    and what the statistics count of them, whatever the period (migration 0010 has the
    triggers). A month is its first day; no decision or closing yet is NULL.

    Statistics for a period add these rows up instead of scanning a million cases, and
    correct them with the cases dated on the days of months the period covers only in part
    (`desktop.services.supervision.stats_months`).
    """

    __tablename__ = "case_month_tallies"
    __table_args__ = (
        # NULL (unclaimed, not yet decided or closed) is one key like any other.
        sa.UniqueConstraint(
            *MONTH_KEY, name="uq_case_month_tallies_key", postgresql_nulls_not_distinct=True
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[Category] = mapped_column(enum_column(Category, name="month_category"))
    item_id: Mapped[int]
    handler_id: Mapped[int | None]
    accepted_month: Mapped[date]
    decided_month: Mapped[date | None]
    closed_month: Mapped[date | None]
    cases: Mapped[int]
    delivered: Mapped[int]  # 已送达
    ended: Mapped[int]  # withdrawn or terminated
    on_time: Mapped[int]  # decided on or before the promised due date
    early: Mapped[int]
    late: Mapped[int]
    extension_days: Mapped[int]
    days_past_due: Mapped[int]  # working days from the promised due date to the decision
