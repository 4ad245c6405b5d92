"""Row security of what only a case's own steps write: an inspection's result and
cancellation, and the draw-log entry of a cancellation. (The clock's pauses are written by
the workflow function alone, as it moves the case: see workflow_sql.)

Each mirrors the service that writes it. An inspection's result is the handler's, recorded
as the case leaves the inspection step (end_inspection); its planning is the coordinator's;
withdrawing or terminating a case cancels its open inspections.
"""

from __future__ import annotations

from desktop.data.security.grants import CASE_ENDERS, HANDLERS
from desktop.data.security.row_security import ME, Policy, roles, sql_list
from desktop.domain.enums import (
    OPEN_INSPECTIONS,
    CaseStatus,
    InspectionStatus,
    Role,
)
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.workflow import TRANSITIONS, Action

# Where end_inspection takes a case: its handler records the result on the way.
(INSPECTED,) = {row.target for row in TRANSITIONS if row.action is Action.END_INSPECTION}
ENDED = (CaseStatus.WITHDRAWN, CaseStatus.TERMINATED)

_OPEN = sql_list(OPEN_INSPECTIONS)


def case_of(table: str, condition: str) -> str:
    """The row's case (as the user sees cases) meets `condition`, written on `c`."""
    return f"EXISTS (SELECT 1 FROM public.cases c WHERE c.id = {table}.case_id AND {condition})"


def closed_by_me(statuses: tuple[CaseStatus, ...]) -> str:
    """The case `c` is in one of these final statuses, moved there by the user."""
    return (
        f"c.status IN ({sql_list(statuses)}) AND EXISTS (SELECT 1 FROM public.case_events e"
        f" WHERE e.case_id = c.id AND e.to_status = c.status AND e.actor_id = {ME})"
    )


HANDLER_ROLES = roles(*HANDLERS)
COORDINATOR = roles(Role.COORDINATOR)
MINE = f"c.handler_id = {ME}"

ENDED_BY_ME = closed_by_me(ENDED)
MY_CASE_IN = "{mine} AND c.status = '{status}'"
REQUESTED = (
    f"status = '{InspectionStatus.REQUESTED}' AND conclusion IS NULL AND completed_at IS NULL"
    " AND " + case_of("inspections", MY_CASE_IN.format(mine=MINE, status=CaseStatus.INSPECTION))
)
RESULT_RECORDED = (
    f"status = '{InspectionStatus.DONE}' AND conclusion IS NOT NULL AND findings IS NOT NULL"
    " AND completed_at IS NOT NULL AND "
    + case_of("inspections", MY_CASE_IN.format(mine=MINE, status=INSPECTED))
)
CANCELLED_WITH_CASE = (
    f"status = '{InspectionStatus.CANCELLED}' AND {case_of('inspections', ENDED_BY_ME)}"
)
# A withdrawal's or termination's entry for an inspection it cancelled, in the user's name.
CANCEL_LOGGED = (
    f"kind = '{DrawEvent.CANCEL}' AND digest IS NULL AND snapshot IS NULL"
    f" AND actor = (SELECT s.username FROM public.staff_users s WHERE s.id = {ME})"
    " AND EXISTS (SELECT 1 FROM public.inspections i JOIN public.cases c ON c.id = i.case_id"
    " WHERE i.id = inspection_draw_log.inspection_id"
    f" AND i.status = '{InspectionStatus.CANCELLED}'"
    f" AND i.draw_id IS NOT DISTINCT FROM inspection_draw_log.draw_id AND {ENDED_BY_ME})"
)

POLICIES: tuple[Policy, ...] = (
    Policy(
        "inspections",
        "request",
        "INSERT",
        HANDLER_ROLES,
        check=REQUESTED,
    ),
    Policy(
        "inspections",
        "record",
        "UPDATE",
        HANDLER_ROLES,
        using=f"status IN ({_OPEN}) AND {case_of('inspections', MINE)}",
        check=RESULT_RECORDED,
    ),
    Policy(
        "inspections",
        "plan",
        "UPDATE",
        COORDINATOR,
        using=f"status IN ({_OPEN})",
        check=f"status IN ({_OPEN}, '{InspectionStatus.CANCELLED}')",
    ),
    Policy(
        "inspections",
        "cancel_with_case",
        "UPDATE",
        roles(*CASE_ENDERS),
        using=f"status IN ({_OPEN}) AND {case_of('inspections', ENDED_BY_ME)}",
        check=CANCELLED_WITH_CASE,
    ),
    Policy("inspection_draw_log", "draw_log_keep", "ALL", COORDINATOR, using="true", check="true"),
    Policy(
        "inspection_draw_log",
        "draw_log_read",
        "SELECT",
        roles(Role.HEAD, Role.SUPERVISOR, Role.ADMIN),
        using="true",
    ),
    Policy(
        "inspection_draw_log",
        "draw_log_queue",
        "SELECT",
        HANDLER_ROLES,
        using="EXISTS (SELECT 1 FROM public.inspections i"
        " WHERE i.id = inspection_draw_log.inspection_id)",
    ),
    Policy(
        "inspection_draw_log", "draw_log_cancel", "INSERT", roles(*CASE_ENDERS), check=CANCEL_LOGGED
    ),
)
