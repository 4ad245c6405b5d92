"""The document register in the database: a registered document fits its case's status and
its issuer's role, by the rules of `desktop/domain/register.py` (built into the SQL below
at every upgrade); its number is its serial printed by the bureau's pattern; and every
serial drawn from a counter is registered in the same transaction, checked at commit.

Numbers come from `desk_next_serial` (workflow_sql.py), whose counter row stays locked
until commit: a transaction that draws a serial and commits without its document would
leave a gap, so a deferred constraint trigger refuses that commit. The DBA (trusted) is
exempt from the role check and the commit check, as from the other guards; never from
the status and the number.
"""

from __future__ import annotations

from desktop.data.security.guards_sql import PROMISE_OPEN_MESSAGE, promise_open
from desktop.data.security.identity_sql import SAFE_PATH
from desktop.domain.guards import Guard
from desktop.domain.item_kinds import DECISION_DOCUMENTS, LICENCE, ItemKind, outputs
from desktop.domain.register import (
    DEFAULT_NUMBER_PREFIX,
    ISSUE_RULES,
    NUMBER_MARKS,
    TICKET_SERIES,
    TICKET_WIDTH,
    standard_pattern,
)

PROFILE_KEY = "bureau_profile"  # services/bureau.py: the profile's row in `settings`
RESULT_NOTICE = "result_notice"  # registered in result_notices, not issued_documents


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _rule_case() -> str:
    """ISSUE_RULES as one CASE over the document type (domain.register.issue_allowed)."""
    whens = []
    for rule in ISSUE_RULES.values():
        if not rule.statuses:  # never a case's document (不予受理 comes before a case)
            whens.append(f"WHEN {_literal(rule.doc_type)} THEN false")
            continue
        statuses = ", ".join(_literal(s.value) for s in sorted(rule.statuses))
        roles = " OR ".join(
            f"public.desk_holds(p_staff, {_literal(r.value)})" for r in sorted(rule.roles)
        )
        own = " OR (p_handler IS NOT NULL AND p_handler = p_staff)" if rule.handler else ""
        whens.append(
            f"WHEN {_literal(rule.doc_type)} THEN p_status IN ({statuses})"
            f" AND (p_staff IS NULL OR {roles}{own})"
        )
    return "CASE p_doc_type " + " ".join(whens) + " ELSE false END"


ISSUE_ALLOWED = f"""
CREATE OR REPLACE FUNCTION public.desk_issue_allowed(
    p_doc_type text, p_status text, p_staff integer, p_handler integer
) RETURNS boolean
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
BEGIN
    -- domain/register.py's issue_allowed. NULL staff: the DBA acting as the system, which
    -- holds every role (the status still has to fit).
    RETURN {_rule_case()};
END $$
"""


def _kind_case() -> str:
    """item_kinds.kind_allows as SQL: the decision documents each kind may have."""
    whens = []
    for kind in ItemKind:
        always = sorted(set(outputs(kind, False, True) + outputs(kind, False, False)))
        with_licence = sorted(set(outputs(kind, True, True)) - set(always))
        allowed = " OR ".join(
            [f"p_doc_type IN ({', '.join(map(_literal, always))})"]
            + [f"(p_issues_licence AND p_doc_type = {_literal(c)})" for c in with_licence]
        )
        whens.append(f"WHEN {_literal(kind.value)} THEN {allowed}")
    decisions = ", ".join(map(_literal, sorted(DECISION_DOCUMENTS)))
    return f"p_doc_type NOT IN ({decisions}) OR coalesce(CASE p_kind {' '.join(whens)} END, false)"


_KIND_LABEL = (
    "(CASE v_item.kind "
    + " ".join(f"WHEN {_literal(k.value)} THEN {_literal(k.label)}" for k in ItemKind)
    + " ELSE v_item.kind END)"
)

KIND_ALLOWS = f"""
CREATE OR REPLACE FUNCTION public.desk_kind_allows(
    p_doc_type text, p_kind text, p_issues_licence boolean
) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE {SAFE_PATH} AS $$
BEGIN
    -- domain/item_kinds.py's kind_allows: a filing is never granted a licence, a licence is
    -- issued only where the catalogue says the item issues one.
    RETURN {_kind_case()};
END $$
"""

# Each type's standard pattern, as domain/register.py writes it.
_STANDARD = " ".join(
    f"WHEN {_literal(code)} THEN {_literal(standard_pattern(code))}" for code in NUMBER_MARKS
)

DOCUMENT_NUMBER = f"""
CREATE OR REPLACE FUNCTION public.desk_document_number(
    p_doc_type text, p_year integer, p_serial integer
) RETURNS text
LANGUAGE plpgsql STABLE {SAFE_PATH} AS $$
DECLARE
    v_profile jsonb := (SELECT value::jsonb FROM public.settings WHERE key = '{PROFILE_KEY}');
    v_pattern text;
    v_token text;
    v_spec text[];
    v_serial text := p_serial::text;
BEGIN
    -- services/documents/numbering.py's document_number: the type's pattern in the bureau
    -- profile, or its standard one; the serial padded as {{serial:04d}} says (the profile
    -- allows nothing else, services/bureau.py check_pattern).
    v_pattern := nullif(btrim(v_profile -> 'number_patterns' ->> p_doc_type), '');
    IF v_pattern IS NULL THEN
        v_pattern := CASE p_doc_type {_STANDARD} END;
    END IF;
    v_token := (regexp_match(v_pattern, '\\{{serial[^}}]*\\}}'))[1];
    v_spec := regexp_match(v_token, '^\\{{serial(?::(0?)([1-9]?)d?)?\\}}$');
    IF v_spec IS NULL OR v_pattern IS NULL THEN
        RETURN NULL;
    END IF;
    IF coalesce(v_spec[2], '') <> '' AND length(v_serial) < v_spec[2]::integer THEN
        v_serial := lpad(v_serial, v_spec[2]::integer,
                         CASE WHEN v_spec[1] = '0' THEN '0' ELSE ' ' END);
    END IF;
    RETURN replace(replace(replace(v_pattern, v_token, v_serial), '{{year}}', p_year::text),
                   '{{prefix}}', coalesce(v_profile ->> 'number_prefix',
                                          {_literal(DEFAULT_NUMBER_PREFIX)}));
END $$
"""

