"""告知承诺制: the applicant's signed commitment on a case, and its post-check (核查)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, Json, enum_column, utcnow
from desktop.domain.commitments import CheckResult


class Commitment(Base):
    """The commitment (告知承诺书) recorded at acceptance: the conditions the catalogue
    listed, who signed; then the check the item's department owes, due a number of working
    days after the decision, its result (once: 属实 or 不实, with findings) and, when false,
    the 撤销 case it opened. On PostgreSQL a trigger guards every change (commitment_sql.py)."""

    __tablename__ = "commitments"
    __table_args__ = (
        sa.CheckConstraint("check_days >= 1", name="check_days_positive"),
        sa.CheckConstraint(
            "(result IS NULL) = (checked_on IS NULL) AND (result IS NULL) = (checker IS NULL)",
            name="result_dated",
        ),
        sa.CheckConstraint("result IS NULL OR check_due_on IS NOT NULL", name="result_after_due"),
        sa.CheckConstraint(
            "revocation_case_id IS NULL OR result = 'false'", name="revocation_when_false"
        ),
        sa.Index("ix_commitments_open", "result", "check_due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), unique=True)
    conditions: Mapped[list[Any]] = mapped_column(Json)
    signatory: Mapped[str] = mapped_column(sa.String(64))
    signed_on: Mapped[date]
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The supervising department that checks (the item's), and its time in working days.
    department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), index=True)
    check_days: Mapped[int]
    check_due_on: Mapped[date | None]  # set as the case is decided
    result: Mapped[CheckResult | None] = mapped_column(enum_column(CheckResult, 8))
    findings: Mapped[str] = mapped_column(sa.Text, default="")
    checker: Mapped[str | None] = mapped_column(sa.String(64))  # the department's officer
    checked_on: Mapped[date | None]
    check_recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    check_recorded_at: Mapped[datetime | None]
    revocation_case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"))
