"""Items have a kind (行政许可, 备案, 行政确认, 其他行政权力, 公共服务), say whether they issue a
licence, and give the licence's validity in years (none: 长期). Existing items stay licensing
items that issue a licence, as every item was treated before.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-09 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("licensing", "filing", "confirmation", "other_power", "public_service")


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum(
                    *KINDS,
                    name="itemkind",
                    native_enum=False,
                    create_constraint=True,
                    length=24,
                ),
                server_default="licensing",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column("issues_licence", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("validity_years", sa.Integer(), nullable=True))
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_check_constraint(
            "licence_kind", "issues_licence = false OR kind = 'licensing'"
        )
        batch_op.create_check_constraint(
            "validity_of_licence",
            "validity_years IS NULL OR (validity_years >= 1 AND issues_licence = true)",
        )


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_items_validity_of_licence"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_items_licence_kind"), type_="check")
        batch_op.drop_column("validity_years")
        batch_op.drop_column("issues_licence")
        batch_op.drop_column("kind")
