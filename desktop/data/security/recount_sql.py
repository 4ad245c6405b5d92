"""Stored dates always current (PostgreSQL): every due date a case stores is counted again,
set-based, when the calendar or the yellow-warning share changes, in the same transaction
and by the database itself, so no client can skip it (README, "The database as the guard").

A change to `calendar_days`, `calendar_years` or the bureau profile's `yellow_share` makes
the transaction's `calendar_versions` row (once per transaction) and marks it pending; a
deferred trigger recounts every case not yet closed at commit, unless the services asked
for it earlier (`desk_recount_now`, which tells them how many). The recount is recorded as
one audit entry of its own, not one per case. Decided and closed cases keep the dates they
were decided under (a decided case's current step, certificate or delivery, is recounted).

The counting is `domain/clock.py` (`due_date`, `warning_date`) for many cases at once: the
working days numbered once by the calendar, each clock's pauses merged into spans (A, B]
after its start (行政许可法 art. 45), and its due day the N-th working day outside them
(art. 82, Civil Code art. 201); the current step's clock (`domain/steps.py`) likewise.
`test_the_database_counts_due_dates_as_the_clock_does` holds the two equal.
"""

from __future__ import annotations

from desktop.data.security.clock_sql import CALENDAR_WALK, CHINA_ZONE, PROFILE_KEY
from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import WORKFLOW
from desktop.domain.clock import DEFAULT_YELLOW_SHARE
from desktop.domain.enums import CLOSED_STATUSES, DayKind
from desktop.domain.steps import CURRENT_STEP, LIMIT_COLUMNS, STARTED_BY, Step

_CLOSED = ", ".join(f"'{s}'" for s in sorted(CLOSED_STATUSES))
# The columns the recount writes (no login may: workflow_sql.DUE_COLUMNS).
DERIVED = (
    "promised_due_on",
    "promised_warn_on",
    "statutory_due_on",
    "due_provisional",
    "step_due_on",
    "step_warn_on",
    "calendar_version",
)
# Set while the bulk recount writes, so the audit trail records it once, not per case.
QUIET_SETTING = "desk.recount"

_STEP = "(CASE c.status " + " ".join(f"WHEN '{s}' THEN '{p}'" for s, p in CURRENT_STEP.items())
_STEP += " END)"


def _first_event(step: Step) -> str:
    actions = ", ".join(f"'{a}'" for a in STARTED_BY[step])
    return (
        f"(SELECT (e.at AT TIME ZONE '{CHINA_ZONE}')::date FROM public.case_events e"
        f" WHERE e.case_id = t.id AND e.action IN ({actions}) ORDER BY e.id LIMIT 1)"
    )


_STEP_START = (
    "(CASE t.step "
    + " ".join(
        f"WHEN '{s}' THEN {_first_event(s) if s in STARTED_BY else 't.decided_on'}" for s in Step
    )
    + " END)"
)
_STEP_DAYS = "(CASE t.step " + " ".join(f"WHEN '{s}' THEN i.{c}" for s, c in LIMIT_COLUMNS.items())
_STEP_DAYS += " END)"
_WORKING = (
    f"CASE k.kind WHEN '{DayKind.HOLIDAY}' THEN false WHEN '{DayKind.WORKDAY}' THEN true"
    " ELSE extract(isodow FROM g.d) < 6 END"
)

