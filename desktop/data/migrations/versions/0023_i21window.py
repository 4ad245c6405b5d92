"""A staff member may hold the admin's authorisation to decide window-authorised items on
the spot (窗口现场审批): the role 'window_approver' joins the roles a staff_roles row may
name.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 18:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = (
    "handler_engineering",
    "handler_social",
    "reviewer",
    "head",
    "coordinator",
    "clerk",
    "supervisor",
    "admin",
)
WINDOW_APPROVER = "window_approver"


def _roles(roles: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        # An earlier step of the same upgrade may have written rows, whose audit is sealed at
        # commit by a deferred trigger: PostgreSQL alters no table with events pending.
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")
    check = "role IN (" + ", ".join(f"'{r}'" for r in roles) + ")"
    with op.batch_alter_table("staff_roles", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_staff_roles_role"), type_="check")
    with op.batch_alter_table("staff_roles", schema=None) as batch_op:
        batch_op.create_check_constraint(batch_op.f("ck_staff_roles_role"), check)


def upgrade() -> None:
    _roles((*ROLES, WINDOW_APPROVER))


def downgrade() -> None:
    op.execute(f"DELETE FROM staff_roles WHERE role = '{WINDOW_APPROVER}'")
    _roles(ROLES)
