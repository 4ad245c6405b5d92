"""Browsing the audit trail (supervisors and admins): filtered pages, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import AuditEntry
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.guards import NotAllowed
from desktop.domain.timezone import CHINA
from desktop.services.audit_chain import ChainReport, verify_chain

PAGE = 200
READERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. Days are China dates, both ends included."""

    actor: str = ""
    entity: str = ""
    entity_id: str = ""
    action: str = ""
    text: str = ""  # anywhere in the old or new values
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    old: str
    new: str


def _text(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _china_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), CHINA)


def _where(query: AuditFilter) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if query.actor.strip():
        conditions.append(AuditEntry.actor.contains(query.actor.strip(), autoescape=True))
    if query.entity.strip():
        conditions.append(AuditEntry.entity == query.entity.strip())
    if query.entity_id.strip():
        conditions.append(AuditEntry.entity_id == query.entity_id.strip())
    if query.action.strip():
        conditions.append(AuditEntry.action == query.action.strip())
    if query.text.strip():
        needle = query.text.strip()
        conditions.append(
            sa.or_(
                sa.cast(AuditEntry.old, sa.Text).contains(needle, autoescape=True),
                sa.cast(AuditEntry.new, sa.Text).contains(needle, autoescape=True),
            )
        )
    if query.since is not None:
        conditions.append(AuditEntry.at >= _china_midnight(query.since))
    if query.until is not None:
        conditions.append(AuditEntry.at < _china_midnight(query.until + timedelta(days=1)))
    return conditions


def _require_reader(actor: Actor) -> None:
    if not (actor.roles & READERS):
        raise NotAllowed("只有督办人员和系统管理员可以查看审计记录")


def check_chain(session: Session, actor: Actor) -> ChainReport:
    """The hash chain check, from the window."""
    _require_reader(actor)
    return verify_chain(session)


def fetch_audit_page(
    session: Session,
    actor: Actor,
    query: AuditFilter,
    before_id: int | None = None,
    limit: int = PAGE,
) -> list[AuditRow]:
    """Up to `limit` entries matching the filter, newest first, older than `before_id`."""
    _require_reader(actor)
    statement = sa.select(AuditEntry).where(*_where(query))
    if before_id is not None:
        statement = statement.where(AuditEntry.id < before_id)
    entries = session.scalars(statement.order_by(AuditEntry.id.desc()).limit(limit))
    return [
        AuditRow(
            e.id, e.at, e.actor, e.action, e.entity, e.entity_id or "", _text(e.old), _text(e.new)
        )
        for e in entries
    ]
