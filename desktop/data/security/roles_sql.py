"""Creating Approval Desk's roles (idempotently) and closing what PostgreSQL leaves open to
everyone by default: creating objects in `public` and connecting to the database."""

from __future__ import annotations

from desktop.data.security.names import AUDITOR, DEFINERS, GROUP_ROLES, STAFF, USER_ADMIN, WORKFLOW

# role -> attributes. Group roles pass privileges to their members (INHERIT); the owners of
# the guarded functions inherit nothing, so they hold exactly what is granted to them.
ROLE_ATTRIBUTES = {
    STAFF: "NOLOGIN INHERIT",
    **{name: "NOLOGIN INHERIT" for name in GROUP_ROLES},
    WORKFLOW: "NOLOGIN NOINHERIT",
    AUDITOR: "NOLOGIN NOINHERIT",
    USER_ADMIN: "NOLOGIN NOINHERIT CREATEROLE",
}


def _create(name: str, attributes: str) -> str:
    return f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
        CREATE ROLE {name} {attributes};
    END IF;
END $$"""


# A DBA that is not a superuser may hand a function to another owner only if it is a
# member of that role and the role could have created the function itself.
_DBA_JOINS_DEFINERS = f"""
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT {", ".join(DEFINERS)} TO %I', current_user);
        GRANT CREATE ON SCHEMA public TO {", ".join(DEFINERS)};
    END IF;
END $$"""

_DATABASE_ACCESS = f"""
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO {STAFF}, %I',
                   current_database(), current_user);
END $$"""


def statements() -> list[str]:
    sql = []
    for name, attributes in ROLE_ATTRIBUTES.items():
        sql.append(_create(name, attributes))
        sql.append(f"ALTER ROLE {name} {attributes}")  # attributes as they should be
    # PostgreSQL 16 and later let a CREATEROLE role grant only what it administers.
    sql.append(f"GRANT {STAFF}, {', '.join(GROUP_ROLES)} TO {USER_ADMIN} WITH ADMIN OPTION")
    sql.append(_DBA_JOINS_DEFINERS)
    sql.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    sql.append(f"GRANT USAGE ON SCHEMA public TO {STAFF}, {', '.join(DEFINERS)}")
    sql.append(_DATABASE_ACCESS)
    return sql
