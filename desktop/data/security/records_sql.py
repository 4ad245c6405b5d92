"""Records that say who did what and when are the database's to sign and date: case and
ticket history, ratings, urges and the draw log take their author from the session's own
login (refused if the client names someone else) and their time from the server's clock
(`desk_now`, whatever the client sent); history is never updated or deleted. Tickets and
poor-rating follow-ups move only by the steps the services take, each by the people they
allow, with the dates (due day, answer, escalation, closing) set by the server.

The DBA (imports, the demo, tests) writes as given: `desk_is_trusted`. README, "The
database as the guard", rules "Audit." and "Tickets and ratings".
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import WORKFLOW
from desktop.domain.enums import Role, TicketKind, TicketStatus
from desktop.domain.supervision import POOR_AT_MOST, FollowUpStatus
from desktop.domain.workflow import ACCEPT_EVENT

# The supervision settings' key and defaults (services.supervision.settings; a test holds
# them equal): working days to answer a ticket of each kind, to follow a poor rating up.
SUPERVISION_KEY = "supervision"
ANSWER_DAYS = {TicketKind.HOTLINE.value: 1, TicketKind.COMPLAINT.value: 5}
FOLLOW_UP_DAYS = 15

# Who supervises (services.supervision_access.SUPERVISION_ROLES).
_SUPERVISES = " OR ".join(
    f"public.desk_session_has('{role.value}')" for role in (Role.SUPERVISOR, Role.HEAD)
)
_REFUSE = "USING ERRCODE = 'insufficient_privilege'"

# table -> (id column of the author, username column of the author, time column): '' none.
SIGNED_RECORDS: dict[str, tuple[str, str, str]] = {
    "case_events": ("actor_id", "", "at"),
    "ticket_events": ("actor_id", "", "at"),
    "ratings": ("recorded_by_id", "", "rated_at"),
    "inspection_draws": ("operator_id", "operator", "created_at"),
    "inspection_draw_log": ("", "actor", "at"),
    "case_deliveries": ("served_by_id", "", "served_at"),
    "inspection_draw_witnesses": ("", "witnessed_by", "witnessed_at"),
    "case_promises": ("recorded_by_id", "", "recorded_at"),
    "case_promise_receipts": ("recorded_by_id", "", "recorded_at"),
}
# History: written once, never changed or removed by a login (a 容缺 promise is kept only by
# a receipt of its own, never by editing the promise).
HISTORY_TABLES = (
    "case_events",
    "ticket_events",
    "ratings",
    "case_deliveries",
    "case_promises",
    "case_promise_receipts",
)

SIGN = f"""
CREATE OR REPLACE FUNCTION public.desk_sign_record() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_me integer;
    v_row jsonb;
    v_case public.cases;
BEGIN
    -- TG_ARGV: the author's id column, their username column, the time column ('' none).
    -- The workflow function signs and dates its own history (current_user, unclaimable):
    -- every move passes here, so that answer comes first and costs nothing more.
    IF current_user = '{WORKFLOW}' OR public.desk_is_trusted(session_user) THEN
        RETURN NEW;
    END IF;
    v_row := to_jsonb(NEW);
    v_me := public.desk_staff_id();
    IF v_me IS NULL THEN
        RAISE EXCEPTION '账号 % 不是在职工作人员，不能记录', session_user {_REFUSE};
    END IF;
    IF TG_TABLE_NAME = 'case_events' AND v_row ->> 'action' = '{ACCEPT_EVENT}' THEN
        -- The acceptance is the front desk's: its person and moment are the case's own,
        -- recorded once.
        SELECT * INTO v_case FROM public.cases WHERE id = NEW.case_id;
        IF EXISTS (SELECT 1 FROM public.case_events e
                   WHERE e.case_id = NEW.case_id AND e.action = '{ACCEPT_EVENT}') THEN
            RAISE EXCEPTION '办件已有受理记录，不能再次登记' {_REFUSE};
        END IF;
        NEW.actor_id := v_case.first_contact_id;
        NEW.at := v_case.accepted_at;
        RETURN NEW;
    END IF;
    IF (TG_ARGV[0] <> '' AND v_row ->> TG_ARGV[0] IS DISTINCT FROM v_me::text)
       OR (TG_ARGV[1] <> '' AND v_row ->> TG_ARGV[1] IS DISTINCT FROM
           (SELECT u.username FROM public.staff_users u WHERE u.id = v_me)) THEN
        RAISE EXCEPTION '不能以他人名义记录' {_REFUSE};
    END IF;
    IF TG_ARGV[2] <> '' THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[2], public.desk_now()));
    END IF;
    RETURN NEW;
