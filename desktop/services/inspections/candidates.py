"""Who may be put on one inspection's team by hand: every inspector of the pool with what
they bring, eligible ones first, and for the others every reason, by the draw's own rules
(`domain/inspections/eligibility.py`), so the coordinator sees before choosing what the
override would be refused for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.actor import Actor
from desktop.domain.enums import OPEN_INSPECTIONS
from desktop.domain.inspections.eligibility import exclusions_of
from desktop.services import timesource
from desktop.services.inspections.access import SCHEDULING, require
from desktop.services.inspections.pool import list_inspectors
from desktop.services.inspections.pool_snapshot import build_snapshot
from desktop.services.inspections.teams import load_inspection


@dataclass(frozen=True)
class Candidate:
    inspector_id: int
    name: str
    department: str
    specialties: tuple[str, ...]
    from_responsible_department: bool
    covers: tuple[str, ...]  # the required specialties they hold
    reasons: tuple[str, ...]  # why they may not serve; empty: eligible

    @property
    def eligible(self) -> bool:
        return not self.reasons


def override_candidates(session: Session, actor: Actor, inspection_id: int) -> list[Candidate]:
    """The pool for one open inspection: eligible first (responsible department, then those
    covering most required specialties), then the others with their reasons; by name."""
    require(actor, SCHEDULING, "人工指定踏勘人员")
    inspection, _ = load_inspection(session, inspection_id, OPEN_INSPECTIONS)
    today = timesource.today()
    first = max(inspection.window_start, today)
    days = max((inspection.window_end - first).days + 1, 1)
    snapshot = build_snapshot(
        session,
        first,
        days,
        as_of=today,
        inspection_ids=[inspection.id],
        unbooked={inspection.id},  # its own team is not busy with itself
    )
    request = snapshot.requests[0]
    by_id = {inspector.id: inspector for inspector in snapshot.inspectors}
    found = []
    for line in list_inspectors(session, actor):
        inspector = by_id[line.id]
        reasons = tuple(
            f"{e.reason.label}：{e.detail}" if e.detail else e.reason.label
            for e in exclusions_of(snapshot, request, inspector)
        )
        found.append(
            Candidate(
                line.id,
                line.name,
                line.department,
                line.specialties,
                inspector.department_id == request.department_id,
                tuple(sorted(inspector.specialties & request.required_specialties)),
                reasons,
            )
        )
    return sorted(
        found,
        key=lambda c: (
            not c.eligible,
            not c.from_responsible_department,
            -len(c.covers),
            c.department,
            c.name,
        ),
    )
