"""Least privilege as data: for every table, which role may do what (and on which columns).

Applied at every `db upgrade`: all privileges of Approval Desk's roles are revoked, then
exactly these are granted, so the database always matches this table. A table missing
here gets nothing (and a test fails until it is classified). Rows a role may see or change
within a table are narrowed further by the row-security policies (`policies.py`).
"""

from __future__ import annotations

from desktop.data.models import Base
from desktop.data.security.locks_sql import POOL_LOCK_TABLE, WORKFLOW_GRANTS
from desktop.data.security.names import AUDITOR, STAFF, USER_ADMIN, WORKFLOW, group_role
from desktop.domain.enums import CLOSED_STATUSES, CaseStatus, Role
from desktop.domain.workflow import TRANSITIONS

HANDLERS = (Role.HANDLER_ENGINEERING, Role.HANDLER_SOCIAL)
SIGNERS = (Role.REVIEWER, Role.HEAD)
# Who sees cases at all (the admin keeps users and settings, not cases).
CASE_READERS = (*HANDLERS, *SIGNERS, Role.COORDINATOR, Role.CLERK, Role.SUPERVISOR)
SUPERVISORS = (Role.SUPERVISOR, Role.HEAD)
# Who acts on cases and so refreshes the columns the clock derives from them (the
# coordinator too, when a cancelled inspection returns its case to review; the
# policies narrow that to cases with an inspection).
CASE_ACTORS = (*HANDLERS, *SIGNERS, Role.CLERK, Role.SUPERVISOR)
CLOCK_KEEPERS = (*CASE_ACTORS, Role.COORDINATOR)
# The inspector pool (services/inspections/access.py: POOL_KEEPING, READING).
POOL_READERS = (Role.COORDINATOR, Role.HEAD, Role.SUPERVISOR, Role.ADMIN)


def roles_moving_to(*statuses: CaseStatus) -> tuple[Role, ...]:
    """Who may move a case into one of these statuses, by the workflow's rules."""
    found = {role for row in TRANSITIONS if row.target in statuses for role in row.roles}
    return tuple(role for role in Role if role in found)


# Who closes a case (withdraws, terminates or delivers it), so ends what is left of its
# clock's pauses; and who withdraws or terminates one, so cancels its open inspections.
CASE_CLOSERS = roles_moving_to(*CLOSED_STATUSES)
CASE_ENDERS = roles_moving_to(CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)

# Columns any case actor keeps current after an action (the queue order, the version
# stamp). Status, handler and decisions change only through the workflow function (see
# workflow_sql.PROTECTED_CASE_COLUMNS), and the clock's due dates only as it counts them
# (workflow_sql.DUE_COLUMNS, clock_sql).
CASE_DERIVED = (
    "queue_rank",
    "version",
    "updated_at",
    "updated_by_id",
)
# What the front desk writes as it accepts a case: every column but the key, as column
# grants (the program sends them all; workflow_sql.GUARD_CASES refuses a handler, a
# decision or a closing and counts the due dates again).
CASE_INTAKE = tuple(c.name for c in Base.metadata.tables["cases"].columns if c.name != "id")
# The rest (time, hash chain, and who, which is always the session's login) the chain sets.
AUDIT_CONTENT = ("actor", "action", "entity", "entity_id", "old", "new")
STAFF_VISIBLE = (
    "id",
    "username",
    "full_name",
    "department_id",
    "active",
    "failed_logins",
    "locked_until",
    "created_at",
    "db_role",
)
# The handler records an inspection's result (end_inspection); the coordinator plans it
# (draws, hand-made teams, new half-days and windows, cancellation).
INSPECTION_RESULT = ("status", "conclusion", "findings", "completed_at")
INSPECTION_SCHEDULING = (
    "status",
    "scheduled_on",
    "half_day",
    "draw_id",
    "window_start",
    "window_end",
    "joint_of_id",  # 联合踏勘 (joint_sql.py)
)

COMMITMENT_CHECK = (
    "result",
    "findings",
    "checker",
    "checked_on",
    "check_recorded_by_id",
    "check_recorded_at",
    "revocation_case_id",
)

Grantee = str  # a role name: STAFF, a definer, or a job role's group role
Privileges = tuple[str, ...]  # e.g. ("SELECT", "UPDATE(state, note)")


