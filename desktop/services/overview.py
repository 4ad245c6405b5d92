"""Counts of cases per queue and status: the bureau at a glance."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case
from desktop.domain.enums import CaseStatus, Category


@dataclass(frozen=True)
class QueueCount:
    category: Category
    status: CaseStatus
    cases: int


def queue_overview(session: Session) -> list[QueueCount]:
    """One row per (queue, status) that has cases, counted in SQL."""
    rows = session.execute(
        sa.select(Case.category, Case.status, sa.func.count())
        .group_by(Case.category, Case.status)
        .order_by(Case.category, Case.status)
    )
    return [QueueCount(category, status, count) for category, status, count in rows]
