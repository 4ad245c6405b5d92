"""A replacement after a member declines or declares a conflict: drawn the same way as
the draw, from the first backup that keeps the team complete, the rest of the plan fixed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.canonical import plain
from desktop.domain.enums import InspectionStatus, RecusalKind
from desktop.domain.errors import DomainError
from desktop.domain.inspections.draw_backups import BACKUP_COUNT
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.inspections.draw_replacement import draw_replacement
from desktop.domain.inspections.draw_result import Assignment
from desktop.domain.inspections.pool_codec import snapshot_to_json
from desktop.services import timesource
from desktop.services.inspections import draw_log
from desktop.services.inspections.access import SCHEDULING, lock_pool, require
from desktop.services.inspections.pool_snapshot import build_snapshot
from desktop.services.inspections.teams import load_inspection, set_team, slot_of, team_of


class LeaveCause(StrEnum):
    DECLINED = "declined"  # declined, ill, otherwise unable to go
    CONFLICT = "conflict"  # declared a conflict of interest after the draw

    @property
    def label(self) -> str:
        return {"declined": "无法参加", "conflict": "申报利害关系回避"}[self.value]


class ReplacementRefused(DomainError):
    code = "replacement_refused"


@dataclass(frozen=True)
class ReplacementOutcome:
    inspection_id: int
    case_number: str
    leaving: str
    chosen: str | None  # None: nobody fits; the request went back to the pending ones
    team: tuple[str, ...]
    backups: tuple[str, ...]


def replace_member(
    session: Session,
    actor: Actor,
    inspection_id: int,
    leaving_id: int,
    cause: LeaveCause,
    reason: str,
) -> ReplacementOutcome:
    """Replace `leaving_id` on a drawn inspection; a declared conflict is also recorded as
    a recusal tie, so later draws respect it."""
    require(actor, SCHEDULING, "补抽替换踏勘人员")
    if not reason.strip():
        raise ReplacementRefused("请填写更换人员的原因")
    lock_pool(session)
    inspection, case = load_inspection(session, inspection_id, {InspectionStatus.SCHEDULED})
    if inspection.draw_id is None:
        raise ReplacementRefused(
            "踏勘（{case_number}）的人员不是抽取产生的：请用“人工指定”更换", case_number=case.number
        )
    team = team_of(session, inspection.id)
    names = _names(session)
    if leaving_id not in team.members:
        raise ReplacementRefused(
            "{name}不是踏勘（{case_number}）的组员",
            name=names.get(leaving_id, f"#{leaving_id}"),
            case_number=case.number,
        )
    if cause is LeaveCause.CONFLICT:
        session.add(
            m.RecusalTie(
                inspector_id=leaving_id,
                kind=RecusalKind.DECLARED,
                applicant_id=case.applicant_id,
                note=reason.strip(),
                declared_at=timesource.now(),
            )
        )
        session.flush()
    draw = draw_log.draw_row(session, inspection.draw_id)
    result = draw_log.result_entry(session, draw.id)
    load_cap = result.data["result"]["figures"]["max_load"] if result and result.data else 0
    slot = slot_of(inspection)
    booked = build_snapshot(
        session, slot.day, 1, as_of=timesource.today(), inspection_ids=[inspection.id]
    )
    number = 1 + len(
        draw_log.entries(session, draw.id, DrawEvent.REPLACEMENT, inspection_id=inspection.id)
    )
    assignment = Assignment(inspection.id, slot, team.members)
    seed = draw_log.drawn_seed(session, draw)
    replacement = draw_replacement(booked, seed, assignment, leaving_id, number, load_cap)
    backups = [p.inspector_id for p in replacement.backups][:BACKUP_COUNT]
    if replacement.chosen is None:  # no one fits at this half-day: plan it again
        inspection.status = InspectionStatus.REQUESTED
        inspection.scheduled_on = inspection.half_day = inspection.draw_id = None
        set_team(session, inspection, [], [])
    else:
        set_team(session, inspection, replacement.team, backups)
    draw_log.append(
        session,
        actor,
        DrawEvent.REPLACEMENT,
        draw_id=draw.id,
        inspection_id=inspection.id,
        reason=f"{cause.label}：{reason.strip()}",
        digest=replacement.digest(),
        data={
            "assignment": plain(assignment),
            "leaving_id": leaving_id,
            "number": number,
            "load_cap": load_cap,
            "cause": cause.value,
            "replacement": plain(replacement),
        },
        snapshot=snapshot_to_json(booked).decode("utf-8"),
    )
    chosen = replacement.chosen
    return ReplacementOutcome(
        inspection.id,
        case.number,
        names[leaving_id],
        None if chosen is None else chosen.name,
        tuple(names[i] for i in replacement.team) if chosen else (),
        tuple(names[i] for i in backups) if chosen else (),
    )


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(sa.select(m.Inspector.id, m.Inspector.name)).all())
