"""Status changes only through one guarded function, which applies the transition rules
(the `transition_rules` table, copied from `desktop.domain.workflow`) to the caller that
`session_user` names; a trigger refuses changes of the protected columns made any other way.

The function records the history event itself, so the proposer of a decision (whom the
rules keep from approving it) is what the database saw, not what a client claimed. Its
times are the server's (`desk_now`, `desk_today` in clock_sql): the `p_at` a client passes is
ignored. It opens and ends the clock's pauses as the case enters and leaves a pausing step,
and recomputes the due dates when the clock changed; no login writes either.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.data.security.guards_sql import guard_checks
from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import WORKFLOW
from desktop.data.security.recount_sql import DERIVED
from desktop.data.security.row_security import SEES_EVERY_CASE
from desktop.domain.enums import (
    CLOSED_STATUSES,
    OPEN_INSPECTIONS,
    PAUSE_STEPS,
    CaseStatus,
    PauseKind,
    Role,
)
from desktop.domain.guards import EXTENSION_DAYS, QUEUE_ROLE
from desktop.domain.workflow import ACCEPT_EVENT, Action, Who

# Columns only the workflow function may change: the status and who handles the case,
# the decision and closing days, the extension, and what identifies the case.
PROTECTED_CASE_COLUMNS = (
    "status",
    "handler_id",
    "decided_on",
    "closed_on",
    "extension_days",
    "extension_reason",
    "number",
    "category",
    "item_id",
    "applicant_id",
    "accepted_at",
    "accepted_on",
)


def label_of(column: str, enum: type[StrEnum]) -> str:
    """SQL for the Chinese label of an enum's stored value, so a refusal says "待认领", not
    "pool" (the labels are the domain's own; a value without one shows as stored)."""
    whens = " ".join(f"WHEN '{m.value}' THEN '{m.label}'" for m in enum)  # type: ignore[attr-defined]
    return f"(CASE {column} {whens} ELSE {column} END)"


def queue_role_of(column: str) -> str:
    """SQL for the job role that handles a category's queue (from guards.QUEUE_ROLE)."""
    whens = " ".join(f"WHEN '{c.value}' THEN '{r.value}'" for c, r in QUEUE_ROLE.items())
    return f"(CASE {column} {whens} END)"


_CLOSED = ", ".join(f"'{s.value}'" for s in sorted(CLOSED_STATUSES))
OPEN_INSPECTION = ", ".join(f"'{s.value}'" for s in OPEN_INSPECTIONS)
# Everyone but the admin issues numbered documents (notices, decisions, licences, reports).
_ISSUERS = ", ".join(f"'{r.value}'" for r in Role if r is not Role.ADMIN)

_SEE_ALL = ", ".join(f"'{r.value}'" for r in SEES_EVERY_CASE)
# Where a decision's proposal and sign-off are in force (and so whom the rules exclude).
_SIGNING = ", ".join(
    f"'{s.value}'" for s in (CaseStatus.DECISION_PROPOSED, CaseStatus.AWAITING_SIGNOFF)
)

CHINA_DAY = "public.desk_today()"  # the server's clock, never the caller's
_PAUSING = ", ".join(f"'{s}'" for s in PAUSE_STEPS.values())
_PAUSE_OF_STEP = (
    "(CASE v_status "
    + " ".join(f"WHEN '{status}' THEN '{kind}'" for kind, status in PAUSE_STEPS.items())
    + " END)"
)
# Columns the clock derives: written by the workflow role alone (desk_refresh_due).
DUE_COLUMNS = DERIVED

RULE_FITS = f"""
CREATE OR REPLACE FUNCTION public.desk_rule_fits(
    p_rule public.transition_rules, p_actor integer, p_case public.cases, p_proposer integer,
    p_reviewer integer
) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- guards._fits in SQL. NULL actor: the DBA acting as the system, which holds every
    -- role but is nobody's handler. The two levels of a decision are two people, neither
    -- of them its proposer. (PL/pgSQL: planned once per session, see identity_sql.)
    RETURN CASE p_rule.who
        WHEN 'queue' THEN p_actor IS NULL
            OR public.desk_holds(p_actor, {queue_role_of("p_case.category")})
        WHEN 'handler' THEN p_actor IS NOT NULL AND p_case.handler_id = p_actor
            AND public.desk_holds(p_actor, {queue_role_of("p_case.category")})
        -- 窗口现场审批: the authorised clerk who accepted the case, on its day of acceptance,
        -- before anything else happened to it (nobody, not even the system, otherwise).
        WHEN '{Who.AT_WINDOW.value}' THEN p_actor IS NOT NULL
            AND p_case.status = '{CaseStatus.RECEIVED.value}'
            AND p_case.accepted_on = {CHINA_DAY}
            AND EXISTS (SELECT 1 FROM unnest(string_to_array(p_rule.roles, ',')) AS r(role)
                        WHERE public.desk_holds(p_actor, r.role))
            AND (SELECT array_agg(e.action || ':' || coalesce(e.actor_id::text, ''))
                 FROM public.case_events e WHERE e.case_id = p_case.id)
                = ARRAY['{ACCEPT_EVENT}:' || p_actor::text]
        ELSE (p_actor IS NULL OR EXISTS (
                SELECT 1 FROM unnest(string_to_array(p_rule.roles, ',')) AS r(role)
                WHERE public.desk_holds(p_actor, r.role)))
            AND (p_rule.who <> 'not_proposer' OR p_actor IS NULL
                 OR (p_actor IS DISTINCT FROM p_proposer AND p_actor IS DISTINCT FROM p_reviewer))
    END;
END $$
"""

CASE_ACT = f"""
CREATE OR REPLACE FUNCTION public.desk_case_act(
    p_case_id integer, p_action text, p_version integer, p_reason text, p_data jsonb,
    p_handler_id integer, p_actor_id integer, p_at timestamptz
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_actor integer := public.desk_acting_staff(p_actor_id);
    v_category text;
BEGIN
    -- A case the caller may not see is answered like one that does not exist: the errors
    -- of the move name the case, its status and its proposal.
    SELECT category INTO v_category FROM public.cases WHERE id = p_case_id;
    IF v_category IS NULL OR NOT (public.desk_is_trusted(session_user)
            OR public.desk_session_has({queue_role_of("v_category")})
            OR EXISTS (SELECT 1 FROM unnest(ARRAY[{_SEE_ALL}]) AS r(role)
                       WHERE public.desk_session_has(r.role))) THEN
        RAISE EXCEPTION '办件（编号 %）不存在或已被删除', p_case_id USING ERRCODE = 'no_data_found';
    END IF;
    RETURN public.desk_case_move(v_actor, p_case_id, p_action,
                                 p_version, p_reason, p_data, p_handler_id, p_at);
END $$
"""

# The move, its audit entry when the service asks for it there, and the case as it is
# after it, in one round trip: the service reads the row it needs next without asking
# again. Not a definer: the row is read and the entry added with the caller's own rights,
# as the service would (its chain is sealed at commit like any other); the move inside is
# desk_case_act's.
CASE_ACT_ROW = f"""
CREATE OR REPLACE FUNCTION public.desk_case_act_row(
    p_case_id integer, p_action text, p_version integer, p_reason text, p_data jsonb,
    p_handler_id integer, p_actor_id integer, p_at timestamptz, p_audit_actor text,
    p_audit_old jsonb
) RETURNS SETOF public.cases
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_case public.cases;
BEGIN
    PERFORM public.desk_case_act(p_case_id, p_action, p_version, p_reason, p_data,
                                 p_handler_id, p_actor_id, p_at);
    SELECT * INTO v_case FROM public.cases WHERE id = p_case_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF p_audit_actor IS NOT NULL THEN
        INSERT INTO public.audit_log (actor, action, entity, entity_id, old, new)
        VALUES (p_audit_actor, p_action, 'case', p_case_id::text, p_audit_old,
                jsonb_build_object('status', v_case.status, 'version', v_case.version,
                                   'handler_id', v_case.handler_id));
    END IF;
    RETURN NEXT v_case;
END $$
"""

# The move itself, for a caller already identified: only the workflow role may call it.
CASE_MOVE = f"""
CREATE OR REPLACE FUNCTION public.desk_case_move(
    p_actor integer, p_case_id integer, p_action text, p_version integer, p_reason text,
    p_data jsonb, p_handler_id integer, p_at timestamptz
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_actor integer := p_actor;
    v_case public.cases;
    v_item public.items;
    v_items text;
    v_proposer integer;
    v_reviewer integer;
    v_proposal jsonb;
    v_step record;
    v_rule public.transition_rules;
    v_fits boolean := false;
    v_handler integer;
    v_status text;
    v_clock boolean := false;
    v_plan record;
BEGIN
    SELECT * INTO v_case FROM public.cases WHERE id = p_case_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '办件（编号 %）不存在', p_case_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p_version IS NOT NULL AND v_case.version <> p_version THEN
        RAISE EXCEPTION '办件 % 已被他人修改：请刷新后再办理', v_case.number
            USING ERRCODE = 'serialization_failure';
    END IF;

    SELECT * INTO v_item FROM public.items WHERE id = v_case.item_id;
    -- 告知承诺制: a new licence is decided on the commitment (撤销 and the rest are not).
    v_items := CASE WHEN v_item.window_authorised THEN 'window'
                    WHEN v_item.commitment_based AND v_case.kind = 'new' THEN 'commitment'
                    WHEN v_item.two_level_signoff THEN 'two_level' ELSE 'one_level' END;
    -- The proposal in force (the last 'propose' not followed by a 'send_back') and who
    -- signed it off: read from the history this function wrote, as case_core.case_facts.
    IF v_case.status IN ({_SIGNING}) THEN
        FOR v_step IN
            SELECT e.action, e.actor_id, e.data FROM public.case_events e
            WHERE e.case_id = p_case_id AND e.action IN ('propose', 'send_back', 'sign_off')
            ORDER BY e.id DESC LIMIT 2
        LOOP
            EXIT WHEN v_step.action = 'send_back';
            IF v_step.action = 'propose' THEN
                v_proposer := v_step.actor_id;
                v_proposal := v_step.data;
                EXIT;
            END IF;
            v_reviewer := v_step.actor_id;
        END LOOP;
    END IF;

    FOR v_rule IN
        SELECT * FROM public.transition_rules
        WHERE action = p_action AND source = v_case.status AND items IN ('any', v_items)
        ORDER BY seq
    LOOP
        IF public.desk_rule_fits(v_rule, v_actor, v_case, v_proposer, v_reviewer) THEN
            v_fits := true;
            EXIT;
        END IF;
    END LOOP;
    IF NOT v_fits THEN
        RAISE EXCEPTION '办件 % 当前状态为“%”，您不能“%”', v_case.number,
            {label_of("v_case.status", CaseStatus)}, {label_of("p_action", Action)}
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The legal guards of domain/guards.py, by the same names (guards_sql.py).
{guard_checks()}
    -- A cancelled inspection returns its case to review only when none is left open.
    IF p_action = '{Action.CANCEL_INSPECTION.value}' AND EXISTS (
        SELECT 1 FROM public.inspections i
        WHERE i.case_id = p_case_id AND i.status IN ({OPEN_INSPECTION})
    ) THEN
        RAISE EXCEPTION '办件 % 还有未取消的踏勘', v_case.number USING ERRCODE = 'check_violation';
    END IF;

    v_handler := v_case.handler_id;
    IF p_action = 'claim' THEN
        v_handler := v_actor;
    ELSIF p_action = 'release' THEN
        v_handler := NULL;
    ELSIF p_action IN ('assign', 'transfer') THEN
        IF NOT public.desk_holds(p_handler_id, {queue_role_of("v_case.category")}) THEN
            RAISE EXCEPTION '指派对象不是本类办件的在职承办人'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        v_handler := p_handler_id;
    END IF;
    v_status := coalesce(v_rule.target, v_case.status);
    v_plan := public.desk_step_plan(v_case, p_action, v_status);

    UPDATE public.cases SET
        status = v_status,
        step_due_on = CASE WHEN v_plan.known THEN v_plan.due ELSE step_due_on END,
        step_warn_on = CASE WHEN v_plan.known THEN v_plan.warn ELSE step_warn_on END,
        handler_id = v_handler,
        decided_on = CASE WHEN p_action IN ('approve', 'reject') THEN {CHINA_DAY}
                          ELSE decided_on END,
        closed_on = CASE WHEN v_status IN ({_CLOSED}) AND v_status <> v_case.status
                         THEN {CHINA_DAY} ELSE closed_on END,
        extension_days = CASE WHEN p_action = 'extend' THEN {EXTENSION_DAYS}
                              ELSE extension_days END,
        extension_reason = CASE WHEN p_action = 'extend' THEN btrim(p_reason)
                                ELSE extension_reason END,
        version = version + 1,
        updated_at = public.desk_now(),
        updated_by_id = v_actor
    WHERE id = p_case_id;

    -- The clock's pauses: one ends as the case leaves its step (or closes), one opens as
    -- the case enters a pausing step, both on the server's day. (A claim touches neither.)
    IF v_status <> v_case.status AND (v_case.status IN ({_PAUSING}) OR v_status IN ({_CLOSED}))
    THEN
        UPDATE public.clock_pauses SET ended_on = greatest({CHINA_DAY}, started_on)
            WHERE case_id = p_case_id AND ended_on IS NULL;
        v_clock := true;
    END IF;
    IF v_status <> v_case.status AND v_status IN ({_PAUSING})
       AND (v_status <> '{PAUSE_STEPS[PauseKind.INSPECTION]}' OR v_item.inspection_pauses_clock)
    THEN
        INSERT INTO public.clock_pauses (case_id, kind, started_on, expected_days, reason)
        VALUES (p_case_id, {_PAUSE_OF_STEP}, {CHINA_DAY},
                CASE WHEN v_status = '{PAUSE_STEPS[PauseKind.SPECIAL_PROCEDURE]}'
                     THEN (p_data ->> 'expected_days')::integer END,
                CASE v_status
                    WHEN '{PAUSE_STEPS[PauseKind.SUPPLEMENT]}' THEN '补正材料'
                    WHEN '{PAUSE_STEPS[PauseKind.INSPECTION]}' THEN '现场踏勘'
                    ELSE p_data ->> 'procedure' END);
        v_clock := true;
    END IF;
    INSERT INTO public.case_events
        (case_id, at, actor_id, action, from_status, to_status, reason, data)
    VALUES (p_case_id, public.desk_now(), v_actor, p_action, v_case.status, v_status,
            nullif(btrim(coalesce(p_reason, '')), ''), p_data);
    -- After the event: a step (domain/steps.py) starts at its first claim or proposal.
    IF v_clock OR p_action = 'extend' OR NOT v_plan.known THEN
        PERFORM public.desk_refresh_due(p_case_id);
    END IF;
    RETURN v_case.version + 1;
END $$
"""

NEXT_SERIAL = f"""
CREATE OR REPLACE FUNCTION public.desk_next_serial(p_doc_type text, p_year integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_serial integer;
BEGIN
    IF NOT public.desk_is_trusted(session_user) AND (public.desk_staff_id() IS NULL
            OR NOT EXISTS (SELECT 1 FROM unnest(ARRAY[{_ISSUERS}]) AS r(role)
                           WHERE public.desk_session_has(r.role))) THEN
        RAISE EXCEPTION '账号 % 不能取文号', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The counter row stays locked until the transaction ends; a rollback takes the
    -- increment back, so the serials that commit are 1..N without a gap.
    INSERT INTO public.number_counters AS n (doc_type, year, last_serial)
        VALUES (p_doc_type, p_year, 1)
        ON CONFLICT (doc_type, year) DO UPDATE SET last_serial = n.last_serial + 1
        RETURNING n.last_serial INTO v_serial;
    RETURN v_serial;
END $$
"""

# Second line of defence behind the column grants: even a role that was granted more
# than it should have been cannot move a case, rewrite a document or turn back a counter.
_CASE_CHANGED = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in PROTECTED_CASE_COLUMNS)
_DUE_CHANGED = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in DUE_COLUMNS)

