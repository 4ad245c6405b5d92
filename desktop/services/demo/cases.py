"""Demo cases in chunks: each chunk is simulated with its own seeded RNG, so chunks can run
in a worker process while the main process writes, and the result stays deterministic."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import partial
from typing import Any

from sqlalchemy.engine import Dialect

from desktop.data.bulk import PreparedRows, prepare_rows
from desktop.data.models import Base
from desktop.domain.enums import CaseStatus, Category, InspectionStatus, MaterialState, queue_rank
from desktop.domain.terminations import DEATH
from desktop.domain.timezone import CHINA
from desktop.domain.workdays import WorkCalendar
from desktop.services.demo.lifecycle import CaseSimulator, Event, ItemFacts, SimulatedCase, Staff
from desktop.services.demo.people import STREETS, address
from desktop.services.demo.ratings import rating_rows

PROJECT_KINDS = ("综合楼", "生产厂房", "住宅小区", "研发中心", "仓储物流园", "商业综合体")
Row = dict[str, Any]


@dataclass(frozen=True)
class CaseContext:
    """Everything a chunk needs, sent once to the worker process."""

    seed: int
    calendar: WorkCalendar
    today: date
    staff: Staff
    items: list[ItemFacts]
    popularity: list[float]  # cumulative weights over `items`
    applicant_count: int
    persons: frozenset[int]  # the applicants who are natural persons (a termination's ground)
    inspectors_by_department: dict[int, list[int]]
    active_inspectors: list[int]
    conflicts: frozenset[tuple[int, int]]
    recipients: list[str]  # who collects results at the window
    dialect_class: type[Dialect]


@dataclass(frozen=True)
class Chunk:
    index: int
    first_case_id: int
    accepted: list[tuple[str, datetime]]  # (case number, acceptance moment)


@dataclass
class ChunkResult:
    tables: list[PreparedRows]
    statuses: Counter[str]
    events: int
    # Inspections still to be visited, with their applicant: the generator plans them once
    # every chunk is in (`visits.plan_visits`), so no inspector is booked twice.
    pending: list[tuple[Row, int]]


def simulate_chunk(context: CaseContext, chunk: Chunk) -> ChunkResult:
    rng = random.Random(f"{context.seed}/cases/{chunk.index}")
    simulator = CaseSimulator(context.calendar, context.today, context.staff)
    rows: dict[str, list[Row]] = {
        name: []
        for name in (
            "cases",
            "case_events",
            "case_materials",
            "clock_pauses",
            "inspections",
            "inspection_members",
            "case_urges",
            "ratings",
            "rating_follow_ups",
        )
    }
    # Ratings draw from their own stream, so adding them left the cases as they were.
    opinions = random.Random(f"{context.seed}/ratings/{chunk.index}")
    recipients = random.Random(f"{context.seed}/recipients/{chunk.index}")
    places = random.Random(f"{context.seed}/places/{chunk.index}")
    statuses: Counter[str] = Counter()
    pending: list[tuple[Row, int]] = []
    for offset, (number, accepted_at) in enumerate(chunk.accepted):
        case_id = chunk.first_case_id + offset
        item = rng.choices(context.items, cum_weights=context.popularity)[0]
        applicant_id = rng.randint(1, context.applicant_count)
        front_desk = rng.choice(context.staff.front_desk)
        sim = simulator.simulate(rng, item, accepted_at, front_desk)
        front_desk = sim.events[0].actor_id or front_desk  # a window clerk's own sitting
        statuses[sim.status.value] += 1
        case_row = _case_row(rng, case_id, number, item, applicant_id, front_desk, accepted_at, sim)
        rows["cases"].append(case_row)
        rows["case_events"].extend(
            {
                "case_id": case_id,
                "at": e.at,
                "actor_id": e.actor_id,
                "action": e.action,
                "from_status": e.from_status,
                "to_status": e.to_status,
                "reason": e.reason,
                "data": _received_by(e, recipients, context.recipients),
            }
            for e in map(partial(_ground, applicant_id in context.persons), sim.events)
        )
        rows["case_materials"].extend(_material_rows(case_id, item, sim, accepted_at.date()))
        rows["clock_pauses"].extend(
            {
                "case_id": case_id,
                "kind": p.kind,
                "started_on": p.started_on,
                "ended_on": p.ended_on,
                "expected_days": p.expected_days,
                "reason": p.reason,
            }
            for p in sim.pauses
        )
        rows["case_urges"].extend(
            {
                "case_id": case_id,
                "urged_at": u.at,
                "urged_by_id": u.supervisor_id,
                "handler_id": u.handler_id,
                "level": u.level,
                "message": u.message,
                "acknowledged_at": u.acknowledged_at,
            }
            for u in sim.urges
        )
        if sim.status is CaseStatus.DELIVERED:
            rating = rating_rows(
                opinions, context.calendar, context.today, case_id, sim, context.staff.supervisors
            )
            if rating is not None:
                rows["ratings"].append(rating[0])
                rows["rating_follow_ups"].extend(rating[1])
        if sim.inspection is not None:
            # The site: the project's address, or the premises a social-affairs licence is for.
            place = case_row["project_address"] or address(places)
            inspection, members = _inspection_rows(
                rng, context, case_id, item, sim, applicant_id, place
            )
            if inspection["status"] is InspectionStatus.DONE:
                rows["inspections"].append(inspection)
                rows["inspection_members"].extend(members)
            else:
                pending.append((inspection, applicant_id))
    dialect = context.dialect_class()
    tables = Base.metadata.tables
    prepared = [
        prepare_rows(dialect, tables[name], table_rows) for name, table_rows in rows.items()
    ]
    return ChunkResult(prepared, statuses, len(rows["case_events"]), pending)


def _ground(person: bool, event: Event) -> Event:
    """A termination states the ground that fits the applicant: a person's death, an
    organisation's dissolution (domain/terminations.py)."""
    if event.action != "terminate" or not person:
        return event
    return replace(event, reason=DEATH.reason, data={"basis": DEATH.basis})


