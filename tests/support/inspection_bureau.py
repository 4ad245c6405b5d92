"""A small inspector pool on the service tests' bureau, where each exclusion rule has a
witness: an inactive inspector, one with a recusal tie, one whose specialty is of no use,
one on leave on the first day. Three cases of the "inspect" item wait for a team."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import HalfDay, RecusalKind
from desktop.services.cases import actions as cases
from desktop.services.inspections.leave import add_leave
from desktop.services.inspections.pool import InspectorForm, save_inspector
from desktop.services.inspections.recusal_ties import TieForm, save_tie

FIRST_DAY = date(2026, 11, 17)  # the Tuesday after the bureau's Monday: the draw's first day
DAYS = 5
SPECIALTIES = ("土木建筑", "消防", "电气")
# name: (department code, specialties, active)
INSPECTORS = {
    "张一": ("ZJ", ("土木建筑",), True),
    "张二": ("ZJ", ("土木建筑", "电气"), True),
    "张三": ("ZJ", ("消防",), True),
    "李四": ("XF", ("消防",), True),
    "李五": ("XF", ("消防", "电气"), True),
    "王六": ("XF", ("土木建筑",), True),
    "赵七": ("ZJ", ("土木建筑", "消防"), True),
    "钱八": ("XF", ("电气",), True),  # neither a required specialty nor the department
    "孙九": ("ZJ", ("消防",), False),  # inactive
    "周十": ("ZJ", ("土木建筑",), True),  # worked for the applicant until a year ago
}


@dataclass
class Pool:
    bureau: Any
    coordinator: Actor
    inspectors: dict[str, int] = field(default_factory=dict)
    inspections: list[int] = field(default_factory=list)

    def run(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        return self.bureau.run(action, self.coordinator, *args, **kwargs)

    def name_of(self, inspector_id: int) -> str:
        return next(name for name, i in self.inspectors.items() if i == inspector_id)

    def request_inspection(self, project: str) -> int:
        """A new case of the inspection item, claimed, sent to inspection: its request id."""
        bureau, handler = self.bureau, self.bureau.actors["eng1"]
        case = bureau.new_case("inspect", project_name=project, project_address=f"{project}地址")
        state = bureau.run(cases.claim, handler, case.id, case.version)
        bureau.run(cases.start_inspection, handler, state.id, state.version)
        with bureau.sessions() as session:
            inspection_id = session.scalar(
                sa.select(m.Inspection.id).where(m.Inspection.case_id == case.id)
            )
        self.inspections.append(inspection_id)
        return inspection_id


def stock_pool(bureau: Any) -> Pool:
    with bureau.sessions() as session, session.begin():
        session.add(m.Department(code="XF", name="消防救援支队", short_name="消防"))
        specialties = [m.Specialty(code=f"S{n}", name=name) for n, name in enumerate(SPECIALTIES)]
        session.add_all(specialties)
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "inspect"))
        item.specialties = specialties[:2]
        session.flush()
        departments = dict(session.execute(sa.select(m.Department.code, m.Department.id)).all())
        specialty_ids = {s.name: s.id for s in specialties}
    pool = Pool(bureau, bureau.actors["coord1"])
    for name, (department, held, active) in INSPECTORS.items():
        form = InspectorForm(
            None,
            name,
            departments[department],
            tuple(specialty_ids[s] for s in held),
            title="工程师",
            phone="13900000000",
            active=active,
        )
        pool.inspectors[name] = pool.run(save_inspector, form)
    pool.run(
        save_tie,
        TieForm(
            None,
            pool.inspectors["周十"],
            RecusalKind.EMPLOYMENT,
            bureau.applicant_id,
            None,
            FIRST_DAY - timedelta(days=365),
            "曾任职于申请人",
        ),
    )
    pool.run(add_leave, pool.inspectors["张一"], FIRST_DAY, FIRST_DAY, None, "请假")
    for n in (1, 2, 3):
        pool.request_inspection(f"测试项目{n}")
    return pool


def half(day: date, which: str = "am") -> tuple[date, HalfDay]:
    return day, HalfDay(which)


def pauses(bureau: Any, case_id: int) -> list[Any]:
    """A case's clock pauses as stored: (kind, started_on, ended_on), in order."""
    with bureau.sessions() as session:
        return session.execute(
            sa.select(m.ClockPause.kind, m.ClockPause.started_on, m.ClockPause.ended_on)
            .where(m.ClockPause.case_id == case_id)
            .order_by(m.ClockPause.id)
        ).all()
