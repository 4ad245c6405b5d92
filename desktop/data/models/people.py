"""People: staff users with their job roles, and applicants (persons or organisations)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.data.models.base import Base, enum_column, utcnow
from desktop.domain.enums import ApplicantKind, Role


class StaffUser(Base):
    """A member of staff who signs in: on PostgreSQL with a login role of their own, on SQLite
    with the argon2id password hash kept here."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    full_name: Mapped[str] = mapped_column(sa.String(64))
    department_id: Mapped[int | None] = mapped_column(sa.ForeignKey("departments.id"))
    # Loaded only when signing in on SQLite; on PostgreSQL no client may read it.
    password_hash: Mapped[str | None] = mapped_column(sa.String(200), deferred=True)
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # PostgreSQL: the user's own login role; the database knows the actor by it.
    db_role: Mapped[str | None] = mapped_column(sa.String(63), unique=True)

    roles: Mapped[list[StaffRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)


class StaffRole(Base):
    """One job role held by one user."""

    __tablename__ = "staff_roles"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)

    user: Mapped[StaffUser] = relationship(back_populates="roles")


class Applicant(Base):
    """Who applies: a person with a resident ID, or an organisation with a credit code."""

    __tablename__ = "applicants"
    __table_args__ = (
        sa.UniqueConstraint("kind", "identifier"),
        sa.CheckConstraint("length(identifier) = 18", name="identifier_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ApplicantKind] = mapped_column(enum_column(ApplicantKind))
    name: Mapped[str] = mapped_column(sa.String(200), index=True)
    # Resident ID (GB 11643) for persons, unified social credit code (GB 32100) otherwise.
    identifier: Mapped[str] = mapped_column(sa.String(18), index=True)
    legal_representative: Mapped[str | None] = mapped_column(sa.String(64))
    legal_representative_id: Mapped[str | None] = mapped_column(sa.String(18))
    contact_name: Mapped[str] = mapped_column(sa.String(64))
    contact_phone: Mapped[str] = mapped_column(sa.String(32))
    address: Mapped[str] = mapped_column(sa.String(200), default="")
