"""联合踏勘 (joint site inspection): an inspection of a case joined to the lead inspection of
another case of the same construction project and stage, whose one visit serves both.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Rows an earlier step of the same upgrade wrote have their audit sealed at commit by
        # a deferred trigger: PostgreSQL alters no table with events pending.
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")
    # SQLite adds the column in place (rebuilding `inspections` would drop its triggers).
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE inspections ADD COLUMN joint_of_id INTEGER "
            "CONSTRAINT fk_inspections_joint_of_id_inspections REFERENCES inspections (id)"
        )
    else:
        op.add_column("inspections", sa.Column("joint_of_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_inspections_joint_of_id_inspections",
            "inspections",
            "inspections",
            ["joint_of_id"],
            ["id"],
        )
    op.create_index("ix_inspections_joint_of_id", "inspections", ["joint_of_id"])


def downgrade() -> None:
    op.drop_index("ix_inspections_joint_of_id", "inspections")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("inspections", recreate="always") as batch_op:
            batch_op.drop_column("joint_of_id")
    else:
        # The joint guard's trigger (data/security/joint_sql.py).
        op.execute("DROP TRIGGER IF EXISTS desk_guard_joint_inspection ON inspections")
        op.drop_constraint(
            "fk_inspections_joint_of_id_inspections", "inspections", type_="foreignkey"
        )
        op.drop_column("inspections", "joint_of_id")