def _cols(privilege: str, columns: tuple[str, ...]) -> str:
    return f"{privilege}({', '.join(columns)})"


def _each(roles: tuple[Role, ...], *privileges: str) -> dict[Grantee, Privileges]:
    return {group_role(role): privileges for role in roles}


def _merge(*parts: dict[Grantee, Privileges]) -> dict[Grantee, Privileges]:
    merged: dict[Grantee, Privileges] = {}
    for part in parts:
        for grantee, privileges in part.items():
            merged[grantee] = merged.get(grantee, ()) + privileges
    return merged


def _changes(table: str) -> tuple[str, ...]:
    """UPDATE of every column but the key, as column grants: the same changes as a
    table-wide UPDATE, which would also let its holder LOCK the table in any mode (a
    SHARE or ACCESS EXCLUSIVE lock stalls everyone's writes or reads)."""
    columns = tuple(c.name for c in Base.metadata.tables[table].columns if not c.primary_key)
    return (_cols("UPDATE", columns),) if columns else ()


def _keeps(role: Role, table: str) -> dict[Grantee, Privileges]:
    """A keeper's rights on a table: add and change rows. Rows are dropped only through
    desk_forget_rows (locks_sql.py): a table-wide DELETE lets its holder LOCK the table too."""
    return {group_role(role): ("INSERT", *_changes(table))}


_READ = {STAFF: ("SELECT",)}

