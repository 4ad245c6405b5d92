"""Reference data: departments, inspector specialties, the item catalogue and its materials."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.data.models.base import Base, enum_column
from desktop.domain.enums import Category, TransferStatus
from desktop.domain.item_kinds import ItemKind
from desktop.domain.licence_life import CaseKind
from desktop.domain.projects import ProjectStage

item_specialties = sa.Table(
    "item_specialties",
    Base.metadata,
    sa.Column("item_id", sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("specialty_id", sa.ForeignKey("specialties.id"), primary_key=True),
)


class Department(Base):
    """An industry department whose items moved into the bureau; it also supervises them."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(16), unique=True)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    short_name: Mapped[str] = mapped_column(sa.String(40))


class Specialty(Base):
    """A field of expertise an inspector may cover (土木建筑, 食品安全, ...)."""

    __tablename__ = "specialties"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    name: Mapped[str] = mapped_column(sa.String(40), unique=True)


class Item(Base):
    """A catalogue item (事项): what can be applied for, with its legal and promised limits."""

    __tablename__ = "items"
    __table_args__ = (
        sa.CheckConstraint("statutory_limit_days >= 1", name="statutory_positive"),
        sa.CheckConstraint(
            "promised_limit_days >= 1 AND promised_limit_days <= statutory_limit_days",
            name="promised_within_statutory",
        ),
        sa.CheckConstraint(
            "inspection_pauses_clock = false OR needs_inspection = true",
            name="pause_needs_inspection",
        ),
        # Only a licensing item issues a licence; only a licence has a validity.
        sa.CheckConstraint("issues_licence = false OR kind = 'licensing'", name="licence_kind"),
        sa.CheckConstraint(
            "validity_years IS NULL OR (validity_years >= 1 AND issues_licence = true)",
            name="validity_of_licence",
        ),
        # Only an engineering item serves a construction project's stage.
        sa.CheckConstraint(
            "project_stage IS NULL OR category = 'engineering'", name="stage_of_engineering"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    category: Mapped[Category] = mapped_column(enum_column(Category), index=True)
    department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), index=True)
    statutory_limit_days: Mapped[int]
    promised_limit_days: Mapped[int]
    # Per-step limits in working days (electronic supervision flags a late step).
    review_limit_days: Mapped[int]
    signoff_limit_days: Mapped[int]
    certificate_limit_days: Mapped[int]
    delivery_limit_days: Mapped[int]
    needs_inspection: Mapped[bool] = mapped_column(default=False)
    inspection_pauses_clock: Mapped[bool] = mapped_column(default=False)
    at_most_one_trip: Mapped[bool] = mapped_column(default=True)
    # Whether the item was transferred to the bureau from its department (事项划转).
    transfer_status: Mapped[TransferStatus] = mapped_column(
        enum_column(TransferStatus, 16), default=TransferStatus.NONE, server_default="none"
    )
    # The kind of matter (domain/item_kinds.py): which documents a decided case ends in.
    kind: Mapped[ItemKind] = mapped_column(
        enum_column(ItemKind), default=ItemKind.LICENSING, server_default="licensing"
    )
    issues_licence: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    # Years a licence is valid from its decision; None: 长期有效.
    validity_years: Mapped[int | None] = mapped_column(default=None)
    window_authorised: Mapped[bool] = mapped_column(default=False)
    # The kind of case the item takes (domain/licence_life.py), and for a variant item
    # (变更, 延续, 注销, 补证) the 新办 item whose licences it acts on.
    case_kind: Mapped[CaseKind] = mapped_column(
        enum_column(CaseKind), default=CaseKind.NEW, server_default="new"
    )
    base_item_id: Mapped[int | None] = mapped_column(sa.ForeignKey("items.id"), default=None)
    # 告知承诺制 (domain/commitments.py): decided on the applicant's signed commitment to the
    # conditions listed (separated by ；), checked by the item's department within
    # `commitment_check_days` working days of the decision.
    commitment_based: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    commitment_conditions: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    commitment_check_days: Mapped[int | None] = mapped_column(default=None)
    # The construction project stage (工程建设项目阶段) whose cases the item serves; None:
    # the item is not part of the project process (README, "Construction projects").
    project_stage: Mapped[ProjectStage | None] = mapped_column(
        enum_column(ProjectStage), default=None
    )
    two_level_signoff: Mapped[bool] = mapped_column(default=True)
    fee: Mapped[str] = mapped_column(sa.String(200), default="不收费")
    legal_basis: Mapped[str] = mapped_column(sa.Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    department: Mapped[Department] = relationship()
    materials: Mapped[list[ItemMaterial]] = relationship(
        back_populates="item", order_by="ItemMaterial.seq", cascade="all, delete-orphan"
    )
    specialties: Mapped[list[Specialty]] = relationship(secondary=item_specialties)


class ItemMaterial(Base):
    """A material an applicant must hand in for an item."""

    __tablename__ = "item_materials"
    __table_args__ = (
        sa.UniqueConstraint("item_id", "seq"),
        sa.CheckConstraint(
            "issue_before_received = false OR may_defer = true", name="issue_needs_defer"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("items.id", ondelete="CASCADE"))
    seq: Mapped[int]
    name: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    original_required: Mapped[bool] = mapped_column(default=False)
    copies: Mapped[int] = mapped_column(default=1)
    # 容缺受理: the material may be missing at acceptance on a written promise, and (where
    # it is minor enough) the licence may be issued before it arrives.
    may_defer: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    issue_before_received: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    item: Mapped[Item] = relationship(back_populates="materials")
