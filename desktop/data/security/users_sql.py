"""User administration without a SQL tool: functions an admin calls to create, disable,
re-role users and reset passwords. They run as a non-login role with CREATEROLE.

PostgreSQL 15's CREATEROLE may alter and grant any role that is not a superuser (16 and
later limit it to roles it administers), so these functions touch nothing but Approval
Desk's own staff logins and group roles: every name is checked and quoted, role changes
are limited to the job-role groups, the caller must be an admin (by `session_user`), and
nobody changes their own roles. Passwords arrive as SCRAM verifiers computed on the PC,
so the plain password never reaches the server or its logs. Admin accounts themselves
are the DBA's to make and change.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import DEFINERS, PREFIX, STAFF
from desktop.domain.enums import Role

USERNAME_PATTERN = "^[a-z][a-z0-9_]{1,62}$"
_JOB_ROLES = ", ".join(f"'{role.value}'" for role in Role)
_DEFINERS = ", ".join(f"'{name}'" for name in DEFINERS)
_B64 = "[A-Za-z0-9+/=]+"
# What libpq's PQencryptPasswordConn makes: SCRAM-SHA-256$<iterations>:<salt>$<key>:<key>
VERIFIER_PATTERN = f"^SCRAM-SHA-256\\$[0-9]+:{_B64}\\${_B64}:{_B64}$"

CHECK_ADMIN = f"""
CREATE OR REPLACE FUNCTION public.desk_require_admin() RETURNS void
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    IF NOT (public.desk_is_trusted(session_user)
            OR (public.desk_staff_id() IS NOT NULL AND public.desk_session_has('admin'))) THEN
        RAISE EXCEPTION '只有系统管理员可以管理用户' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$
"""

# Admin accounts are the DBA's to make and change: an admin who could hand out the admin
# role, or take over another admin's account, could in the end grant themselves anything.
GUARD_ADMINS = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_admin_accounts(p_user_id integer, p_roles text[])
RETURNS void
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN;
    END IF;
    IF 'admin' = ANY (coalesce(p_roles, '{{}}'))
       OR (p_user_id IS NOT NULL AND public.desk_holds(p_user_id, 'admin')) THEN
        RAISE EXCEPTION '系统管理员账号只能由数据库管理员创建和修改'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$
"""

# A login this module may manage: an existing non-superuser Approval Desk staff login.
CHECK_LOGIN = f"""
CREATE OR REPLACE FUNCTION public.desk_check_login(p_username text, p_may_exist boolean)
RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
DECLARE
    v_role pg_roles;
BEGIN
    IF p_username !~ '{USERNAME_PATTERN}' OR p_username LIKE '{PREFIX}%' THEN
        RAISE EXCEPTION '用户名“%”无效：请用小写字母开头的字母、数字或下划线', p_username
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_role FROM pg_roles WHERE rolname = p_username;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF NOT p_may_exist OR v_role.rolsuper OR v_role.rolcreaterole OR v_role.rolbypassrls
       OR p_username IN ({_DEFINERS})
       OR NOT pg_has_role(p_username, '{STAFF}', 'MEMBER')
       OR public.desk_is_trusted(p_username::name) THEN
        RAISE EXCEPTION '数据库中已有名为“%”的账号，且不是本系统的工作人员账号', p_username
            USING ERRCODE = 'duplicate_object';
    END IF;
    RETURN true;
END $$
"""

CHECK_VERIFIER = f"""
CREATE OR REPLACE FUNCTION public.desk_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE {SAFE_PATH} AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '{VERIFIER_PATTERN}' THEN
        RAISE EXCEPTION '密码须以 SCRAM-SHA-256 摘要传送' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$
"""

OPEN_LOGIN = f"""
CREATE OR REPLACE FUNCTION public.desk_open_login(p_username text, p_verifier text)
RETURNS void
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    -- Roles belong to the cluster: a staff login may already exist (one bureau per cluster).
    IF public.desk_check_login(p_username, true) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L IN ROLE %I',
                       p_username, p_verifier, '{STAFF}');
    END IF;
END $$
"""

STAFF_ROW = f"""
CREATE OR REPLACE FUNCTION public.desk_staff_row(p_username text) RETURNS public.staff_users
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
DECLARE
    v_user public.staff_users;
BEGIN
    SELECT * INTO v_user FROM public.staff_users WHERE username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION '用户 % 不存在', p_username USING ERRCODE = 'no_data_found';
    END IF;
    IF v_user.db_role IS NULL THEN  -- an account from before logins: give it one now
        PERFORM public.desk_check_login(p_username, true);
    END IF;
    RETURN v_user;
END $$
"""

SET_ROLES = f"""
CREATE OR REPLACE FUNCTION public.desk_user_set_roles(p_username text, p_roles text[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_user public.staff_users;
    v_role text;
    v_member boolean;
BEGIN
    PERFORM public.desk_require_admin();
    v_user := public.desk_staff_row(p_username);
    IF v_user.db_role = session_user THEN
        RAISE EXCEPTION '不能修改自己的角色：请由另一位系统管理员办理'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.desk_guard_admin_accounts(v_user.id, p_roles);
    IF EXISTS (SELECT 1 FROM unnest(p_roles) AS r(role) WHERE r.role NOT IN ({_JOB_ROLES})) THEN
        RAISE EXCEPTION '未知的角色：%', p_roles USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH v_role IN ARRAY ARRAY[{_JOB_ROLES}] LOOP
        CONTINUE WHEN v_user.db_role IS NULL;  -- no login yet: the staff_roles rows only
        v_member := EXISTS (SELECT 1 FROM pg_auth_members
                            WHERE roleid = ('{PREFIX}' || v_role)::regrole
                              AND member = v_user.db_role::regrole);
        IF v_role = ANY (p_roles) AND NOT v_member THEN
            EXECUTE format('GRANT %I TO %I', '{PREFIX}' || v_role, v_user.db_role);
        ELSIF v_member AND NOT v_role = ANY (p_roles) THEN
            EXECUTE format('REVOKE %I FROM %I', '{PREFIX}' || v_role, v_user.db_role);
        END IF;
    END LOOP;
    DELETE FROM public.staff_roles WHERE user_id = v_user.id AND role <> ALL (p_roles);
    INSERT INTO public.staff_roles (user_id, role)
        SELECT v_user.id, r.role FROM unnest(p_roles) AS r(role)
        ON CONFLICT DO NOTHING;
END $$
"""

