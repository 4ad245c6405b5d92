"""送达回证: the proof of delivery, a ruled form the recipient signs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.letter import Cell, Grid, LetterBody
from desktop.documents.model import CaseInfo, DocumentType, Issue
from desktop.documents.wording import chinese_date

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
    recipient: str
    place: str
    method: str = "直接送达"
    served_by: tuple[str, ...] = ()
    served_on: date | None = None  # left blank to be written in by hand
    note: str = ""

    def body(self, issue: Issue) -> LetterBody:
        papers = "\n".join(f"{d.title}（{d.number}）" for d in self.documents)
        server_names = "、".join(self.served_by)
        served = (
            f"{server_names}\n{chinese_date(self.served_on)}"
            if self.served_on
            else Cell(server_names + _SIGN_HERE.text, "left")
        )
        rows = (
            ("办件编号", self.case.number),
            ("送达文书名称及文号", papers),
            ("受送达人", self.recipient),
            ("送达地点", self.place),
            ("送达方式", self.method),
            ("受送达人签名或盖章", _SIGN_HERE),
            ("代收人及代收理由", ""),
            ("送达人", served),
            ("见证人", ""),
            ("备注", self.note),
        )
        return LetterBody(
            blocks=(
                Grid(
                    rows=rows,
                    widths=(0.34, 0.66),
                    header_rows=0,
                    label_column=True,
                    size=12,
                    padding=5,
                ),
            ),
        )
