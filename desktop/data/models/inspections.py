"""The inspector pool (踏勘人才库) and site inspections with their teams."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.data.models.reference import Department, Specialty
from desktop.domain.enums import HalfDay, InspectionConclusion, InspectionStatus, RecusalKind

inspector_specialties = sa.Table(
    "inspector_specialties",
    Base.metadata,
    sa.Column("inspector_id", sa.ForeignKey("inspectors.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("specialty_id", sa.ForeignKey("specialties.id"), primary_key=True),
)


class Inspector(Base):
    """A member of the inspector pool, drawn from an industry department."""

    __tablename__ = "inspectors"
    __table_args__ = (sa.CheckConstraint("daily_capacity >= 1", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(64))
    department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), index=True)
    staff_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_users.id"))
    title: Mapped[str] = mapped_column(sa.String(40), default="")
    phone: Mapped[str] = mapped_column(sa.String(32), default="")
    active: Mapped[bool] = mapped_column(default=True)
    daily_capacity: Mapped[int] = mapped_column(default=2)

    department: Mapped[Department] = relationship()
    specialties: Mapped[list[Specialty]] = relationship(secondary=inspector_specialties)


class InspectorUnavailability(Base):
    """A half-day an inspector cannot be drawn for (leave, other duties)."""

    __tablename__ = "inspector_unavailability"
    __table_args__ = (sa.UniqueConstraint("inspector_id", "day", "half_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspector_id: Mapped[int] = mapped_column(
        sa.ForeignKey("inspectors.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date]
    half_day: Mapped[HalfDay] = mapped_column(enum_column(HalfDay))
    reason: Mapped[str] = mapped_column(sa.String(100), default="请假")


class RecusalTie(Base):
    """A reason an inspector must not inspect for an applicant or project (回避)."""

    __tablename__ = "recusal_ties"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspector_id: Mapped[int] = mapped_column(
        sa.ForeignKey("inspectors.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RecusalKind] = mapped_column(enum_column(RecusalKind))
    applicant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("applicants.id"), index=True)
    project_name: Mapped[str | None] = mapped_column(sa.String(200))
    # Employment ties lapse three years after they ended.
    ended_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(sa.Text, default="")
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)


class Inspection(Base):
    """A site inspection requested for a case, scheduled for a half-day, with its result."""

    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"))
    status: Mapped[InspectionStatus] = mapped_column(enum_column(InspectionStatus), index=True)
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    window_start: Mapped[date]
    window_end: Mapped[date]
    scheduled_on: Mapped[date | None]
    half_day: Mapped[HalfDay | None] = mapped_column(enum_column(HalfDay))
    draw_id: Mapped[int | None]
    # 联合踏勘: the lead inspection whose one visit, team and conclusion this one shares.
    joint_of_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inspections.id"), index=True)
    conclusion: Mapped[InspectionConclusion | None] = mapped_column(
        enum_column(InspectionConclusion)
    )
    findings: Mapped[str | None] = mapped_column(sa.Text)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]

    members: Mapped[list[InspectionMember]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )


class InspectionMember(Base):
    """An inspector on an inspection team; rank > 0 marks the ordered backup list."""

    __tablename__ = "inspection_members"

    inspection_id: Mapped[int] = mapped_column(
        sa.ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    inspector_id: Mapped[int] = mapped_column(sa.ForeignKey("inspectors.id"), primary_key=True)
    is_backup: Mapped[bool] = mapped_column(default=False)
    rank: Mapped[int] = mapped_column(default=0)
    signed_at: Mapped[datetime | None]

    inspection: Mapped[Inspection] = relationship(back_populates="members")
    inspector: Mapped[Inspector] = relationship()
