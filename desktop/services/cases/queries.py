"""Read-only questions about cases, answered as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Applicant, Case, Item
from desktop.domain.errors import DomainError
from desktop.domain.explain import DueExplanation
from desktop.services.cases.explanation import explain_case


@dataclass
class CaseReport:
    """A case's identity and the explanation of its clocks."""

    number: str
    item: str
    applicant: str
    status: str
    explanation: DueExplanation

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "item": self.item,
            "applicant": self.applicant,
            "status": self.status,
            **self.explanation.as_dict(),
        }

    def lines(self) -> list[str]:
        head = f"办件 {self.number}：{self.item}（{self.applicant}），状态：{self.status}"
        return [head, *self.explanation.lines()]


def explain_by_number(session: Session, number: str) -> CaseReport:
    case = session.scalar(sa.select(Case).where(Case.number == number.strip()))
    if case is None:
        raise DomainError("找不到受理编号为 {number} 的办件，请核对编号", number=number)
    item = session.get(Item, case.item_id)
    applicant = session.get(Applicant, case.applicant_id)
    assert item is not None and applicant is not None
    return CaseReport(
        case.number, item.name, applicant.name, case.status.label, explain_case(session, case)
    )
