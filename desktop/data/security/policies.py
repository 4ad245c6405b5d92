"""Row-level security: which rows of a table each role may see or change.

A queue's handlers see only their category's cases and what hangs on them (history,
materials, pauses, inspections, documents, applicants, urges) and change only what they
handle; reviewers, heads, clerks, supervisors and coordinators see every case (and a
coordinator refreshes the clock of a case whose last inspection they cancel); the admin
sees none. The clock's pauses, inspections and the draw log are written only as the steps
that own them write them (`step_policies.py`).
Policies of one table are permissive (a user holding two roles gets both); the table
privileges in `grants.py` decide first which commands a role may run at all.
"""

from __future__ import annotations

from desktop.data.security import site_record_sql, step_policies
from desktop.data.security.grants import SUPERVISORS, roles_moving_to
from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import STAFF, WORKFLOW, group_role
from desktop.data.security.row_security import (
    ME,
    SEES_EVERY_CASE,
    Policy,
    handled_case,
    visible_case,
)
from desktop.data.security.row_security import roles as _roles
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.guards import QUEUE_ROLE

HANDLERS = _roles(*QUEUE_ROLE.values())
SEE_ALL = _roles(*SEES_EVERY_CASE)
ACT_ON_ANY = _roles(Role.REVIEWER, Role.HEAD, Role.CLERK, Role.SUPERVISOR)
CLERK = _roles(Role.CLERK)


def _queue_policies() -> list[Policy]:
    policies = []
    for category, role in QUEUE_ROLE.items():
        mine = f"category = '{category.value}'"
        name, handlers = category.value, (group_role(role),)
        policies += [
            Policy("cases", f"read_{name}", "SELECT", handlers, using=mine),
            # Locking a case to act on it (FOR UPDATE) needs the update policy too.
            Policy("cases", f"update_{name}", "UPDATE", handlers, using=mine, check=mine),
        ]
    return policies


SERIAL_TAKEN = f"""
CREATE OR REPLACE FUNCTION public.desk_serial_taken(p_doc_type text, p_year integer,
                                                    p_serial integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
BEGIN
    -- A document may carry only a number desk_next_serial has handed out.
    RETURN coalesce((SELECT p_serial BETWEEN 1 AND last_serial FROM public.number_counters
                     WHERE doc_type = p_doc_type AND year = p_year), false);
END $$
"""

CASE_INSPECTED = f"""
CREATE OR REPLACE FUNCTION public.desk_case_inspected(p_case_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
    -- In a policy of `cases`, whose own policies the inspections' refer back to: a
    -- subquery there would recurse.
    SELECT EXISTS (SELECT 1 FROM public.inspections WHERE case_id = p_case_id)
$$
"""
COORDINATOR = _roles(Role.COORDINATOR)
SUPERVISION = _roles(*SUPERVISORS)  # who opens the supervision window: every ticket is theirs

