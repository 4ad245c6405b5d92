"""The licence register in the database: nobody writes `licences` but the guarded function
the decision path calls as it registers a licence, 注销 or 撤销 document
(`desk_licence_record`), which reads everything it writes from the registered document,
its case and the approved proposal; a case acting on a licence names a version still in
force, a renewal at least thirty days before its end (ALL art. 50); and a case's documents
fit its kind. Built from `desktop/domain/licence_life.py` at every upgrade.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.licence_life import (
    LIFE_DOCUMENTS,
    LIFE_RULES,
    RENEWAL_NOTICE_DAYS,
    CaseKind,
    LicenceStatus,
)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _case(expression: str, pairs: dict[str, str], default: str = "NULL") -> str:
    whens = " ".join(f"WHEN {_literal(k)} THEN {v}" for k, v in pairs.items())
    return f"(CASE {expression} {whens} ELSE {default} END)"


def _flag(attribute: str) -> str:
    return _case(
        "v_case.kind",
        {k.value: "true" if getattr(r, attribute) else "false" for k, r in LIFE_RULES.items()},
        "false",
    )


_OLD_STATUS = _case(
    "v_case.kind",
    {k.value: _literal(r.old_status.value) for k, r in LIFE_RULES.items() if r.old_status},
)
_REGISTER_DOCUMENT = _case(
    "v_case.kind", {k.value: _literal(r.register_document) for k, r in LIFE_RULES.items()}
)
_KIND_LABEL = _case("v_case.kind", {k.value: _literal(k.label) for k in CaseKind}, "v_case.kind")
_STATUS_LABEL = _case(
    "v_old.status", {s.value: _literal(s.label) for s in LicenceStatus}, "v_old.status"
)
VALID = _literal(LicenceStatus.VALID.value)
VOID_STATUS = _literal(LicenceStatus.VOID.value)
RENEWAL = _literal(CaseKind.RENEWAL.value)
NEW = _literal(CaseKind.NEW.value)
REVOCATION = _literal(CaseKind.REVOCATION.value)

VALID_UNTIL = f"""
CREATE OR REPLACE FUNCTION public.desk_valid_until(p_from date, p_years integer)
RETURNS date LANGUAGE plpgsql IMMUTABLE {SAFE_PATH} AS $$
DECLARE
    v_anniversary date;
