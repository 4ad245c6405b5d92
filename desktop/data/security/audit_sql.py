"""The audit trail in the database: triggers record every change to the guarded tables
(who by `session_user`, when, what, old and new) in the append-only `audit_log`, which
nobody may update, delete or truncate; at commit every new row is sealed into one SHA-256
chain (`chain_seq` orders it), whichever source wrote it (these triggers or the services).

Chain format "v2" (`desktop.services.audit_chain` checks it): SHA-256, as hex, of the
fields prev_hash, time, actor, action, entity, entity_id, old, new, each written as
`<length in bytes>:<text>` (or `-` when NULL) and concatenated. The time is the number of
microseconds since 1970-01-01 UTC; old and new are the stored JSON as PostgreSQL prints it.

Sealing at commit keeps the chain's lock off the network: it is taken and released within
the server's commit, never while a client is still working (or waiting for its CPU).
"""

from __future__ import annotations

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import AUDITOR
from desktop.data.security.recount_sql import quiet_when
from desktop.domain.workflow import Action

# Updates left out of the per-row record: a calendar edit's recount of every open case's
# derived dates, recorded instead by one entry of its own (recount_sql.desk_recount_now).
QUIET_UPDATES = {"cases": quiet_when()}

# The row whose lock orders the chain. Not an advisory lock: any session may take any
# advisory key, so a login holding it would stall every audited commit; this row only the
# auditor role may lock (no login holds a privilege on its table, grants.py).
CHAIN_LOCK_TABLE = "audit_chain_lock"

# table -> (key column, columns left out of the record: large or secret). Every table with
# legal or supervisory meaning; the rest are in NOT_AUDITED, with the reason (a test holds
# every table of the models to one or the other).
AUDITED_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Cases and their history
    "cases": ("id", ()),
    "case_events": ("id", ()),
    "case_materials": ("id", ()),
    "clock_pauses": ("id", ()),
    "applicants": ("id", ()),
    "issued_documents": ("id", ("pdf",)),  # its content_sha256 is recorded instead
    "licences": ("id", ()),
    "projects": ("id", ()),
    "commitments": ("id", ()),
    "case_deliveries": ("id", ("signer_id_number",)),  # the service's entry has it masked
    "case_promises": ("id", ()),
    "case_promise_receipts": ("id", ()),
    # Inspections, their teams and draws (the snapshots are recorded by their hashes)
    "inspections": ("id", ()),
    "inspection_members": ("inspection_id", ()),
    "inspection_draws": ("id", ("snapshot",)),
    "inspection_draw_log": ("id", ("snapshot",)),
    "inspection_draw_witnesses": ("draw_id", ()),
    "inspectors": ("id", ()),
    "inspector_specialties": ("inspector_id", ()),
    "inspector_unavailability": ("id", ()),
    "recusal_ties": ("id", ()),
    # The on-site record (files by their SHA-256, which the row keeps beside the content)
    "inspection_records": ("inspection_id", ()),
    "inspection_findings": ("id", ()),
    "inspection_files": ("id", ("content",)),
    # Supervision
    "case_urges": ("id", ()),
    "tickets": ("id", ()),
    "ticket_events": ("id", ()),
    "ratings": ("id", ()),
    "rating_follow_ups": ("id", ()),
    "result_notices": ("id", ()),
    "result_notice_cases": ("notice_id", ()),
    # People, the catalogue, the calendar, settings
    "staff_users": ("id", ("password_hash",)),
    "staff_roles": ("user_id", ()),
    "departments": ("id", ()),
    "specialties": ("id", ()),
    "items": ("id", ()),
    "item_materials": ("id", ()),
    "item_specialties": ("item_id", ()),
    "item_check_points": ("id", ()),
    "calendar_years": ("year", ()),
    "calendar_days": ("day", ()),
    "settings": ("key", ()),
}
NOT_AUDITED: dict[str, str] = {
    "audit_log": "the audit trail itself: append-only and hash-chained",
    "case_tallies": "counts derived from cases by triggers; recounted from the audited cases",
    "case_month_tallies": "counts derived from cases and the calendar by triggers",
    "calendar_versions": "stamps of calendar edits, each recorded with its recount's entry",
    "number_counters": "moved only by desk_next_serial; each serial is on its audited document",
    "transition_rules": "copied from the workflow's code at every upgrade",
    "idempotency_keys": "replay keys of committed actions, private to their login",
    "audit_chain_lock": "one row, locked while the chain is sealed; never changed",
    "pool_lock": "one row, locked while the inspector pool or the plan changes; never changed",
    "inspection_draw_secrets": "a draw's secret must not be copied anywhere before its reveal;"
    " its commitment is audited with the draw, the secret with the draw's result",
}

