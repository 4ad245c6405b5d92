"""Supervision records: urges (督办), result notices (抄告), ticket history, ratings (好差评)."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.domain.supervision import FollowUpStatus, TicketStep, UrgeLevel


class CaseUrge(Base):
    """A supervisor's urge notice on a late or nearly late case, and when its handler saw it."""

    __tablename__ = "case_urges"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    urged_at: Mapped[datetime] = mapped_column(default=utcnow)
    urged_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    # The handler at the time of the urge: the person who must answer for the delay.
    handler_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"), index=True)
    level: Mapped[UrgeLevel] = mapped_column(enum_column(UrgeLevel))
    message: Mapped[str] = mapped_column(sa.Text)
    acknowledged_at: Mapped[datetime | None]


class ResultNotice(Base):
    """A result notice (监管结果抄告) to one supervising department for one period."""

    __tablename__ = "result_notices"
    __table_args__ = (sa.CheckConstraint("period_to >= period_from", name="period_ordered"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(sa.String(64), unique=True)
    department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), index=True)
    period_from: Mapped[date]
    period_to: Mapped[date]
    case_count: Mapped[int]
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    # The department's receipt: who there confirmed it, when, recorded by whom.
    received_at: Mapped[datetime | None]
    received_by: Mapped[str | None] = mapped_column(sa.String(64))
    receipt_recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))


class ResultNoticeCase(Base):
    """A case reported in a notice; each case is reported once (the unique case id)."""

    __tablename__ = "result_notice_cases"

    notice_id: Mapped[int] = mapped_column(
        sa.ForeignKey("result_notices.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), primary_key=True, unique=True)


class TicketEvent(Base):
    """One step of a hotline or complaint ticket: opened, replied, escalated, closed."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    step: Mapped[TicketStep] = mapped_column(enum_column(TicketStep))
    text: Mapped[str] = mapped_column(sa.Text, default="")


class Rating(Base):
    """An applicant's rating of the service on one case (好差评), five levels."""

    __tablename__ = "ratings"
    __table_args__ = (sa.CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), unique=True)
    level: Mapped[int] = mapped_column(sa.SmallInteger)
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    rated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))


class RatingFollowUp(Base):
    """The follow-up every poor rating opens: fixed (整改), then answered (回访), then closed."""

    __tablename__ = "rating_follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    rating_id: Mapped[int] = mapped_column(
        sa.ForeignKey("ratings.id", ondelete="CASCADE"), unique=True
    )
    assignee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_on: Mapped[date]
    status: Mapped[FollowUpStatus] = mapped_column(enum_column(FollowUpStatus))
    fix_note: Mapped[str | None] = mapped_column(sa.Text)
    fixed_at: Mapped[datetime | None]
    fixed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    answer: Mapped[str | None] = mapped_column(sa.Text)
    answered_at: Mapped[datetime | None]
    answered_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
