"""Deletions that only a guarded function makes, so that no login holds the table-wide
DELETE which would also let it LOCK the table in any mode: the calendar's days, which every
decision's month tally reads (an admin holding them locked would stall every decision), and
the rows the keepers of the catalogue and the inspector pool drop (`desk_forget_rows`,
each deleted row recorded by the audit trigger in the caller's name; a material that cases
refer to stays, and `desk_materials_in_use` tells the admin which those are).

And the lock that makes one writer of the inspector pool and the plan at a time: a row
only `desk_lock_pool` locks, for the pool's keepers and for whoever ends a case with an
inspection still open. Not an advisory lock, which any login may take on any key and so
hold every draw up.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import WORKFLOW
from desktop.domain.enums import OPEN_INSPECTIONS, CaseStatus, Role
from desktop.domain.workflow import TRANSITIONS

_POOL_KEEPERS = (Role.COORDINATOR, Role.ADMIN)  # services/inspections/access.POOL_KEEPING
# Tables whose rows the program drops, by key, and who may drop them (grants.py gives the
# rest of their keeping: adding and changing rows).
FORGETTABLE: dict[str, tuple[tuple[str, ...], tuple[Role, ...]]] = {
    "item_materials": (("id",), (Role.ADMIN,)),  # a catalogue edit
    "item_specialties": (("item_id", "specialty_id"), (Role.ADMIN,)),
    "inspection_members": (("inspection_id", "inspector_id"), (Role.COORDINATOR,)),  # redrawn
    "inspector_unavailability": (("id",), _POOL_KEEPERS),  # leave taken back
    "inspector_specialties": (("inspector_id", "specialty_id"), _POOL_KEEPERS),
    "item_check_points": (("id",), (Role.ADMIN,)),  # a checklist replaced
    "inspection_findings": (("id",), (Role.COORDINATOR,)),  # a record saved again
}
# Who withdraws or terminates a case, so cancels its open inspections (grants.CASE_ENDERS).
_CASE_ENDERS = tuple(
    role
    for role in Role
    if any(
        role in row.roles and row.target in (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)
        for row in TRANSITIONS
    )
)
POOL_LOCK_TABLE = "pool_lock"


def _holds_one_of(roles: tuple[Role, ...]) -> str:
    listed = ", ".join(f"'{r.value}'" for r in roles)
    return (
        f"EXISTS (SELECT 1 FROM unnest(ARRAY[{listed}]) AS r(role)"
        " WHERE public.desk_session_has(r.role))"
    )


_IN_USE_CHECK = """
        IF EXISTS (SELECT 1 FROM public.case_materials c
                   JOIN jsonb_populate_recordset(NULL::public.item_materials, p_rows) r
                     ON r.id = c.item_material_id) THEN
            RAISE EXCEPTION '办件引用的材料不能删除' USING ERRCODE = 'insufficient_privilege';
        END IF;"""


def _forget_branch(table: str) -> str:
    keys, roles = FORGETTABLE[table]
    names = "、".join(r.label for r in roles)
    match = " AND ".join(f"t.{k} = r.{k}" for k in keys)
    complete = " OR ".join(f"r.{k} IS NULL" for k in keys)
    return f"""
    IF p_table = '{table}' THEN
        IF NOT (v_trusted OR (v_staff AND {_holds_one_of(roles)})) THEN
            RAISE EXCEPTION '只有{names}可以删除这些记录' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_populate_recordset(NULL::public.{table}, p_rows) r
                   WHERE {complete}) THEN
            RAISE EXCEPTION '要删除的记录缺少编号' USING ERRCODE = 'invalid_parameter_value';
        END IF;
{_IN_USE_CHECK if table == "item_materials" else ""}
        DELETE FROM public.{table} t
            USING jsonb_populate_recordset(NULL::public.{table}, p_rows) r WHERE {match};
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
    END IF;"""


CALENDAR_FORGET = f"""
CREATE OR REPLACE FUNCTION public.desk_calendar_forget(p_days date[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_count integer;
BEGIN
    -- data/calendar.py replace_year: the days a year's new arrangement no longer lists.
    IF NOT (public.desk_is_trusted(session_user) OR (public.desk_staff_id() IS NOT NULL
            AND public.desk_session_has('{Role.ADMIN.value}'))) THEN
        RAISE EXCEPTION '只有系统管理员可以修改节假日安排' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM public.calendar_days WHERE day = ANY (p_days);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END $$
"""

_BRANCHES = "".join(_forget_branch(table) for table in FORGETTABLE)
FORGET_ROWS = f"""
CREATE OR REPLACE FUNCTION public.desk_forget_rows(p_table text, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_trusted boolean := public.desk_is_trusted(session_user);
    v_staff boolean := public.desk_staff_id() IS NOT NULL;
    v_count integer;
BEGIN
    -- data/forget.py: the rows of `p_table` whose keys `p_rows` lists (a JSON array of
    -- objects), each a row the caller's role keeps.{_BRANCHES}
    RAISE EXCEPTION '不能这样删除表 % 的记录', p_table USING ERRCODE = 'insufficient_privilege';
END $$
"""

LOCK_POOL = f"""
CREATE OR REPLACE FUNCTION public.desk_lock_pool(p_case_id integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    -- services/inspections/access.lock_pool: the pool's keepers; a case's ender only while
    -- the case has an inspection open (its cancel frees the team).
    IF NOT (public.desk_is_trusted(session_user) OR (public.desk_staff_id() IS NOT NULL AND (
            {_holds_one_of(_POOL_KEEPERS)}
            OR (p_case_id IS NOT NULL AND {_holds_one_of(_CASE_ENDERS)}
                AND EXISTS (SELECT 1 FROM public.inspections i
                            WHERE i.case_id = p_case_id AND i.status IN ({
    ", ".join(f"'{s.value}'" for s in OPEN_INSPECTIONS)
})))))) THEN
        RAISE EXCEPTION '只有踏勘协调员或系统管理员可以锁定踏勘人才库'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM public.{POOL_LOCK_TABLE} WHERE id = 1 FOR UPDATE;
END $$
"""

# Which materials cases refer to (a catalogue edit keeps those): the admin, who sees no
# case, learns only that much.
MATERIALS_IN_USE = f"""
CREATE OR REPLACE FUNCTION public.desk_materials_in_use(p_ids integer[]) RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    IF NOT (public.desk_is_trusted(session_user) OR (public.desk_staff_id() IS NOT NULL
            AND public.desk_session_has('{Role.ADMIN.value}'))) THEN
        RAISE EXCEPTION '只有系统管理员可以修改事项目录' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT DISTINCT m.item_material_id FROM public.case_materials m
        WHERE m.item_material_id = ANY (p_ids);
END $$
"""

SIGNATURE = "desk_calendar_forget(date[])"
FORGET_SIGNATURE = "desk_forget_rows(text, jsonb)"
LOCK_POOL_SIGNATURE = "desk_lock_pool(integer)"
IN_USE_SIGNATURE = "desk_materials_in_use(integer[])"
FUNCTIONS = {
    IN_USE_SIGNATURE: MATERIALS_IN_USE,
    SIGNATURE: CALENDAR_FORGET,
    FORGET_SIGNATURE: FORGET_ROWS,
    LOCK_POOL_SIGNATURE: LOCK_POOL,
}
DEFINER_FUNCTIONS = tuple(FUNCTIONS)
# The definer's rights on the tables it deletes from and on the lock row.
WORKFLOW_GRANTS = {
    **{table: {WORKFLOW: ("SELECT", "DELETE")} for table in FORGETTABLE},
    POOL_LOCK_TABLE: {WORKFLOW: ("SELECT", "UPDATE(id)")},
    "case_materials": {WORKFLOW: ("SELECT",)},  # desk_materials_in_use
}


def statements() -> list[str]:
    return [
        *FUNCTIONS.values(),
        f"INSERT INTO public.{POOL_LOCK_TABLE} (id) VALUES (1) ON CONFLICT DO NOTHING",
    ]