def _received_by(event: Event, rng: random.Random, names: list[str]) -> dict[str, Any] | None:
    """A hand-over records who received the result (送达回证), as the window's clerk does."""
    if event.action != "deliver" or event.data:
        return event.data
    return {"received_by": rng.choice(names)}


def _case_row(
    rng: random.Random,
    case_id: int,
    number: str,
    item: ItemFacts,
    applicant_id: int,
    front_desk: int,
    accepted_at: datetime,
    sim: SimulatedCase,
) -> Row:
    engineering = item.category == Category.ENGINEERING
    green = engineering and rng.random() < 0.04
    return {
        "id": case_id,
        "number": number,
        "item_id": item.id,
        "category": item.category,
        "applicant_id": applicant_id,
        "project_name": f"{rng.choice(STREETS)}{rng.choice(PROJECT_KINDS)}项目"
        if engineering
        else None,
        "project_address": address(rng) if engineering else None,
        "green_channel": green,
        "queue_rank": queue_rank(green, sim.status),
        "first_contact_id": front_desk,
        "handler_id": sim.handler_id,
        "status": sim.status,
        "accepted_at": accepted_at,
        "accepted_on": accepted_at.date(),
        "decided_on": sim.decided_on,
        "closed_on": sim.closed_on,
        "extension_days": sim.extension_days,
        "extension_reason": sim.extension_reason,
        "promised_due_on": sim.promised_due,
        "promised_warn_on": sim.promised_warn,
        "statutory_due_on": sim.statutory_due,
        "due_provisional": sim.provisional,
        "step_due_on": sim.step_due,
        "step_warn_on": sim.step_warn,
        "updated_at": sim.events[-1].at,
        "updated_by_id": sim.events[-1].actor_id,
        "version": len(sim.events),
    }


