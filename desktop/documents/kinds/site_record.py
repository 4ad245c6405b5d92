"""现场踏勘记录: the on-site record as a sealed form of its own (ALL arts. 34 and 61): the
case and the visit, the finding at every check point of the item's checklist, the files and
photos kept with it (by name and SHA-256), the conclusion, and who confirmed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.letter import Cell, Grid, LetterBody, Para
from desktop.documents.model import CaseInfo, DocumentType, Issue, QrSubject
from desktop.documents.wording import bracketed, chinese_date, clause
from desktop.domain.errors import DomainError

# Room for the representative's handwritten signature, then the date written in by hand.
_SIGN_HERE = Cell("\n\n年\u3000\u3000月\u3000\u3000日\u3000")


@dataclass(frozen=True)
class CheckedPoint:
    text: str
    major: bool
    verdict: str  # 符合, 不符合 or 不适用
    note: str = ""


@dataclass(frozen=True)
class KeptFile:
    name: str
    size: int
    sha256: str
    photo: bool


@dataclass(frozen=True)
class ConfirmingInspector:
    name: str
    department: str
    confirmed_on: date | None


@dataclass(frozen=True)
class SiteRecordDocument:
    kind: ClassVar[DocumentType] = DocumentType.INSPECTION_RECORD
    case: CaseInfo
    inspected_on: date
    half_day: str  # 上午 or 下午
    site: str
    representative: str
    points: tuple[CheckedPoint, ...]
    conclusion: str  # 合格, 限期整改 or 不合格
    summary: str
    inspectors: tuple[ConfirmingInspector, ...]
    files: tuple[KeptFile, ...] = ()
    rectify_due: date | None = None
    reinspection: bool = False

    def body(self, issue: Issue) -> LetterBody:
        if not self.points or not self.inspectors:
            raise DomainError("现场踏勘记录须有检查要点和踏勘人员")
        case = self.case
        visit = "复查踏勘" if self.reinspection else "现场踏勘"
        facts: list[tuple[str, str | Cell]] = [
            ("办件编号", case.number),
            ("申请事项", case.item_name),
            ("申请人", case.applicant.name),
            ("踏勘地点", clause(self.site)),
            ("踏勘时间", f"{chinese_date(self.inspected_on)}{self.half_day}（{visit}）"),
            ("申请人代表", clause(self.representative)),
        ]
        points = [("序号", "检查要点", "结果", "情况说明")] + [
            (
                Cell(str(n), "centre"),
                clause(p.text) + ("（重大事项）" if p.major else ""),
                Cell(p.verdict, "centre"),
                clause(p.note),
            )
            for n, p in enumerate(self.points, start=1)
        ]
        verdict = self.conclusion
        if self.rectify_due is not None:
            verdict += f"：请于{chinese_date(self.rectify_due)}前完成整改，整改后申请复查"
        outcome: list[tuple[str, str | Cell]] = [
            ("踏勘情况综述", clause(self.summary) + "。"),
            ("踏勘结论", verdict),
        ]
        if self.files:
            outcome.append(
                (
                    "附件",
                    "\n".join(
                        f"{'照片' if f.photo else '文件'}：{f.name}"
                        f"（{_size(f.size)}，SHA-256 {f.sha256[:16]}…）"
                        for f in self.files
                    ),
                )
            )
        team: list[tuple[str | Cell, ...]] = [("踏勘人员", "所在单位", "确认")] + [
            (
                i.name,
                i.department,
                Cell(
                    f"已登录确认\n{chinese_date(i.confirmed_on)}" if i.confirmed_on else "未确认",
                    "centre",
                ),
            )
            for i in self.inspectors
        ]
        return LetterBody(
            form=True,
            blocks=(
                Grid(rows=tuple(facts), widths=(0.25, 0.75), header_rows=0, label_column=True),
                Para("检查情况", indent=False, heading=True),
                Grid(rows=tuple(points), widths=(0.08, 0.42, 0.12, 0.38), size=11, padding=3),
                Grid(rows=tuple(outcome), widths=(0.25, 0.75), header_rows=0, label_column=True),
                Grid(rows=tuple(team), widths=(0.3, 0.4, 0.3), size=11, padding=3),
                Grid(
                    rows=((f"申请人代表{bracketed(clause(self.representative))}签字", _SIGN_HERE),),
                    widths=(0.35, 0.65),
                    header_rows=0,
                    label_column=True,
                ),
            ),
            notes=(f"本记录共{len(self.points)}项检查要点，由踏勘人员逐一登录系统确认",),
        )

    def qr_subject(self) -> QrSubject:
        """The QR repeats who and what was inspected, so a copy can be checked against it."""
        return QrSubject(
            self.case.applicant.name, self.case.applicant.identifier, self.case.item_name
        )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