BEGIN
    -- domain/item_kinds.py's valid_until: the day before the same date p_years on; from
    -- 29 February to 28 February (PostgreSQL's year interval would stop a day short).
    IF p_years IS NULL THEN
        RETURN NULL;
    END IF;
    v_anniversary := (p_from + make_interval(years => p_years))::date;
    IF to_char(p_from, 'MM-DD') = '02-29' AND to_char(v_anniversary, 'MM-DD') = '02-28' THEN
        v_anniversary := v_anniversary + 1;
    END IF;
    RETURN v_anniversary - 1;
END $$
"""

RECORD = f"""
CREATE OR REPLACE FUNCTION public.desk_licence_record(p_document_id integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_trusted boolean := public.desk_is_trusted(session_user);
    v_doc public.issued_documents;
    v_case public.cases;
    v_item public.items;
    v_old public.licences;
    v_proposal jsonb;
    v_from date;
    v_to date;
    v_years integer;
    v_id integer;
    v_no text;
    v_version integer;
BEGIN
    -- services/documents/licence_register.py's record_licence, by domain/licence_life.py's
    -- LIFE_RULES: the register follows the document the caller has just registered.
    SELECT * INTO v_doc FROM public.issued_documents WHERE id = p_document_id AND NOT void;
    IF v_doc.id IS NULL OR (NOT v_trusted AND v_doc.issued_by_id IS DISTINCT FROM
                                               public.desk_staff_id()) THEN
        RAISE EXCEPTION '许可证登记只跟随您本人刚登记的文书'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO v_case FROM public.cases WHERE id = v_doc.case_id FOR UPDATE;
    IF v_doc.doc_type IS DISTINCT FROM {_REGISTER_DOCUMENT} THEN
        RAISE EXCEPTION '“%”办件的许可证登记不跟随“%”类文书', {_KIND_LABEL}, v_doc.doc_type
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_case.decided_on IS NULL OR v_case.status NOT IN ('approved', 'certificate_issued',
                                                          'delivered') THEN
        RAISE EXCEPTION '办件尚未准予，不能登记许可证' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM public.licences WHERE document_id = p_document_id
               OR ended_by_document_id = p_document_id) THEN
        RAISE EXCEPTION '文书 % 已登记在许可证登记簿中', v_doc.number
            USING ERRCODE = 'unique_violation';
    END IF;
    SELECT data INTO v_proposal FROM public.case_events
        WHERE case_id = v_case.id AND action = 'propose' ORDER BY id DESC LIMIT 1;
    IF v_case.licence_id IS NOT NULL THEN
        SELECT * INTO v_old FROM public.licences WHERE id = v_case.licence_id FOR UPDATE;
        IF v_old.status <> {VALID} THEN
            RAISE EXCEPTION '许可证 % 现为“%”，不能再%', v_old.licence_no, {_STATUS_LABEL},
                {_KIND_LABEL} USING ERRCODE = 'check_violation';
        END IF;
        UPDATE public.licences
            SET status = {_OLD_STATUS}, ended_on = v_case.decided_on,
                ended_by_case_id = v_case.id, ended_by_document_id = v_doc.id
            WHERE id = v_old.id;
        v_id := v_old.id;
    END IF;
    IF {_flag("new_version")} THEN
        SELECT * INTO v_item FROM public.items WHERE id = coalesce(v_old.item_id, v_case.item_id);
        v_years := v_item.validity_years;
        IF v_case.kind = {RENEWAL} AND v_old.valid_to IS NOT NULL THEN
            v_from := v_old.valid_to + 1;
            v_to := public.desk_valid_until(v_from, v_years);
        ELSIF v_old.id IS NOT NULL AND v_case.kind <> {RENEWAL} THEN
            v_from := v_old.valid_from;
            v_to := v_old.valid_to;
        ELSE
            v_from := v_case.decided_on;
            v_to := public.desk_valid_until(v_from, v_years);
        END IF;
        -- A licence re-issued after its document was voided keeps its number: the next
        -- version of the licence, not a second licence.
        v_no := coalesce(v_old.licence_no,
                         (SELECT licence_no FROM public.licences
                          WHERE case_id = v_case.id AND status = {VOID_STATUS}
                          ORDER BY version DESC LIMIT 1),
                         v_doc.number);
        SELECT coalesce(max(version), 0) + 1 INTO v_version FROM public.licences
            WHERE licence_no = v_no;
        INSERT INTO public.licences (licence_no, version, document_id, document_number, case_id,
                                     item_id, holder_id, valid_from, valid_to, conditions, scope,
                                     status, recorded_at)
        VALUES (v_no, v_version,
                v_doc.id, v_doc.number, v_case.id, coalesce(v_old.item_id, v_case.item_id),
                v_case.applicant_id, v_from, v_to,
                coalesce(nullif(v_proposal -> 'conditions', '[]'::jsonb), v_old.conditions),
                coalesce(nullif(v_proposal ->> 'scope', ''), v_old.scope),
                {VALID}, now())
        RETURNING id INTO v_id;
    END IF;
    RETURN v_id;
END $$
"""

GUARD_CASE_LICENCE = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_case_licence() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_old public.licences;
    v_item public.items;
BEGIN
    -- domain/licence_life.py's check_act, at acceptance: the version acted on is in force
    -- on the day of the application, and a renewal comes thirty days before its end; and
    -- its check_item: the case's item is the licence's item's variant for the act (撤销:
    -- the licence's own item).
    IF NEW.kind = {NEW} OR public.desk_is_trusted(session_user) THEN
        RETURN NEW;
    END IF;
    SELECT * INTO v_old FROM public.licences WHERE id = NEW.licence_id;
    IF v_old.status IS DISTINCT FROM {VALID}
       OR (v_old.valid_to IS NOT NULL AND v_old.valid_to < NEW.accepted_on) THEN
        RAISE EXCEPTION '许可证 % 已不在有效期内或已变更、注销，不能申请%', v_old.licence_no,
            {_KIND_LABEL.replace("v_case", "NEW")} USING ERRCODE = 'check_violation';
    END IF;
    IF v_old.holder_id <> NEW.applicant_id THEN
        RAISE EXCEPTION '许可证 % 的持证人不是本件申请人', v_old.licence_no
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_item FROM public.items WHERE id = NEW.item_id;
    IF NEW.kind = {REVOCATION} THEN
        IF v_item.id IS DISTINCT FROM v_old.item_id THEN
            RAISE EXCEPTION '撤销许可证 % 须在其准予许可的事项下办理，不能在“%”下办理',
                v_old.licence_no, v_item.name USING ERRCODE = 'check_violation';
        END IF;
    ELSIF v_item.case_kind IS DISTINCT FROM NEW.kind
          OR v_item.base_item_id IS DISTINCT FROM v_old.item_id THEN
        RAISE EXCEPTION '“%”不是许可证 % 所属事项的%事项', v_item.name, v_old.licence_no,
            {_KIND_LABEL.replace("v_case", "NEW")} USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind = {RENEWAL} AND (v_old.valid_to IS NULL
            OR NEW.accepted_on > v_old.valid_to - {RENEWAL_NOTICE_DAYS}) THEN
        RAISE EXCEPTION '许可证 % 有效期至 %，延续申请应在有效期届满三十日前提出',
            v_old.licence_no, v_old.valid_to USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

_LIFE_CASE = " ".join(
    f"WHEN {_literal(doc)} THEN p_kind IN ({', '.join(_literal(k.value) for k in sorted(kinds))})"
    for doc, kinds in LIFE_DOCUMENTS.items()
)
GUARD_LIFE_DOCUMENT = f"""
CREATE OR REPLACE FUNCTION public.desk_life_allows(p_doc_type text, p_kind text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE {SAFE_PATH} AS $$
BEGIN
    -- domain/licence_life.py's life_allows: a cancellation issues no licence, a new
    -- licence no 注销 decision.
    RETURN CASE p_doc_type {_LIFE_CASE} ELSE true END;
END $$
"""

GUARD_DOCUMENT_KIND = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_life_document() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_case public.cases;
BEGIN
    SELECT * INTO v_case FROM public.cases WHERE id = NEW.case_id;
    IF v_case.id IS NOT NULL AND NOT public.desk_life_allows(NEW.doc_type, v_case.kind) THEN
        RAISE EXCEPTION '“%”办件不能登记“%”类文书', {_KIND_LABEL}, NEW.doc_type
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

VOID = f"""
CREATE OR REPLACE FUNCTION public.desk_licence_void() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    -- services/documents/licence_register.py's void_in_register: a voided document never
    -- took effect. The version it made reads 已作废 (ended by that document); the version
    -- its act ended is in force again, for the document issued in its place to act on.
    UPDATE public.licences
        SET status = {VOID_STATUS}, ended_on = public.desk_today(),
            ended_by_case_id = case_id, ended_by_document_id = NEW.id
        WHERE document_id = NEW.id AND status <> {VOID_STATUS};
    UPDATE public.licences
        SET status = {VALID}, ended_on = NULL, ended_by_case_id = NULL,
            ended_by_document_id = NULL
        WHERE ended_by_document_id = NEW.id AND document_id IS DISTINCT FROM NEW.id;
    RETURN NEW;
END $$
"""

RECORD_SIGNATURE = "desk_licence_record(integer)"
FUNCTIONS = {
    "desk_valid_until(date, integer)": VALID_UNTIL,
    RECORD_SIGNATURE: RECORD,
    "desk_guard_case_licence()": GUARD_CASE_LICENCE,
    "desk_life_allows(text, text)": GUARD_LIFE_DOCUMENT,
    "desk_guard_life_document()": GUARD_DOCUMENT_KIND,
    "desk_licence_void()": VOID,
}
DEFINER_FUNCTIONS = (
    RECORD_SIGNATURE,
    "desk_guard_case_licence()",
    "desk_guard_life_document()",
    "desk_licence_void()",
)


def statements() -> list[str]:
    return [
        *FUNCTIONS.values(),
        "DROP TRIGGER IF EXISTS desk_guard_case_licence ON public.cases",
        "CREATE TRIGGER desk_guard_case_licence BEFORE INSERT OR UPDATE OF kind, licence_id, "
        "item_id ON public.cases FOR EACH ROW EXECUTE FUNCTION public.desk_guard_case_licence()",
        "DROP TRIGGER IF EXISTS desk_guard_life_document ON public.issued_documents",
        "CREATE TRIGGER desk_guard_life_document BEFORE INSERT ON public.issued_documents "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_guard_life_document()",
        "DROP TRIGGER IF EXISTS desk_licence_void ON public.issued_documents",
        "CREATE TRIGGER desk_licence_void AFTER UPDATE OF void ON public.issued_documents "
        "FOR EACH ROW WHEN (NEW.void AND NOT OLD.void) "
        "EXECUTE FUNCTION public.desk_licence_void()",
    ]
