"""Decisions: not to accept, to grant, to refuse. Each carries a signed QR code, and the
refusals tell the applicant the remedies, naming the bodies from the bureau profile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.errors import DocumentError
from desktop.documents.kinds.common import LICENSING_LAW, to_applicant
from desktop.documents.letter import LetterBody, Para
from desktop.documents.model import CaseInfo, DocumentType, Issue, QrSubject
from desktop.documents.wording import (
    accepted,
    chinese_date,
    clause,
    numbered,
    sentence,
    submitted,
    you,
)
from desktop.domain.remedies import remedies_text


def _subject(case: CaseInfo, valid_until: date | None = None) -> QrSubject:
    applicant = case.applicant
    return QrSubject(applicant.name, applicant.identifier, case.item_name, valid_until)


@dataclass(frozen=True)
class NonAcceptanceDecision:
    """不予受理决定书 (ALL art. 32 (1)-(3)), with the remedies."""

    kind: ClassVar[DocumentType] = DocumentType.NON_ACCEPTANCE
    case: CaseInfo
    reasons: str
    legal_basis: str = f"{LICENSING_LAW}第三十二条第一款"
    competent_body: str = ""  # where to apply instead, when the bureau is not competent

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        body = clause(self.competent_body)
        redirect = f"请向{body}提出申请。" if body else ""
        if not clause(self.reasons):
            raise DocumentError("不予受理决定书须写明不予受理的理由", field="reasons")
        bureau = issue.bureau
        return to_applicant(
            case,
            issue,
            Para(f"{submitted(case)}，经审查，{sentence(self.reasons)}"),
            Para(f"根据{clause(self.legal_basis)}的规定，本机关决定不予受理。{redirect}"),
            Para(remedies_text(bureau.reconsideration_body, bureau.court)),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)


@dataclass(frozen=True)
class GrantDecision:
    """准予行政许可决定书 (ALL arts. 38, 39, 44)."""

    kind: ClassVar[DocumentType] = DocumentType.GRANT
    case: CaseInfo
    accepted_on: date
    permitted: str  # 许可内容
    valid_from: date | None = None
    valid_until: date | None = None
    conditions: tuple[str, ...] = ()
    licence_number: str = ""
    scope: str = ""  # 许可范围, where the proposal set one
    issues_licence: bool = True  # whether a licence follows this decision
    # The authorised window clerk who decided on the spot (窗口现场审批), else "".
    window_officer: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        if not clause(self.permitted):
            raise DocumentError("准予行政许可决定书须写明许可内容", field="permitted")
        officer = clause(self.window_officer)
        blocks = [
            Para(
                accepted(case, self.accepted_on)
                + ("申请材料齐全，经当场审查，" if officer else "经审查，")
                + f"{you(case.applicant)}的申请符合法定条件、标准。根据{LICENSING_LAW}"
                + ("第三十四条第二款" if officer else "第三十四条")
                + "、第三十八条第一款的规定，本机关决定准予行政许可。"
            ),
            Para(f"许可内容：{sentence(self.permitted)}"),
        ]
        if clause(self.scope):
            blocks.append(Para(f"许可范围：{sentence(self.scope)}"))
        if self.valid_from and self.valid_until:
            blocks.append(
                Para(
                    f"有效期限：自{chinese_date(self.valid_from)}起至"
                    f"{chinese_date(self.valid_until)}止。"
                )
            )
        elif self.valid_from and self.issues_licence:
            blocks.append(Para(f"有效期限：自{chinese_date(self.valid_from)}起长期有效。"))
        conditions = numbered(self.conditions)
        if conditions:
            blocks.append(Para(f"{you(case.applicant)}应当遵守以下要求："))
            blocks += [Para(item) for item in conditions]
        number = clause(self.licence_number)
        licence = f"（证号：{number}）" if number else ""
        if officer:  # 窗口现场审批: the decision names the clerk; a licence comes with it
            made = "，行政许可证件与本决定书一并当场颁发" if self.issues_licence else ""
            blocks.append(
                Para(f"本决定由本机关授权的窗口工作人员{officer}于受理当日当场作出{made}。")
            )
            return to_applicant(case, issue, *blocks)
        if not self.issues_licence:
            return to_applicant(case, issue, *blocks)
        blocks.append(
            Para(
                f"本机关将自作出决定之日起十个工作日内向{you(case.applicant)}颁发、送达"
                f"行政许可证件{licence}，也可凭本决定书到统一窗口领取。"
            )
        )
        return to_applicant(case, issue, *blocks)

    def qr_subject(self) -> QrSubject:
        return _subject(self.case, self.valid_until)


@dataclass(frozen=True)
class RejectionDecision:
    """不予行政许可决定书: reasons in writing and the remedies (ALL art. 38 (2))."""

    kind: ClassVar[DocumentType] = DocumentType.REJECTION
    case: CaseInfo
    accepted_on: date
    reasons: tuple[str, ...]
    legal_basis: str = f"{LICENSING_LAW}第三十八条第二款"

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        bureau = issue.bureau
        reasons = numbered(self.reasons)
        if not reasons:
            raise DocumentError("不予行政许可决定书须写明理由", field="reasons")
        return to_applicant(
            case,
            issue,
            Para(
                accepted(case, self.accepted_on) + "经审查，"
                f"{you(case.applicant)}的申请不符合法定条件、标准，理由如下："
            ),
            *(Para(reason) for reason in reasons),
            Para(f"根据{clause(self.legal_basis)}的规定，本机关决定不予行政许可。"),
            Para(remedies_text(bureau.reconsideration_body, bureau.court)),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)
