"""The inspection draw log: draws (seed and snapshot, written before computing) and the
events after them; both append-only, enforced by triggers on both backends.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("inspection_draws", "inspection_draw_log")
EVENTS = (
    "result",
    "failed",
    "abandoned",
    "replacement",
    "override",
    "reschedule",
    "postpone",
    "cancel",
)

POSTGRES_FUNCTION = """
CREATE FUNCTION refuse_draw_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "inspection_draws",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.String(length=64), nullable=False),
        sa.Column("rules_version", sa.String(length=16), nullable=False),
        sa.Column("snapshot_hash", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("request_count", sa.Integer(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["staff_users.id"],
            name=op.f("fk_inspection_draws_operator_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_draws")),
    )
    op.create_table(
        "inspection_draw_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=True),
        sa.Column("inspection_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                *EVENTS, name="drawevent", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column(
            "data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["draw_id"],
            ["inspection_draws.id"],
            name=op.f("fk_inspection_draw_log_draw_id_inspection_draws"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_inspection_draw_log_inspection_id_inspections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_draw_log")),
    )
    with op.batch_alter_table("inspection_draw_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_draw_log_draw_id"), ["draw_id"])
        batch_op.create_index(batch_op.f("ix_inspection_draw_log_inspection_id"), ["inspection_id"])
    # Append-only: what was recorded before a draw must stay as it was for replays.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION refuse_draw_log_change()"
            )
    else:
        for table in TABLES:
            for operation in ("update", "delete"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{operation} BEFORE {operation.upper()} "
                    f"ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        op.execute("DROP FUNCTION refuse_draw_log_change()")
    else:
        for table in TABLES:
            for operation in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{operation}")
    with op.batch_alter_table("inspection_draw_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_draw_log_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_draw_log_draw_id"))
    op.drop_table("inspection_draw_log")
    op.drop_table("inspection_draws")
