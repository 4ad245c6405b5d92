"""On PostgreSQL, every change to a case is announced (NOTIFY case_changed, payload: the id),
so open windows re-query it at once. SQLite has no notifications: windows poll there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 02:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE FUNCTION notify_case_changed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('case_changed', NEW.id::text);
            RETURN NULL;
        END $$
    """)
    op.execute("""
        CREATE TRIGGER cases_notify_change AFTER INSERT OR UPDATE ON cases
        FOR EACH ROW EXECUTE FUNCTION notify_case_changed()
    """)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER cases_notify_change ON cases")
    op.execute("DROP FUNCTION notify_case_changed()")
