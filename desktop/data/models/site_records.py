"""The on-site record (现场踏勘记录): each item's checklist, and per inspection the findings
at every check point, the files and photos taken, the representative and the conclusion."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.domain.enums import FindingVerdict, InspectionConclusion


class ItemCheckPoint(Base):
    """A point the team checks on site for an item; `major` marks a major-violation flag."""

    __tablename__ = "item_check_points"
    __table_args__ = (sa.UniqueConstraint("item_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("items.id", ondelete="CASCADE"))
    seq: Mapped[int]
    text: Mapped[str] = mapped_column(sa.String(200))
    major: Mapped[bool] = mapped_column(default=False)


class InspectionRecord(Base):
    """The record of one inspection: who represented the applicant, the conclusion, and for
    限期整改 the rectification deadline; a re-inspection names the inspection it follows."""

    __tablename__ = "inspection_records"

    inspection_id: Mapped[int] = mapped_column(
        sa.ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    representative: Mapped[str] = mapped_column(sa.String(64), default="")
    conclusion: Mapped[InspectionConclusion | None] = mapped_column(
        enum_column(InspectionConclusion, name="record_conclusion")
    )
    summary: Mapped[str] = mapped_column(sa.Text, default="")
    rectify_due: Mapped[date | None]
    follows_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inspections.id"))
    same_team: Mapped[bool] = mapped_column(default=False)
    written_by: Mapped[str] = mapped_column(sa.String(64), default="")
    written_at: Mapped[datetime] = mapped_column(default=utcnow)


class InspectionFinding(Base):
    """What the team found at one check point (copied from the checklist as it stood)."""

    __tablename__ = "inspection_findings"
    __table_args__ = (sa.UniqueConstraint("inspection_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        sa.ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    check_point: Mapped[str] = mapped_column(sa.String(200))
    major: Mapped[bool] = mapped_column(default=False)
    verdict: Mapped[FindingVerdict] = mapped_column(enum_column(FindingVerdict))
    note: Mapped[str] = mapped_column(sa.Text, default="")


class InspectionFile(Base):
    """A file or photo taken on site, stored whole with its SHA-256 and size."""

    __tablename__ = "inspection_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        sa.ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    photo: Mapped[bool] = mapped_column(default=False)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    content: Mapped[bytes] = mapped_column(sa.LargeBinary)
    added_by: Mapped[str] = mapped_column(sa.String(64), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
