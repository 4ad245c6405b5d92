"""Grounds for ending the review of an accepted application (终止审查) and the legal basis
each cites: the reason the handler states and the provision the decision prints.

The Administrative Licensing Law has no general clause on terminating review (its art. 32
is about accepting or not accepting an application, art. 70 about cancelling a licence
already granted): review ends because the applicant can no longer hold what was applied
for. A natural person's capacity to hold rights ends at death (Civil Code art. 13), a legal
person's at its termination (art. 59), an unincorporated organisation's likewise (art. 108
applies the legal-person rules). For any other ground the handler cites the provision of
the item's own law or regulation, typed in full.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError

CIVIL_CODE = "《中华人民共和国民法典》"
MAX_BASIS = 300


@dataclass(frozen=True)
class TerminationGround:
    """One ground: its name, the reason as the decision states the facts, and the basis
    cited by default ("" when the handler must type it)."""

    name: str
    reason: str
    basis: str


DEATH = TerminationGround(
    "申请人死亡",
    "申请人在审查期间死亡，其民事权利能力终止",
    f"{CIVIL_CODE}第十三条",
)
DISSOLVED = TerminationGround(
    "申请人依法终止",
    "申请人在审查期间被登记机关注销登记，依法终止",
    f"{CIVIL_CODE}第五十九条、第一百零八条",
)
OTHER = TerminationGround("依法需要终止审查的其他情形", "", "")
GROUNDS = (DEATH, DISSOLVED, OTHER)


def grounds_for(kind: ApplicantKind) -> tuple[TerminationGround, ...]:
    """The grounds that fit the applicant: death for a person, termination for an
    organisation, and the other grounds for both."""
    own = DEATH if kind is ApplicantKind.PERSON else DISSOLVED
    return (own, OTHER)


def check_basis(basis: str) -> str:
    """The basis as the decision prints it: a named law or regulation with its article."""
    text = basis.strip()
    if not text:
        raise DomainError("请写明终止审查的法律依据（法律、法规或者规章的名称及条款）")
    if len(text) > MAX_BASIS:
        raise DomainError("法律依据不能超过 {length} 字", length=MAX_BASIS)
    if "《" not in text or "第" not in text or "条" not in text:
        raise DomainError(
            "法律依据“{basis}”须写明法律、法规或者规章的名称（加书名号）和条款，"
            "如：《中华人民共和国民法典》第五十九条",
            basis=text,
        )
    return text