STAMP = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_stamp() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    -- When and who are the database's to say: the server's clock, the session's login (a
    -- DBA acting for a user names them too). The chain is sealed at commit.
    NEW.at := date_trunc('microseconds', clock_timestamp());
    NEW.actor := left(CASE WHEN NEW.actor IS NULL OR NEW.actor = session_user
                           THEN session_user
                           ELSE session_user || ' for ' || NEW.actor END, 64);
    NEW.chain_seq := NULL;
    NEW.prev_hash := NULL;
    NEW.hash := NULL;
    RETURN NEW;
END $$
"""

SEAL = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
DECLARE
    v_last public.audit_log;
    v_row public.audit_log;
BEGIN
    -- At commit, one transaction at a time (the lock lasts until the commit is done, all
    -- on the server): each new row gets the next place in the chain and its hash, so the
    -- chain follows the order in which rows become visible. The first row's turn seals
    -- every row this transaction has written so far, in the order written (a committed row
    -- is always sealed, so the unsealed rows this transaction sees are its own); the later
    -- rows' turns find theirs sealed and leave at once.
    PERFORM 1 FROM public.audit_log WHERE id = NEW.id AND chain_seq IS NULL;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM public.{CHAIN_LOCK_TABLE} WHERE id = 1 FOR UPDATE;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        -- An older snapshot would not see the link committed just before the lock.
        RAISE EXCEPTION '审计记录只能在 READ COMMITTED 事务中写入'
            USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT * INTO v_last FROM public.audit_log
        WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
    -- As inserted (and stamped); nothing but this seal changes them.
    FOR v_row IN SELECT * FROM public.audit_log WHERE chain_seq IS NULL ORDER BY id LOOP
        v_row.chain_seq := coalesce(v_last.chain_seq, 0) + 1;
        v_row.prev_hash := v_last.hash;
        -- Each field as `<length in bytes>:<text>` or `-`, inline: this runs in every
        -- commit's turn at the chain, where a function call with its own search_path costs.
        SELECT encode(sha256(convert_to(string_agg(
                   CASE WHEN f IS NULL THEN '-' ELSE octet_length(f) || ':' || f END, ''
                   ORDER BY n), 'UTF8')), 'hex')
            INTO v_row.hash
            FROM unnest(ARRAY[v_row.prev_hash,
                              (extract(epoch FROM v_row.at) * 1000000)::bigint::text,
                              v_row.actor, v_row.action, v_row.entity, v_row.entity_id,
                              v_row.old::text, v_row.new::text]) WITH ORDINALITY AS t(f, n);
        UPDATE public.audit_log
            SET chain_seq = v_row.chain_seq, prev_hash = v_row.prev_hash, hash = v_row.hash
            WHERE id = v_row.id;
        v_last := v_row;
    END LOOP;
    RETURN NULL;
END $$
"""

