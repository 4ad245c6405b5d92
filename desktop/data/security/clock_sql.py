"""The server's clock and the legal clock in SQL: China's date from the server's `now()`,
and the due dates of a case counted from the calendar tables, so that no login writes a
date with legal meaning (README, "The database as the guard").

The counting is `desktop.domain.clock.due_date` and `warning_date` again: working days by
the calendar (行政许可法 art. 82), the acceptance day not counted (Civil Code art. 201), a
pause (A, B] not counted (art. 45), an open pause running to today, the extension added at
the end (art. 42); a due date reaching into a year without calendar data is provisional.
A test compares the two on the same cases.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.clock import DEFAULT_YELLOW_SHARE
from desktop.domain.enums import DayKind

# The bureau profile's settings key (services.bureau.PROFILE_KEY; a test holds them equal).
PROFILE_KEY = "bureau_profile"

CHINA_ZONE = "Asia/Shanghai"

# The one clock of the database. Plain SQL (inlined, so as cheap as now() itself); tests
# replace it as the DBA to move the bureau's time, which no login can do.
NOW = """
CREATE OR REPLACE FUNCTION public.desk_now() RETURNS timestamptz
LANGUAGE sql STABLE AS $$ SELECT now() $$
"""

TODAY = f"""
CREATE OR REPLACE FUNCTION public.desk_today() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT (public.desk_now() AT TIME ZONE '{CHINA_ZONE}')::date $$
"""

_WORKING = (
    f"CASE k.kind WHEN '{DayKind.HOLIDAY}' THEN false WHEN '{DayKind.WORKDAY}' THEN true"
    " ELSE extract(isodow FROM g.d) < 6 END"
)
# The calendar's days from {first} to {last}, each with its kind if the calendar names one
# (recount_sql walks it too). Only the named days of that span are read: the whole calendar,
# hashed at every call, cost more than the walk itself.
CALENDAR_WALK = (
    "FROM generate_series(({first})::timestamp, ({last})::timestamp, interval '1 day') AS g(d)"
    " LEFT JOIN (SELECT c.day, c.kind FROM public.calendar_days c"
    " WHERE c.day BETWEEN ({first})::date AND ({last})::date) k ON k.day = g.d::date"
)

WORKING_BETWEEN = f"""
CREATE OR REPLACE FUNCTION public.desk_working_between(p_start date, p_end date)
RETURNS integer
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- Working days in (start, end]: the start day itself is not counted.
    RETURN (SELECT count(*)::integer {CALENDAR_WALK.format(first="p_start + 1", last="p_end")}
            WHERE {_WORKING});
END $$
"""

ADD_WORKING = f"""
CREATE OR REPLACE FUNCTION public.desk_add_working_days(p_start date, p_days integer)
RETURNS date
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- The p_days-th working day after p_start (no run of rest days is 60 days long).
    RETURN (SELECT g.d::date
            {CALENDAR_WALK.format(first="p_start + 1", last="p_start + 2 * p_days + 60")}
            WHERE {_WORKING} ORDER BY g.d OFFSET greatest(p_days, 1) - 1 LIMIT 1);
END $$
"""

DUE_DAY = f"""
CREATE OR REPLACE FUNCTION public.desk_due_day(
    p_case_id integer, p_start date, p_days integer, p_as_of date
) RETURNS date
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
DECLARE
    v_left integer := p_days;
    v_cursor date := p_start;
    v_free integer;
    v_span record;
BEGIN
    -- clock.due_date: the pauses as spans (stopped, resumed], clipped to after the start,
    -- an open one running to p_as_of; overlapping spans need no merging here, as the
    -- cursor steps over what an earlier span already covered.
    FOR v_span IN
        SELECT s.stopped, s.resumed FROM (
            SELECT greatest(p.started_on, p_start) AS stopped,
                   coalesce(p.ended_on, greatest(p_as_of, p.started_on, p_start)) AS resumed
            FROM public.clock_pauses p WHERE p.case_id = p_case_id) AS s
        WHERE s.resumed > s.stopped
        ORDER BY s.stopped, s.resumed
    LOOP
        CONTINUE WHEN v_span.resumed <= v_cursor;
        v_free := public.desk_working_between(v_cursor, greatest(v_span.stopped, v_cursor));
        EXIT WHEN v_left <= v_free;
        v_left := v_left - v_free;
        v_cursor := v_span.resumed;
    END LOOP;
    RETURN public.desk_add_working_days(v_cursor, v_left);
