"""Stored dates always current: the calendar's versions, the version each case's dates were
counted by, and the current step's own due and yellow days (electronic supervision), with a
partial index for today's late and yellow steps.

The new columns are filled by `db upgrade` after the migrations (services/admin/setup.py
recounts every open case); closed cases keep what they were decided under (no version).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STEP_RUNNING = sa.text("step_due_on IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "calendar_versions",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("what", sa.String(length=64), nullable=False),
        sa.Column("recounted", sa.Integer(), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_calendar_versions")),
        sa.UniqueConstraint("txid", name=op.f("uq_calendar_versions_txid")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("step_due_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("step_warn_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("calendar_version", sa.Integer(), nullable=True))
        batch_op.create_index(
            "ix_cases_step_warnings",
            ["category", "item_id", "handler_id", "status", "step_due_on", "step_warn_on"],
            unique=False,
            postgresql_where=STEP_RUNNING,
            sqlite_where=STEP_RUNNING,
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_cases_step_warnings", postgresql_where=STEP_RUNNING, sqlite_where=STEP_RUNNING
        )
        batch_op.drop_column("calendar_version")
        batch_op.drop_column("step_warn_on")
        batch_op.drop_column("step_due_on")
    op.drop_table("calendar_versions")
