"""Browsing the audit trail (supervisors and admins): filtered pages, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import (
    AuditEntry,
    Case,
    CaseUrge,
    Inspection,
    Inspector,
    IssuedDocument,
    ResultNotice,
    StaffUser,
    Ticket,
)
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.guards import NotAllowed
from desktop.domain.phrases import Phrase
from desktop.domain.timezone import CHINA
from desktop.services.audit_chain import ChainReport, verify_chain
from desktop.services.audit_words import (
    RECORDS,
    SETTINGS,
    action_words,
    change_words,
    codes_for,
    known_actions,
    people_in,
    record_words,
)

PAGE = 200
READERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. Days are China dates, both ends included."""

    actor: str = ""
    entity: str = ""
    entity_id: str = ""  # the id, or a case number, document number or user name
    action: str = ""  # the code or its label (so too `entity`)
    text: str = ""  # anywhere in the old or new values
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str  # the code, as stored
    entity: str
    entity_id: str
    old: str  # the stored JSON, for the tooltip and search
    new: str
    action_label: object = None  # in words (audit_words): a term or a labelled enum
    record_label: object = None
    record: str = ""  # what people call the record: a case number, a user name, a term
    change: tuple[Phrase, ...] = ()  # "字段：旧值 → 新值", one per field
    actor_name: str = ""  # who, as people know them: "张三（soc1）"; the login when unknown


def _text(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _china_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), CHINA)


def _where(query: AuditFilter) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if query.actor.strip():
        who = query.actor.strip()
        # By login or by name: "张三" finds the entries of the login whose name it is, also
        # those written for them by another login ("postgres for soc1").
        named = sa.exists().where(
            StaffUser.full_name.contains(who, autoescape=True),
            sa.or_(
                AuditEntry.actor == StaffUser.username,
                AuditEntry.actor.like("% for " + StaffUser.username),
            ),
        )
        conditions.append(sa.or_(AuditEntry.actor.contains(who, autoescape=True), named))
    if query.entity.strip():
        conditions.append(AuditEntry.entity.in_(codes_for(query.entity, dict(RECORDS))))
    if query.action.strip():
        conditions.append(AuditEntry.action.in_(codes_for(query.action, known_actions())))
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
    key = query.entity_id.strip()
    if key and not key.isdigit():  # a case number, document number or user name
        named = record_ids(session, key)
        statement = statement.where(
            sa.or_(
                sa.false(),
                *(sa.and_(AuditEntry.entity.in_(k), AuditEntry.entity_id == i) for k, i in named),
            )
        )
    elif key:
        statement = statement.where(AuditEntry.entity_id == key)
    if before_id is not None:
        statement = statement.where(AuditEntry.id < before_id)
    entries = list(session.scalars(statement.order_by(AuditEntry.id.desc()).limit(limit)))
    names = record_names(session, [(e.entity, e.entity_id) for e in entries])
    wanted = people_in(*(e.old for e in entries), *(e.new for e in entries))
    people: dict[int, str] = {}
    if wanted:
        chosen = sa.select(StaffUser.id, StaffUser.full_name).where(StaffUser.id.in_(wanted))
        people = {key: name for key, name in session.execute(chosen)}
    actors = actor_names(session, {e.actor for e in entries})
    return [
        AuditRow(
            e.id,
            e.at,
            e.actor,
            e.action,
            e.entity,
            e.entity_id or "",
            _text(e.old),
            _text(e.new),
            action_words(e.action),
            record_words(e.entity),
            names.get((e.entity, e.entity_id or ""), e.entity_id or ""),
            change_words(e.old, e.new, people),
            actors.get(e.actor, e.actor),
        )
        for e in entries
    ]


def actor_names(session: Session, logins: set[str]) -> dict[str, str]:
    """Login -> "full name（login）" for the staff among them. An entry written by one login
    for another ("postgres for soc1", the DBA acting) keeps saying so, with the name."""
    acting = {login: login.rpartition(" for ")[2] for login in logins}
    wanted = set(acting.values())
    if not wanted:
        return {}
    named = dict(
        session.execute(
            sa.select(StaffUser.username, StaffUser.full_name).where(StaffUser.username.in_(wanted))
        ).all()
    )
    found = {}
    for login, user in acting.items():
        if user in named:
            through = login[: -len(user) - len(" for ")] if login != user else ""
            name = f"{named[user]}（{user}）"
            found[login] = f"{name}，经 {through}" if through else name
    return found


# Record kinds people know by a name or number rather than by the table's id.
_CASES = {"case", "cases"}
_USERS = {"staff_user", "staff_users", "staff_roles"}
_DOCUMENTS = {"issued_document", "issued_documents"}


def _ids(keys: list[tuple[str, str | None]], kinds: set[str]) -> set[int]:
    return {int(key) for entity, key in keys if entity in kinds and key and key.isdigit()}


def record_names(
    session: Session, keys: list[tuple[str, str | None]]
) -> dict[tuple[str, str], str]:
    """(entity, id) -> the case number, user, document number, ... a person recognises."""
    found: dict[tuple[str, str], str] = {}

    def name_all(kinds: set[str], query: sa.Select[Any]) -> None:
        ids = _ids(keys, kinds)
        if not ids:
            return
        for key, name in session.execute(query.where(query.selected_columns[0].in_(ids))):
            for kind in kinds:
                found[(kind, str(key))] = name

    for entity, key in keys:
        if entity in ("setting", "settings") and key in SETTINGS:
            found[(entity, key)] = SETTINGS[key]  # a term: the UI translates it
    name_all(_CASES, sa.select(Case.id, Case.number))
    name_all(
        _USERS, sa.select(StaffUser.id, StaffUser.full_name + "（" + StaffUser.username + "）")
    )
    name_all(_DOCUMENTS, sa.select(IssuedDocument.id, IssuedDocument.number))
    name_all(
        {"case_urge"}, sa.select(CaseUrge.id, Case.number).join(Case, Case.id == CaseUrge.case_id)
    )
    name_all(
        {"inspections"},
        sa.select(Inspection.id, Case.number).join(Case, Case.id == Inspection.case_id),
    )
    name_all({"inspector"}, sa.select(Inspector.id, Inspector.name))
    name_all({"ticket"}, sa.select(Ticket.id, Ticket.number))
    name_all({"result_notice"}, sa.select(ResultNotice.id, ResultNotice.number))
    return found


def record_ids(session: Session, text: str) -> list[tuple[set[str], str]]:
    """What a typed record name means: a case number, a document number or a user name."""
    text = text.strip()
    matches: list[tuple[set[str], str]] = []
    for kinds, query in (
        (_CASES, sa.select(Case.id).where(Case.number == text)),
        (_DOCUMENTS, sa.select(IssuedDocument.id).where(IssuedDocument.number == text)),
        (_USERS, sa.select(StaffUser.id).where(StaffUser.username == text)),
    ):
        matches += [(kinds, str(key)) for key in session.scalars(query)]
    return matches
