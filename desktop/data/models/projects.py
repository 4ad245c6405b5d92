"""Construction projects (工程建设项目): the project record its cases name."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.data.models.people import Applicant
from desktop.domain.projects import ProjectStage


class Project(Base):
    """A construction project: its national code, name, builder (a legal person, the
    applicant of every case of the project), address and the stage it is in. Its stage moves
    on only when every case of the current one is decided and none left refused (checked by
    a trigger on PostgreSQL, data/security/project_sql.py)."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    builder_id: Mapped[int] = mapped_column(sa.ForeignKey("applicants.id"), index=True)
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    stage: Mapped[ProjectStage] = mapped_column(
        enum_column(ProjectStage), default=ProjectStage.LAND_PLANNING
    )
    # The day the project entered its current stage (registration for the first).
    stage_since: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    builder: Mapped[Applicant] = relationship()
