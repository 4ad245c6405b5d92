"""行政许可证: the licence itself, printed as a bordered certificate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.model import CaseInfo, DocumentType, QrSubject
from desktop.documents.wording import chinese_date, clause


@dataclass(frozen=True)
class Licence:
    kind: ClassVar[DocumentType] = DocumentType.LICENCE
    case: CaseInfo
    permitted: str  # 许可内容
    valid_from: date
    valid_until: date | None  # None: 长期有效
    conditions: tuple[str, ...] = ()
    decision_number: str = ""  # the decision to grant it rests on
    scope: str = ""  # 许可范围, where the approved proposal set one

    def validity(self) -> str:
        if self.valid_until is None:
            return f"自{chinese_date(self.valid_from)}起长期有效"
        return f"{chinese_date(self.valid_from)}至{chinese_date(self.valid_until)}"

    def rows(self) -> tuple[tuple[str, str], ...]:
        """The certificate's fields, label and value, in printing order."""
        case = self.case
        applicant = case.applicant
        rows = [
            ("持证人", applicant.name),
            (applicant.identifier_label, applicant.identifier),
        ]
        if applicant.legal_representative:
            rows.append(("法定代表人", applicant.legal_representative))
        if applicant.address:
            rows.append(("住所", applicant.address))
        rows.append(("许可事项", case.item_name))
        if case.project_name:
            rows.append(("项目名称", case.project_name))
        if case.project_address:
            rows.append(("项目地址", case.project_address))
        rows.append(("许可内容", clause(self.permitted)))
        if clause(self.scope):
            rows.append(("许可范围", clause(self.scope)))
        rows.append(("有效期限", self.validity()))
        conditions = [core for core in map(clause, self.conditions) if core]
        if conditions:
            rows.append(("附加条件", "；".join(conditions)))
        if self.decision_number:
            rows.append(("许可决定文号", self.decision_number))
        return tuple(rows)

    def qr_subject(self) -> QrSubject:
        applicant = self.case.applicant
        return QrSubject(
            applicant.name, applicant.identifier, self.case.item_name, self.valid_until
        )
