"""The catalogue carries each item's construction project stage (工程建设项目阶段): the
stage whose cases the item serves, or none for an item outside the project process.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 19:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = ("land_planning", "engineering_permit", "construction_permit", "completion")
STAGE_CHECK = "project_stage IN (" + ", ".join(f"'{s}'" for s in STAGES) + ")"
OF_ENGINEERING = "project_stage IS NULL OR category = 'engineering'"


def upgrade() -> None:
    # SQLite adds the column in place (rebuilding `items` would trip the triggers naming it).
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE items ADD COLUMN project_stage VARCHAR(24) "
            f"CONSTRAINT ck_items_projectstage CHECK ({STAGE_CHECK}) "
            f"CONSTRAINT ck_items_stage_of_engineering CHECK ({OF_ENGINEERING})"
        )
        return
    op.add_column(
        "items",
        sa.Column(
            "project_stage",
            sa.Enum(
                *STAGES, name="projectstage", native_enum=False, create_constraint=True, length=24
            ),
            nullable=True,
        ),
    )
    op.create_check_constraint("ck_items_stage_of_engineering", "items", OF_ENGINEERING)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("items", recreate="always") as batch_op:
            batch_op.drop_constraint("stage_of_engineering", type_="check")
            batch_op.drop_constraint("projectstage", type_="check")
            batch_op.drop_column("project_stage")
        return
    op.drop_constraint("ck_items_stage_of_engineering", "items", type_="check")
    op.drop_column("items", "project_stage")
