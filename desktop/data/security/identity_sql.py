"""Who is asking: the staff member behind the session's login, the roles a staff member
holds, and whether the session belongs to the database's owner (the bureau's DBA).

Plain (invoker) functions: row-security policies call them as the querying user, and
the guarded functions call them as their owners. They are PL/pgSQL rather than SQL: a SQL
function with its own search_path is never inlined, so it would be parsed and planned anew
at every call, while PL/pgSQL plans its queries once per session.
"""

from __future__ import annotations

from desktop.data.security.names import PREFIX

# Search path of every function Approval Desk creates: built-ins first, the temporary
# schema last, so nobody can shadow a name the function uses.
SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"

STAFF_ID = f"""
CREATE OR REPLACE FUNCTION public.desk_staff_id() RETURNS integer
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- The active staff member whose own login this session is (NULL for anyone else).
    RETURN (SELECT id FROM public.staff_users WHERE db_role = session_user AND active);
END $$
"""

IS_TRUSTED = f"""
CREATE OR REPLACE FUNCTION public.desk_is_trusted(p_role name) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- A superuser, or the owner of the tables (the DBA who runs `db upgrade`): they can
    -- switch any guard off anyway, so the guards do not pretend to stop them.
    RETURN coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = p_role), false)
        OR pg_has_role(p_role, (SELECT relowner FROM pg_class
                                WHERE oid = 'public.cases'::regclass), 'MEMBER');
END $$
"""

HOLDS = f"""
CREATE OR REPLACE FUNCTION public.desk_holds(p_staff integer, p_role text) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- A staff member with a login holds the job roles whose group roles the login is a
    -- member of; accounts without a login (kept by the DBA) hold their staff_roles rows.
    RETURN coalesce((
        SELECT CASE
            WHEN u.db_role IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles
                                                   WHERE rolname = u.db_role)
                THEN pg_has_role(u.db_role, '{PREFIX}' || p_role, 'MEMBER')
            ELSE EXISTS (SELECT 1 FROM public.staff_roles r
                         WHERE r.user_id = u.id AND r.role = p_role)
        END
        FROM public.staff_users u WHERE u.id = p_staff AND u.active), false);
END $$
"""

SESSION_HAS = f"""
CREATE OR REPLACE FUNCTION public.desk_session_has(p_role text) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- Whether the signed-in login holds a job role (for policies and guarded functions).
    RETURN pg_has_role(session_user, '{PREFIX}' || p_role, 'MEMBER');
END $$
"""

ACTING_STAFF = f"""
CREATE OR REPLACE FUNCTION public.desk_acting_staff(p_actor_id integer) RETURNS integer
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
DECLARE
    v_actor integer := public.desk_staff_id();
BEGIN
    -- Whom a guarded function acts for: the session's own staff member, named again by the
    -- client. Only the DBA may act on someone's behalf (imports, the demo, tests).
    IF v_actor IS NULL THEN
        IF NOT public.desk_is_trusted(session_user) THEN
            RAISE EXCEPTION '账号 % 不是在职工作人员，不能办理办件', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN p_actor_id;
    END IF;
    IF p_actor_id IS DISTINCT FROM v_actor THEN
        RAISE EXCEPTION '不能以他人名义办理办件' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_actor;
END $$
"""

FUNCTIONS = {
    "desk_staff_id()": STAFF_ID,
    "desk_acting_staff(integer)": ACTING_STAFF,
    "desk_is_trusted(name)": IS_TRUSTED,
    "desk_holds(integer, text)": HOLDS,
    "desk_session_has(text)": SESSION_HAS,
}
