"""The ends of items that are not licences: a filing acknowledged or refused (备案通知书,
不予备案通知书), and a confirmation, another power or a service completed or refused
(办结通知书, 不予办理决定书). None of them grants a licence or says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.errors import DocumentError
from desktop.documents.kinds.common import to_applicant
from desktop.documents.letter import LetterBody, Para
from desktop.documents.model import CaseInfo, DocumentType, Issue, QrSubject
from desktop.documents.wording import accepted, chinese_date, clause, numbered, sentence, you
from desktop.domain.item_kinds import ItemKind
from desktop.domain.remedies import remedies_text


def _subject(case: CaseInfo) -> QrSubject:
    return QrSubject(case.applicant.name, case.applicant.identifier, case.item_name)


def _basis(legal_basis: str) -> str:
    core = clause(legal_basis)
    return f"根据{core}的规定，" if core else "依照有关规定，"


def _reasons(reasons: tuple[str, ...], title: str) -> list[str]:
    lines = numbered(reasons)
    if not lines:
        raise DocumentError(f"{title}须写明理由", field="reasons")
    return lines


@dataclass(frozen=True)
class FilingNotice:
    """备案通知书: the filing is recorded; it is not a licence and replaces none."""

    kind: ClassVar[DocumentType] = DocumentType.FILING
    case: CaseInfo
    accepted_on: date
    filed_on: date
    legal_basis: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        return to_applicant(
            case,
            issue,
            Para(
                accepted(case, self.accepted_on) + "经核对，备案材料齐全，符合法定形式。"
                f"{_basis(self.legal_basis)}本机关予以备案，备案日期为"
                f"{chinese_date(self.filed_on)}，备案编号为本通知书文号。"
            ),
            Para(
                "备案不是行政许可。本通知书仅证明上述事项已经备案，不代替依法应当办理的"
                f"行政许可和其他手续；备案事项发生变化的，{you(case.applicant)}应当及时"
                "办理备案变更。"
            ),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)


@dataclass(frozen=True)
class FilingRefusal:
    """不予备案通知书: the filing is not recorded, with reasons and the remedies."""

    kind: ClassVar[DocumentType] = DocumentType.FILING_REFUSAL
    case: CaseInfo
    accepted_on: date
    reasons: tuple[str, ...]
    legal_basis: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case, bureau = self.case, issue.bureau
        return to_applicant(
            case,
            issue,
            Para(accepted(case, self.accepted_on) + "经核对，存在以下不予备案的情形："),
            *(Para(line) for line in _reasons(self.reasons, "不予备案通知书")),
            Para(
                f"{_basis(self.legal_basis)}本机关不予备案。{you(case.applicant)}可以在"
                "上述情形消除后重新办理备案。"
            ),
            Para(remedies_text(bureau.reconsideration_body, bureau.court, "通知")),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)


# What the completion notice says was done, by the kind of the item.
_DONE = {
    ItemKind.CONFIRMATION: "本机关予以确认",
    ItemKind.OTHER_POWER: "本机关准予办理",
    ItemKind.PUBLIC_SERVICE: "本机关已为{you}办理完毕",
}


@dataclass(frozen=True)
class CompletionNotice:
    """办结通知书: a confirmation, another administrative power or a service is done."""

    kind: ClassVar[DocumentType] = DocumentType.COMPLETION
    case: CaseInfo
    accepted_on: date
    item_kind: ItemKind
    result: str = ""  # what was confirmed or done, as the handler put it
    legal_basis: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        if self.item_kind not in _DONE:
            raise DocumentError("办结通知书只用于行政确认、其他行政权力和公共服务事项")
        done = _DONE[self.item_kind].format(you=you(case.applicant))
        blocks = [
            Para(
                accepted(case, self.accepted_on) + "经审查，申请符合规定。"
                f"{_basis(self.legal_basis)}{done}，现予办结。"
            )
        ]
        if clause(self.result):
            blocks.append(Para(f"办理结果：{sentence(self.result)}"))
        blocks.append(Para(f"办件编号：{case.number}。可凭办件编号查询办理结果。"))
        return to_applicant(case, issue, *blocks)

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)


@dataclass(frozen=True)
class RefusalDecision:
    """不予办理决定书: a confirmation, another power or a service refused, with reasons."""

    kind: ClassVar[DocumentType] = DocumentType.REFUSAL
    case: CaseInfo
    accepted_on: date
    reasons: tuple[str, ...]
    legal_basis: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case, bureau = self.case, issue.bureau
        return to_applicant(
            case,
            issue,
            Para(
                accepted(case, self.accepted_on) + "经审查，"
                f"{you(case.applicant)}的申请不符合规定，理由如下："
            ),
            *(Para(line) for line in _reasons(self.reasons, "不予办理决定书")),
            Para(f"{_basis(self.legal_basis)}本机关决定不予办理。"),
            Para(remedies_text(bureau.reconsideration_body, bureau.court)),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)
