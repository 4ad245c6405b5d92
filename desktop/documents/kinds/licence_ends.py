"""The acts that end a licence the bureau issued: 注销行政许可决定书 (the holder asked, or the
licence can no longer be used: ALL art. 70) and 撤销行政许可决定书 (the licence should not
have been granted: ALL art. 69). Each names the licence and the day it ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from desktop.documents.errors import DocumentError
from desktop.documents.kinds.common import to_applicant
from desktop.documents.letter import LetterBody, Para
from desktop.documents.model import CaseInfo, DocumentType, Issue, QrSubject
from desktop.documents.wording import accepted, chinese_date, clause, you
from desktop.domain.remedies import remedies_text

_ACT = {DocumentType.LICENCE_CANCELLATION: "注销", DocumentType.LICENCE_REVOCATION: "撤销"}
_BASIS = {
    DocumentType.LICENCE_CANCELLATION: "《中华人民共和国行政许可法》第七十条",
    DocumentType.LICENCE_REVOCATION: "《中华人民共和国行政许可法》第六十九条",
}


@dataclass(frozen=True)
class LicenceEndDecision:
    """注销/撤销行政许可决定书: the licence `licence_no` ends on `ended_on`, for `reason`."""

    kind: ClassVar[DocumentType]
    case: CaseInfo
    accepted_on: date
    licence_no: str
    licence_title: str
    reason: str
    ended_on: date
    # 撤销 of a licence granted on a commitment (告知承诺制) found false at its check: the
    # day the commitment was signed and what the check found.
    commitment_on: date | None = None
    findings: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case, bureau, act = self.case, issue.bureau, _ACT[self.kind]
        number, title = clause(self.licence_no), clause(self.licence_title) or "许可证"
        if not number:
            raise DocumentError(f"{act}行政许可决定书须写明许可证编号", field="licence_no")
        basis = _BASIS[self.kind]
        if self.commitment_on is not None:
            # ALL art. 69(2): a licence obtained by deception is revoked.
            found = clause(self.findings)
            if not found:
                raise DocumentError("撤销决定须写明核查发现的事实", field="findings")
            facts = (
                f"{you(case.applicant)}于{chinese_date(self.commitment_on)}签署告知承诺书，"
                f"承诺已具备取得{title}的条件，本机关据此作出准予行政许可决定。"
                "本机关依法对承诺内容进行了核查。经核查：" + found + "，承诺内容与实际情况不符。"
                f"{you(case.applicant)}以不实承诺取得该行政许可，属于以欺骗手段取得行政许可。"
            )
            basis += "第二款"
        else:
            opening = (
                accepted(case, self.accepted_on) + f"申请{act}{title}。"
                if self.kind is DocumentType.LICENCE_CANCELLATION
                else f"本机关依法对{you(case.applicant)}持有的{title}进行了审查。"
            )
            facts = opening + "经审查：" + (clause(self.reason) or "依法应当" + act) + "。"
        return to_applicant(
            case,
            issue,
            Para(facts),
            Para(
                f"根据{basis}的规定，本机关决定自{chinese_date(self.ended_on)}起"
                f"{act}{you(case.applicant)}持有的{title}"
                f"（编号：{number}），该许可证自{act}之日起失效。"
            ),
            Para(remedies_text(bureau.reconsideration_body, bureau.court)),
        )

    def qr_subject(self) -> QrSubject:
        case = self.case
        return QrSubject(case.applicant.name, case.applicant.identifier, case.item_name)


@dataclass(frozen=True)
class LicenceCancellation(LicenceEndDecision):
    """注销行政许可决定书 (ALL art. 70)."""

    kind: ClassVar[DocumentType] = DocumentType.LICENCE_CANCELLATION


@dataclass(frozen=True)
class LicenceRevocation(LicenceEndDecision):
    """撤销行政许可决定书 (ALL art. 69)."""

    kind: ClassVar[DocumentType] = DocumentType.LICENCE_REVOCATION
