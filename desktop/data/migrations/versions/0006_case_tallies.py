"""Case tallies per (queue, status), kept exact by triggers, for cheap navigation counts.

PostgreSQL: statement-level triggers with transition tables, so a bulk insert of a million
cases updates the tallies once, not a million times.
SQLite: row-level triggers (one writer at a time, no deadlocks).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 04:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = ("engineering", "social")
STATUSES = (
    "received",
    "under_review",
    "supplement_requested",
    "inspection",
    "special_procedure",
    "decision_proposed",
    "awaiting_signoff",
    "approved",
    "rejected",
    "certificate_issued",
    "delivered",
    "withdrawn",
    "terminated",
)

# What a statement changed, per (category, status): +1 per new row, -1 per old row.
POSTGRES_DELTAS = {
    "insert": "SELECT category, status, 1 AS d FROM new_rows",
    "update": "SELECT category, status, 1 AS d FROM new_rows "
    "UNION ALL SELECT category, status, -1 FROM old_rows",
    "delete": "SELECT category, status, -1 AS d FROM old_rows",
}
POSTGRES_TRANSITIONS = {
    "insert": "REFERENCING NEW TABLE AS new_rows",
    "update": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "REFERENCING OLD TABLE AS old_rows",
}


def postgres_function(operation: str) -> str:
    delta = (
        f"SELECT category, status, sum(d) AS delta FROM ({POSTGRES_DELTAS[operation]}) x "
        "GROUP BY category, status HAVING sum(d) <> 0"
    )
    # The tally rows are locked in one fixed order first, so that two transactions moving
    # cases in opposite directions wait for each other instead of deadlocking.
    return f"""
CREATE FUNCTION case_tallies_after_{operation}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM case_tallies t JOIN ({delta}) d USING (category, status)
        ORDER BY t.category, t.status FOR UPDATE OF t;
    UPDATE case_tallies t SET cases = t.cases + d.delta FROM ({delta}) d
        WHERE t.category = d.category AND t.status = d.status;
    RETURN NULL;
END $$
"""


def postgres_trigger(operation: str) -> str:
    return (
        f"CREATE TRIGGER cases_tally_{operation} AFTER {operation.upper()} ON cases "
        f"{POSTGRES_TRANSITIONS[operation]} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION case_tallies_after_{operation}()"
    )


SQLITE_TRIGGERS = (
    """CREATE TRIGGER cases_tally_insert AFTER INSERT ON cases BEGIN
        UPDATE case_tallies SET cases = cases + 1
            WHERE category = NEW.category AND status = NEW.status;
    END""",
    """CREATE TRIGGER cases_tally_update AFTER UPDATE OF category, status ON cases
    WHEN OLD.category IS NOT NEW.category OR OLD.status IS NOT NEW.status BEGIN
        UPDATE case_tallies SET cases = cases - 1
            WHERE category = OLD.category AND status = OLD.status;
        UPDATE case_tallies SET cases = cases + 1
            WHERE category = NEW.category AND status = NEW.status;
    END""",
    """CREATE TRIGGER cases_tally_delete AFTER DELETE ON cases BEGIN
        UPDATE case_tallies SET cases = cases - 1
            WHERE category = OLD.category AND status = OLD.status;
    END""",
)


def upgrade() -> None:
    tallies = op.create_table(
        "case_tallies",
        sa.Column(
            "category",
            sa.Enum(
                *CATEGORIES,
                native_enum=False,
                length=24,
                name="tally_category",
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                *STATUSES, native_enum=False, length=24, name="tally_status", create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("category", "status", name=op.f("pk_case_tallies")),
    )
    op.bulk_insert(
        tallies,
        [{"category": c, "status": s, "cases": 0} for c in CATEGORIES for s in STATUSES],
    )
    # Count what is there now, then let the triggers keep it (the migration holds the lock).
    op.execute("""
        UPDATE case_tallies SET cases = (
            SELECT count(*) FROM cases
            WHERE cases.category = case_tallies.category AND cases.status = case_tallies.status
        )
    """)
    if op.get_bind().dialect.name == "postgresql":
        for operation in POSTGRES_DELTAS:
            op.execute(postgres_function(operation))
            op.execute(postgres_trigger(operation))
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for operation in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER cases_tally_{operation}" + (" ON cases" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION case_tallies_after_{operation}()")
    op.drop_table("case_tallies")
