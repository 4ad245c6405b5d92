"""The database as the guard (PostgreSQL): roles, grants, row security, guarded functions,
audit triggers. `apply_security` puts all of it in place idempotently at every `db upgrade`,
after the migrations, so grants also cover tables added later. SQLite has none of this:
there the service layer is the only guard.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from desktop.data.security import (
    audit_sql,
    claim_sql,
    clock_sql,
    commitment_sql,
    draw_secret_sql,
    grants,
    guards_sql,
    identity_sql,
    joint_sql,
    licence_sql,
    locks_sql,
    policies,
    project_sql,
    records_sql,
    recount_sql,
    register_sql,
    roles_sql,
    site_record_sql,
    users_sql,
    workflow_sql,
)
from desktop.data.security.names import (
    AUDITOR,
    DEFINERS,
    GROUP_ROLES,
    STAFF,
    USER_ADMIN,
    WORKFLOW,
    group_role,
)
from desktop.domain.enums import Role

# Who may call which guarded function (the functions check the caller again themselves).
EXECUTE = {
    "desk_case_act(integer, text, integer, text, jsonb, integer, integer, timestamptz)": STAFF,
    workflow_sql.CASE_ACT_ROW_SIGNATURE: STAFF,  # the move above, and the row after it
    claim_sql.SIGNATURE: STAFF,
    "desk_next_serial(text, integer)": STAFF,
    licence_sql.RECORD_SIGNATURE: STAFF,  # it checks the caller registered the document
    "desk_serial_taken(text, integer, integer)": STAFF,  # in a row-security policy
    "desk_case_inspected(integer)": STAFF,  # in a row-security policy
    # They write only what the calendar and the case say (a calendar edit refreshes all).
    **dict.fromkeys(clock_sql.DEFINER_FUNCTIONS, STAFF),
    locks_sql.SIGNATURE: group_role(Role.ADMIN),
    # Each checks the caller's roles itself (the keepers; a case's ender, for the pool).
    locks_sql.FORGET_SIGNATURE: STAFF,
    locks_sql.LOCK_POOL_SIGNATURE: STAFF,
    locks_sql.IN_USE_SIGNATURE: group_role(Role.ADMIN),
    **dict.fromkeys(recount_sql.FOR_STAFF, STAFF),
    "desk_draw_commit()": group_role(Role.COORDINATOR),
    "desk_draw_reveal(integer)": STAFF,  # once the witness is committed (it checks)
    # For the session's own staff member, who must be on the team (it checks).
    site_record_sql.CONFIRM_SIGNATURE: STAFF,
    **dict.fromkeys(site_record_sql.POLICY_HELPERS, STAFF),  # in row policies and triggers
    "desk_user_add(text, text, text[], text, integer)": group_role(Role.ADMIN),
    "desk_user_link(text, text)": group_role(Role.ADMIN),
    "desk_user_set_roles(text, text[])": group_role(Role.ADMIN),
    "desk_user_set_active(text, boolean)": group_role(Role.ADMIN),
    "desk_user_set_password(text, text)": STAFF,  # their own; others' only for admins
    **dict.fromkeys(users_sql.HELPERS, USER_ADMIN),
}
# Helpers that row-security policies and the guarded functions call.
HELPERS_FOR = (STAFF, *DEFINERS)

OWNERS = {
    **dict.fromkeys(workflow_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(claim_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(register_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(licence_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(project_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(joint_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(locks_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(clock_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(recount_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(policies.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(draw_secret_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(site_record_sql.DEFINER_FUNCTIONS, WORKFLOW),
    **dict.fromkeys(audit_sql.DEFINER_FUNCTIONS, AUDITOR),
    **dict.fromkeys(users_sql.DEFINER_FUNCTIONS, USER_ADMIN),
}


# Each serial column's sequence, by table.
_OWNED_SEQUENCES = """
SELECT t.relname, s.relname FROM pg_class s
JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'a'
JOIN pg_class t ON t.oid = d.refobjid
WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace
"""


def all_functions() -> dict[str, str]:
    return {
        **identity_sql.FUNCTIONS,
        **clock_sql.FUNCTIONS,
        **recount_sql.FUNCTIONS,
        **workflow_sql.FUNCTIONS,
        **guards_sql.FUNCTIONS,
        **register_sql.FUNCTIONS,
        **licence_sql.FUNCTIONS,
        **project_sql.FUNCTIONS,
        **joint_sql.FUNCTIONS,
        **locks_sql.FUNCTIONS,
        **claim_sql.FUNCTIONS,
        **policies.FUNCTIONS,
        **audit_sql.FUNCTIONS,
        **records_sql.FUNCTIONS,
        **commitment_sql.FUNCTIONS,
        **users_sql.FUNCTIONS,
        **draw_secret_sql.FUNCTIONS,
        **site_record_sql.FUNCTIONS,
    }


def _run(connection: Connection, statement: str) -> Any:
    """Run SQL as written: straight to the driver, which then reads no placeholders (the
    functions' bodies are full of `%`)."""
    return connection.connection.driver_connection.execute(statement)  # type: ignore[union-attr]


def is_guarded(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def apply_security(connection: Connection) -> None:
    """Create or bring up to date every security object, in the caller's transaction."""
    if not is_guarded(connection):
        return
    for statement in roles_sql.statements():
        _run(connection, statement)
    for function in (
        *identity_sql.FUNCTIONS.values(),
        *clock_sql.FUNCTIONS.values(),
        *recount_sql.FUNCTIONS.values(),
        *draw_secret_sql.FUNCTIONS.values(),
    ):
        _run(connection, function)
    for statement in (
        recount_sql.statements()
        + workflow_sql.statements()
        + guards_sql.statements()
        + site_record_sql.statements()
        + register_sql.statements()
        + licence_sql.statements()
        + project_sql.statements()
        + joint_sql.statements()
        + locks_sql.statements()
        + claim_sql.statements()
        + records_sql.statements()
        + commitment_sql.statements()
        + audit_sql.statements()
        + users_sql.statements()
        + policies.statements()
    ):
        _run(connection, statement)
    _grant_tables(connection)
    _grant_functions(connection)


def _grant_tables(connection: Connection) -> None:
    tables = {
        row[0]
        for row in _run(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    }
    everyone = ", ".join(["PUBLIC", STAFF, *GROUP_ROLES, *DEFINERS])
    for table in sorted(tables):
        _run(connection, f'REVOKE ALL ON TABLE public."{table}" FROM {everyone}')
    sequences_of: dict[str, list[str]] = {}
    for table, sequence in _run(connection, _OWNED_SEQUENCES).fetchall():
        sequences_of.setdefault(table, []).append(sequence)
        _run(connection, f'REVOKE ALL ON SEQUENCE public."{sequence}" FROM {everyone}')
    for table, per_role in grants.all_grants().items():
        if table not in tables:
            continue  # a table of a later version, not made yet
        for grantee, privileges in per_role.items():
            _run(
                connection, f'GRANT {", ".join(privileges)} ON TABLE public."{table}" TO {grantee}'
            )
        inserters = grants.inserting_grantees(per_role)
        for sequence in sequences_of.get(table, ()):
            if inserters:
                _run(
                    connection,
                    f'GRANT USAGE ON SEQUENCE public."{sequence}" TO {", ".join(inserters)}',
                )


def _grant_functions(connection: Connection) -> None:
    for signature in all_functions():
        _run(connection, f"REVOKE ALL ON FUNCTION public.{signature} FROM PUBLIC")
        if signature in EXECUTE:
            _run(
                connection, f"GRANT EXECUTE ON FUNCTION public.{signature} TO {EXECUTE[signature]}"
            )
        elif signature not in OWNERS:
            helpers = ", ".join(HELPERS_FOR)
            _run(connection, f"GRANT EXECUTE ON FUNCTION public.{signature} TO {helpers}")
    for signature, owner in OWNERS.items():
        _run(connection, f"ALTER FUNCTION public.{signature} OWNER TO {owner}")
        # An owner may call its own functions: one guarded function calls another.
        _run(connection, f"GRANT EXECUTE ON FUNCTION public.{signature} TO {owner}")
