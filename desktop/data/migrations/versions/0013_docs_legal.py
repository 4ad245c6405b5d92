"""The record of service of a case's result (送达回证): signer, ID, capacity, method, server.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "direct",
                "post",
                "electronic",
                name="servicemethod",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("signer", sa.String(length=64), nullable=False),
        sa.Column("signer_id_number", sa.String(length=18), nullable=False),
        sa.Column(
            "capacity",
            sa.Enum(
                "self",
                "legal_representative",
                "agent",
                name="capacity",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("authorisation", sa.Text(), nullable=False),
        sa.Column("served_by_id", sa.Integer(), nullable=False),
        sa.Column("served_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_deliveries_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["served_by_id"],
            ["staff_users.id"],
            name=op.f("fk_case_deliveries_served_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_deliveries")),
        sa.UniqueConstraint("case_id", name=op.f("uq_case_deliveries_case_id")),
    )


def downgrade() -> None:
    op.drop_table("case_deliveries")
