"""Partial indexes over the cases still in the back office, for the work views' pages.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 02:52:08.889298
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text(
    "status IN ('received', 'under_review', 'decision_proposed', 'awaiting_signoff', "
    "'supplement_requested', 'inspection', 'special_procedure')"
)


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_open_accepted",
            ["category", "queue_rank", "accepted_at", "id"],
            unique=False,
            postgresql_where=OPEN,
            sqlite_where=OPEN,
        )
        batch_op.create_index(
            "ix_cases_open_due",
            ["category", "queue_rank", "promised_due_on", "id"],
            unique=False,
            postgresql_where=OPEN,
            sqlite_where=OPEN,
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_open_due", postgresql_where=OPEN, sqlite_where=OPEN)
        batch_op.drop_index("ix_cases_open_accepted", postgresql_where=OPEN, sqlite_where=OPEN)