# Tickets: whoever takes a call opens it as its first contact (首问负责); it is seen and
# answered by the people it involves and by the supervision; its history goes with it.
_INVOLVED = f"{ME} IN (first_contact_id, assignee_id, escalated_to_id)"
_VISIBLE_TICKET = "EXISTS (SELECT 1 FROM public.tickets t WHERE t.id = ticket_id)"
_TICKET_POLICIES = (
    Policy("tickets", "read_all", "SELECT", SUPERVISION, using="true"),
    Policy("tickets", "read_own", "SELECT", (STAFF,), using=_INVOLVED),
    Policy("tickets", "open", "INSERT", (STAFF,), check=f"first_contact_id = {ME}"),
    Policy("tickets", "answer_own", "UPDATE", (STAFF,), using=_INVOLVED, check="true"),
    Policy("tickets", "supervise", "ALL", SUPERVISION, using="true", check="true"),
    Policy("tickets", "register", "SELECT", (WORKFLOW,), using="true"),  # register_sql.py
    Policy("ticket_events", "read", "SELECT", (STAFF,), using=_VISIBLE_TICKET),
    Policy(
        "ticket_events", "write", "INSERT", (STAFF,), check=f"actor_id = {ME} AND {_VISIBLE_TICKET}"
    ),
)
# Ratings: seen with their case, recorded in the recorder's own name; a poor rating's
# follow-up is seen with its rating and worked on by its assignee or the supervision.
_VISIBLE_RATING = "EXISTS (SELECT 1 FROM public.ratings r WHERE r.id = rating_id)"
RATERS = _roles(Role.CLERK, *SUPERVISORS)
_RATING_POLICIES = (
    Policy("ratings", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy(
        "ratings",
        "record",
        "INSERT",
        RATERS,
        check=f"recorded_by_id = {ME} AND {visible_case('case_id')}",
    ),
    Policy("rating_follow_ups", "read", "SELECT", (STAFF,), using=_VISIBLE_RATING),
    Policy("rating_follow_ups", "open", "INSERT", RATERS, check=_VISIBLE_RATING),
    Policy(
        "rating_follow_ups",
        "fix",
        "UPDATE",
        HANDLERS,
        using=f"assignee_id = {ME}",
        check=f"assignee_id = {ME}",
    ),
    Policy("rating_follow_ups", "supervise", "UPDATE", SUPERVISION, using="true", check="true"),
)

# 容缺受理: a receipt is seen with its promise, recorded by the promise's case's handler.
_VISIBLE_PROMISE = "EXISTS (SELECT 1 FROM public.case_promises p WHERE p.id = promise_id)"
_HANDLED_PROMISE = (
    "EXISTS (SELECT 1 FROM public.case_promises p JOIN public.cases c ON c.id = p.case_id"
    f" WHERE p.id = promise_id AND c.handler_id = {ME})"
)

# The record of service: seen with its case, written by the server in their own name.
_DELIVERY_POLICIES = (
    Policy("case_deliveries", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy(
        "case_deliveries",
        "record",
        "INSERT",
        _roles(*roles_moving_to(CaseStatus.DELIVERED)),
        check=f"served_by_id = {ME} AND {visible_case('case_id')}",
    ),
)

POLICIES: tuple[Policy, ...] = (
    *_queue_policies(),
    Policy("cases", "read_all", "SELECT", SEE_ALL, using="true"),
    Policy("cases", "update_all", "UPDATE", ACT_ON_ANY, using="true", check="true"),
    # The coordinator refreshes the clock of a case whose inspection they cancelled.
    Policy(
        "cases",
        "coordinator",
        "UPDATE",
        COORDINATOR,
        using="public.desk_case_inspected(id)",
        check="public.desk_case_inspected(id)",
    ),
    Policy("cases", "intake", "INSERT", CLERK, check="true"),
    # The supervision starts a 撤销 (services/supervision/promise_watch.py), nothing else:
    # held by the trigger desk_guard_revocation_intake (commitment_sql.py), since a policy
    # naming cases.kind would stop a downgrade dropping the column.
    Policy("cases", "revoke", "INSERT", SUPERVISION, check="true"),
    Policy("cases", "workflow", "ALL", (WORKFLOW,), using="true", check="true"),
    Policy("case_events", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy(
        "case_events",
        "note",
        "INSERT",
        (STAFF,),
        # Transitions are recorded by the workflow function alone.
        check="action NOT IN (SELECT action FROM public.transition_rules) AND "
        f"{visible_case('case_id')} AND (action = 'accept' OR actor_id = {ME})",
    ),
    Policy("case_events", "workflow", "ALL", (WORKFLOW,), using="true", check="true"),
    Policy("case_materials", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy("case_materials", "in_use", "SELECT", (WORKFLOW,), using="true"),  # locks_sql.py
    Policy("case_materials", "intake", "INSERT", CLERK, check=visible_case("case_id")),
    Policy(
        "case_materials",
        "revoke",
        "INSERT",
        SUPERVISION,
        check="public.desk_case_is_revocation(case_id)",
    ),
    Policy(
        "case_materials",
        "handler",
        "UPDATE",
        HANDLERS,
        using=handled_case("case_id"),
        check=handled_case("case_id"),
    ),
    Policy("case_promises", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy("case_promises", "workflow", "SELECT", (WORKFLOW,), using="true"),
    Policy("case_promises", "intake", "INSERT", CLERK, check=visible_case("case_id")),
    Policy("case_promise_receipts", "read", "SELECT", (STAFF,), using=_VISIBLE_PROMISE),
    Policy("case_promise_receipts", "workflow", "SELECT", (WORKFLOW,), using="true"),
    # The handler of the case, on a day that has come (the signature is the trigger's).
    Policy(
        "case_promise_receipts",
        "receive",
        "INSERT",
        HANDLERS,
        check=f"{_HANDLED_PROMISE} AND received_on <= public.desk_today()",
    ),
    Policy("clock_pauses", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy("clock_pauses", "workflow", "ALL", (WORKFLOW,), using="true", check="true"),
    Policy("applicants", "read_all", "SELECT", SEE_ALL, using="true"),
    Policy(
        "applicants",
        "read_queue",
        "SELECT",
        HANDLERS,
        using="EXISTS (SELECT 1 FROM public.cases c WHERE c.applicant_id = applicants.id)",
    ),
    Policy("applicants", "clerk_add", "INSERT", CLERK, check="true"),
    Policy("applicants", "clerk_edit", "UPDATE", CLERK, using="true", check="true"),
    Policy("inspections", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy("inspections", "workflow", "SELECT", (WORKFLOW,), using="true"),
    Policy(
        "inspection_members",
        "read",
        "SELECT",
        (STAFF,),
        using="EXISTS (SELECT 1 FROM public.inspections i WHERE i.id = inspection_id)",
    ),
    Policy(
        "inspection_members",
        "coordinator",
        "ALL",
        COORDINATOR,
        using="true",
        check="true",
    ),
    # desk_forget_rows drops a redrawn team's rows for the coordinator.
    Policy("inspection_members", "forget", "ALL", (WORKFLOW,), using="true"),
    Policy(
        "issued_documents",
        "read",
        "SELECT",
        (STAFF,),
        using=f"case_id IS NOT NULL AND {visible_case('case_id')}",
    ),
    Policy(
        "issued_documents",
        "read_all",
        "SELECT",
        _roles(Role.CLERK, Role.SUPERVISOR),
        using="true",
    ),
    # The register's checks (register_sql.py) read it whole.
    Policy("issued_documents", "register", "SELECT", (WORKFLOW,), using="true"),
    Policy(  # voiding and counting copies; the trigger keeps the content as it was
        "issued_documents",
        "mark",
        "UPDATE",
        _roles(Role.CLERK, Role.HEAD),
        using="true",
        check="true",
    ),
    Policy(
        "issued_documents",
        "issue",
        "INSERT",
        (STAFF,),
        check=f"issued_by_id = {ME} AND (case_id IS NULL OR {visible_case('case_id')}) "
        "AND public.desk_serial_taken(doc_type, year, serial)",
    ),
    # Urges: seen with their case; sent by a supervisor in their own name to the case's
    # handler; acknowledged only by the handler they were sent to.
    Policy("case_urges", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy(
        "case_urges",
        "urge",
        "INSERT",
        _roles(Role.SUPERVISOR, Role.HEAD),
        check=f"urged_by_id = {ME} AND {visible_case('case_id')} AND handler_id IS NOT DISTINCT"
        " FROM (SELECT c.handler_id FROM public.cases c WHERE c.id = case_urges.case_id)",
    ),
    Policy(
        "case_urges",
        "acknowledge",
        "UPDATE",
        HANDLERS,
        using=f"handler_id = {ME}",
        check=f"handler_id = {ME}",
    ),
    *_TICKET_POLICIES,
    *_RATING_POLICIES,
    *_DELIVERY_POLICIES,
    Policy(
        "idempotency_keys",
        "own",
        "ALL",
        (STAFF,),
        using="owner = session_user",
        check="owner = session_user",
    ),
    *step_policies.POLICIES,
    *site_record_sql.POLICIES,
)

RLS_TABLES = tuple(dict.fromkeys(policy.table for policy in POLICIES))

_DROP_OURS = """
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_policies
             WHERE schemaname = 'public' AND policyname LIKE 'desk\\_%' LOOP
        EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
    END LOOP;
END $$"""


def statements() -> list[str]:
    """Replace every policy of ours with the current set (so removed ones disappear)."""
    sql = [SERIAL_TAKEN, CASE_INSPECTED, _DROP_OURS]
    sql += [f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY" for table in RLS_TABLES]
    sql += [policy.sql() for policy in POLICIES]
    return sql


FUNCTIONS = {
    "desk_serial_taken(text, integer, integer)": SERIAL_TAKEN,
    "desk_case_inspected(integer)": CASE_INSPECTED,
}
DEFINER_FUNCTIONS = tuple(FUNCTIONS)
