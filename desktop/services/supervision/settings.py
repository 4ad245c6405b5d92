"""Supervision settings shared by all PCs: answer limits per ticket kind, follow-up and
receipt limits, in working days (business settings live in the database)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy.orm import Session

from desktop.data.models import Setting
from desktop.data.models.base import utcnow
from desktop.domain.actor import Actor
from desktop.domain.enums import Role, TicketKind
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.phrases import Term
from desktop.services import audit

SETTINGS_KEY = "supervision"
# A limit longer than this many working days (about three months) is a typing mistake.
MOST_DAYS = 60
# What each limit is called in a message that asks for it to be corrected.
LIMIT_NAMES = {
    TicketKind.HOTLINE.value: Term("热线咨询答复时限"),
    TicketKind.COMPLAINT.value: Term("投诉答复时限"),
    "follow_up_days": Term("差评整改回访时限"),
    "receipt_days": Term("抄告回执时限"),
}


def _default_answer_days() -> dict[str, int]:
    # A hotline question is answered the next working day, a complaint within five.
    return {TicketKind.HOTLINE.value: 1, TicketKind.COMPLAINT.value: 5}


@dataclass(frozen=True)
class SupervisionSettings:
    ticket_answer_days: dict[str, int] = field(default_factory=_default_answer_days)
    # A poor rating is fixed and answered within this many working days.
    follow_up_days: int = 15
    # A result notice not confirmed by its department after this many working days is flagged.
    receipt_days: int = 2

    def answer_days(self, kind: TicketKind) -> int:
        return self.ticket_answer_days.get(kind.value, _default_answer_days()[kind.value])


DEFAULT_SETTINGS = SupervisionSettings()


def load_supervision_settings(session: Session) -> SupervisionSettings:
    """The settings as stored, with defaults for what was never set."""
    stored = session.get(Setting, SETTINGS_KEY)
    values = dict(stored.value) if stored is not None else {}
    days = {**_default_answer_days(), **values.pop("ticket_answer_days", {})}
    known = {k: v for k, v in values.items() if k in ("follow_up_days", "receipt_days")}
    return SupervisionSettings(ticket_answer_days=days, **known)


def limits_problem(settings: SupervisionSettings) -> DomainError | None:
    """What is wrong with the limits, saying what to enter instead; None when all is well.
    (The administration page asks as the admin types; saving asks again.)"""
    limits = [
        *((kind.value, settings.answer_days(kind)) for kind in TicketKind),
        ("follow_up_days", settings.follow_up_days),
        ("receipt_days", settings.receipt_days),
    ]
    for key, days in limits:
        if days < 1:
            return DomainError(
                "{limit}至少为 1 个工作日：请填写 1 或更大的数再保存", limit=LIMIT_NAMES[key]
            )
        if days > MOST_DAYS:
            return DomainError(
                "{limit}不能超过 {most} 个工作日：请核对后填写 {most} 以内的数再保存",
                limit=LIMIT_NAMES[key],
                most=MOST_DAYS,
            )
    return None


def save_supervision_settings(
    session: Session, actor: Actor, settings: SupervisionSettings
) -> SupervisionSettings:
    """The admin sets the limits (each 1 to MOST_DAYS working days); audited. Returns the
    settings as now stored."""
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以修改督办时限设置")
    problem = limits_problem(settings)
    if problem is not None:
        raise problem
    old = asdict(load_supervision_settings(session))
    stored = session.get(Setting, SETTINGS_KEY)
    if stored is None:
        stored = Setting(key=SETTINGS_KEY, value={})
        session.add(stored)
    stored.value = asdict(settings)
    stored.updated_at = utcnow()
    audit.record(session, actor, "update_settings", "setting", SETTINGS_KEY, old, asdict(settings))
    session.flush()
    return load_supervision_settings(session)