# Tags of the clocks counted per case: promised, statutory, yellow, step, step's yellow.
_COUNT = """
WITH target AS (
    SELECT c.id, c.item_id, c.accepted_on, c.extension_days AS ext, c.decided_on,
           coalesce(c.closed_on, v_today) AS as_of, {step} AS step, {own} AS own
    FROM public.cases c WHERE {where}
),
facts AS (
    SELECT t.*, i.promised_limit_days + t.ext AS promised, i.statutory_limit_days + t.ext
           AS statutory, {step_start} AS step_start, {step_days} AS step_days
    FROM target t JOIN public.items i ON i.id = t.item_id
),
clocks AS (
    SELECT id, 1 AS tag, accepted_on AS start, promised AS days, as_of FROM facts WHERE own
    UNION ALL SELECT id, 2, accepted_on, statutory, as_of FROM facts WHERE own
    UNION ALL SELECT id, 3, accepted_on, ceil(v_share * promised)::integer, as_of FROM facts
        WHERE own
    UNION ALL SELECT id, 4, step_start, step_days, v_today FROM facts
        WHERE step_start IS NOT NULL AND step_days >= 1
    UNION ALL SELECT id, 5, step_start, ceil(v_share * step_days)::integer, v_today FROM facts
        WHERE step_start IS NOT NULL AND step_days >= 1
),
spans AS (
    SELECT k.id, k.tag, greatest(p.started_on, k.start) AS s,
           coalesce(p.ended_on, greatest(k.as_of, p.started_on, k.start)) AS r
    FROM clocks k JOIN public.clock_pauses p ON p.case_id = k.id
),
marked AS (
    SELECT id, tag, s, r, CASE WHEN s <= max(r) OVER (PARTITION BY id, tag ORDER BY s, r
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                               THEN 0 ELSE 1 END AS fresh
    FROM spans WHERE r > s
),
merged AS (
    SELECT id, tag, min(s) AS s, max(r) AS r FROM (
        SELECT id, tag, s, r, sum(fresh) OVER (PARTITION BY id, tag ORDER BY s, r
                                               ROWS UNBOUNDED PRECEDING) AS island
        FROM marked) m
    GROUP BY id, tag, island
),
gaps AS (
    SELECT id, tag, lag(r) OVER (PARTITION BY id, tag ORDER BY s) AS after, s AS until
    FROM merged
    UNION ALL SELECT id, tag, max(r), NULL FROM merged GROUP BY id, tag
),
bounds AS (
    SELECT min(start) AS first,
           greatest(max(as_of), max(start), (SELECT max(r) FROM merged))
           + 2 * max(days) + 60 AS last
    FROM clocks
),
numbered AS (
    SELECT g.d::date AS d, {working} AS working,
           (count(*) FILTER (WHERE {working}) OVER (ORDER BY g.d))::integer AS n
    FROM bounds b, generate_series(b.first::timestamp, b.last::timestamp, interval '1 day') g(d)
    LEFT JOIN public.calendar_days k ON k.day = g.d::date
),
counted AS (
    SELECT k.id, k.tag, k.days, f.n AS n_from, t.n - f.n AS free,
           coalesce(sum(t.n - f.n) OVER (PARTITION BY k.id, k.tag
                    ORDER BY coalesce(g.after, k.start)
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::integer AS before
    FROM clocks k
    LEFT JOIN gaps g ON g.id = k.id AND g.tag = k.tag
    JOIN numbered f ON f.d = coalesce(g.after, k.start)
    LEFT JOIN numbered t ON t.d = g.until
),
dues AS (
    SELECT c.id, c.tag, w.d AS due FROM counted c
    JOIN numbered w ON w.working AND w.n = c.n_from + c.days - c.before
    WHERE c.before < c.days AND (c.free IS NULL OR c.before + c.free >= c.days)
),
result AS (
    SELECT t.id,
           max(d.due) FILTER (WHERE d.tag = 1) AS promised,
           max(d.due) FILTER (WHERE d.tag = 3) AS warn,
           max(d.due) FILTER (WHERE d.tag = 2) AS statutory,
           max(d.due) FILTER (WHERE d.tag = 4) AS step_due,
           max(d.due) FILTER (WHERE d.tag = 5) AS step_warn,
           min(t.accepted_on) AS accepted_on, bool_and(t.own) AS own
    FROM target t LEFT JOIN dues d ON d.id = t.id GROUP BY t.id
),
fresh AS (
    SELECT r.id,
           CASE WHEN r.own THEN r.promised ELSE k.promised_due_on END AS promised,
           CASE WHEN r.own THEN r.warn ELSE k.promised_warn_on END AS warn,
           CASE WHEN r.own THEN r.statutory ELSE k.statutory_due_on END AS statutory,
           r.step_due, r.step_warn,
           CASE WHEN NOT r.own THEN k.due_provisional
                ELSE coalesce((SELECT count(*) FROM public.calendar_years y
                     WHERE y.year BETWEEN extract(year FROM r.accepted_on)
                                      AND extract(year FROM greatest(r.promised, r.statutory)))
                    < extract(year FROM greatest(r.promised, r.statutory))
                      - extract(year FROM r.accepted_on) + 1, true) END AS provisional
    FROM result r JOIN public.cases k ON k.id = r.id
),
written AS (
    UPDATE public.cases c SET promised_due_on = f.promised, promised_warn_on = f.warn,
        statutory_due_on = f.statutory, due_provisional = f.provisional,
        step_due_on = f.step_due, step_warn_on = f.step_warn, calendar_version = v_version
    FROM fresh f
    WHERE c.id = f.id
      AND (c.promised_due_on, c.promised_warn_on, c.statutory_due_on, c.due_provisional,
           c.step_due_on, c.step_warn_on, c.calendar_version)
          IS DISTINCT FROM (f.promised, f.warn, f.statutory, f.provisional, f.step_due,
                            f.step_warn, v_version)
    RETURNING c.id
)
SELECT (SELECT count(*) FROM fresh),
       (SELECT count(*) FROM fresh f JOIN public.cases c ON c.id = f.id
        WHERE (c.promised_due_on, c.promised_warn_on, c.statutory_due_on, c.due_provisional,
               c.step_due_on, c.step_warn_on)
              IS DISTINCT FROM (f.promised, f.warn, f.statutory, f.provisional, f.step_due,
                                f.step_warn)),
       (SELECT count(*) FROM written)
INTO recounted, changed, v_written
"""


