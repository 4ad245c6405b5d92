"""The audit trail in the database: triggers record every change to the guarded tables
(who by `session_user`, when, what, old and new), one trigger chains every row of the
append-only `audit_log` by SHA-256, and nobody may update, delete or truncate it.

Chain format "v2" (`desktop.services.audit_chain` checks it): SHA-256, as hex, of the
fields prev_hash, time, actor, action, entity, entity_id, old, new, each written as
`<length in bytes>:<text>` (or `-` when NULL) and concatenated. The time is the number of
microseconds since 1970-01-01 UTC; old and new are the stored JSON as PostgreSQL prints it.
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH

AUDIT_CHAIN_LOCK = 0x41554454  # "AUDT": the advisory lock that orders the chain

# table -> (key column, columns left out of the record: large or secret)
AUDITED_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "cases": ("id", ()),
    "issued_documents": ("id", ("pdf",)),  # its content_sha256 is recorded instead
    "inspections": ("id", ()),
    "staff_users": ("id", ("password_hash",)),
    "staff_roles": ("user_id", ()),
    "settings": ("key", ()),
}

FIELD = f"""
CREATE OR REPLACE FUNCTION public.desk_chain_field(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE {SAFE_PATH} AS $$
    SELECT CASE WHEN p_text IS NULL THEN '-' ELSE octet_length(p_text) || ':' || p_text END
$$
"""

CHAIN = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    -- One link at a time: the lock is held until commit, so the id taken under it orders
    -- the chain exactly as the rows become visible.
    PERFORM pg_advisory_xact_lock({AUDIT_CHAIN_LOCK});
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        -- An older snapshot would not see the link committed just before the lock.
        RAISE EXCEPTION '审计记录只能在 READ COMMITTED 事务中写入'
            USING ERRCODE = 'serialization_failure';
    END IF;
    NEW.id := nextval(pg_get_serial_sequence('public.audit_log', 'id'));
    NEW.at := date_trunc('microseconds', clock_timestamp());
    -- Who: always the login of the session; a DBA acting for a user names them too.
    NEW.actor := left(CASE WHEN NEW.actor IS NULL OR NEW.actor = session_user
                           THEN session_user
                           ELSE session_user || ' for ' || NEW.actor END, 64);
    NEW.prev_hash := (SELECT hash FROM public.audit_log ORDER BY id DESC LIMIT 1);
    NEW.hash := encode(sha256(convert_to(
        public.desk_chain_field(NEW.prev_hash)
        || public.desk_chain_field((extract(epoch FROM NEW.at) * 1000000)::bigint::text)
        || public.desk_chain_field(NEW.actor)
        || public.desk_chain_field(NEW.action)
        || public.desk_chain_field(NEW.entity)
        || public.desk_chain_field(NEW.entity_id)
        || public.desk_chain_field(NEW.old::text)
        || public.desk_chain_field(NEW.new::text), 'UTF8')), 'hex');
    RETURN NEW;
END $$
"""

APPEND_ONLY = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_append_only() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    RAISE EXCEPTION '审计记录只能追加，不能修改、删除或清空'
        USING ERRCODE = 'insufficient_privilege';
END $$
"""

# Row changes are recorded at commit (deferred): the chain lock is then held only for
# the last moments of a transaction, not through all of its work.
RECORD_CHANGE = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_skip text[] := TG_ARGV[1:];
    v_old jsonb;
    v_new jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD) - v_skip; END IF;
    IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW) - v_skip; END IF;
    IF TG_OP = 'UPDATE' THEN  -- only what changed
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, v_new -> o.key)
            INTO v_old, v_new
            FROM jsonb_each(v_old) AS o WHERE o.value IS DISTINCT FROM v_new -> o.key;
        IF v_old IS NULL THEN RETURN NULL; END IF;
    END IF;
    INSERT INTO public.audit_log (action, entity, entity_id, old, new)
        VALUES (lower(TG_OP), TG_TABLE_NAME,
                coalesce(to_jsonb(NEW), to_jsonb(OLD)) ->> TG_ARGV[0], v_old, v_new);
    RETURN NULL;
END $$
"""

# New rows are recorded per statement, so a bulk load writes its audit rows in one go.
RECORD_INSERTS = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    INSERT INTO public.audit_log (action, entity, entity_id, new)
        SELECT 'insert', TG_TABLE_NAME, to_jsonb(n) ->> TG_ARGV[0], to_jsonb(n) - TG_ARGV[1:]
        FROM new_rows AS n;
    RETURN NULL;
END $$
"""

FUNCTIONS = {
    "desk_chain_field(text)": FIELD,
    "desk_audit_chain()": CHAIN,
    "desk_audit_append_only()": APPEND_ONLY,
    "desk_audit_change()": RECORD_CHANGE,
    "desk_audit_inserts()": RECORD_INSERTS,
}
# Owned by the auditor role, the only role that may write whole audit rows.
DEFINER_FUNCTIONS = ("desk_audit_chain()", "desk_audit_change()", "desk_audit_inserts()")


def _arguments(table: str) -> str:
    key, skipped = AUDITED_TABLES[table]
    return ", ".join(f"'{name}'" for name in (key, *skipped))


def statements() -> list[str]:
    sql = list(FUNCTIONS.values())
    # The chain numbers rows under its lock; a default would hand out ids out of order.
    sql.append("ALTER TABLE public.audit_log ALTER COLUMN id DROP DEFAULT")
    sql += [
        "DROP TRIGGER IF EXISTS desk_audit_chain ON public.audit_log",
        "CREATE TRIGGER desk_audit_chain BEFORE INSERT ON public.audit_log "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_audit_chain()",
        "DROP TRIGGER IF EXISTS desk_audit_append_only ON public.audit_log",
        "CREATE TRIGGER desk_audit_append_only BEFORE UPDATE OR DELETE ON public.audit_log "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_audit_append_only()",
        "DROP TRIGGER IF EXISTS desk_audit_no_truncate ON public.audit_log",
        "CREATE TRIGGER desk_audit_no_truncate BEFORE TRUNCATE ON public.audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION public.desk_audit_append_only()",
    ]
    for table in AUDITED_TABLES:
        arguments = _arguments(table)
        sql += [
            f"DROP TRIGGER IF EXISTS desk_audit_inserts ON public.{table}",
            f"CREATE TRIGGER desk_audit_inserts AFTER INSERT ON public.{table} "
            "REFERENCING NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION public.desk_audit_inserts({arguments})",
            f"DROP TRIGGER IF EXISTS desk_audit_changes ON public.{table}",
            f"CREATE CONSTRAINT TRIGGER desk_audit_changes AFTER UPDATE OR DELETE "
            f"ON public.{table} DEFERRABLE INITIALLY DEFERRED "
            f"FOR EACH ROW EXECUTE FUNCTION public.desk_audit_change({arguments})",
        ]
    return sql