TABLE_GRANTS: dict[str, dict[Grantee, Privileges]] = {
    # Cases and what hangs on them -----------------------------------------------------
    "cases": _merge(
        _each(CASE_READERS, "SELECT"),
        _each(CLOCK_KEEPERS, _cols("UPDATE", CASE_DERIVED)),
        {group_role(Role.CLERK): (_cols("INSERT", CASE_INTAKE),)},
        # A 撤销 started from an overdue 容缺 promise (policies.py: revocations only).
        _each(SUPERVISORS, _cols("INSERT", CASE_INTAKE)),
        {WORKFLOW: ("SELECT", "UPDATE")},
    ),
    "case_events": _merge(
        _each(CASE_READERS, "SELECT"),
        # Events that are not transitions: notes, marked materials, urges and their
        # acknowledgements (the policies let each write only in their own name).
        _each((*HANDLERS, Role.CLERK, *SUPERVISORS), "INSERT"),
        {WORKFLOW: ("SELECT", "INSERT")},
    ),
    # The record of service, written as the case is delivered, in the server's own name.
    "case_deliveries": _merge(
        _each(CASE_READERS, "SELECT"),
        _each(roles_moving_to(CaseStatus.DELIVERED), "INSERT"),
    ),
    "case_materials": _merge(
        _each(CASE_READERS, "SELECT"),
        WORKFLOW_GRANTS["case_materials"],
        _each(HANDLERS, _cols("UPDATE", ("state", "received_on", "note"))),
        {group_role(Role.CLERK): ("INSERT",)},
        _each(SUPERVISORS, "INSERT"),  # the checklist of a 撤销 they start
    ),
    # 容缺受理: the front desk records the promises with the case; the handler records each
    # receipt; neither ever changes (records_sql.py). The workflow function and the register
    # read them to refuse a licence while one is out (guards_sql.py).
    "case_promises": _merge(
        _each(CASE_READERS, "SELECT"),
        {group_role(Role.CLERK): ("INSERT",)},
        {WORKFLOW: ("SELECT",)},
    ),
    "case_promise_receipts": _merge(
        _each(CASE_READERS, "SELECT"),
        _each(HANDLERS, "INSERT"),
        {WORKFLOW: ("SELECT",)},
    ),
    # 告知承诺制: the commitment signed at acceptance; its check's due day counted as the
    # handler grants the case; its result recorded by a supervisor (commitment_sql.py).
    "commitments": _merge(
        _each(CASE_READERS, "SELECT"),
        {group_role(Role.CLERK): ("INSERT",)},
        _each(HANDLERS, _cols("UPDATE", ("check_due_on",))),
        {group_role(Role.SUPERVISOR): (_cols("UPDATE", COMMITMENT_CHECK),)},
        {WORKFLOW: ("SELECT",)},  # desk_case_move: a grant on a commitment needs it
    ),
    # Opened and ended by the workflow function alone, as it moves the case.
    "clock_pauses": _merge(
        _each(CASE_READERS, "SELECT"), {WORKFLOW: ("SELECT", "INSERT", "UPDATE")}
    ),
    "case_tallies": {STAFF: ("SELECT",), WORKFLOW: ("SELECT", "UPDATE")},
    # Written only by the triggers on cases and the calendar (functions owned by WORKFLOW).
    "case_month_tallies": _merge(
        _each(SUPERVISORS, "SELECT"), {WORKFLOW: ("SELECT", "INSERT", "UPDATE")}
    ),
    "applicants": _merge(_each(CASE_READERS, "SELECT"), _keeps(Role.CLERK, "applicants")),
    "inspections": _merge(
        _each(CASE_READERS, "SELECT"),
        _each(HANDLERS, "INSERT", _cols("UPDATE", INSPECTION_RESULT)),
        {group_role(Role.COORDINATOR): (_cols("UPDATE", INSPECTION_SCHEDULING),)},
        # Withdrawing or terminating a case cancels its open inspections.
        _each(tuple(r for r in CASE_ENDERS if r not in HANDLERS), "UPDATE(status)"),
        {WORKFLOW: ("SELECT",)},  # desk_case_act: is an inspection of the case still open?
    ),
    "inspection_members": _merge(
        _each(CASE_READERS, "SELECT"),
        _keeps(Role.COORDINATOR, "inspection_members"),  # a team redrawn
        WORKFLOW_GRANTS["inspection_members"],
        # desk_confirm_record sets an inspector's confirmation; a changed record's
        # confirmations are taken back by its trigger (site_record_sql.py).
        {WORKFLOW: ("UPDATE(signed_at)",)},
    ),
    # The on-site record: filled in by the coordinator in the inspection window (findings
    # saved again replace the old, through desk_forget_rows); a handler asking for a
    # re-inspection writes its record's link to the inspection it follows. Read by every
    # login the row policies let through: the case's readers, the team's inspectors.
    "inspection_records": _merge(
        _READ,
        _keeps(Role.COORDINATOR, "inspection_records"),
        _each(HANDLERS, "INSERT"),
        {WORKFLOW: ("SELECT",)},  # desk_record_confirmed, the result's guard
    ),
    "inspection_findings": _merge(
        _READ,
        _keeps(Role.COORDINATOR, "inspection_findings"),
        WORKFLOW_GRANTS["inspection_findings"],
    ),
    # A file never changes once kept (its SHA-256 vouches for it), and is never deleted.
    "inspection_files": _merge(_READ, _each((Role.COORDINATOR,), "INSERT")),
    # Construction projects: registered by the front desk as it accepts their first case
    # (name and address kept current by it); the stage moved on by the engineering queue's
    # handlers and the head, only as desk_guard_project_stage allows (project_sql.py).
    "projects": _merge(
        _each(CASE_READERS, "SELECT"),
        {group_role(Role.CLERK): ("INSERT", _cols("UPDATE", ("name", "address")))},
        _each((Role.HANDLER_ENGINEERING, Role.HEAD), _cols("UPDATE", ("stage", "stage_since"))),
        {WORKFLOW: ("SELECT",)},
    ),
    # Documents and their numbers: numbers only through desk_next_serial, no changes -----
    "issued_documents": _merge(
        _each(CASE_READERS, "SELECT"),
        _each(tuple(r for r in Role if r is not Role.ADMIN), "INSERT"),
        # Voiding and counting copies; what a document says never changes.
        _each(
            (Role.CLERK, Role.HEAD),
            _cols("UPDATE", ("void", "voided_at", "void_reason", "reprints")),
        ),
        # The register's checks: a new document fits its case; a drawn serial is registered.
        {WORKFLOW: ("SELECT",)},
    ),
    # The licence register: written only by desk_licence_record (licence_sql.py).
    "licences": _merge(_each(CASE_READERS, "SELECT"), {WORKFLOW: ("SELECT", "INSERT", "UPDATE")}),
    "number_counters": _merge(
        _each((Role.CLERK, Role.SUPERVISOR, Role.ADMIN), "SELECT"),
        {WORKFLOW: ("SELECT", "INSERT", "UPDATE")},
    ),
    # The inspector pool, kept by the coordinators -----------------------------------------
    # (and the admin, as services/inspections/access.py says); read by whoever reads draws.
    "inspectors": _merge(
        _READ,
        _keeps(Role.COORDINATOR, "inspectors"),
        _keeps(Role.ADMIN, "inspectors"),
        {WORKFLOW: ("SELECT",)},  # whose confirmation of an on-site record (site_record_sql)
    ),
    "inspector_specialties": _merge(
        _READ,
        _keeps(Role.COORDINATOR, "inspector_specialties"),
        _keeps(Role.ADMIN, "inspector_specialties"),
        WORKFLOW_GRANTS["inspector_specialties"],
    ),
    "inspector_unavailability": _merge(
        _each(POOL_READERS, "SELECT"),
        _keeps(Role.COORDINATOR, "inspector_unavailability"),  # leave taken back
        _keeps(Role.ADMIN, "inspector_unavailability"),
        WORKFLOW_GRANTS["inspector_unavailability"],
    ),
    "recusal_ties": _merge(
        _each(POOL_READERS, "SELECT"),
        _keeps(Role.COORDINATOR, "recusal_ties"),
        _keeps(Role.ADMIN, "recusal_ties"),
    ),
    # Draws: recorded before they are computed, append-only (triggers refuse changes) -----------
    "inspection_draws": _merge(
        _each((Role.COORDINATOR,), "SELECT", "INSERT"),
        _each((Role.HEAD, Role.SUPERVISOR, Role.ADMIN), "SELECT"),
        {WORKFLOW: ("SELECT",)},
    ),
    # Commit, then reveal: the secrets are made and read only by desk_draw_commit and
    # desk_draw_reveal (owned by WORKFLOW); no login reads them (draw_secret_sql.py).
    "inspection_draw_secrets": {WORKFLOW: ("SELECT", "INSERT")},
    "inspection_draw_witnesses": _merge(
        _each((Role.COORDINATOR,), "SELECT", "INSERT"),
        _each((Role.HEAD, Role.SUPERVISOR, Role.ADMIN), "SELECT"),
        {WORKFLOW: ("SELECT",)},
    ),
    "inspection_draw_log": _merge(
        _each((Role.COORDINATOR,), "SELECT", "INSERT"),
        _each((Role.HEAD, Role.SUPERVISOR, Role.ADMIN), "SELECT"),
        # ... and logs each cancellation, as the coordinator's cancel does (the handlers
        # read back what they wrote, of the inspections of their queue).
        _each(CASE_ENDERS, "INSERT"),
        _each(HANDLERS, "SELECT"),
    ),
    # Reference data and settings, kept by the admin ------------------------------------------
    "departments": _merge(_READ, _keeps(Role.ADMIN, "departments")),
    "specialties": _merge(_READ, _keeps(Role.ADMIN, "specialties")),
    "items": _merge(_READ, _keeps(Role.ADMIN, "items"), {WORKFLOW: ("SELECT",)}),
    # A catalogue edit drops materials and specialties.
    "item_materials": _merge(
        _READ, _keeps(Role.ADMIN, "item_materials"), WORKFLOW_GRANTS["item_materials"]
    ),
    "item_specialties": _merge(
        _READ, _keeps(Role.ADMIN, "item_specialties"), WORKFLOW_GRANTS["item_specialties"]
    ),
    "item_check_points": _merge(
        _READ, _keeps(Role.ADMIN, "item_check_points"), WORKFLOW_GRANTS["item_check_points"]
    ),
    "calendar_years": _merge(
        _READ, _keeps(Role.ADMIN, "calendar_years"), {WORKFLOW: ("SELECT",)}
    ),  # due dates
    # Days are dropped only through desk_calendar_forget (locks_sql.py); read for the
    # month tallies.
    "calendar_days": _merge(
        _READ, _keeps(Role.ADMIN, "calendar_days"), {WORKFLOW: ("SELECT", "DELETE")}
    ),
    # Each calendar edit's version, made and recounted by the workflow role's triggers.
    "calendar_versions": {STAFF: ("SELECT",), WORKFLOW: ("SELECT", "INSERT", "UPDATE")},
    "settings": _merge(_READ, _keeps(Role.ADMIN, "settings"), {WORKFLOW: ("SELECT",)}),
    "transition_rules": {STAFF: ("SELECT",), WORKFLOW: ("SELECT",)},
    # People: accounts change only through the user-administration functions -----------------
    "staff_users": {
        STAFF: (_cols("SELECT", STAFF_VISIBLE),),
        WORKFLOW: (_cols("SELECT", STAFF_VISIBLE),),
        USER_ADMIN: ("SELECT", "INSERT", "UPDATE"),
    },
    "staff_roles": {
        STAFF: ("SELECT",),
        WORKFLOW: ("SELECT",),
        USER_ADMIN: ("SELECT", "INSERT", "DELETE"),
    },
    # Whoever takes a call opens the ticket (首问负责); answers and escalations follow.
    "tickets": _merge({STAFF: ("SELECT", "INSERT", *_changes("tickets"))}, {WORKFLOW: ("SELECT",)}),
    # Supervision: urges, result notices, ticket histories, ratings and their follow-ups -------
    "case_urges": _merge(
        _each(CASE_READERS, "SELECT"),
        _each(SUPERVISORS, "INSERT"),
        _each(HANDLERS, _cols("UPDATE", ("acknowledged_at",))),
    ),
    "result_notices": _merge(
        {WORKFLOW: ("SELECT",)},  # a drawn serial is registered (register_sql.py)
        _each(SUPERVISORS, "SELECT", "INSERT"),
        _each(
            SUPERVISORS, _cols("UPDATE", ("received_at", "received_by", "receipt_recorded_by_id"))
        ),
    ),
    "result_notice_cases": _each(SUPERVISORS, "SELECT", "INSERT"),
    "ticket_events": {STAFF: ("SELECT", "INSERT")},
    # Recorded at the window or by the supervision (heads included, as the services allow).
    "ratings": _merge(_each(CASE_READERS, "SELECT"), _each((Role.CLERK, *SUPERVISORS), "INSERT")),
    "rating_follow_ups": _merge(
        _each(CASE_READERS, "SELECT"),
        _each((Role.CLERK, *SUPERVISORS), "INSERT"),
        _each(
            (*HANDLERS, *SUPERVISORS),
            _cols(
                "UPDATE",
                (
                    "status",
                    "fix_note",
                    "fixed_at",
                    "fixed_by_id",
                    "answer",
                    "answered_at",
                    "answered_by_id",
                ),
            ),
        ),
    ),
    # Trust: the audit trail and the keys of committed actions --------------------------------
    "audit_log": {
        STAFF: (_cols("INSERT", AUDIT_CONTENT),),
        WORKFLOW: (_cols("INSERT", AUDIT_CONTENT),),  # desk_claim_next writes the claim's entry
        group_role(Role.SUPERVISOR): ("SELECT",),
        group_role(Role.ADMIN): ("SELECT",),
        AUDITOR: ("SELECT", "INSERT", "UPDATE(chain_seq, prev_hash, hash)"),
    },
    "idempotency_keys": {STAFF: ("SELECT", "INSERT")},
    # Its one row is locked (FOR UPDATE, which needs an UPDATE grant) to seal the chain.
    "audit_chain_lock": {AUDITOR: ("SELECT", "UPDATE(id)")},
    # Likewise the inspector pool's one writer at a time (desk_lock_pool).
    POOL_LOCK_TABLE: WORKFLOW_GRANTS[POOL_LOCK_TABLE],
}

# Tables of the tools rather than of the models.
SUPPORT_GRANTS: dict[str, dict[Grantee, Privileges]] = {
    "alembic_version": {STAFF: ("SELECT",)},  # the window checks the schema version
}


def all_grants() -> dict[str, dict[Grantee, Privileges]]:
    return {**TABLE_GRANTS, **SUPPORT_GRANTS}


def inserting_grantees(grants: dict[Grantee, Privileges]) -> list[Grantee]:
    """Roles that insert into a table, so need its id sequence."""
    return [
        g for g, privileges in grants.items() if any(p.startswith("INSERT") for p in privileges)
    ]