def _count(where: str, own: str = "true") -> str:
    """The recount of the cases `where` says; `own`: those whose own clocks are counted
    (the rest keep them and have only their current step counted)."""
    return _COUNT.format(
        step=_STEP,
        step_start=_STEP_START,
        step_days=_STEP_DAYS,
        working=_WORKING,
        where=where,
        own=own,
    )


# A calendar edit recounts a case's own clocks while they run; a decided case keeps the
# dates it was decided under (unless they were provisional: the year is now known).
OWN_CLOCK_RUNS = "(c.decided_on IS NULL OR c.due_provisional)"


# The planner's estimates of this query are far off (CTEs over CTEs): JIT compiling it costs
# more than running it, and its sorts fit in memory at a few tens of thousands of cases.
_TUNED = "SET jit = off SET work_mem = '64MB'"

# The profile's yellow share into v_share: a share stored as anything but a number counts
# as the default (the services refuse to load such a profile and say which key is wrong).
_READ_SHARE = f"""    SELECT CASE WHEN jsonb_typeof(value -> 'yellow_share') = 'number'
                THEN (value ->> 'yellow_share')::double precision END INTO v_share
        FROM public.settings WHERE key = '{PROFILE_KEY}';
    v_share := coalesce(v_share, {DEFAULT_YELLOW_SHARE});"""

_SETUP = f"""
    v_today date := public.desk_today();
    v_share double precision;
    v_version integer;
    v_written integer;
BEGIN
{_READ_SHARE}
    v_version := public.desk_calendar_version();"""

CALENDAR_VERSION = f"""
CREATE OR REPLACE FUNCTION public.desk_calendar_version() RETURNS integer
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    RETURN (SELECT coalesce(max(version), 0) FROM public.calendar_versions);
END $$
"""

# Given cases, whatever their status (a move's own refresh, closing included).
RECOUNT_CASES = f"""
CREATE OR REPLACE FUNCTION public.desk_recount_due(
    p_ids integer[], OUT recounted integer, OUT changed integer
)
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} {_TUNED} AS $$
DECLARE{_SETUP}
{_count("c.id = ANY(p_ids)")};
END $$
"""

# Every case not yet closed (a decided one: its current step), recorded by one audit entry
# (by the caller), not one per case.
RECOUNT_OPEN = f"""
CREATE OR REPLACE FUNCTION public.desk_recount_open(OUT recounted integer, OUT changed integer)
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} {_TUNED} AS $$
DECLARE{_SETUP}
    PERFORM set_config('{QUIET_SETTING}', 'on', true);
{_count(f"c.status NOT IN ({_CLOSED})", OWN_CLOCK_RUNS)};
    PERFORM set_config('{QUIET_SETTING}', 'off', true);
END $$
"""

# A row trigger on the calendar and the settings: this transaction's version, pending.
CHANGED = f"""
CREATE OR REPLACE FUNCTION public.desk_calendar_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    INSERT INTO public.calendar_versions AS v
        (txid, changed_at, changed_by, what, recounted, pending)
    VALUES (txid_current(), public.desk_now(), session_user, TG_ARGV[0], 0, true)
    ON CONFLICT (txid) DO UPDATE
        SET pending = true,
            what = CASE WHEN TG_ARGV[0] = ANY(string_to_array(v.what, ',')) THEN v.what
                        ELSE v.what || ',' || TG_ARGV[0] END
        WHERE NOT v.pending OR NOT TG_ARGV[0] = ANY(string_to_array(v.what, ','));
    RETURN NULL;
END $$
"""

