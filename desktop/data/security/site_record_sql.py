"""The on-site record (现场踏勘记录) held by the database: an inspector of the team confirms
it only through `desk_confirm_record`, in their own login, for themselves, once; a record
every inspector of the team confirmed is frozen (its conclusion, findings and files); a
change to a record an inspector already confirmed takes every confirmation back; and an
inspection's result is recorded only from a record the whole team confirmed, with the
same conclusion (services/cases/review.py, `_check_site_record`). ALL arts. 34 and 61;
README, "The database as the guard".
"""

from __future__ import annotations

from desktop.data.security.grants import CASE_READERS
from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import STAFF, WORKFLOW
from desktop.data.security.row_security import ME, Policy, roles
from desktop.domain.enums import InspectionConclusion, InspectionStatus, Role

_REFUSE = "USING ERRCODE = 'insufficient_privilege'"
_CHECK = "USING ERRCODE = 'check_violation'"
FROZEN = "现场踏勘记录已由踏勘组全体确认，不能再更改"
_CONCLUSION_LABEL = (
    "(CASE v_recorded "
    + " ".join(f"WHEN '{c.value}' THEN '{c.label}'" for c in InspectionConclusion)
    + " END)"
)
# The trusted (the DBA: imports, the demo, tests) and the definers' own functions pass.
_PASSES = f"current_user = '{WORKFLOW}' OR public.desk_is_trusted(session_user)"

CONFIRMED = f"""
CREATE OR REPLACE FUNCTION public.desk_record_confirmed(p_inspection integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
    -- Saved with a conclusion, and confirmed by every inspector of the team (not backups).
    SELECT EXISTS (SELECT 1 FROM public.inspection_records r
                   WHERE r.inspection_id = p_inspection AND r.conclusion IS NOT NULL)
       AND EXISTS (SELECT 1 FROM public.inspection_members im
                   WHERE im.inspection_id = p_inspection AND NOT im.is_backup)
       AND NOT EXISTS (SELECT 1 FROM public.inspection_members im
                       WHERE im.inspection_id = p_inspection AND NOT im.is_backup
                         AND im.signed_at IS NULL)
$$"""

MINE = f"""
CREATE OR REPLACE FUNCTION public.desk_my_inspection(p_inspection integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
    -- In the row policies of the record's tables: the session's staff member is an
    -- inspector of the inspection (on its team or its backups).
    SELECT EXISTS (SELECT 1 FROM public.inspection_members im
                   JOIN public.inspectors p ON p.id = im.inspector_id
                   WHERE im.inspection_id = p_inspection
                     AND p.staff_user_id = public.desk_staff_id())
$$"""

CONFIRM = f"""
CREATE OR REPLACE FUNCTION public.desk_confirm_record(p_inspection integer, p_signer integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_me integer := public.desk_staff_id();
    v_name text;
    v_status text;
    v_member public.inspection_members;
BEGIN
    -- The signer is the session's own staff member; only the DBA (the demo, imports)
    -- records a confirmation in someone's name.
    IF v_me IS NULL AND public.desk_is_trusted(session_user) THEN
        v_me := p_signer;
    END IF;
    IF v_me IS NULL THEN
        RAISE EXCEPTION '账号 % 不是在职工作人员，不能确认现场踏勘记录', session_user {_REFUSE};
    END IF;
    IF v_me IS DISTINCT FROM p_signer THEN
        RAISE EXCEPTION '只能确认本人的踏勘记录，不能代他人确认' {_REFUSE};
    END IF;
    SELECT coalesce(nullif(s.full_name, ''), s.username) INTO v_name
        FROM public.staff_users s WHERE s.id = v_me;
    SELECT i.status INTO v_status FROM public.inspections i WHERE i.id = p_inspection;
    IF v_status IS DISTINCT FROM '{InspectionStatus.SCHEDULED.value}' THEN
        RAISE EXCEPTION '踏勘 % 不是已安排待踏勘的状态，不能确认其记录', p_inspection {_CHECK};
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.inspection_records r
                   WHERE r.inspection_id = p_inspection AND r.conclusion IS NOT NULL) THEN
        RAISE EXCEPTION '请先保存踏勘记录，再由踏勘人员确认' {_CHECK};
    END IF;
    SELECT im.* INTO v_member FROM public.inspection_members im
        JOIN public.inspectors p ON p.id = im.inspector_id
        WHERE im.inspection_id = p_inspection AND NOT im.is_backup AND p.staff_user_id = v_me
        FOR UPDATE OF im;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% 不是本次踏勘组成员，不能确认本记录', v_name {_REFUSE};
    END IF;
    IF v_member.signed_at IS NOT NULL THEN
        RAISE EXCEPTION '% 已确认过本记录，不能重复确认', v_name {_CHECK};
    END IF;
    UPDATE public.inspection_members SET signed_at = now()
        WHERE inspection_id = p_inspection AND inspector_id = v_member.inspector_id;
    RETURN v_member.inspector_id;
END $$"""

