"""送达回证: the proof of service, a ruled form the person receiving the documents signs.

After the Civil Procedure Law's rules on service (arts. 87-90): the addressee (受送达人) is
the applicant; the form names who signed for it and in what capacity (本人, 法定代表人,
委托代理人 with the power of attorney), how the documents were served, and the server
(送达人: the clerk who handed them over). The signer's ID number arrives masked: the form
and the record embedded in the PDF never carry it in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.letter import Cell, Grid, LetterBody
from desktop.documents.model import CaseInfo, DocumentType, Issue
from desktop.documents.wording import bracketed, chinese_date, clause
from desktop.domain.delivery import mask_id
from desktop.domain.enums import ApplicantKind

# Room for a handwritten signature, then the date written in by hand at the right.
_SIGN_HERE = Cell("\n\n年\u3000\u3000月\u3000\u3000日\u3000")


@dataclass(frozen=True)
class DeliveredDocument:
    title: str
    number: str


@dataclass(frozen=True)
class DeliveryProof:
    kind: ClassVar[DocumentType] = DocumentType.DELIVERY_PROOF
    case: CaseInfo
    documents: tuple[DeliveredDocument, ...]
    place: str
    method: str = "直接送达"  # 直接送达, 邮寄送达 or 电子送达
    signer: str = ""  # who signed for the applicant
    capacity: str = ""  # 本人, 法定代表人 or 委托代理人
    signer_id: str = ""  # masked: first six and last four characters
    authorisation: str = ""  # an agent's power of attorney: its date and scope
    served_by: tuple[str, ...] = ()  # the clerk who handed the documents over
    served_on: date | None = None  # left blank to be written in by hand
    note: str = ""

    def _addressee_id(self) -> str:
        applicant = self.case.applicant
        if applicant.kind is ApplicantKind.PERSON:
            return mask_id(applicant.identifier)
        return applicant.identifier

    def body(self, issue: Issue) -> LetterBody:
        applicant = self.case.applicant
        papers = "\n".join(
            f"{clause(d.title)}{bracketed(d.number)}" for d in self.documents if clause(d.title)
        )
        server_names = "、".join(name for name in map(clause, self.served_by) if name)
        served = (
            f"{server_names}\n{chinese_date(self.served_on)}"
            if self.served_on
            else Cell(server_names + _SIGN_HERE.text, "left")
        )
        rows: list[tuple[str, str | Cell]] = [
            ("办件编号", self.case.number),
            ("送达文书名称及文号", papers),
            ("受送达人", applicant.name),
            (applicant.identifier_label, self._addressee_id()),
            ("送达地点", self.place),
            ("送达方式", self.method),
        ]
        if clause(self.signer):
            rows.append(("签收人", f"{clause(self.signer)}{bracketed(self.capacity)}"))
        if clause(self.signer_id):
            rows.append(("签收人身份证号码", mask_id(self.signer_id)))
        if clause(self.authorisation):
            rows.append(("授权委托书", self.authorisation))
        rows += [
            ("签收人签名或盖章", _SIGN_HERE),
            ("送达人", served),
            ("见证人", ""),
        ]
        if clause(self.note):
            rows.append(("备注", self.note))
        return LetterBody(
            form=True,
            blocks=(
                Grid(
                    rows=tuple(rows),
                    widths=(0.3, 0.7),
                    header_rows=0,
                    label_column=True,
                    size=12,
                    padding=3,
                ),
            ),
        )