GUARD_CASES = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_cases() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NOT ({_CASE_CHANGED}) AND NOT ({_DUE_CHANGED}) THEN
        RETURN NEW;  -- queue order, version stamp
    END IF;
    -- current_user is the workflow role only inside its own SECURITY DEFINER functions:
    -- unlike a session setting, nobody can claim it.
    IF current_user = '{WORKFLOW}' OR public.desk_is_trusted(current_user) THEN
        IF TG_OP = 'INSERT' AND NEW.promised_due_on IS NULL THEN
            SELECT d.promised, d.warn, d.statutory, d.provisional
                INTO NEW.promised_due_on, NEW.promised_warn_on, NEW.statutory_due_on,
                     NEW.due_provisional
                FROM public.desk_due_dates(NEW.id, NEW.item_id, NEW.accepted_on,
                                           NEW.extension_days, NEW.closed_on) AS d;
            NEW.calendar_version := public.desk_calendar_version();
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'received' OR NEW.handler_id IS NOT NULL OR NEW.decided_on IS NOT NULL
           OR NEW.closed_on IS NOT NULL OR NEW.extension_days <> 0 THEN
            RAISE EXCEPTION '新受理的办件只能处于待认领状态'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- The due dates are the database's to count, whatever the front desk sent.
        SELECT d.promised, d.warn, d.statutory, d.provisional
            INTO NEW.promised_due_on, NEW.promised_warn_on, NEW.statutory_due_on,
                 NEW.due_provisional
            FROM public.desk_due_dates(NEW.id, NEW.item_id, NEW.accepted_on, 0, NULL) AS d;
        NEW.step_due_on := NULL;  -- in the pool: no step runs yet
        NEW.step_warn_on := NULL;
        NEW.calendar_version := public.desk_calendar_version();
        RETURN NEW;
    END IF;
    IF NOT ({_CASE_CHANGED}) THEN
        RAISE EXCEPTION '办件的期限由数据库按受理日、暂停和延期计算，不能直接修改'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION '办件状态、承办人和决定只能通过办理流程修改'
        USING ERRCODE = 'insufficient_privilege';
