"""Staff know their database login, the database holds the transition rules, committed
actions leave an idempotency key, audit rows carry their place in the hash chain, a partial
index holds the pool in claiming order, case tallies follow status moves at commit on
PostgreSQL, and on SQLite the audit log refuses updates and deletes. (Roles, grants, row security, functions and triggers
are applied after the migrations by `desktop.data.security`, at every `db upgrade`.)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 09:00:00
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


POOL = sa.text("status = 'received'")

# SQLite: the audit log is append-only here too (PostgreSQL gets its triggers from
# desktop.data.security at every upgrade).
SQLITE_APPEND_ONLY = {
    operation: f"""CREATE TRIGGER audit_log_no_{operation.lower()} BEFORE {operation} ON audit_log
    BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改或删除'); END"""
    for operation in ("UPDATE", "DELETE")
}


# PostgreSQL: a case moving between statuses updates the tallies at commit (a deferred row
# trigger) rather than at the status change, so the few tally rows every move touches are
# locked only while committing, not through the rest of an action's work.
POSTGRES_TALLY_MOVE = """
CREATE OR REPLACE FUNCTION case_tallies_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Both rows locked in one fixed order: opposite moves wait for each other, no deadlock.
    PERFORM 1 FROM case_tallies t
        WHERE (t.category, t.status) IN ((OLD.category, OLD.status), (NEW.category, NEW.status))
        ORDER BY t.category, t.status FOR UPDATE;
    UPDATE case_tallies SET cases = cases - 1
        WHERE category = OLD.category AND status = OLD.status;
    UPDATE case_tallies SET cases = cases + 1
        WHERE category = NEW.category AND status = NEW.status;
    RETURN NULL;
END $$
"""
POSTGRES_TALLY_MOVE_TRIGGER = (
    "CREATE CONSTRAINT TRIGGER cases_tally_update AFTER UPDATE OF category, status ON cases "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
    "WHEN (OLD.category IS DISTINCT FROM NEW.category OR OLD.status IS DISTINCT FROM NEW.status) "
    "EXECUTE FUNCTION case_tallies_after_move()"
)


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
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_seq", sa.BigInteger(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_chain_seq"), ["chain_seq"])
    op.execute("UPDATE audit_log SET chain_seq = id")  # rows so far were chained in id order
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_pool",
            ["category", "queue_rank", "accepted_at", "id"],
            unique=False,
            postgresql_where=POOL,
            sqlite_where=POOL,
        )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_APPEND_ONLY.values():
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER cases_tally_update ON cases")
        op.execute("DROP FUNCTION case_tallies_after_update()")
        op.execute(POSTGRES_TALLY_MOVE)
        op.execute(POSTGRES_TALLY_MOVE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for operation in SQLITE_APPEND_ONLY:
            op.execute(f"DROP TRIGGER audit_log_no_{operation.lower()}")
    else:
        tallies = importlib.import_module("desktop.data.migrations.versions.0006_case_tallies")
        op.execute("DROP TRIGGER cases_tally_update ON cases")
        op.execute("DROP FUNCTION case_tallies_after_move()")
        op.execute(tallies.postgres_function("update"))
        op.execute(tallies.postgres_trigger("update"))
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_pool", postgresql_where=POOL, sqlite_where=POOL)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_chain_seq"), type_="unique")
        batch_op.drop_column("chain_seq")
    op.drop_index(op.f("ix_idempotency_keys_done_at"), table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index(op.f("ix_transition_rules_action"), table_name="transition_rules")
    op.drop_table("transition_rules")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_staff_users_db_role"), type_="unique")
        batch_op.drop_column("db_role")