END $$
"""

FROZEN = f"""
CREATE OR REPLACE FUNCTION public.desk_history_frozen() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    RAISE EXCEPTION '% 是历史记录，不能修改或删除', TG_TABLE_NAME {_REFUSE};
END $$
"""

_ANSWER_DAYS = " ".join(f"WHEN '{kind}' THEN {days}" for kind, days in ANSWER_DAYS.items())
_OPEN, _ANSWERED, _CLOSED = (f"'{s.value}'" for s in TicketStatus)

TICKETS = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_tickets() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_me integer := public.desk_staff_id();
    v_days integer;
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '工单不能删除' {_REFUSE};
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> {_OPEN} OR NEW.reply IS NOT NULL OR NEW.answered_at IS NOT NULL
           OR NEW.escalated OR NEW.escalated_at IS NOT NULL OR NEW.escalated_to_id IS NOT NULL
           OR NEW.closed_at IS NOT NULL THEN
            RAISE EXCEPTION '新工单只能以待答复状态登记' {_REFUSE};
        END IF;
        -- Opened now, due after the working days the supervision settings give its kind.
        SELECT (s.value -> 'ticket_answer_days' ->> NEW.kind::text)::integer INTO v_days
            FROM public.settings s WHERE s.key = '{SUPERVISION_KEY}';
        v_days := coalesce(v_days, CASE NEW.kind::text {_ANSWER_DAYS} END);
        NEW.opened_at := public.desk_now();
        NEW.due_on := public.desk_add_working_days(public.desk_today(), v_days);
        RETURN NEW;
    END IF;
    IF OLD.status = {_CLOSED} THEN
        RAISE EXCEPTION '工单 % 已办结，不能再修改', OLD.number {_REFUSE};
    END IF;
    IF (NEW.id, NEW.number, NEW.kind, NEW.caller_name, NEW.caller_phone, NEW.subject, NEW.body,
        NEW.case_id, NEW.first_contact_id, NEW.assignee_id, NEW.opened_at, NEW.due_on)
       IS DISTINCT FROM
       (OLD.id, OLD.number, OLD.kind, OLD.caller_name, OLD.caller_phone, OLD.subject, OLD.body,
        OLD.case_id, OLD.first_contact_id, OLD.assignee_id, OLD.opened_at, OLD.due_on) THEN
        RAISE EXCEPTION '工单的登记内容、首问责任人、承办人和答复期限不能修改' {_REFUSE};
    END IF;
    -- Answering: the first answer's time is the server's and stays.
    IF NEW.status = {_ANSWERED} AND (OLD.status = {_OPEN} OR NEW.reply IS DISTINCT FROM OLD.reply)
    THEN
        IF btrim(coalesce(NEW.reply, '')) = '' THEN
            RAISE EXCEPTION '请填写答复内容' USING ERRCODE = 'check_violation';
        END IF;
        NEW.answered_at := coalesce(OLD.answered_at, public.desk_now());
    ELSIF NEW.reply IS DISTINCT FROM OLD.reply OR NEW.answered_at IS DISTINCT FROM OLD.answered_at
    THEN
        RAISE EXCEPTION '答复时间由服务器记录，不能修改' {_REFUSE};
    END IF;
    -- Escalating: the supervision's, dated by the server, never undone.
    IF (NEW.escalated, NEW.escalated_at, NEW.escalated_to_id)
       IS DISTINCT FROM (OLD.escalated, OLD.escalated_at, OLD.escalated_to_id) THEN
        IF NOT ({_SUPERVISES}) OR NOT NEW.escalated THEN
            RAISE EXCEPTION '只有督办人员或分管负责人可以升级督办工单' {_REFUSE};
        END IF;
        NEW.escalated_at := public.desk_now();
    END IF;
    -- Closing: an answered ticket, by its first contact or the supervision (首问负责).
    IF NEW.status = {_CLOSED} THEN
        IF OLD.status <> {_ANSWERED} THEN
            RAISE EXCEPTION '工单 % 尚未答复，不能办结', OLD.number {_REFUSE};
        END IF;
        IF OLD.first_contact_id IS DISTINCT FROM v_me AND NOT ({_SUPERVISES}) THEN
            RAISE EXCEPTION '首问负责：只有首问责任人或督办人员可以办结本件' {_REFUSE};
        END IF;
        NEW.closed_at := public.desk_now();
    ELSIF NEW.closed_at IS DISTINCT FROM OLD.closed_at
          OR (OLD.status = {_ANSWERED} AND NEW.status = {_OPEN}) THEN
        RAISE EXCEPTION '工单只能答复后办结，办结时间由服务器记录' {_REFUSE};
    END IF;
    RETURN NEW;
END $$
"""

