"""Recusal (回避): which ties keep an inspector away from a request, modelled on the
procurement expert-draw rules (政府采购法实施条例 art. 9)."""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import RecusalKind
from desktop.domain.inspections.pool import InspectionRequest, RecusalTie

# Employment, directorship or a controlling share ties an inspector for three years after.
EMPLOYMENT_LAPSE_YEARS = 3

RECUSAL_LABELS = {
    RecusalKind.EMPLOYMENT: "三年内曾任申请人员工、董事或控股股东",
    RecusalKind.RELATIVE: "系申请人法定代表人的配偶、近亲属或近姻亲",
    RecusalKind.PRIOR_INVOLVEMENT: "曾参与同一项目",
    RecusalKind.DECLARED: "申报的其他利害关系",
}


def tie_in_force(tie: RecusalTie, as_of: date) -> bool:
    """Whether the tie still binds on the draw day.

    Employment binds until three years after it ended; a relationship or a declared
    conflict until it ended; earlier involvement in the same project never lapses.
    """
    if tie.kind is RecusalKind.PRIOR_INVOLVEMENT or tie.ended_on is None:
        return True
    if tie.kind is RecusalKind.EMPLOYMENT:
        return as_of <= years_after(tie.ended_on, EMPLOYMENT_LAPSE_YEARS)
    return as_of <= tie.ended_on


def tie_matches(tie: RecusalTie, request: InspectionRequest) -> bool:
    """The tie names the request's applicant or its project."""
    if tie.applicant_id is not None and tie.applicant_id == request.applicant_id:
        return True
    return bool(
        tie.project_name
        and request.project_name
        and same_project(tie.project_name, request.project_name)
    )


def recusal_detail(tie: RecusalTie, request: InspectionRequest) -> str:
    """One Chinese sentence for the draw log: the ground, whom it names, when it ended."""
    named = (
        f"申请人#{request.applicant_id}"
        if tie.applicant_id == request.applicant_id
        else f"项目「{request.project_name}」"
    )
    parts = [RECUSAL_LABELS[tie.kind], f"（{named}）"]
    if tie.ended_on is not None:
        parts.append(f"，{tie.ended_on.isoformat()}止")
    if tie.note:
        parts.append(f"：{tie.note}")
    return "".join(parts)


def same_project(first: str, second: str) -> bool:
    """Project names compare without surrounding or repeated white space."""
    return " ".join(first.split()) == " ".join(second.split())


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)