APPEND_ONLY = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_append_only() RETURNS trigger
LANGUAGE plpgsql {SAFE_PATH} AS $$
BEGIN
    -- The one change ever made to a row: its seal, once, by the sealing function.
    IF TG_OP = 'UPDATE' AND current_user = '{AUDITOR}' AND OLD.hash IS NULL
       AND (NEW.id, NEW.at, NEW.actor, NEW.action, NEW.entity, NEW.entity_id,
            NEW.old::text, NEW.new::text)
           IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor, OLD.action, OLD.entity,
                                 OLD.entity_id, OLD.old::text, OLD.new::text) THEN
        RETURN NEW;
    END IF;
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

# New rows are recorded per statement, so a bulk load writes its audit rows in one go. A
# claim's history event is the one left out: only the workflow function writes a transition
# (the policies refuse it to every login), and a claim's (no reason, no data) says nothing
# the audited change of its case does not (status from and to, who, when), recorded in the
# same commit; every claim would otherwise pay for a third link of the chain.
_CLAIM = Action.CLAIM.value
RECORD_INSERTS = f"""
CREATE OR REPLACE FUNCTION public.desk_audit_inserts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    INSERT INTO public.audit_log (action, entity, entity_id, new)
        SELECT 'insert', TG_TABLE_NAME, to_jsonb(n) ->> TG_ARGV[0], to_jsonb(n) - TG_ARGV[1:]
        FROM new_rows AS n
        WHERE NOT (TG_TABLE_NAME = 'case_events' AND to_jsonb(n) ->> 'action' = '{_CLAIM}'
                   AND to_jsonb(n) ->> 'reason' IS NULL AND to_jsonb(n) ->> 'data' IS NULL);
    RETURN NULL;
END $$
"""

FUNCTIONS = {
    "desk_audit_stamp()": STAMP,
    "desk_audit_seal()": SEAL,
    "desk_audit_append_only()": APPEND_ONLY,
    "desk_audit_change()": RECORD_CHANGE,
    "desk_audit_inserts()": RECORD_INSERTS,
}
# Owned by the auditor role, the only role that may write whole audit rows.
DEFINER_FUNCTIONS = ("desk_audit_seal()", "desk_audit_change()", "desk_audit_inserts()")


def _arguments(table: str) -> str:
    key, skipped = AUDITED_TABLES[table]
    return ", ".join(f"'{name}'" for name in (key, *skipped))


def statements() -> list[str]:
    sql = list(FUNCTIONS.values())
    sql.append(f"INSERT INTO public.{CHAIN_LOCK_TABLE} (id) VALUES (1) ON CONFLICT DO NOTHING")
    sql.append("DROP FUNCTION IF EXISTS public.desk_chain_field(text)")  # inlined in the seal
    sql += [
        "DROP TRIGGER IF EXISTS desk_audit_stamp ON public.audit_log",
        "CREATE TRIGGER desk_audit_stamp BEFORE INSERT ON public.audit_log "
        "FOR EACH ROW EXECUTE FUNCTION public.desk_audit_stamp()",
        "DROP TRIGGER IF EXISTS desk_audit_seal ON public.audit_log",
        "CREATE CONSTRAINT TRIGGER desk_audit_seal AFTER INSERT ON public.audit_log "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.desk_audit_seal()",
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
            f"DROP TRIGGER IF EXISTS desk_audit_deletes ON public.{table}",
        ]
        changes = ("UPDATE OR DELETE", "")
        if table in QUIET_UPDATES:  # (a WHEN that reads NEW cannot watch deletes)
            changes = ("UPDATE", f" WHEN ({QUIET_UPDATES[table]})")
            sql.append(_change_trigger("desk_audit_deletes", "DELETE", table, "", arguments))
        sql.append(
            _change_trigger("desk_audit_changes", *changes[:1], table, changes[1], arguments)
        )
    return sql


def _change_trigger(name: str, event: str, table: str, when: str, arguments: str) -> str:
    return (
        f"CREATE CONSTRAINT TRIGGER {name} AFTER {event} "
        f"ON public.{table} DEFERRABLE INITIALLY DEFERRED "
        f"FOR EACH ROW{when} EXECUTE FUNCTION public.desk_audit_change({arguments})"
    )
