"""Recusal ties (回避) of the pool: to an applicant or a project, of the kinds the rules
name, with the day a tie ended (employment still binds three years after)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import RecusalKind
from desktop.domain.errors import DomainError
from desktop.domain.inspections.pool import RecusalTie
from desktop.domain.inspections.recusal import RECUSAL_LABELS, tie_in_force
from desktop.services import audit, timesource
from desktop.services.inspections.access import POOL_KEEPING, READING, lock_pool, require


class TieRefused(DomainError):
    code = "tie_refused"


@dataclass(frozen=True)
class TieForm:
    id: int | None  # None: a new tie
    inspector_id: int
    kind: RecusalKind
    applicant_id: int | None
    project_name: str | None
    ended_on: date | None
    note: str = ""


@dataclass(frozen=True)
class TieLine:
    id: int
    inspector_id: int
    inspector: str
    kind: RecusalKind
    ground: str
    applicant_id: int | None
    applicant: str
    project_name: str
    ended_on: date | None
    note: str
    in_force: bool


def list_ties(session: Session, actor: Actor, inspector_id: int | None = None) -> list[TieLine]:
    require(actor, READING, "查看回避关系")
    query = (
        sa.select(m.RecusalTie, m.Inspector.name, m.Applicant.name)
        .join(m.Inspector, m.Inspector.id == m.RecusalTie.inspector_id)
        .outerjoin(m.Applicant, m.Applicant.id == m.RecusalTie.applicant_id)
        .order_by(m.RecusalTie.inspector_id, m.RecusalTie.id)
    )
    if inspector_id is not None:
        query = query.where(m.RecusalTie.inspector_id == inspector_id)
    today = timesource.today()
    return [
        TieLine(
            row.id,
            row.inspector_id,
            inspector,
            row.kind,
            RECUSAL_LABELS[row.kind],
            row.applicant_id,
            applicant or "",
            row.project_name or "",
            row.ended_on,
            row.note or "",
            tie_in_force(_domain_tie(row), today),
        )
        for row, inspector, applicant in session.execute(query).all()
    ]


def save_tie(session: Session, actor: Actor, form: TieForm) -> int:
    """Add a tie (no id) or change one; returns its id."""
    require(actor, POOL_KEEPING, "维护回避关系")
    project = (form.project_name or "").strip() or None
    if form.applicant_id is None and project is None:
        raise TieRefused("回避关系须指明申请人或项目")
    if form.applicant_id is not None and session.get(m.Applicant, form.applicant_id) is None:
        raise TieRefused("没有编号为 {id} 的申请人", id=form.applicant_id)
    if session.get(m.Inspector, form.inspector_id) is None:
        raise TieRefused("没有编号为 {id} 的踏勘人员", id=form.inspector_id)
    lock_pool(session)
    tie = (
        m.RecusalTie(declared_at=timesource.now())
        if form.id is None
        else session.get(m.RecusalTie, form.id)
    )
    if tie is None:
        raise TieRefused("该回避关系不存在：请刷新")
    before = None if form.id is None else _fields(tie)
    tie.inspector_id = form.inspector_id
    tie.kind = form.kind
    tie.applicant_id = form.applicant_id
    tie.project_name = project
    tie.ended_on = form.ended_on
    tie.note = form.note.strip()
    session.add(tie)
    session.flush()
    action = "add_recusal_tie" if form.id is None else "edit_recusal_tie"
    audit.record(session, actor, action, "recusal_tie", tie.id, old=before, new=_fields(tie))
    return tie.id


def _domain_tie(row: m.RecusalTie) -> RecusalTie:
    return RecusalTie(
        row.inspector_id, row.kind, row.applicant_id, row.project_name, None, row.ended_on
    )


def _fields(tie: m.RecusalTie) -> dict[str, object]:
    return {
        "inspector_id": tie.inspector_id,
        "kind": tie.kind.value,
        "applicant_id": tie.applicant_id,
        "project_name": tie.project_name,
        "ended_on": tie.ended_on.isoformat() if tie.ended_on else None,
        "note": tie.note,
    }
