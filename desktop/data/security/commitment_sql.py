"""告知承诺制 in the database: a commitment is recorded at acceptance for an item the
catalogue marks, as the front desk's login signs it, and never changes; its check falls due
a number of working days after the grant, counted by the server; its result is recorded
once, by a supervisor (督办) in their own name, dated by the server, never after the fact
turned from 不实 to 属实, and a 不实 only with the 撤销 case opened on the licence it
obtained (domain/commitments.py, services/supervision/commitment_checks.py).

The DBA (imports, the demo, tests) writes as given: `desk_is_trusted`.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.records_sql import row_trigger_statements
from desktop.domain.commitments import DEFAULT_CHECK_DAYS, CheckResult
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.licence_life import CaseKind

_REFUSE = "USING ERRCODE = 'insufficient_privilege'"
_CHECK = "USING ERRCODE = 'check_violation'"
_FALSE = f"'{CheckResult.FALSE.value}'"
_GRANTED = ", ".join(
    f"'{s.value}'"
    for s in (CaseStatus.APPROVED, CaseStatus.CERTIFICATE_ISSUED, CaseStatus.DELIVERED)
)
_SIGNED = (
    "case_id, conditions, signatory, signed_on, recorded_by_id, recorded_at, department_id,"
    " check_days"
)
_CHECKED = (
    "result, findings, checker, checked_on, check_recorded_by_id, check_recorded_at,"
    " revocation_case_id"
)


def _row(prefix: str, columns: str) -> str:
    return "(" + ", ".join(f"{prefix}.{c.strip()}" for c in columns.split(",")) + ")"


GUARD = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_commitments() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
DECLARE
    v_me integer;
    v_case public.cases;
    v_item public.items;
BEGIN
    IF public.desk_is_trusted(session_user) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '告知承诺记录不能删除' {_REFUSE};
    END IF;
    v_me := public.desk_staff_id();
    IF v_me IS NULL THEN
        RAISE EXCEPTION '账号 % 不是在职工作人员，不能记录', session_user {_REFUSE};
    END IF;
    SELECT * INTO v_case FROM public.cases WHERE id = NEW.case_id;
    IF TG_OP = 'INSERT' THEN
        -- Signed at acceptance, for an item the catalogue marks; the check comes later.
        SELECT * INTO v_item FROM public.items WHERE id = v_case.item_id;
        IF NOT coalesce(v_item.commitment_based, false)
           OR v_case.kind <> '{CaseKind.NEW.value}' THEN
            RAISE EXCEPTION '事项“%”不实行告知承诺制，不能登记告知承诺书', v_item.name {_CHECK};
        END IF;
        IF v_case.status <> '{CaseStatus.RECEIVED.value}' THEN
            RAISE EXCEPTION '告知承诺书须在受理时登记' {_CHECK};
        END IF;
        IF num_nonnulls(NEW.result, NEW.checker, NEW.checked_on, NEW.check_recorded_by_id,
                        NEW.check_recorded_at, NEW.revocation_case_id, NEW.check_due_on) > 0
           OR coalesce(NEW.findings, '') <> '' THEN
            RAISE EXCEPTION '核查结果不能在受理时登记' {_REFUSE};
        END IF;
        IF NEW.recorded_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION '不能以他人名义记录' {_REFUSE};
        END IF;
        NEW.recorded_at := public.desk_now();
        NEW.department_id := v_item.department_id;
        NEW.check_days := coalesce(v_item.commitment_check_days, {DEFAULT_CHECK_DAYS});
        RETURN NEW;
    END IF;
    IF {_row("NEW", _SIGNED)} IS DISTINCT FROM {_row("OLD", _SIGNED)} THEN
        RAISE EXCEPTION '告知承诺书登记后不能修改' {_REFUSE};
    END IF;
    IF OLD.result = {_FALSE} AND NEW.result IS DISTINCT FROM OLD.result THEN
        RAISE EXCEPTION '该承诺已核查为“不实”，不能再认定为“属实”' {_REFUSE};
    END IF;
    IF OLD.result IS NOT NULL AND ({_row("NEW", _CHECKED)}, NEW.check_due_on)
            IS DISTINCT FROM ({_row("OLD", _CHECKED)}, OLD.check_due_on) THEN
        RAISE EXCEPTION '核查结果已登记，不能更改' {_REFUSE};
    END IF;
    -- The check's clock: from the grant, counted by the server, once.
    IF NEW.check_due_on IS DISTINCT FROM OLD.check_due_on THEN
        IF OLD.check_due_on IS NOT NULL THEN
            RAISE EXCEPTION '核查期限由数据库按决定日计算，不能修改' {_REFUSE};
        END IF;
        IF v_case.status NOT IN ({_GRANTED}) OR v_case.decided_on IS NULL
           OR NOT EXISTS (SELECT 1 FROM public.case_events e
                          WHERE e.case_id = v_case.id AND e.action = 'approve') THEN
            RAISE EXCEPTION '办件 % 尚未准予许可，还没有核查任务', v_case.number {_CHECK};
        END IF;
        NEW.check_due_on := public.desk_add_working_days(v_case.decided_on, NEW.check_days);
    END IF;
    IF OLD.result IS NULL AND {_row("NEW", _CHECKED)} IS DISTINCT FROM {_row("OLD", _CHECKED)}
    THEN
        IF NOT public.desk_session_has('{Role.SUPERVISOR.value}') THEN
            RAISE EXCEPTION '只有督办人员可以登记告知承诺核查结果' {_REFUSE};
        END IF;
        IF NEW.result IS NULL OR NEW.checker IS NULL OR btrim(NEW.checker) = ''
           OR NEW.checked_on IS NULL THEN
            RAISE EXCEPTION '核查结果须一次登记完整：结论、核查人员和核查日期' {_CHECK};
        END IF;
        IF NEW.check_due_on IS NULL THEN
            RAISE EXCEPTION '办件 % 尚未准予许可，还没有核查任务', v_case.number {_CHECK};
        END IF;
        IF NEW.check_recorded_by_id IS DISTINCT FROM v_me THEN
            RAISE EXCEPTION '不能以他人名义记录' {_REFUSE};
        END IF;
        IF NEW.checked_on > public.desk_today() OR NEW.checked_on < v_case.decided_on THEN
            RAISE EXCEPTION '核查日期应在决定日 % 至今天之间', v_case.decided_on {_CHECK};
        END IF;
        NEW.check_recorded_at := public.desk_now();
        IF NEW.result = {_FALSE} THEN
            IF length(btrim(coalesce(NEW.findings, ''))) < 4 THEN
                RAISE EXCEPTION '核查不实的，须写明与承诺不符的事实' {_CHECK};
            END IF;
            -- 不实 leads to 撤销: the revocation case on the licence the commitment obtained.
            IF NOT EXISTS (
                SELECT 1 FROM public.cases r
                JOIN public.licences acted ON acted.id = r.licence_id
                JOIN public.licences mine ON mine.licence_no = acted.licence_no
                WHERE r.id = NEW.revocation_case_id AND r.kind = '{CaseKind.REVOCATION.value}'
                  AND mine.case_id = NEW.case_id) THEN
                RAISE EXCEPTION '核查不实的，须同时对其许可证立案撤销' {_CHECK};
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END $$
"""

