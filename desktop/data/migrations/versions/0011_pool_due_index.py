"""The pool in due-date order (the pool view's own order), so that its first page reads the
pool alone instead of stepping over every claimed case still open before it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POOL = sa.text("status = 'received'")


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_pool_due",
            ["category", "queue_rank", "promised_due_on", "id"],
            unique=False,
            postgresql_where=POOL,
            sqlite_where=POOL,
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_pool_due", postgresql_where=POOL, sqlite_where=POOL)
