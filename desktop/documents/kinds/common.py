"""Wording shared by the notices and decisions: the contact note and the legal sources."""

from __future__ import annotations

from desktop.documents.letter import LetterBody, Para
from desktop.documents.model import CaseInfo, Issue
from desktop.documents.wording import addressee, clause

LICENSING_LAW = "《中华人民共和国行政许可法》"


def contact_note(issue: Issue) -> str:
    """附注: where to ask, printed under the date."""
    bureau = issue.bureau
    parts = (("咨询电话", bureau.hotline), ("地址", bureau.address))
    return "；".join(f"{label}：{clause(value)}" for label, value in parts if clause(value))


def to_applicant(case: CaseInfo, issue: Issue, *paragraphs: str | Para) -> LetterBody:
    """A letter to the case's applicant: addressee, paragraphs, and where to ask."""
    note = contact_note(issue)
    return LetterBody(
        addressee=addressee(case.applicant),
        blocks=tuple(p if isinstance(p, Para) else Para(p) for p in paragraphs),
        notes=(note,) if note else (),
    )
