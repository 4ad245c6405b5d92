"""One open clock pause per case and kind: a partial unique index, so that no second pause
of the same kind (a backdated one, say) can run beside the first.

A database that already holds such a second open pause keeps the newest open and ends the
others on the day they started, so they stop no working day (the clock's rule, README "How
it is built").

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("ended_on IS NULL")


def upgrade() -> None:
    op.execute(
        "UPDATE clock_pauses SET ended_on = started_on WHERE ended_on IS NULL AND id NOT IN "
        "(SELECT max(id) FROM clock_pauses WHERE ended_on IS NULL GROUP BY case_id, kind)"
    )
    with op.batch_alter_table("clock_pauses", schema=None) as batch_op:
        batch_op.create_index(
            "ux_clock_pauses_open",
            ["case_id", "kind"],
            unique=True,
            postgresql_where=OPEN,
            sqlite_where=OPEN,
        )


def downgrade() -> None:
    with op.batch_alter_table("clock_pauses", schema=None) as batch_op:
        batch_op.drop_index("ux_clock_pauses_open", postgresql_where=OPEN, sqlite_where=OPEN)
