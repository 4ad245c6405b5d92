"""Commit, then reveal: a draw records the commitment to a secret instead of a chosen seed;
the secrets sit in a table no login reads, the witnesses in an append-only table of their
own (one per draw), and the draw log holds one result per draw.

Draws made before keep their seed (the column becomes optional) and replay as before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-09 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ("inspection_draw_secrets", "inspection_draw_witnesses")
RESULT = sa.text("kind = 'result'")


def _append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_draw_log_change()"
        )
    else:
        for operation in ("update", "delete"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation} BEFORE {operation.upper()} "
                f"ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def _drop_append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    else:
        for operation in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{operation}")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the batch copy below would drop them silently
        _drop_append_only("inspection_draws")
    with op.batch_alter_table("inspection_draws", schema=None) as batch_op:
        batch_op.alter_column("seed", existing_type=sa.String(length=64), nullable=True)
        batch_op.add_column(sa.Column("commitment", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_inspection_draws_commitment"), ["commitment"]
        )
    if sqlite:
        _append_only("inspection_draws")
    op.create_table(
        "inspection_draw_secrets",
        sa.Column("commitment", sa.String(length=64), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("commitment", name=op.f("pk_inspection_draw_secrets")),
    )
    op.create_table(
        "inspection_draw_witnesses",
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("witness", sa.String(length=64), nullable=False),
        sa.Column("witnessed_by", sa.String(length=64), nullable=False),
        sa.Column("witnessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["draw_id"],
            ["inspection_draws.id"],
            name=op.f("fk_inspection_draw_witnesses_draw_id_inspection_draws"),
        ),
        sa.PrimaryKeyConstraint("draw_id", name=op.f("pk_inspection_draw_witnesses")),
    )
    for table in NEW_TABLES:
        _append_only(table)
    op.create_index(
        "ux_inspection_draw_log_one_result",
        "inspection_draw_log",
        ["draw_id"],
        unique=True,
        postgresql_where=RESULT,
        sqlite_where=RESULT,
    )


def downgrade() -> None:
    op.drop_index("ux_inspection_draw_log_one_result", table_name="inspection_draw_log")
    for table in NEW_TABLES:
        _drop_append_only(table)
    op.drop_table("inspection_draw_witnesses")
    op.drop_table("inspection_draw_secrets")
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_append_only("inspection_draws")
    with op.batch_alter_table("inspection_draws", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_inspection_draws_commitment"), type_="unique")
        batch_op.drop_column("commitment")
        batch_op.alter_column("seed", existing_type=sa.String(length=64), nullable=False)
    if sqlite:
        _append_only("inspection_draws")