# The pending recount of this transaction, now: how many open cases, and how many changed.
RECOUNT_NOW = f"""
CREATE OR REPLACE FUNCTION public.desk_recount_now(OUT recounted integer, OUT changed integer)
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
#variable_conflict use_variable
DECLARE
    v_row public.calendar_versions;
BEGIN
    SELECT * INTO v_row FROM public.calendar_versions
        WHERE txid = txid_current() AND pending FOR UPDATE;
    IF NOT FOUND THEN
        recounted := 0;
        changed := 0;
        RETURN;
    END IF;
    SELECT o.recounted, o.changed INTO recounted, changed FROM public.desk_recount_open() o;
    UPDATE public.calendar_versions SET pending = false, recounted = v_row.recounted + recounted
        WHERE version = v_row.version;
    INSERT INTO public.audit_log (action, entity, entity_id, new)
    VALUES ('recount_due', 'calendar_versions', v_row.version::text,
            jsonb_build_object('version', v_row.version, 'what', v_row.what,
                               'recounted', recounted, 'changed', changed));
END $$
"""

AT_COMMIT = f"""
CREATE OR REPLACE FUNCTION public.desk_recount_at_commit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    PERFORM public.desk_recount_now();
    RETURN NULL;
END $$
"""


def _step_of(status: str) -> str:
    """SQL for the step a case in `status` is in (domain/steps.py), NULL if none."""
    whens = " ".join(f"WHEN '{s}' THEN '{p}'" for s, p in CURRENT_STEP.items())
    return f"(CASE {status} {whens} END)"


_LIMIT_OF = (
    "(CASE v_new " + " ".join(f"WHEN '{s}' THEN i.{c}" for s, c in LIMIT_COLUMNS.items()) + " END)"
)

_STARTERS = {s: ", ".join(f"'{a}'" for a in acts) for s, acts in STARTED_BY.items()}
# When the step `v_new` began: its first starting event, or this move if it is the first;
# the decision for the steps that follow it.
_BEGAN = (
    "(CASE v_new "
    + " ".join(
        f"WHEN '{s}' THEN coalesce((SELECT (e.at AT TIME ZONE '{CHINA_ZONE}')::date"
        f" FROM public.case_events e WHERE e.case_id = p_case.id AND e.action IN ({a})"
        f" ORDER BY e.id LIMIT 1), CASE WHEN p_action IN ({a}) THEN v_today END)"
        for s, a in _STARTERS.items()
    )
    + " ELSE coalesce(p_case.decided_on,"
    " CASE WHEN p_action IN ('approve', 'reject') THEN v_today END) END)"
)

_PLAN_WALK = CALENDAR_WALK.format(
    first="v_today + 1", last="v_today + 2 * greatest(v_days, v_warn_days) + 60"
)

# A move's step days, told before the move writes the case, so the move's one UPDATE sets
# them (every claim passes here): the same step running on keeps its days; a step that
# begins today has no pause behind it, so its days are the limit's working days from today,
# as the full count says. Anything else (a step begun earlier, a pause) is not `known`: the
# move then counts it in full after its history event (desk_refresh_due).
STEP_PLAN = f"""
CREATE OR REPLACE FUNCTION public.desk_step_plan(
    p_case public.cases, p_action text, p_to text,
    OUT known boolean, OUT due date, OUT warn date
)
LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_old text := {_step_of("p_case.status")};
    v_new text := {_step_of("p_to")};
    v_today date := public.desk_today();
    v_days integer;
    v_warn_days integer;
    v_share double precision;
BEGIN
    known := true;
    IF v_new IS NOT DISTINCT FROM v_old AND (v_new IS NULL OR p_case.step_due_on IS NOT NULL)
    THEN
        due := p_case.step_due_on;  -- (a case loaded without them gets them at a move)
        warn := p_case.step_warn_on;
        RETURN;
    END IF;
    IF v_new IS NULL THEN
        RETURN;  -- in the pool, or closed: no step runs
    END IF;
    IF {_BEGAN} IS DISTINCT FROM v_today THEN
        known := false;
        RETURN;
    END IF;
    SELECT {_LIMIT_OF} INTO v_days FROM public.items i WHERE i.id = p_case.item_id;
    IF v_days IS NULL OR v_days < 1 THEN
        RETURN;
    END IF;
{_READ_SHARE}
    -- Both days from one walk of the calendar: the warning's working day and the limit's.
    v_warn_days := ceil(v_share * v_days)::integer;
    SELECT w.days[v_days], CASE WHEN v_warn_days >= 1 THEN w.days[v_warn_days] END
        INTO due, warn
        FROM (SELECT array_agg(d.day ORDER BY d.day) AS days FROM (
                  SELECT g.d::date AS day
                  {_PLAN_WALK}
                  WHERE {_WORKING} ORDER BY g.d LIMIT greatest(v_days, v_warn_days)) AS d) AS w;
END $$
"""

