"""容缺受理: a catalogue material may be missing at acceptance (and the licence issued before
it arrives); a case records the applicant's promises and their receipts.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 18:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ISSUE_CHECK = "issue_before_received = false OR may_defer = true"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Rows an earlier step of the same upgrade wrote have their audit sealed at commit by
        # a deferred trigger: PostgreSQL alters no table with events pending.
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")
    # SQLite adds the columns in place (rebuilding a table would trip the triggers naming
    # it), without the check, which would keep the downgrade from dropping them: there the
    # catalogue's row check holds the rule.
    if op.get_bind().dialect.name == "sqlite":
        for column in ("may_defer", "issue_before_received"):
            op.execute(f"ALTER TABLE item_materials ADD COLUMN {column} BOOLEAN DEFAULT 0 NOT NULL")
    else:
        for column in ("may_defer", "issue_before_received"):
            op.add_column(
                "item_materials",
                sa.Column(column, sa.Boolean(), server_default=sa.false(), nullable=False),
            )
        op.create_check_constraint(
            "ck_item_materials_issue_needs_defer", "item_materials", ISSUE_CHECK
        )
    op.create_table(
        "case_promises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("case_material_id", sa.Integer(), nullable=False),
        sa.Column("material", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("issue_before_received", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "promised_on > signed_on", name=op.f("ck_case_promises_promise_after_signing")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_promises_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_material_id"],
            ["case_materials.id"],
            name=op.f("fk_case_promises_case_material_id_case_materials"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_users.id"],
            name=op.f("fk_case_promises_recorded_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_promises")),
        sa.UniqueConstraint(
            "case_id", "case_material_id", name=op.f("uq_case_promises_case_id_case_material_id")
        ),
    )
    op.create_index(op.f("ix_case_promises_case_id"), "case_promises", ["case_id"])
    op.create_index("ix_case_promises_promised_on", "case_promises", ["promised_on"])
    op.create_table(
        "case_promise_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("promise_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["case_promises.id"],
            name=op.f("fk_case_promise_receipts_promise_id_case_promises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_users.id"],
            name=op.f("fk_case_promise_receipts_recorded_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_promise_receipts")),
        sa.UniqueConstraint("promise_id", name=op.f("uq_case_promise_receipts_promise_id")),
    )


def downgrade() -> None:
    op.drop_table("case_promise_receipts")
    op.drop_index("ix_case_promises_promised_on", table_name="case_promises")
    op.drop_index(op.f("ix_case_promises_case_id"), table_name="case_promises")
    op.drop_table("case_promises")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE item_materials DROP COLUMN issue_before_received")
        op.execute("ALTER TABLE item_materials DROP COLUMN may_defer")
        return
    op.drop_constraint("ck_item_materials_issue_needs_defer", "item_materials", type_="check")
    op.drop_column("item_materials", "issue_before_received")
    op.drop_column("item_materials", "may_defer")
