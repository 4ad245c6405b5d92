"""Cases (办件), their history, materials checklist and clock pauses."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.data.models.people import Applicant, StaffUser
from desktop.data.models.reference import Item
from desktop.domain.enums import CaseStatus, Category, MaterialState, PauseKind
from desktop.domain.licence_life import CaseKind
from desktop.domain.projects import ProjectStage

IN_BACK_OFFICE_SQL = sa.text(
    "status IN ('received', 'under_review', 'decision_proposed', 'awaiting_signoff', "
    "'supplement_requested', 'inspection', 'special_procedure')"
)

POOL_SQL = sa.text("status = 'received'")

# Cases whose current step has a clock (review, sign-off, certificate, delivery).
STEP_RUNNING_SQL = sa.text("step_due_on IS NOT NULL")


class Case(Base):
    """One application, from acceptance at the front desk to delivery of the result."""

    __tablename__ = "cases"
    __table_args__ = (
        sa.Index("ix_cases_queue", "category", "status", "accepted_on"),
        sa.Index("ix_cases_handler_status", "handler_id", "status"),
        # Queue pages: green-channel cases first, then by acceptance or due date (keyset).
        sa.Index("ix_cases_rank_accepted", "category", "queue_rank", "accepted_at", "id"),
        sa.Index("ix_cases_rank_due", "category", "queue_rank", "promised_due_on", "id"),
        # Work views (pool, warnings, supplements...) list only cases in the back office: small
        # partial indexes keep their pages fast however many finished cases the table holds.
        sa.Index(
            "ix_cases_open_due",
            "category",
            "queue_rank",
            "promised_due_on",
            "id",
            postgresql_where=IN_BACK_OFFICE_SQL,
            sqlite_where=IN_BACK_OFFICE_SQL,
        ),
        sa.Index(
            "ix_cases_open_accepted",
            "category",
            "queue_rank",
            "accepted_at",
            "id",
            postgresql_where=IN_BACK_OFFICE_SQL,
            sqlite_where=IN_BACK_OFFICE_SQL,
        ),
        # Today's red and yellow counts per (queue, item, handler), read from the index alone.
        sa.Index(
            "ix_cases_open_warnings",
            "category",
            "item_id",
            "handler_id",
            "status",
            "promised_due_on",
            "promised_warn_on",
            postgresql_where=IN_BACK_OFFICE_SQL,
            sqlite_where=IN_BACK_OFFICE_SQL,
        ),
        # The pool alone, in claiming order: claiming the next case reads one entry instead
        # of stepping over every case already claimed.
        sa.Index(
            "ix_cases_pool",
            "category",
            "queue_rank",
            "accepted_at",
            "id",
            postgresql_where=POOL_SQL,
            sqlite_where=POOL_SQL,
        ),
        # ... and in due-date order, the pool view's: its pages skip no claimed case.
        sa.Index(
            "ix_cases_pool_due",
            "category",
            "queue_rank",
            "promised_due_on",
            "id",
            postgresql_where=POOL_SQL,
            sqlite_where=POOL_SQL,
        ),
        # Today's late and yellow steps per (queue, item, handler), from the index alone.
        sa.Index(
            "ix_cases_step_warnings",
            "category",
            "item_id",
            "handler_id",
            "status",
            "step_due_on",
            "step_warn_on",
            postgresql_where=STEP_RUNNING_SQL,
            sqlite_where=STEP_RUNNING_SQL,
        ),
        sa.CheckConstraint("extension_days >= 0", name="extension_non_negative"),
        # A case acting on a licence names it; a new licence's case names none.
        sa.CheckConstraint("(kind = 'new') = (licence_id IS NULL)", name="kind_names_licence"),
        # A case of a construction project says in which of its stages it is reviewed.
        sa.CheckConstraint(
            "(project_id IS NULL) = (project_stage IS NULL)", name="project_names_stage"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(sa.String(32), unique=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("items.id"), index=True)
    # The queue; copied from the item at acceptance so that queues index on it.
    category: Mapped[Category] = mapped_column(enum_column(Category))
    applicant_id: Mapped[int] = mapped_column(sa.ForeignKey("applicants.id"), index=True)
    project_name: Mapped[str | None] = mapped_column(sa.String(200))
    # What the case asks for (domain/licence_life.py), and the licence version it acts on.
    kind: Mapped[CaseKind] = mapped_column(
        enum_column(CaseKind), default=CaseKind.NEW, server_default="new"
    )
    licence_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("licences.id", use_alter=True), index=True
    )
    project_address: Mapped[str | None] = mapped_column(sa.String(200))
    # The construction project the case belongs to (工程建设项目) and the stage whose
    # parallel review (并联审批) it is part of; the builder is the case's applicant.
    project_id: Mapped[int | None] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    project_stage: Mapped[ProjectStage | None] = mapped_column(enum_column(ProjectStage))
    green_channel: Mapped[bool] = mapped_column(default=False)
    # 0: a green-channel case still in the back office (listed first); 1: any other case.
    queue_rank: Mapped[int] = mapped_column(sa.SmallInteger, default=1, server_default="1")
    first_contact_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    handler_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus), index=True)
    accepted_at: Mapped[datetime]
    # Indexed: statistics count the cases dated on a few given days (see CaseMonthTally).
    accepted_on: Mapped[date] = mapped_column(index=True)
    decided_on: Mapped[date | None] = mapped_column(index=True)
    closed_on: Mapped[date | None] = mapped_column(index=True)
    extension_days: Mapped[int] = mapped_column(default=0)
    extension_reason: Mapped[str | None] = mapped_column(sa.Text)
    # Due dates as last computed by the clock, so queues can sort and filter in SQL.
    promised_due_on: Mapped[date | None] = mapped_column(index=True)
    # The day the promised clock turns yellow (a share of the limit used), for queue views.
    promised_warn_on: Mapped[date | None]
    statutory_due_on: Mapped[date | None]
    due_provisional: Mapped[bool] = mapped_column(default=False)
    # The current step's own clock (domain/steps.py): its due and yellow days, NULL while
    # no step runs (in the pool, once closed).
    step_due_on: Mapped[date | None]
    step_warn_on: Mapped[date | None]
    # The calendar version (CalendarVersion) the stored dates were counted by: the current
    # one for a case still open, the one in force when it closed otherwise.
    calendar_version: Mapped[int | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    # Optimistic locking: every action bumps it; an action based on an older version is
    # refused (services lock the row, then compare; see desktop.services.case_core).
    version: Mapped[int] = mapped_column(default=1)

    item: Mapped[Item] = relationship()
    applicant: Mapped[Applicant] = relationship()
    handler: Mapped[StaffUser | None] = relationship(foreign_keys=[handler_id])
    first_contact: Mapped[StaffUser | None] = relationship(foreign_keys=[first_contact_id])
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", order_by="CaseEvent.id", cascade="all, delete-orphan"
    )
    materials: Mapped[list[CaseMaterial]] = relationship(
        back_populates="case", order_by="CaseMaterial.seq", cascade="all, delete-orphan"
    )
    pauses: Mapped[list[ClockPause]] = relationship(
        back_populates="case", order_by="ClockPause.started_on", cascade="all, delete-orphan"
    )


class CaseEvent(Base):
    """One step in a case's history: who did what, when, from which status to which, and why."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(32))
    from_status: Mapped[CaseStatus | None] = mapped_column(
        enum_column(CaseStatus, name="from_status")
    )
    to_status: Mapped[CaseStatus | None] = mapped_column(enum_column(CaseStatus, name="to_status"))
    reason: Mapped[str | None] = mapped_column(sa.Text)
    data: Mapped[dict[str, Any] | None]

    case: Mapped[Case] = relationship(back_populates="events")
    actor: Mapped[StaffUser | None] = relationship()