GUARD_SIGNATURES = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_signatures() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    -- A confirmation is set only by desk_confirm_record; a login may take one back only
    -- while the team has not all confirmed (a changed record is confirmed again).
    IF TG_OP = 'DELETE' THEN
        IF public.desk_is_trusted(session_user) THEN
            RETURN OLD;
        END IF;
        IF OLD.signed_at IS NOT NULL AND public.desk_record_confirmed(OLD.inspection_id) THEN
            RAISE EXCEPTION '{FROZEN}' {_CHECK};
        END IF;
        RETURN OLD;
    END IF;
    IF public.desk_is_trusted(session_user) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.signed_at IS NOT NULL AND current_user <> '{WORKFLOW}' THEN
            RAISE EXCEPTION '只有踏勘人员本人登录才能确认现场踏勘记录' {_REFUSE};
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.signed_at IS NOT NULL AND (NEW.inspector_id IS DISTINCT FROM OLD.inspector_id
                                      OR NEW.inspection_id IS DISTINCT FROM OLD.inspection_id)
    THEN
        RAISE EXCEPTION '已确认记录的踏勘人员不能更换' {_CHECK};
    END IF;
    IF NEW.signed_at IS NOT DISTINCT FROM OLD.signed_at THEN
        RETURN NEW;
    END IF;
    IF NEW.signed_at IS NOT NULL AND current_user <> '{WORKFLOW}' THEN
        RAISE EXCEPTION '只有踏勘人员本人登录才能确认现场踏勘记录' {_REFUSE};
    END IF;
    IF NEW.signed_at IS NULL AND public.desk_record_confirmed(OLD.inspection_id) THEN
        RAISE EXCEPTION '{FROZEN}' {_CHECK};
    END IF;
    RETURN NEW;
END $$"""

GUARD_CONTENT = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_record_content() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_inspection integer;
BEGIN
    -- The record, its findings and its files, once the whole team confirmed them.
    IF TG_OP = 'DELETE' THEN
        v_inspection := OLD.inspection_id;
    ELSE
        v_inspection := NEW.inspection_id;
    END IF;
    IF public.desk_is_trusted(session_user) THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'inspection_records' THEN
        IF (NEW.representative, NEW.conclusion, NEW.summary, NEW.rectify_due, NEW.follows_id,
            NEW.same_team, NEW.inspection_id)
           IS NOT DISTINCT FROM (OLD.representative, OLD.conclusion, OLD.summary,
                                 OLD.rectify_due, OLD.follows_id, OLD.same_team,
                                 OLD.inspection_id) THEN
            RETURN NEW;  -- only who wrote it and when: nothing the team confirmed
        END IF;
    END IF;
    IF public.desk_record_confirmed(v_inspection)
       OR (TG_OP = 'UPDATE' AND public.desk_record_confirmed(OLD.inspection_id)) THEN
        RAISE EXCEPTION '{FROZEN}' {_CHECK};
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$"""

UNSIGN = f"""
CREATE OR REPLACE FUNCTION public.desk_unsign_changed_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_inspection integer;
BEGIN
    -- What the inspectors confirmed changed: each of them confirms it again (the DBA
    -- writes as given).
    IF public.desk_is_trusted(session_user) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        v_inspection := OLD.inspection_id;
    ELSE
        v_inspection := NEW.inspection_id;
    END IF;
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'inspection_records' THEN
        IF (NEW.representative, NEW.conclusion, NEW.summary, NEW.rectify_due)
           IS NOT DISTINCT FROM (OLD.representative, OLD.conclusion, OLD.summary,
                                 OLD.rectify_due) THEN
            RETURN NULL;
        END IF;
    END IF;
    UPDATE public.inspection_members SET signed_at = NULL
        WHERE inspection_id = v_inspection AND signed_at IS NOT NULL;
    RETURN NULL;
END $$"""

GUARD_RESULT = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_inspection_result() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_recorded text;
    v_unsigned integer;
BEGIN
    -- A filled on-site record decides the conclusion, once every inspector confirmed it.
    IF NEW.conclusion IS NULL OR NEW.conclusion IS NOT DISTINCT FROM OLD.conclusion
       OR public.desk_is_trusted(session_user) THEN
        RETURN NEW;
    END IF;
    SELECT r.conclusion INTO v_recorded FROM public.inspection_records r
        WHERE r.inspection_id = NEW.id;
    IF v_recorded IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT count(*) INTO v_unsigned FROM public.inspection_members im
        WHERE im.inspection_id = NEW.id AND NOT im.is_backup AND im.signed_at IS NULL;
    IF v_unsigned > 0 THEN
        RAISE EXCEPTION '现场踏勘记录尚有 % 名踏勘人员未确认，请确认后再结束踏勘', v_unsigned
            {_CHECK};
    END IF;
    IF NEW.conclusion <> v_recorded THEN
        RAISE EXCEPTION '现场踏勘记录的结论是“%”，录入的结论须与之一致', {_CONCLUSION_LABEL}
            {_CHECK};
    END IF;
    RETURN NEW;
