"""The acts that end an accepted case without a decision on its merits: termination of
review (终止审查决定书, with its reason and legal basis) and leave to withdraw the
application (准予撤回申请决定书). Neither is a refusal to accept: that comes before a case."""

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


def _subject(case: CaseInfo) -> QrSubject:
    return QrSubject(case.applicant.name, case.applicant.identifier, case.item_name)


@dataclass(frozen=True)
class TerminationDecision:
    """终止审查决定书: review ends for a reason that makes a decision impossible or moot
    (the applicant died or was dissolved, the matter lapsed), on the stated legal basis."""

    kind: ClassVar[DocumentType] = DocumentType.TERMINATION
    case: CaseInfo
    accepted_on: date
    reason: str
    legal_basis: str
    terminated_on: date

    def body(self, issue: Issue) -> LetterBody:
        case, bureau = self.case, issue.bureau
        if not clause(self.reason):
            raise DocumentError("终止审查决定书须写明终止审查的理由", field="reason")
        if not clause(self.legal_basis):
            raise DocumentError("终止审查决定书须写明法律依据", field="legal_basis")
        return to_applicant(
            case,
            issue,
            Para(
                accepted(case, self.accepted_on)
                + "审查过程中，本机关查明："
                + clause(self.reason)
                + "。"
            ),
            Para(
                f"根据{clause(self.legal_basis)}的规定，本机关决定自"
                f"{chinese_date(self.terminated_on)}起终止对该申请的审查。"
                f"终止审查不是对{you(case.applicant)}申请事项作出的准予或者不予决定；"
                "终止审查的情形消除后，可以依法重新提出申请。"
            ),
            Para(remedies_text(bureau.reconsideration_body, bureau.court)),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)


@dataclass(frozen=True)
class WithdrawalDecision:
    """准予撤回申请决定书: the applicant asked to withdraw before the decision; leave given."""

    kind: ClassVar[DocumentType] = DocumentType.WITHDRAWAL
    case: CaseInfo
    accepted_on: date
    requested_on: date
    reason: str = ""

    def body(self, issue: Issue) -> LetterBody:
        case = self.case
        why = clause(self.reason)
        because = f"以“{why}”为由" if why else ""
        return to_applicant(
            case,
            issue,
            Para(
                accepted(case, self.accepted_on)
                + f"{chinese_date(self.requested_on)}，{you(case.applicant)}{because}"
                "申请撤回该申请。"
            ),
            Para(
                "经审查，撤回申请系申请人真实意思表示，本机关决定准予撤回，对该申请不再审查。"
                f"{you(case.applicant)}提交的申请材料原件可以到统一窗口领回；"
                "撤回后可以依法重新提出申请。"
            ),
        )

    def qr_subject(self) -> QrSubject:
        return _subject(self.case)
