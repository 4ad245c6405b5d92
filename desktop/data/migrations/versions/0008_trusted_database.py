"""Staff know their database login, the database holds the transition rules, committed
actions leave an idempotency key, and on SQLite the audit log refuses updates and deletes. (Roles, grants, row security, functions and triggers
are applied after the migrations by `desktop.data.security`, at every `db upgrade`.)

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# SQLite: the audit log is append-only here too (PostgreSQL gets its triggers from
# desktop.data.security at every upgrade).
SQLITE_APPEND_ONLY = {
    operation: f"""CREATE TRIGGER audit_log_no_{operation.lower()} BEFORE {operation} ON audit_log
    BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改或删除'); END"""
    for operation in ("UPDATE", "DELETE")
}


def upgrade() -> None:
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_staff_users_db_role"), ["db_role"])
    op.create_table(
        "transition_rules",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("target", sa.String(length=24), nullable=True),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("who", sa.String(length=16), nullable=False),
        sa.Column("items", sa.String(length=16), nullable=False),
        sa.Column("needs_reason", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_transition_rules")),
    )
    op.create_index(
        op.f("ix_transition_rules_action"), "transition_rules", ["action"], unique=False
    )
    op.create_table(
        "idempotency_keys",
        sa.Column("key", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_idempotency_keys")),
    )
    op.create_index(
        op.f("ix_idempotency_keys_done_at"), "idempotency_keys", ["done_at"], unique=False
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_APPEND_ONLY.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for operation in SQLITE_APPEND_ONLY:
            op.execute(f"DROP TRIGGER audit_log_no_{operation.lower()}")
    op.drop_index(op.f("ix_idempotency_keys_done_at"), table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index(op.f("ix_transition_rules_action"), table_name="transition_rules")
    op.drop_table("transition_rules")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_staff_users_db_role"), type_="unique")
        batch_op.drop_column("db_role")