END $$"""

FUNCTIONS = {
    "desk_record_confirmed(integer)": CONFIRMED,
    "desk_my_inspection(integer)": MINE,
    "desk_confirm_record(integer, integer)": CONFIRM,
    "desk_guard_signatures()": GUARD_SIGNATURES,
    "desk_guard_record_content()": GUARD_CONTENT,
    "desk_unsign_changed_record()": UNSIGN,
    "desk_guard_inspection_result()": GUARD_RESULT,
}
DEFINER_FUNCTIONS = (
    "desk_record_confirmed(integer)",
    "desk_my_inspection(integer)",
    "desk_confirm_record(integer, integer)",
    "desk_unsign_changed_record()",
    "desk_guard_inspection_result()",
)
CONFIRM_SIGNATURE = "desk_confirm_record(integer, integer)"
# Called in the row policies and the triggers, by every staff login.
POLICY_HELPERS = ("desk_record_confirmed(integer)", "desk_my_inspection(integer)")

RECORD_TABLES = ("inspection_records", "inspection_findings", "inspection_files")
# Row security: a handler reads the records of the cases they see (the inspections' own
# policy follows the cases'), an inspector those of their own inspections; the coordinator
# keeps them; a handler asking for a re-inspection opens its empty record.
_VISIBLE_INSPECTION = "EXISTS (SELECT 1 FROM public.inspections i WHERE i.id = inspection_id)"
_HANDLED_INSPECTION = (
    "EXISTS (SELECT 1 FROM public.inspections i JOIN public.cases c ON c.id = i.case_id"
    f" WHERE i.id = inspection_id AND c.handler_id = {ME})"
)
POLICIES: tuple[Policy, ...] = (
    *(
        policy
        for table in RECORD_TABLES
        for policy in (
            # Only for the case readers: the subquery needs their grant on inspections.
            Policy(
                table, f"{table}_read", "SELECT", roles(*CASE_READERS), using=_VISIBLE_INSPECTION
            ),
            Policy(
                table,
                f"{table}_inspector",
                "SELECT",
                (STAFF,),
                using="public.desk_my_inspection(inspection_id)",
            ),
            Policy(
                table,
                f"{table}_keep",
                "ALL",
                roles(Role.COORDINATOR),
                using="true",
                check="true",
            ),
        )
    ),
    Policy(
        "inspection_records",
        "inspection_records_reinspection",
        "INSERT",
        roles(Role.HANDLER_ENGINEERING, Role.HANDLER_SOCIAL),
        check=f"conclusion IS NULL AND follows_id IS NOT NULL AND {_HANDLED_INSPECTION}",
    ),
    Policy(
        "inspection_records", "inspection_records_workflow", "SELECT", (WORKFLOW,), using="true"
    ),
    # desk_forget_rows drops findings saved again.
    Policy("inspection_findings", "inspection_findings_forget", "ALL", (WORKFLOW,), using="true"),
)

_TRIGGERS = (
    (
        "desk_guard_signatures",
        "inspection_members",
        "BEFORE INSERT OR UPDATE OR DELETE",
        "desk_guard_signatures()",
    ),
    *(
        (
            f"desk_guard_content_{table}",
            table,
            "BEFORE INSERT OR UPDATE OR DELETE",
            "desk_guard_record_content()",
        )
        for table in ("inspection_records", "inspection_findings", "inspection_files")
    ),
    *(
        (f"desk_unsign_{table}", table, "AFTER UPDATE OR DELETE", "desk_unsign_changed_record()")
        for table in ("inspection_records", "inspection_findings")
    ),
    (
        "desk_unsign_new_finding",
        "inspection_findings",
        "AFTER INSERT",
        "desk_unsign_changed_record()",
    ),
    (
        "desk_guard_inspection_result",
        "inspections",
        "BEFORE UPDATE OF conclusion",
        "desk_guard_inspection_result()",
    ),
)


def statements() -> list[str]:
    """The functions and their triggers, idempotently."""
    sql = list(FUNCTIONS.values())
    for name, table, when, function in _TRIGGERS:
        sql += [
            f"DROP TRIGGER IF EXISTS {name} ON public.{table}",
            f"CREATE TRIGGER {name} {when} ON public.{table}"
            f" FOR EACH ROW EXECUTE FUNCTION public.{function}",
        ]
    return sql