def _material_rows(
    case_id: int, item: ItemFacts, sim: SimulatedCase, accepted_on: date
) -> Iterator[Row]:
    for index, (material_id, name) in enumerate(
        zip(item.material_ids, item.material_names, strict=True)
    ):
        missing = index in sim.missing
        received = (
            None
            if missing
            else (sim.supplement_received_on if index in sim.supplemented else accepted_on)
        )
        yield {
            "case_id": case_id,
            "seq": index + 1,
            "item_material_id": material_id,
            "name": name,
            "state": MaterialState.MISSING if missing else MaterialState.RECEIVED,
            "received_on": received,
            "note": None,
        }


def _inspection_rows(
    rng: random.Random,
    context: CaseContext,
    case_id: int,
    item: ItemFacts,
    sim: SimulatedCase,
    applicant_id: int,
    place: str,
) -> tuple[Row, list[Row]]:
    """Demo teams: two or three active inspectors, one from the responsible department,
    none with a recusal tie to the applicant. A visit still to come is returned as a
    request (no day, no team) for `visits.plan_visits`."""
    record = sim.inspection
    assert record is not None
    calendar = context.calendar
    done = record.done_on is not None
    on = record.done_on or calendar.add_working_days(record.requested_on, 2)

    def free(ids: list[int]) -> list[int]:
        return [i for i in ids if (i, applicant_id) not in context.conflicts]

    lead = rng.choice(free(context.inspectors_by_department[item.department_id]))
    others = rng.sample(
        [i for i in free(context.active_inspectors) if i != lead], rng.choice((1, 1, 2))
    )
    signed = datetime.combine(on, time(16), CHINA) if done else None
    half_day = rng.choice(("am", "pm"))
    if done:
        status, team = InspectionStatus.DONE, [lead, *others]
    else:
        status, on, half_day, team = InspectionStatus.REQUESTED, None, None, []
    inspection = {
        # One inspection per demo case at most, so the case id serves as the inspection id.
        "id": case_id,
        "case_id": case_id,
        "department_id": item.department_id,
        "status": status,
        "address": place,
        "window_start": record.requested_on,
        "window_end": calendar.add_working_days(record.requested_on, 5),
        "scheduled_on": on,
        "half_day": half_day,
        "draw_id": None,
        "conclusion": record.conclusion,
        "findings": "现场情况与申请材料一致。" if done else None,
        "requested_at": record.requested_at,
        "completed_at": signed,
    }
    members = [
        {
            "inspection_id": case_id,
            "inspector_id": inspector_id,
            "is_backup": False,
            "rank": 0,
            "signed_at": signed,
        }
        for inspector_id in team
    ]
    return inspection, members


# Running chunks, in this process or beside it ----------------------------------------------

_worker_context: CaseContext | None = None


def _init_worker(context: CaseContext) -> None:
    global _worker_context
    _worker_context = context


def _run_in_worker(chunk: Chunk) -> ChunkResult:
    assert _worker_context is not None
    return simulate_chunk(_worker_context, chunk)


def run_chunks(
    context: CaseContext,
    chunks: list[Chunk],
    consume: Callable[[ChunkResult], None],
    *,
    parallel: bool,
) -> None:
    """Simulate every chunk and hand each result to `consume` in order.

    With `parallel`, a worker process simulates ahead (at most a few chunks) while this
    process writes: the two cores of an office PC each do half the work.
    """
    if not parallel or len(chunks) < 2:
        for chunk in chunks:
            consume(simulate_chunk(context, chunk))
        return
    ahead = 3
    with ProcessPoolExecutor(1, initializer=_init_worker, initargs=(context,)) as pool:
        pending: list[Future[ChunkResult]] = []
        for chunk in chunks:
            pending.append(pool.submit(_run_in_worker, chunk))
            if len(pending) > ahead:
                consume(pending.pop(0).result())
        for future in pending:
            consume(future.result())