# The supervision opens a case only to revoke a licence (a commitment found false, a 容缺
# promise overdue); the front desk (clerks) accepts every other. A trigger, not a policy on
# cases.kind: a policy naming the column would stop a downgrade dropping it.
REVOCATION_ONLY = (
    "督办人员只能立案撤销许可（告知承诺核查不实、容缺材料逾期未交），其他办件由窗口受理"
)
REVOCATION_INTAKE = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_revocation_intake() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    IF public.desk_is_trusted(session_user) OR public.desk_session_has('{Role.CLERK.value}')
       OR NEW.kind = '{CaseKind.REVOCATION.value}' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{REVOCATION_ONLY}' {_REFUSE};
END $$
"""

# Whether a case is a 撤销 (the supervision's checklist policy on case_materials asks).
CASE_IS_REVOCATION = f"""
CREATE OR REPLACE FUNCTION public.desk_case_is_revocation(p_case integer) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM public.cases WHERE id = p_case AND kind = '{CaseKind.REVOCATION.value}'
    );
END $$
"""

FUNCTIONS = {
    "desk_guard_commitments()": GUARD,
    "desk_guard_revocation_intake()": REVOCATION_INTAKE,
    "desk_case_is_revocation(integer)": CASE_IS_REVOCATION,
}
TRIGGERS = (
    ("cases", "desk_guard_revocation_intake", "BEFORE INSERT", "desk_guard_revocation_intake()"),
    (
        "commitments",
        "desk_guard_commitments",
        "BEFORE INSERT OR UPDATE OR DELETE",
        "desk_guard_commitments()",
    ),
)


def statements() -> list[str]:
    """The guards and their triggers, idempotently (replaced at every `db upgrade`)."""
    return row_trigger_statements(FUNCTIONS, TRIGGERS)
