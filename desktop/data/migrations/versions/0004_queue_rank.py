"""Cases carry their queue rank (green channel first), with indexes for keyset queue pages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 02:46:50.738692
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("queue_rank", sa.SmallInteger(), server_default="1", nullable=False)
        )
        batch_op.create_index(
            "ix_cases_rank_accepted", ["category", "queue_rank", "accepted_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_cases_rank_due", ["category", "queue_rank", "promised_due_on", "id"], unique=False
        )
    # Green-channel cases still in the back office rank first (domain.enums.queue_rank).
    op.execute(
        "UPDATE cases SET queue_rank = 0 WHERE green_channel AND status IN ("
        "'received', 'under_review', 'decision_proposed', 'awaiting_signoff',"
        " 'supplement_requested', 'inspection', 'special_procedure')"
    )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_rank_due")
        batch_op.drop_index("ix_cases_rank_accepted")
        batch_op.drop_column("queue_rank")
