"""Items record whether they were transferred to the bureau (事项划转): not in the plan,
planned, or transferred; the period report counts them.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "transfer_status",
                sa.Enum(
                    "none",
                    "planned",
                    "transferred",
                    name="transferstatus",
                    native_enum=False,
                    create_constraint=True,
                    length=16,
                ),
                server_default="none",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("transfer_status")
