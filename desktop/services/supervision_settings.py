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
from desktop.services import audit

SETTINGS_KEY = "supervision"


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


def save_supervision_settings(
    session: Session, actor: Actor, settings: SupervisionSettings
) -> None:
    """The admin sets the limits; each must be at least one working day."""
    if not actor.has(Role.ADMIN):
        raise NotAllowed("只有系统管理员可以修改督办时限设置")
    limits = [*settings.ticket_answer_days.values(), settings.follow_up_days, settings.receipt_days]
    if any(days < 1 for days in limits):
        raise DomainError("时限至少为1个工作日：请修改后再保存")
    old = asdict(load_supervision_settings(session))
    stored = session.get(Setting, SETTINGS_KEY)
    if stored is None:
        stored = Setting(key=SETTINGS_KEY, value={})
        session.add(stored)
    stored.value = asdict(settings)
    stored.updated_at = utcnow()
    audit.record(session, actor, "update_settings", "setting", SETTINGS_KEY, old, asdict(settings))