GUARD_ISSUE = f"""
CREATE OR REPLACE FUNCTION public.desk_guard_issue() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_trusted boolean := public.desk_is_trusted(session_user);
    v_case public.cases;
    v_item public.items;
BEGIN
    -- Errors name neither the case nor its status: the caller may not see the case (row
    -- security checks the new row only after this trigger).
    IF NEW.case_id IS NOT NULL THEN
        -- Held until commit: the case keeps the status the document was registered in.
        SELECT * INTO v_case FROM public.cases WHERE id = NEW.case_id FOR SHARE;
    END IF;
    IF v_case.id IS NULL THEN
        RAISE EXCEPTION '发文登记中的文书必须属于一个办件' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_item FROM public.items WHERE id = v_case.item_id;
    IF NOT public.desk_kind_allows(NEW.doc_type, v_item.kind, v_item.issues_licence) THEN
        RAISE EXCEPTION '“%”事项不能登记“%”类文书', {_KIND_LABEL}, NEW.doc_type
            USING ERRCODE = 'check_violation';
    END IF;
    IF NOT public.desk_issue_allowed(
            NEW.doc_type, v_case.status,
            CASE WHEN v_trusted THEN NULL ELSE public.desk_staff_id() END, v_case.handler_id)
    THEN
        RAISE EXCEPTION '该办件现在不能由您登记“%”类文书', NEW.doc_type
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- 容缺受理: no licence while a promised material is out (guards_sql.py, as the move),
    -- told only to someone who may issue it.
    IF NEW.doc_type = {_literal(LICENCE)} AND {promise_open("v_case.id")} THEN
        RAISE EXCEPTION {_literal(PROMISE_OPEN_MESSAGE)}
            USING ERRCODE = 'check_violation', HINT = {_literal(Guard.PROMISES_KEPT.value)};
    END IF;
    IF NEW.number IS DISTINCT FROM public.desk_document_number(NEW.doc_type, NEW.year, NEW.serial)
    THEN
        RAISE EXCEPTION '文号 % 不是按本局文号格式由第 % 号印出的', NEW.number, NEW.serial
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

COUNTER_CARRIES_DOCUMENT = f"""
CREATE OR REPLACE FUNCTION public.desk_counter_carries_document() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_serial text := NEW.last_serial::text;
    v_found boolean;
BEGIN
    -- At commit: the serial this increment handed out is registered, in the register of
    -- its series (documents of cases, result notices, hotline tickets).
    IF public.desk_is_trusted(session_user) THEN
        RETURN NULL;
    END IF;
    v_found := CASE NEW.doc_type
        WHEN '{TICKET_SERIES}' THEN EXISTS (
            SELECT 1 FROM public.tickets
            WHERE number = 'RX' || NEW.year
                           || lpad(v_serial, greatest({TICKET_WIDTH}, length(v_serial)), '0'))
        WHEN '{RESULT_NOTICE}' THEN EXISTS (
            SELECT 1 FROM public.result_notices
            WHERE number = public.desk_document_number(NEW.doc_type, NEW.year, NEW.last_serial))
        ELSE EXISTS (
            SELECT 1 FROM public.issued_documents
            WHERE doc_type = NEW.doc_type AND year = NEW.year AND serial = NEW.last_serial)
    END;
    IF v_found THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION '取出的文号（%，% 年第 % 号）没有登记文书：取号与登记须在同一事务中完成',
        NEW.doc_type, NEW.year, NEW.last_serial USING ERRCODE = 'integrity_constraint_violation';
END $$
"""

FUNCTIONS = {
    "desk_issue_allowed(text, text, integer, integer)": ISSUE_ALLOWED,
    "desk_kind_allows(text, text, boolean)": KIND_ALLOWS,
    "desk_document_number(text, integer, integer)": DOCUMENT_NUMBER,
    "desk_guard_issue()": GUARD_ISSUE,
    "desk_counter_carries_document()": COUNTER_CARRIES_DOCUMENT,
}
# Run with the workflow role's rights: they read cases, settings and the registers whole.
DEFINER_FUNCTIONS = ("desk_guard_issue()", "desk_counter_carries_document()")


def statements() -> list[str]:
    return [
        *FUNCTIONS.values(),
        "DROP TRIGGER IF EXISTS desk_guard_issue ON public.issued_documents",
        "CREATE TRIGGER desk_guard_issue BEFORE INSERT ON public.issued_documents "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_guard_issue()",
        "DROP TRIGGER IF EXISTS desk_counter_carries_document ON public.number_counters",
        "CREATE CONSTRAINT TRIGGER desk_counter_carries_document "
        "AFTER INSERT OR UPDATE ON public.number_counters DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_counter_carries_document()",
    ]