_F_OPEN, _F_FIXED, _F_CLOSED = (f"'{s.value}'" for s in FollowUpStatus)

FOLLOW_UPS = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_follow_ups() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_me integer := public.desk_staff_id();
    v_days integer;
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '差评回访记录不能删除' {_REFUSE};
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- Opened by a poor rating, for the case's handler, due after the settings' days.
        IF NEW.status <> {_F_OPEN} OR NEW.fix_note IS NOT NULL OR NEW.fixed_at IS NOT NULL
           OR NEW.fixed_by_id IS NOT NULL OR NEW.answer IS NOT NULL
           OR NEW.answered_at IS NOT NULL OR NEW.answered_by_id IS NOT NULL
           OR NOT EXISTS (SELECT 1 FROM public.ratings r WHERE r.id = NEW.rating_id
                          AND r.level <= {int(POOR_AT_MOST)}) THEN
            RAISE EXCEPTION '差评回访只能为差评登记，且从待整改开始' {_REFUSE};
        END IF;
        SELECT c.handler_id INTO NEW.assignee_id
            FROM public.ratings r JOIN public.cases c ON c.id = r.case_id
            WHERE r.id = NEW.rating_id;
        SELECT (s.value ->> 'follow_up_days')::integer INTO v_days
            FROM public.settings s WHERE s.key = '{SUPERVISION_KEY}';
        NEW.opened_at := public.desk_now();
        NEW.due_on := public.desk_add_working_days(public.desk_today(),
                                                   coalesce(v_days, {FOLLOW_UP_DAYS}));
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.rating_id, NEW.assignee_id, NEW.opened_at, NEW.due_on)
       IS DISTINCT FROM (OLD.id, OLD.rating_id, OLD.assignee_id, OLD.opened_at, OLD.due_on) THEN
        RAISE EXCEPTION '差评回访的责任人和期限不能修改' {_REFUSE};
    END IF;
    IF OLD.status = {_F_OPEN} AND NEW.status = {_F_FIXED}
       AND (NEW.answer, NEW.answered_at, NEW.answered_by_id) IS NOT DISTINCT FROM
           (OLD.answer, OLD.answered_at, OLD.answered_by_id) THEN
        -- The fix (整改), in the fixer's own name (row security: its assignee or the
        -- supervision), dated by the server.
        IF btrim(coalesce(NEW.fix_note, '')) = '' THEN
            RAISE EXCEPTION '请填写整改情况' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.fixed_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION '不能以他人名义登记整改' {_REFUSE};
        END IF;
        NEW.fixed_at := public.desk_now();
        RETURN NEW;
    END IF;
    IF OLD.status = {_F_FIXED} AND NEW.status = {_F_CLOSED}
       AND (NEW.fix_note, NEW.fixed_at, NEW.fixed_by_id) IS NOT DISTINCT FROM
           (OLD.fix_note, OLD.fixed_at, OLD.fixed_by_id) THEN
        -- The answer to the applicant (回访), by the supervision in their own name.
        IF NOT ({_SUPERVISES}) OR NEW.answered_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION '只有督办人员或分管负责人可以以本人名义回访答复差评' {_REFUSE};
        END IF;
        IF btrim(coalesce(NEW.answer, '')) = '' THEN
            RAISE EXCEPTION '请填写回访答复的内容' USING ERRCODE = 'check_violation';
        END IF;
        NEW.answered_at := public.desk_now();
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '差评回访只能依次登记整改、回访答复，已登记的内容不能修改' {_REFUSE};
END $$
"""

URGES = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_urges() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'INSERT' THEN
        -- In the supervisor's own name (row security), sent now, not yet seen.
        IF NEW.acknowledged_at IS NOT NULL THEN
            RAISE EXCEPTION '新的督办不能登记为已确认' {_REFUSE};
        END IF;
        NEW.urged_at := public.desk_now();
        RETURN NEW;
    END IF;
    -- Only the acknowledgement, once, dated by the server.
    IF TG_OP = 'UPDATE' AND OLD.acknowledged_at IS NULL AND NEW.acknowledged_at IS NOT NULL
       AND (NEW.id, NEW.case_id, NEW.urged_at, NEW.urged_by_id, NEW.handler_id, NEW.level,
            NEW.message)
           IS NOT DISTINCT FROM (OLD.id, OLD.case_id, OLD.urged_at, OLD.urged_by_id,
                                 OLD.handler_id, OLD.level, OLD.message) THEN
        NEW.acknowledged_at := public.desk_now();
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '督办记录不能修改或删除，只能由被督办的承办人确认一次' {_REFUSE};
END $$
"""

