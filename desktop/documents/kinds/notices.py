"""Notices to the applicant while a case runs: acceptance, supplement, inspection,
extension and special procedure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.errors import DocumentError
from desktop.documents.kinds.common import LICENSING_LAW, to_applicant
from desktop.documents.letter import LetterBody, Para
from desktop.documents.model import CaseInfo, DocumentType, Issue
from desktop.documents.wording import (
    accepted,
    bracketed,
    chinese_count,
    chinese_date,
    clause,
    numbered,
    sentence,
    submitted,
    you,
)
from desktop.domain.item_kinds import ItemKind


@dataclass(frozen=True)
class AcceptanceNotice:
    """受理通知书: the application is complete and accepted. Only a licence is accepted
    under ALL art. 32 (5) and may pause for the procedures of art. 45; each kind promises
    its own act (ACCEPTED_ACTS)."""

    kind: ClassVar[DocumentType] = DocumentType.ACCEPTANCE
    case: CaseInfo
    accepted_on: date
    statutory_days: int = 20
    promised_days: int = 10
    item_kind: ItemKind = ItemKind.LICENSING
    # 容缺受理: materials accepted missing on the applicant's written promise, by when.
    promised: tuple[PromisedMaterial, ...] = ()

    def body(self, issue: Issue) -> LetterBody:
        if self.promised:
            return self._rongque(issue)
        case, licensing = self.case, self.item_kind is ItemKind.LICENSING
        papers = "备案材料" if self.item_kind is ItemKind.FILING else "申请材料"
        under = f"根据{LICENSING_LAW}第三十二条第一款第（五）项的规定，" if licensing else ""
        paused = (
            "依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算"
            "在上述期限内，本机关将另行书面告知。"
            if licensing
            else ""
        )
        return to_applicant(
            case,
            issue,
            Para(
                f"{submitted(case)}，经审查，{papers}齐全、符合法定形式。{under}"
                f"本机关决定予以受理，受理日期为{chinese_date(self.accepted_on)}。"
            ),
            Para(
                f"本机关将自受理之日起{chinese_count(self.statutory_days)}个工作日内"
                f"{ACCEPTED_ACTS[self.item_kind]}，并承诺在{chinese_count(self.promised_days)}"
                f"个工作日内办结。{paused}"
            ),
            Para(f"办件编号：{case.number}。可凭办件编号查询办理进度。"),
        )

    def _rongque(self, issue: Issue) -> LetterBody:
        """Accepted with minor materials to follow: what was promised, by when, and what
        follows a promise not kept."""
        case, licensing = self.case, self.item_kind is ItemKind.LICENSING
        under = f"根据{LICENSING_LAW}第三十二条第一款第（五）项的规定，" if licensing else ""
        promises = "；".join(
            f"于{chinese_date(p.promised_on)}前补交“{clause(p.material)}”" for p in self.promised
        )
        paused = (
            "依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算"
            "在上述期限内，本机关将另行书面告知。"
            if licensing
            else ""
        )
        return to_applicant(
            case,
            issue,
            Para(
                f"{submitted(case)}，经审查，主要申请材料齐全、符合法定形式，所缺材料可以容缺"
                f"后补。{under}本机关决定予以容缺受理，受理日期为"
                f"{chinese_date(self.accepted_on)}。"
            ),
            Para(
                f"{you(case.applicant)}已签署容缺受理承诺书，承诺{promises}。审查期间照常进行；"
                + (
                    "承诺补交的材料收到前，本机关不制发许可证件（事项目录允许先行发证的除外）。"
                    "逾期未补交的，本机关将依法处理，已作出的行政许可可能被依法撤销。"
                    if licensing
                    else "逾期未补交的，本机关将依法处理。"
                )
            ),
            Para(
                f"本机关将自受理之日起{chinese_count(self.statutory_days)}个工作日内"
                f"{ACCEPTED_ACTS[self.item_kind]}，并承诺在{chinese_count(self.promised_days)}"
                f"个工作日内办结。{paused}"
            ),
            Para(f"办件编号：{case.number}。可凭办件编号查询办理进度。"),
        )


@dataclass(frozen=True)
class PromisedMaterial:
    """One line of a 容缺受理承诺书: the material and the day it is promised by."""

    material: str
    promised_on: date


# What the bureau will do once it has accepted an application, by the item's kind.
ACCEPTED_ACTS = {
    ItemKind.LICENSING: "作出行政许可决定",
    ItemKind.FILING: "完成备案",
    ItemKind.CONFIRMATION: "作出行政确认决定",
    ItemKind.OTHER_POWER: "依法作出处理决定",
    ItemKind.PUBLIC_SERVICE: "办理完毕",
}


@dataclass(frozen=True)
class MissingMaterial:
    name: str
    requirement: str = ""  # what is wrong or what form it must take

    def describe(self) -> str:
        return f"{clause(self.name)}{bracketed(self.requirement)}"


@dataclass(frozen=True)
class SupplementNotice:
    """补正材料通知书: everything missing, told at once (ALL art. 32 (4))."""

    kind: ClassVar[DocumentType] = DocumentType.SUPPLEMENT
    case: CaseInfo
    missing: tuple[MissingMaterial, ...]
    supplement_by: date | None = None
    note: str = ""  # the handler's own explanation, typed when asking for the supplement

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        deadline = (
            f"请于{chinese_date(self.supplement_by)}前一次性补正上述全部材料。"
            if self.supplement_by
            else "请一次性补正上述全部材料。"
        )
        items = numbered(tuple(material.describe() for material in self.missing))
        return to_applicant(
            case,
            issue,
            Para(
                f"{submitted(case)}，经审查，申请材料不齐全或者不符合法定形式。根据"
                f"{LICENSING_LAW}第三十二条第一款第（四）项的规定，现一次性告知"
                f"{you(case.applicant)}需要补正的全部内容如下："
            ),
            *(Para(item) for item in items),
            *((Para(f"补正说明：{sentence(self.note)}"),) if clause(self.note) else ()),
            Para(
                f"{deadline}本机关自收到全部补正材料之日起依法办理，补正期间不计算在审批期限内。"
                f"办件编号：{case.number}。"
            ),
        )


@dataclass(frozen=True)
class Inspector:
    name: str
    department: str


@dataclass(frozen=True)
class InspectionNotice:
    """现场踏勘通知书: when, where and by whom the site will be inspected (ALL art. 34)."""

    kind: ClassVar[DocumentType] = DocumentType.INSPECTION
    case: CaseInfo
    inspect_on: date
    half_day: str  # 上午 or 下午
    site: str
    inspectors: tuple[Inspector, ...]
    to_prepare: tuple[str, ...] = ()
    contact_name: str = ""
    contact_phone: str = ""
    clock_paused: bool = True

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        if not self.inspectors or not clause(self.site):
            raise DocumentError("现场踏勘通知书须写明踏勘地点和踏勘人员", field="inspectors")
        team = "、".join(f"{i.name}{bracketed(i.department)}" for i in self.inspectors)
        lines = [
            f"踏勘时间：{chinese_date(self.inspect_on)}{self.half_day}",
            f"踏勘地点：{clause(self.site)}",
            f"踏勘人员：{team}",
        ]
        prepare = [core for core in map(clause, self.to_prepare) if core]
        if prepare:
            lines.append(f"请准备：{'；'.join(prepare)}")
        if clause(self.contact_name):
            number = clause(self.contact_phone)
            phone = f"，联系电话：{number}" if number else ""
            lines.append(f"联系人：{clause(self.contact_name)}{phone}")
        points = [f"{chinese_count(index)}、{line}。" for index, line in enumerate(lines, start=1)]
        closing = (
            "申请人认为踏勘人员与本申请有直接利害关系的，可以在踏勘前向本机关申请回避。"
            "请申请人或者委托代理人按时到场，配合现场核查。"
        )
        if self.clock_paused:
            closing += "现场踏勘所需时间不计算在审批期限内。"
        return to_applicant(
            case,
            issue,
            Para(
                f"{submitted(case)}，需要对申请材料的实质内容进行核实。根据{LICENSING_LAW}"
                "第三十四条第三款的规定，本机关将指派两名以上工作人员进行现场踏勘，"
                "现将有关事项通知如下："
            ),
            *(Para(point) for point in points),
            Para(closing),
        )


@dataclass(frozen=True)
class ExtensionNotice:
    """延期通知书: the decision period is extended once, with reasons (ALL art. 42)."""

    kind: ClassVar[DocumentType] = DocumentType.EXTENSION
    case: CaseInfo
    accepted_on: date
    reasons: str
    original_due: date
    new_due: date
    extension_days: int = 10

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        if self.new_due <= self.original_due:
            raise DocumentError(
                "延期通知书的延长后期限（{new}）须晚于原期限（{old}）",
                field="new_due",
                new=chinese_date(self.new_due),
                old=chinese_date(self.original_due),
            )
        if not clause(self.reasons):
            raise DocumentError("延期通知书须写明延长期限的理由", field="reasons")
        return to_applicant(
            case,
            issue,
            Para(
                accepted(case, self.accepted_on)
                + f"因{clause(self.reasons)}，本机关不能在法定期限内作出行政许可决定。"
            ),
            Para(
                f"经本机关负责人批准，根据{LICENSING_LAW}第四十二条第一款的规定，作出行政许可"
                f"决定的期限延长{chinese_count(self.extension_days)}个工作日，即由"
                f"{chinese_date(self.original_due)}延长至{chinese_date(self.new_due)}。"
                f"办件编号：{case.number}。"
            ),
        )


@dataclass(frozen=True)
class SpecialProcedureNotice:
    """特别程序告知书: a hearing, test or expert review stops the clock (ALL art. 45)."""

    kind: ClassVar[DocumentType] = DocumentType.SPECIAL_PROCEDURE
    case: CaseInfo
    procedure: str  # 听证、招标、拍卖、检验、检测、检疫、鉴定 or 专家评审
    reasons: str
    starts_on: date
    expected_days: int  # expected duration in working days

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        procedure = clause(self.procedure)
        if not procedure or self.expected_days < 1:
            raise DocumentError(
                "特别程序告知书须写明程序的种类（听证、检验、专家评审等）和预计所需时间",
                field="procedure",
            )
        reasons = f"经审查，{clause(self.reasons)}，" if clause(self.reasons) else ""
        return to_applicant(
            case,
            issue,
            Para(f"{submitted(case)}，本机关已依法受理。{reasons}本机关依法需要进行{procedure}。"),
            Para(
                f"根据{LICENSING_LAW}第四十五条的规定，{procedure}所需时间不计算在"
                f"作出行政许可决定的期限内。{procedure}自{chinese_date(self.starts_on)}开始，"
                f"预计需要{chinese_count(self.expected_days)}个工作日。本机关将在{procedure}"
                f"结束后继续审查并依法作出决定。办件编号：{case.number}。"
            ),
        )