class CaseMaterial(Base):
    """A line of the materials checklist of one case."""

    __tablename__ = "case_materials"
    __table_args__ = (sa.UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"))
    seq: Mapped[int]
    item_material_id: Mapped[int | None] = mapped_column(sa.ForeignKey("item_materials.id"))
    name: Mapped[str] = mapped_column(sa.String(200))
    state: Mapped[MaterialState] = mapped_column(enum_column(MaterialState))
    received_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(sa.Text)

    case: Mapped[Case] = relationship(back_populates="materials")


class ClockPause(Base):
    """A period during which the case clock stood still (supplement, inspection, art. 45)."""

    __tablename__ = "clock_pauses"
    __table_args__ = (
        sa.CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ordered"),
        # One open pause per kind: nobody runs a second (backdated) one beside the first.
        sa.Index(
            "ux_clock_pauses_open",
            "case_id",
            "kind",
            unique=True,
            postgresql_where=sa.text("ended_on IS NULL"),
            sqlite_where=sa.text("ended_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PauseKind] = mapped_column(enum_column(PauseKind))
    started_on: Mapped[date]
    ended_on: Mapped[date | None]
    # Art. 45: the applicant is told in writing how long the special procedure should take.
    expected_days: Mapped[int | None]
    reason: Mapped[str | None] = mapped_column(sa.Text)

    case: Mapped[Case] = relationship(back_populates="pauses")


class CaseTally(Base):
    """How many cases each (queue, status) holds, kept by database triggers on `cases`.

    Counting half a million rows for the "all cases" figure in every window's navigation
    would cost hundreds of milliseconds a refresh; a sum over these few rows costs nothing,
    and triggers keep it exact however cases are written (services, imports, demo data).
    """

    __tablename__ = "case_tallies"

    category: Mapped[Category] = mapped_column(
        enum_column(Category, name="tally_category"), primary_key=True
    )
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus, name="tally_status"), primary_key=True
    )
    cases: Mapped[int] = mapped_column(default=0)
