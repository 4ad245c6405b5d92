"""监管结果抄告函: the approval results sent to the supervising department (审管分离)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.letter import Grid, LetterBody, Para
from desktop.documents.model import DocumentType, Issue
from desktop.documents.wording import chinese_date, clause

_HEADER = ("序号", "办件编号", "申请人", "许可事项", "审批结果", "决定日期", "决定文号")
# Shares of the text width sized so codes, dates and results never break inside.
_WIDTHS = (0.054, 0.181, 0.163, 0.163, 0.109, 0.136, 0.194)


@dataclass(frozen=True)
class ResultRow:
    case_number: str
    applicant: str
    item_name: str
    result: str  # 准予许可 or 不予许可
    decided_on: date
    decision_number: str


@dataclass(frozen=True)
class ResultNotice:
    kind: ClassVar[DocumentType] = DocumentType.RESULT_NOTICE
    department: str
    period_start: date
    period_end: date
    rows: tuple[ResultRow, ...]
    contact_name: str = ""
    contact_phone: str = ""

    def body(self, issue: Issue) -> LetterBody:
        rows = [
            (
                str(index),
                row.case_number,
                row.applicant,
                row.item_name,
                row.result,
                f"{row.decided_on:%Y-%m-%d}",
                row.decision_number,
            )
            for index, row in enumerate(self.rows, start=1)
        ]
        table = (_HEADER, *rows)
        name = clause(self.contact_name)
        phone = clause(self.contact_phone) if name else clause(issue.bureau.hotline)
        contact = "，".join(
            f"{label}：{value}" for label, value in (("联系人", name), ("联系电话", phone)) if value
        )
        return LetterBody(
            addressee=f"{self.department}：",
            letterhead=True,
            blocks=(
                Para(
                    "按照审管分离、审管联动的工作要求，现将本机关"
                    f"{chinese_date(self.period_start)}至{chinese_date(self.period_end)}"
                    f"作出的行政许可结果共{len(self.rows)}件抄告你单位（见下表），"
                    "请依法履行事中事后监管职责；监管中发现被许可人不再符合许可条件或者"
                    "存在违法行为的，请及时反馈本机关。"
                ),
                # The table ends the body, so its last rows stay on the page with the seal.
                Grid(rows=table, widths=_WIDTHS, size=10, padding=3),
            ),
            notes=(contact,) if contact else (),
        )
