"""Late and yellow steps today (electronic supervision flags a late step as well as a late
case), per person and per department, from the current step's stored days, which the
database keeps current (README, "Supervision"); and the cases behind each count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.data.models import Case, Department, Item, StaffUser
from desktop.domain.actor import Actor
from desktop.domain.steps import Step, current_step
from desktop.services import timesource
from desktop.services.cases.queues import step_red, step_yellow
from desktop.services.supervision_access import require_supervision

UNASSIGNED = "（未分配）"


@dataclass(frozen=True)
class LateStepRow:
    """One person or department: its cases whose current step is past due (red) or past
    its yellow day (yellow), today."""

    name: str
    red: int
    yellow: int
    by_step: tuple[tuple[Step, int], ...]  # red steps per step, in the flow's order


@dataclass(frozen=True)
class LateSteps:
    today: date
    by_person: list[LateStepRow]
    by_department: list[LateStepRow]

    @property
    def red(self) -> int:
        return sum(row.red for row in self.by_person)

    @property
    def yellow(self) -> int:
        return sum(row.yellow for row in self.by_person)


def late_steps(session: Session, actor: Actor) -> LateSteps:
    """Today's late and yellow steps per handler and per the item's department."""
    require_supervision(actor, "查看环节超时")
    today = timesource.today()
    found = session.execute(
        sa.select(
            StaffUser.full_name,
            Department.name,
            Case.status,
            sa.func.count().filter(step_red(today)),
            sa.func.count().filter(step_yellow(today)),
        )
        .join(Item, Item.id == Case.item_id)
        .join(Department, Department.id == Item.department_id)
        .outerjoin(StaffUser, StaffUser.id == Case.handler_id)
        .where(Case.step_due_on.is_not(None), Case.step_warn_on <= today)
        .group_by(StaffUser.full_name, Department.name, Case.status)
    ).all()
    people: dict[str, dict[Step | str, int]] = {}
    departments: dict[str, dict[Step | str, int]] = {}
    for person, department, status, red, yellow in found:
        step = current_step(status)
        for name, into in ((person or UNASSIGNED, people), (department, departments)):
            counts = into.setdefault(name, {"red": 0, "yellow": 0})
            counts["red"] += red
            counts["yellow"] += yellow
            if step is not None and red:
                counts[step] = counts.get(step, 0) + red
    return LateSteps(today, _rows(people), _rows(departments))


def _rows(counts: dict[str, dict[Step | str, int]]) -> list[LateStepRow]:
    rows = [
        LateStepRow(
            name,
            found["red"],
            found["yellow"],
            tuple((step, found[step]) for step in Step if found.get(step)),
        )
        for name, found in counts.items()
        if found["red"] or found["yellow"]
    ]
    return sorted(rows, key=lambda row: (-row.red, -row.yellow, row.name))


def late_step_cases(
    session: Session, actor: Actor, *, red: bool, handler: str | None = None
) -> list[int]:
    """The cases behind a count (the drill-down): red or yellow steps, of one handler."""
    require_supervision(actor, "查看环节超时")
    today = timesource.today()
    statement = (
        sa.select(Case.id)
        .where(Case.step_due_on.is_not(None), step_red(today) if red else step_yellow(today))
        .order_by(Case.step_due_on, Case.id)
    )
    if handler is not None:
        statement = statement.join(StaffUser, StaffUser.id == Case.handler_id).where(
            StaffUser.full_name == handler
        )
    return list(session.scalars(statement))
