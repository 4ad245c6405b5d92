"""Row-level security: which rows of a table each role may see or change.

A queue's handlers see only their category's cases and what hangs on them (history,
materials, pauses, inspections, documents, applicants) and change only what they handle;
reviewers, heads, clerks, supervisors and coordinators see every case; the admin sees none.
Policies of one table are permissive (a user holding two roles gets both); the table
privileges in `grants.py` decide first which commands a role may run at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.data.security.identity_sql import SAFE_PATH
from desktop.data.security.names import STAFF, WORKFLOW, group_role
from desktop.domain.enums import Role
from desktop.domain.guards import QUEUE_ROLE

ME = "(SELECT public.desk_staff_id())"


def visible_case(column: str) -> str:
    # Row security of `cases` applies inside the subquery, as the querying user.
    return f"EXISTS (SELECT 1 FROM public.cases c WHERE c.id = {column})"


def handled_case(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.cases c WHERE c.id = {column} AND c.handler_id = {ME})"


@dataclass(frozen=True)
class Policy:
    table: str
    name: str
    command: str  # SELECT, INSERT, UPDATE, DELETE or ALL
    roles: tuple[str, ...]
    using: str | None = None
    check: str | None = None

    def sql(self) -> str:
        text = (
            f"CREATE POLICY desk_{self.name} ON public.{self.table} "
            f"AS PERMISSIVE FOR {self.command} TO {', '.join(self.roles)}"
        )
        if self.using is not None:
            text += f" USING ({self.using})"
        if self.check is not None:
            text += f" WITH CHECK ({self.check})"
        return text


def _roles(*roles: Role) -> tuple[str, ...]:
    return tuple(group_role(role) for role in roles)


HANDLERS = _roles(*QUEUE_ROLE.values())
SEE_ALL = _roles(Role.REVIEWER, Role.HEAD, Role.COORDINATOR, Role.CLERK, Role.SUPERVISOR)
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

POLICIES: tuple[Policy, ...] = (
    *_queue_policies(),
    Policy("cases", "read_all", "SELECT", SEE_ALL, using="true"),
    Policy("cases", "update_all", "UPDATE", ACT_ON_ANY, using="true", check="true"),
    Policy("cases", "intake", "INSERT", CLERK, check="true"),
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
    Policy("case_materials", "intake", "INSERT", CLERK, check=visible_case("case_id")),
    Policy(
        "case_materials",
        "handler",
        "UPDATE",
        HANDLERS,
        using=handled_case("case_id"),
        check=handled_case("case_id"),
    ),
    Policy("clock_pauses", "read", "SELECT", (STAFF,), using=visible_case("case_id")),
    Policy("clock_pauses", "handler_open", "INSERT", HANDLERS, check=handled_case("case_id")),
    Policy(
        "clock_pauses",
        "handler_close",
        "UPDATE",
        HANDLERS,
        using=handled_case("case_id"),
        check=handled_case("case_id"),
    ),
    Policy("clock_pauses", "others_open", "INSERT", ACT_ON_ANY, check=visible_case("case_id")),
    Policy(
        "clock_pauses",
        "others_close",
        "UPDATE",
        ACT_ON_ANY,
        using=visible_case("case_id"),
        check=visible_case("case_id"),
    ),
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
    Policy("inspections", "request", "INSERT", HANDLERS, check=handled_case("case_id")),
    Policy(
        "inspections",
        "handler",
        "UPDATE",
        HANDLERS,
        using=handled_case("case_id"),
        check=handled_case("case_id"),
    ),
    Policy(
        "inspections",
        "coordinator",
        "UPDATE",
        _roles(Role.COORDINATOR),
        using="true",
        check="true",
    ),
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
        _roles(Role.COORDINATOR),
        using="true",
        check="true",
    ),
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
    Policy("tickets", "read_all", "SELECT", _roles(Role.SUPERVISOR), using="true"),
    Policy(
        "tickets",
        "read_own",
        "SELECT",
        (STAFF,),
        using=f"assignee_id = {ME} OR first_contact_id = {ME}",
    ),
    Policy("tickets", "answer_own", "UPDATE", (STAFF,), using=f"assignee_id = {ME}", check="true"),
    Policy("tickets", "supervise", "ALL", _roles(Role.SUPERVISOR), using="true", check="true"),
    Policy(
        "idempotency_keys",
        "own",
        "ALL",
        (STAFF,),
        using="owner = session_user",
        check="owner = session_user",
    ),
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
    sql = [SERIAL_TAKEN, _DROP_OURS]
    sql += [f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY" for table in RLS_TABLES]
    sql += [policy.sql() for policy in POLICIES]
    return sql


FUNCTIONS = {"desk_serial_taken(text, integer, integer)": SERIAL_TAKEN}
DEFINER_FUNCTIONS = ("desk_serial_taken(text, integer, integer)",)
