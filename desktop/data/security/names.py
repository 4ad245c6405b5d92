"""The PostgreSQL role names Approval Desk uses: one group role per job role, a base role
every staff login belongs to, and the non-login roles that own the guarded functions.

Roles belong to the whole PostgreSQL cluster, not to one database: one bureau per cluster.
"""

from __future__ import annotations

from desktop.domain.enums import Role

PREFIX = "desk_"

STAFF = f"{PREFIX}staff"  # every staff login is a member; what all staff may do
WORKFLOW = f"{PREFIX}workflow"  # owns the functions that move cases and take numbers
AUDITOR = f"{PREFIX}auditor"  # owns the audit triggers; the only writer of the chain
USER_ADMIN = f"{PREFIX}user_admin"  # CREATEROLE: owns the user-administration functions

DEFINERS = (WORKFLOW, AUDITOR, USER_ADMIN)


def group_role(role: Role | str) -> str:
    """The NOLOGIN group role of a job role, e.g. desk_handler_engineering."""
    return f"{PREFIX}{Role(role).value}"


GROUP_ROLES = tuple(group_role(role) for role in Role)