FUNCTIONS = {
    "desk_sign_record()": SIGN,
    "desk_history_frozen()": FROZEN,
    "desk_guard_tickets()": TICKETS,
    "desk_guard_follow_ups()": FOLLOW_UPS,
    "desk_guard_urges()": URGES,
}

# (table, trigger, when, function call)
TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    *(
        (table, "desk_sign_record", "BEFORE INSERT", f"desk_sign_record('{a}', '{b}', '{c}')")
        for table, (a, b, c) in SIGNED_RECORDS.items()
    ),
    *(
        (table, "desk_history_frozen", "BEFORE UPDATE OR DELETE", "desk_history_frozen()")
        for table in HISTORY_TABLES
    ),
    ("tickets", "desk_guard_tickets", "BEFORE INSERT OR UPDATE OR DELETE", "desk_guard_tickets()"),
    (
        "rating_follow_ups",
        "desk_guard_follow_ups",
        "BEFORE INSERT OR UPDATE OR DELETE",
        "desk_guard_follow_ups()",
    ),
    ("case_urges", "desk_guard_urges", "BEFORE INSERT OR UPDATE OR DELETE", "desk_guard_urges()"),
)


def statements() -> list[str]:
    """Functions and triggers, idempotently (replaced at every `db upgrade`)."""
    return row_trigger_statements(FUNCTIONS, TRIGGERS)


def row_trigger_statements(
    functions: dict[str, str], triggers: tuple[tuple[str, str, str, str], ...]
) -> list[str]:
    """The functions, then each (table, trigger, when, call) dropped and created again as a
    row trigger: idempotent, so it is replaced at every `db upgrade`."""
    sql = list(functions.values())
    for table, name, when, call in triggers:
        sql.append(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        sql.append(
            f"CREATE TRIGGER {name} {when} ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION public.{call}"
        )
    return sql