FUNCTIONS = {
    "desk_calendar_version()": CALENDAR_VERSION,
    "desk_step_plan(cases, text, text)": STEP_PLAN,
    "desk_recount_due(integer[])": RECOUNT_CASES,
    "desk_recount_open()": RECOUNT_OPEN,
    "desk_calendar_changed()": CHANGED,
    "desk_recount_now()": RECOUNT_NOW,
    "desk_recount_at_commit()": AT_COMMIT,
}
# Owned by the workflow role: they write the derived columns and the versions.
DEFINER_FUNCTIONS = (
    "desk_recount_due(integer[])",
    "desk_step_plan(cases, text, text)",
    "desk_recount_open()",
    "desk_calendar_changed()",
    "desk_recount_now()",
    "desk_recount_at_commit()",
)
# Anyone may have the truth counted now (it only does what the commit would do).
FOR_STAFF = ("desk_recount_now()",)

_YELLOW = "(NEW.value -> 'yellow_share')"
# (table, trigger, when) -> what changed, for desk_calendar_changed.
TRIGGERS = (
    ("calendar_days", "desk_calendar_days_added", "AFTER INSERT OR DELETE", "", "calendar"),
    (
        "calendar_days",
        "desk_calendar_days_changed",
        "AFTER UPDATE OF day, kind",
        "OLD.day IS DISTINCT FROM NEW.day OR OLD.kind IS DISTINCT FROM NEW.kind",
        "calendar",
    ),
    ("calendar_years", "desk_calendar_years_added", "AFTER INSERT OR DELETE", "", "calendar"),
    (
        "calendar_years",
        "desk_calendar_years_changed",
        "AFTER UPDATE OF year",
        "OLD.year IS DISTINCT FROM NEW.year",
        "calendar",
    ),
    (
        "settings",
        "desk_yellow_share_added",
        "AFTER INSERT",
        f"NEW.key = '{PROFILE_KEY}'",
        "yellow_share",
    ),
    (
        "settings",
        "desk_yellow_share_changed",
        "AFTER UPDATE",
        f"NEW.key = '{PROFILE_KEY}' AND (OLD.value -> 'yellow_share') IS DISTINCT FROM {_YELLOW}",
        "yellow_share",
    ),
)


def statements() -> list[str]:
    """The triggers, idempotently (the functions are in FUNCTIONS)."""
    sql = []
    for table, name, event, when, what in TRIGGERS:
        condition = f" WHEN ({when})" if when else ""
        sql.append(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        sql.append(
            f"CREATE TRIGGER {name} {event} ON public.{table} FOR EACH ROW{condition} "
            f"EXECUTE FUNCTION public.desk_calendar_changed('{what}')"
        )
    sql.append("DROP TRIGGER IF EXISTS desk_recount_at_commit ON public.calendar_versions")
    sql.append(
        "CREATE CONSTRAINT TRIGGER desk_recount_at_commit AFTER INSERT OR UPDATE "
        "ON public.calendar_versions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "WHEN (NEW.pending) EXECUTE FUNCTION public.desk_recount_at_commit()"
    )
    return sql


def quiet_when() -> str:
    """The audit trigger's condition on cases: not the bulk recount's own writes."""
    others = ", ".join(f"'{c}'" for c in DERIVED)
    return (
        f"NOT (current_user = '{WORKFLOW}'"
        f" AND coalesce(current_setting('{QUIET_SETTING}', true), '') = 'on'"
        f" AND (to_jsonb(OLD) - ARRAY[{others}]) = (to_jsonb(NEW) - ARRAY[{others}]))"
    )
