"""Deletions that only a guarded function makes, so that no login holds the table-wide
DELETE which would also let it LOCK the table in any mode: the calendar's days, which every
decision's month tally reads (an admin holding them locked would stall every decision)."""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.enums import Role

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

SIGNATURE = "desk_calendar_forget(date[])"
FUNCTIONS = {SIGNATURE: CALENDAR_FORGET}
DEFINER_FUNCTIONS = (SIGNATURE,)


def statements() -> list[str]:
    return list(FUNCTIONS.values())