ADD = f"""
CREATE OR REPLACE FUNCTION public.desk_user_add(
    p_username text, p_full_name text, p_roles text[], p_verifier text, p_department_id integer
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_id integer;
BEGIN
    PERFORM public.desk_require_admin();
    PERFORM public.desk_guard_admin_accounts(NULL, p_roles);
    PERFORM public.desk_check_verifier(p_verifier);
    IF coalesce(btrim(p_full_name), '') = '' THEN
        RAISE EXCEPTION '请填写姓名' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.staff_users WHERE username = p_username) THEN
        RAISE EXCEPTION '用户名 % 已被使用', p_username USING ERRCODE = 'unique_violation';
    END IF;
    PERFORM public.desk_open_login(p_username, p_verifier);
    INSERT INTO public.staff_users (username, full_name, department_id, active,
                                    failed_logins, created_at, db_role)
        VALUES (p_username, btrim(p_full_name), p_department_id, true, 0, now(), p_username)
        RETURNING id INTO v_id;
    PERFORM public.desk_user_set_roles(p_username, p_roles);
    RETURN v_id;
END $$
"""

LINK = f"""
CREATE OR REPLACE FUNCTION public.desk_user_link(p_username text, p_verifier text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_user public.staff_users;
    v_roles text[];
BEGIN
    -- Give an account that has none (made before logins, or by the demo) its own login.
    PERFORM public.desk_require_admin();
    PERFORM public.desk_check_verifier(p_verifier);
    v_user := public.desk_staff_row(p_username);
    IF v_user.db_role IS NOT NULL THEN
        RAISE EXCEPTION '用户 % 已有数据库账号', p_username USING ERRCODE = 'duplicate_object';
    END IF;
    PERFORM public.desk_open_login(p_username, p_verifier);
    UPDATE public.staff_users SET db_role = p_username WHERE id = v_user.id;
    SELECT coalesce(array_agg(role::text), '{{}}') INTO v_roles
        FROM public.staff_roles WHERE user_id = v_user.id;
    PERFORM public.desk_user_set_roles(p_username, v_roles);
END $$
"""

SET_ACTIVE = f"""
CREATE OR REPLACE FUNCTION public.desk_user_set_active(p_username text, p_active boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_user public.staff_users;
BEGIN
    PERFORM public.desk_require_admin();
    v_user := public.desk_staff_row(p_username);
    IF v_user.db_role = session_user THEN
        RAISE EXCEPTION '不能停用自己的账号' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.desk_guard_admin_accounts(v_user.id, NULL);
    IF v_user.db_role IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', v_user.db_role,
                       CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
    UPDATE public.staff_users SET active = p_active WHERE id = v_user.id;
END $$
"""

SET_PASSWORD = f"""
CREATE OR REPLACE FUNCTION public.desk_user_set_password(p_username text, p_verifier text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_user public.staff_users;
BEGIN
    PERFORM public.desk_check_verifier(p_verifier);
    SELECT * INTO v_user FROM public.staff_users WHERE username = p_username;
    -- Everyone may change their own password; an admin may reset anyone's.
    IF NOT FOUND OR v_user.db_role IS DISTINCT FROM session_user THEN
        PERFORM public.desk_require_admin();
        v_user := public.desk_staff_row(p_username);
        PERFORM public.desk_guard_admin_accounts(v_user.id, NULL);
    END IF;
    IF v_user.db_role IS NULL THEN
        RAISE EXCEPTION '用户 % 还没有数据库账号', p_username USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM public.desk_check_login(v_user.db_role, true);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_user.db_role, p_verifier);
END $$
"""

FUNCTIONS = {
    "desk_require_admin()": CHECK_ADMIN,
    "desk_guard_admin_accounts(integer, text[])": GUARD_ADMINS,
    "desk_check_login(text, boolean)": CHECK_LOGIN,
    "desk_check_verifier(text)": CHECK_VERIFIER,
    "desk_open_login(text, text)": OPEN_LOGIN,
    "desk_staff_row(text)": STAFF_ROW,
    "desk_user_set_roles(text, text[])": SET_ROLES,
    "desk_user_add(text, text, text[], text, integer)": ADD,
    "desk_user_link(text, text)": LINK,
    "desk_user_set_active(text, boolean)": SET_ACTIVE,
    "desk_user_set_password(text, text)": SET_PASSWORD,
}
# Called only from the functions below, as the user-admin role.
HELPERS = (
    "desk_require_admin()",
    "desk_guard_admin_accounts(integer, text[])",
    "desk_check_login(text, boolean)",
    "desk_check_verifier(text)",
    "desk_open_login(text, text)",
    "desk_staff_row(text)",
)
# What admins call; each runs as the user-admin role.
DEFINER_FUNCTIONS = (
    "desk_user_set_roles(text, text[])",
    "desk_user_add(text, text, text[], text, integer)",
    "desk_user_link(text, text)",
    "desk_user_set_active(text, boolean)",
    "desk_user_set_password(text, text)",
)


def statements() -> list[str]:
    return list(FUNCTIONS.values())
