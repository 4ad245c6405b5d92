"""Construction projects (工程建设项目): the project record (code, name, builder, address,
stage) and, on a case, the project it belongs to and the stage it is reviewed in.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = ("land_planning", "engineering_permit", "construction_permit", "completion")
STAGE_CHECK = "project_stage IN (" + ", ".join(f"'{s}'" for s in STAGES) + ")"
NAMES_STAGE = "(project_id IS NULL) = (project_stage IS NULL)"


def _stage_enum() -> sa.Enum:
    return sa.Enum(
        *STAGES, name="projectstage", native_enum=False, create_constraint=True, length=24
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Rows an earlier step of the same upgrade wrote have their audit sealed at commit by
        # a deferred trigger: PostgreSQL alters no table with events pending.
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("builder_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("stage", _stage_enum(), nullable=False),
        sa.Column("stage_since", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["builder_id"], ["applicants.id"], name=op.f("fk_projects_builder_id_applicants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("code", name=op.f("uq_projects_code")),
    )
    op.create_index(op.f("ix_projects_builder_id"), "projects", ["builder_id"])
    # SQLite adds the columns in place (rebuilding `cases` would trip the triggers naming it).
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE cases ADD COLUMN project_id INTEGER "
            "CONSTRAINT fk_cases_project_id_projects REFERENCES projects (id)"
        )
        op.execute(
            "ALTER TABLE cases ADD COLUMN project_stage VARCHAR(24) "
            f"CONSTRAINT ck_cases_projectstage CHECK ({STAGE_CHECK}) "
            f"CONSTRAINT ck_cases_project_names_stage CHECK ({NAMES_STAGE})"
        )
    else:
        op.add_column("cases", sa.Column("project_id", sa.Integer(), nullable=True))
        op.add_column("cases", sa.Column("project_stage", _stage_enum(), nullable=True))
        op.create_foreign_key(
            "fk_cases_project_id_projects", "cases", "projects", ["project_id"], ["id"]
        )
        op.create_check_constraint("ck_cases_project_names_stage", "cases", NAMES_STAGE)
    op.create_index("ix_cases_project_id", "cases", ["project_id"])


def downgrade() -> None:
    op.drop_index("ix_cases_project_id", "cases")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("cases", recreate="always") as batch_op:
            batch_op.drop_column("project_stage")
            batch_op.drop_column("project_id")
    else:
        # The project guards' triggers (data/security/project_sql.py).
        op.execute("DROP TRIGGER IF EXISTS desk_guard_case_project ON cases")
        op.drop_constraint("ck_cases_project_names_stage", "cases", type_="check")
        op.drop_constraint("fk_cases_project_id_projects", "cases", type_="foreignkey")
        op.drop_column("cases", "project_stage")
        op.drop_column("cases", "project_id")
    op.drop_index(op.f("ix_projects_builder_id"), "projects")
    op.drop_table("projects")