END $$
"""

GUARD_FROZEN = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_frozen() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    -- Counters move only through desk_next_serial; issued documents never change here.
    IF current_user = '{WORKFLOW}' OR public.desk_is_trusted(current_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    RAISE EXCEPTION '% 不能直接修改或删除', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$
"""

GUARD_DOCUMENTS = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_documents() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    -- What a document says never changes; it may only be voided (for good) and its copies
    -- counted up. Who may do even that is the column grant's business.
    IF current_user = '{WORKFLOW}' OR public.desk_is_trusted(current_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE'
        AND (NEW.id, NEW.case_id, NEW.doc_type, NEW.year, NEW.serial, NEW.number,
             NEW.issued_at, NEW.issued_by_id, NEW.content_sha256, NEW.pdf)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.case_id, OLD.doc_type, OLD.year, OLD.serial, OLD.number,
             OLD.issued_at, OLD.issued_by_id, OLD.content_sha256, OLD.pdf)
        AND (NEW.void OR NOT OLD.void)
        AND NEW.reprints >= OLD.reprints
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% 不能直接修改或删除', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$
"""

TRIGGERS = (
    ("cases", "desk_guard_cases", "BEFORE INSERT OR UPDATE", "desk_guard_cases()"),
    ("number_counters", "desk_guard_counters", "BEFORE UPDATE OR DELETE", "desk_guard_frozen()"),
    (
        "issued_documents",
        "desk_guard_documents",
        "BEFORE UPDATE OR DELETE",
        "desk_guard_documents()",
    ),
)

# Trigger functions of migrations that write on behalf of whoever changes cases (or the
# calendar, for the month tallies).
TALLY_FUNCTIONS = (
    "case_tallies_after_insert()",
    "case_tallies_after_move()",
    "case_tallies_after_delete()",
    *(
        f"case_month_tallies_after_{table}{operation}()"
        for table in ("", "calendar_")
        for operation in ("insert", "update", "delete")
    ),
)

RULE_FITS_SIGNATURE = "desk_rule_fits(transition_rules, integer, cases, integer, integer)"
# Replaced by the signature above (the sign-off in force joined the proposer).
RETIRED_FUNCTIONS = ("desk_rule_fits(transition_rules, integer, cases, integer)",)

CASE_MOVE_SIGNATURE = (
    "desk_case_move(integer, integer, text, integer, text, jsonb, integer, timestamptz)"
)

CASE_ACT_ROW_SIGNATURE = (
    "desk_case_act_row(integer, text, integer, text, jsonb, integer, integer, timestamptz, "
    "text, jsonb)"
)

FUNCTIONS = {
    RULE_FITS_SIGNATURE: RULE_FITS,
    CASE_MOVE_SIGNATURE: CASE_MOVE,  # before the function that calls it
    "desk_case_act(integer, text, integer, text, jsonb, integer, integer, timestamptz)": CASE_ACT,
    CASE_ACT_ROW_SIGNATURE: CASE_ACT_ROW,  # after the function it calls
    "desk_next_serial(text, integer)": NEXT_SERIAL,
    "desk_guard_cases()": GUARD_CASES,
    "desk_guard_frozen()": GUARD_FROZEN,
    "desk_guard_documents()": GUARD_DOCUMENTS,
}
# Owned by the workflow role: they run with its rights, whoever calls them.
DEFINER_FUNCTIONS = (
    "desk_case_act(integer, text, integer, text, jsonb, integer, integer, timestamptz)",
    CASE_MOVE_SIGNATURE,
    "desk_next_serial(text, integer)",
    *TALLY_FUNCTIONS,
)


def statements() -> list[str]:
    """Functions and triggers, idempotently (replaced on every `db upgrade`)."""
    sql = [f"DROP FUNCTION IF EXISTS public.{signature}" for signature in RETIRED_FUNCTIONS]
    sql += list(FUNCTIONS.values())
    for table, name, when, function in TRIGGERS:
        sql.append(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        sql.append(
            f"CREATE TRIGGER {name} {when} ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION public.{function}"
        )
    for function in TALLY_FUNCTIONS:
        sql.append(f"ALTER FUNCTION public.{function} SECURITY DEFINER {SAFE_PATH}")
    return sql