END $$
"""

YEARS_KNOWN = f"""
CREATE OR REPLACE FUNCTION public.desk_years_known(p_first date, p_last date) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    RETURN NOT EXISTS (
        SELECT 1 FROM generate_series(extract(year FROM p_first)::integer,
                                      extract(year FROM p_last)::integer) AS y(year)
        WHERE NOT EXISTS (SELECT 1 FROM public.calendar_years c WHERE c.year = y.year));
END $$
"""

# (promised_due_on, promised_warn_on, statutory_due_on, due_provisional) of a case.
DUE_DATES = f"""
CREATE OR REPLACE FUNCTION public.desk_due_dates(
    p_case_id integer, p_item_id integer, p_accepted_on date, p_extension integer,
    p_closed_on date,
    OUT promised date, OUT warn date, OUT statutory date, OUT provisional boolean
)
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
DECLARE
    v_item public.items;
    v_as_of date := coalesce(p_closed_on, public.desk_today());
    v_share double precision;
    v_threshold integer;
BEGIN
    SELECT * INTO v_item FROM public.items WHERE id = p_item_id;
    SELECT coalesce((value ->> 'yellow_share')::double precision, {DEFAULT_YELLOW_SHARE})
        INTO v_share FROM public.settings WHERE key = '{PROFILE_KEY}';
    v_share := coalesce(v_share, {DEFAULT_YELLOW_SHARE});
    promised := public.desk_due_day(p_case_id, p_accepted_on,
                                    v_item.promised_limit_days + p_extension, v_as_of);
    statutory := public.desk_due_day(p_case_id, p_accepted_on,
                                     v_item.statutory_limit_days + p_extension, v_as_of);
    v_threshold := ceil(v_share * (v_item.promised_limit_days + p_extension));
    warn := CASE WHEN v_threshold < 1 THEN p_accepted_on
                 ELSE public.desk_due_day(p_case_id, p_accepted_on, v_threshold, v_as_of) END;
    provisional := NOT public.desk_years_known(p_accepted_on, promised)
                   OR NOT public.desk_years_known(p_accepted_on, statutory);
END $$
"""

# Recomputing stored due dates: by the workflow role only, so it runs as the definer; the
# counting itself is the set-based recount of recount_sql, for this one case.
REFRESH_DUE = f"""
CREATE OR REPLACE FUNCTION public.desk_refresh_due(p_case_id integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    PERFORM public.desk_recount_due(ARRAY[p_case_id]);
END $$
"""

# Every case not yet closed, counted again (after an upgrade adds what the clock derives).
REFRESH_PROVISIONAL = f"""
CREATE OR REPLACE FUNCTION public.desk_refresh_provisional() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    RETURN (SELECT o.changed FROM public.desk_recount_open() o);
END $$
"""

FUNCTIONS = {
    "desk_now()": NOW,
    "desk_today()": TODAY,
    "desk_working_between(date, date)": WORKING_BETWEEN,
    "desk_add_working_days(date, integer)": ADD_WORKING,
    "desk_due_day(integer, date, integer, date)": DUE_DAY,
    "desk_years_known(date, date)": YEARS_KNOWN,
    "desk_due_dates(integer, integer, date, integer, date)": DUE_DATES,
    "desk_refresh_due(integer)": REFRESH_DUE,
    "desk_refresh_provisional()": REFRESH_PROVISIONAL,
}
# Owned by the workflow role: they write the derived columns, whoever calls them.
DEFINER_FUNCTIONS = ("desk_refresh_due(integer)", "desk_refresh_provisional()")
# Anyone may ask the server's time or have the truth recomputed.
FOR_STAFF = ("desk_now()", "desk_today()", *DEFINER_FUNCTIONS)
