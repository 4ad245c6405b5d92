"""A cancelled inspection does not strand its case: the last open one cancelled, the case is
back in review with its clock running from that day, and its history says why."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, InspectionConclusion, InspectionStatus, PauseKind
from desktop.domain.errors import DomainError
from desktop.domain.guards import GuardFailed
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.workflow import Action
from desktop.services.cases import actions as cases
from desktop.services.cases.details import case_details
from desktop.services.inspections.board import draw_history, scheduled_inspections
from desktop.services.inspections.changes import cancel_inspection
from desktop.services.inspections.draws import plan_inspections
from desktop.services.inspections.replay import load_recorded, replay
from tests.support.inspection_bureau import DAYS, FIRST_DAY, pauses

BASIS = "《中华人民共和国民法典》第五十九条"  # a termination cites its legal basis

REASON = "申请人撤回踏勘申请，现场不具备条件"
THURSDAY = date(2026, 11, 19)


def case_of(pool, inspection_id):
    with pool.bureau.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Inspection.case_id).where(m.Inspection.id == inspection_id)
        )
    return pool.bureau.case(case_id)


def last_event(bureau, case_id):
    with bureau.sessions() as session:
        return session.scalars(
            sa.select(m.CaseEvent)
            .where(m.CaseEvent.case_id == case_id)
            .order_by(m.CaseEvent.id.desc())
            .limit(1)
        ).one()


def test_the_last_inspection_cancelled_returns_the_case_to_review(pool):
    bureau, handler = pool.bureau, pool.bureau.actors["eng1"]
    outcome = plan_inspections(bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
    line = outcome.planned[0]
    twin_id = outcome.planned[1].inspection_id
    before = case_of(pool, line.inspection_id)
    assert before.status is CaseStatus.INSPECTION
    bureau.clock.advance(days=3)  # Thursday
    result = pool.run(cancel_inspection, line.inspection_id, REASON)
    assert result.status is InspectionStatus.CANCELLED and result.back_to_review
    case = bureau.case(before.id)
    assert (case.status, case.version) == (CaseStatus.UNDER_REVIEW, before.version + 1)
    assert case.handler_id == handler.user_id  # still the handler's, in their queue
    # The inspection pause ends on the cancellation day, as an end_inspection that day would.
    assert pauses(bureau, case.id) == [(PauseKind.INSPECTION, date(2026, 11, 16), THURSDAY)]
    twin = case_of(pool, twin_id)
    bureau.run(
        cases.end_inspection,
        handler,
        twin.id,
        twin.version,
        InspectionConclusion.PASSES,
        "现场与材料一致",
    )
    ended = bureau.case(twin.id)
    assert (case.promised_due_on, case.statutory_due_on) == (
        ended.promised_due_on,
        ended.statutory_due_on,
    )
    # Ten working days from Monday the 16th, the 17th to the 19th not counted.
    assert case.promised_due_on == date(2026, 12, 3)
    event = last_event(bureau, case.id)
    assert (event.action, event.from_status, event.to_status, event.reason) == (
        Action.CANCEL_INSPECTION.value,
        CaseStatus.INSPECTION,
        CaseStatus.UNDER_REVIEW,
        REASON,
    )
    assert event.actor_id == pool.coordinator.user_id
    assert event.data == {"inspection_id": line.inspection_id}
    with bureau.sessions() as session:
        audited = session.execute(
            sa.select(m.AuditEntry.actor, m.AuditEntry.old, m.AuditEntry.new).where(
                m.AuditEntry.action == Action.CANCEL_INSPECTION.value,
                m.AuditEntry.entity == "case",
                m.AuditEntry.entity_id == str(case.id),
            )
        ).one()
    assert audited.actor.endswith("coord1")  # "postgres for coord1" when the DBA acts
    assert (audited.old["status"], audited.new["status"]) == ("inspection", "under_review")

    # The clock runs from Thursday: five days later a new request finds the same due date.
    bureau.clock.advance(days=5)  # Tuesday the 24th
    with pytest.raises(GuardFailed, match="须现场踏勘"):  # the item needs an inspection
        bureau.run(cases.propose, handler, case.id, case.version, grant=True, opinion="拟准予")
    state = bureau.run(cases.start_inspection, handler, case.id, case.version)
    assert state.status is CaseStatus.INSPECTION
    assert state.promised_due_on == date(2026, 12, 3)
    with bureau.sessions() as session:
        statuses = session.scalars(
            sa.select(m.Inspection.status)
            .where(m.Inspection.case_id == case.id)
            .order_by(m.Inspection.id)
        ).all()
    assert statuses == [InspectionStatus.CANCELLED, InspectionStatus.REQUESTED]
    state = bureau.run(
        cases.end_inspection, handler, state.id, state.version, InspectionConclusion.PASSES, "合格"
    )
    state = bureau.run(cases.propose, handler, state.id, state.version, grant=True, opinion="准予")
    assert state.status is CaseStatus.DECISION_PROPOSED


def test_after_a_cancelled_optional_inspection_the_handler_goes_on(pool):
    bureau, handler = pool.bureau, pool.bureau.actors["eng1"]
    new = bureau.new_case("two")  # needs no inspection, and its clock does not stop for one
    state = bureau.run(cases.claim, handler, new.id, new.version)
    state = bureau.run(cases.start_inspection, handler, state.id, state.version)
    with bureau.sessions() as session:
        inspection_id = session.scalar(
            sa.select(m.Inspection.id).where(m.Inspection.case_id == state.id)
        )
    assert pool.run(cancel_inspection, inspection_id, REASON).back_to_review
    case = bureau.case(state.id)
    assert case.status is CaseStatus.UNDER_REVIEW and pauses(bureau, case.id) == []
    state = bureau.run(cases.propose, handler, case.id, case.version, grant=True, opinion="拟准予")
    assert state.status is CaseStatus.DECISION_PROPOSED


def test_cancelling_one_of_two_open_inspections_leaves_the_case_where_it_is(pool):
    bureau = pool.bureau
    first = pool.inspections[0]
    before = case_of(pool, first)
    with bureau.sessions() as session, session.begin():  # a second request for the case
        original = session.get(m.Inspection, first)
        second = m.Inspection(
            case_id=original.case_id,
            department_id=original.department_id,
            status=InspectionStatus.REQUESTED,
            address="另一处现场",
            window_start=original.window_start,
            window_end=original.window_end,
        )
        session.add(second)
        session.flush()
        second_id = second.id
    bureau.clock.advance(days=1)
    assert not pool.run(cancel_inspection, first, REASON).back_to_review
    case = bureau.case(before.id)
    assert (case.status, case.version) == (CaseStatus.INSPECTION, before.version)
    assert pauses(bureau, case.id) == [(PauseKind.INSPECTION, date(2026, 11, 16), None)]
    assert last_event(bureau, case.id).action == Action.START_INSPECTION.value
    bureau.clock.advance(days=1)
    assert pool.run(cancel_inspection, second_id, "合并到后续踏勘").back_to_review
    assert bureau.case(before.id).status is CaseStatus.UNDER_REVIEW
    wednesday = date(2026, 11, 18)
    assert pauses(bureau, case.id) == [(PauseKind.INSPECTION, date(2026, 11, 16), wednesday)]
    assert last_event(bureau, case.id).reason == "合并到后续踏勘"


def test_an_inspection_done_or_of_a_closed_case_moves_nothing(pool):
    bureau, handler = pool.bureau, pool.bureau.actors["eng1"]
    done, withdrawn = pool.inspections[0], pool.inspections[1]
    case = case_of(pool, done)
    bureau.run(
        cases.end_inspection, handler, case.id, case.version, InspectionConclusion.PASSES, "合格"
    )
    with pytest.raises(DomainError, match="已完成"):
        pool.run(cancel_inspection, done, REASON)
    case = case_of(pool, withdrawn)
    bureau.run(cases.withdraw, handler, case.id, case.version, "申请人书面撤回")
    with pytest.raises(DomainError, match="已取消"):  # the withdrawal cancelled it already
        pool.run(cancel_inspection, withdrawn, REASON)
    assert bureau.case(case.id).status is CaseStatus.WITHDRAWN


def test_withdrawing_or_terminating_a_case_cancels_its_inspections_and_frees_the_teams(pool):
    bureau = pool.bureau
    outcome = plan_inspections(bureau.sessions, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
    withdrawn, terminated, kept = outcome.planned[:3]
    case = case_of(pool, withdrawn.inspection_id)
    bureau.run(cases.withdraw, bureau.actors["eng1"], case.id, case.version, "申请人书面撤回")
    case = case_of(pool, terminated.inspection_id)
    bureau.run(
        cases.terminate, bureau.actors["head1"], case.id, case.version, "主体资格灭失", BASIS
    )
    with bureau.sessions() as session:
        statuses = dict(session.execute(sa.select(m.Inspection.id, m.Inspection.status)).all())
        audited = session.scalars(
            sa.select(m.AuditEntry.actor)
            .where(m.AuditEntry.action == "draw_cancel")
            .order_by(m.AuditEntry.id)
        ).all()
    assert statuses == {
        withdrawn.inspection_id: InspectionStatus.CANCELLED,
        terminated.inspection_id: InspectionStatus.CANCELLED,
        kept.inspection_id: InspectionStatus.SCHEDULED,
    }
    # No longer on the coordinator's list, nor booking the team's half-day.
    shown = pool.run(scheduled_inspections, FIRST_DAY, FIRST_DAY + timedelta(days=30))
    assert [line.inspection_id for line in shown] == [kept.inspection_id]
    events = [
        (e.kind, e.case_number, e.actor, e.reason) for e in pool.run(draw_history, outcome.draw_id)
    ][1:]
    assert events == [
        (DrawEvent.CANCEL, withdrawn.case_number, "eng1", "申请人撤回：申请人书面撤回"),
        (DrawEvent.CANCEL, terminated.case_number, "head1", "终止办理：主体资格灭失"),
    ]
    assert len(audited) == 2  # "postgres for eng1" when the DBA acts
    assert audited[0].endswith("eng1") and audited[1].endswith("head1")
    # Their pauses ended with the case; the draw still replays as recorded.
    assert pauses(bureau, case.id) == [
        (PauseKind.INSPECTION, date(2026, 11, 16), date(2026, 11, 16))
    ]
    assert replay(pool.run(load_recorded, outcome.draw_id)).identical


def test_the_workbench_shows_the_cancellation_and_offers_no_button_for_it(pool):
    bureau = pool.bureau
    inspection_id = pool.inspections[0]
    case = case_of(pool, inspection_id)
    seen = bureau.run(case_details, pool.coordinator, case.id)
    assert Action.CANCEL_INSPECTION not in seen.actions  # done in the coordinator window
    pool.run(cancel_inspection, inspection_id, REASON)
    details = bureau.run(case_details, bureau.actors["eng1"], case.id)
    line = details.history[-1]
    assert (line.action, line.actor, line.reason) == ("cancel_inspection", "用户coord1", REASON)
    assert Action.START_INSPECTION in details.actions
    assert [i.status for i in details.inspections] == [InspectionStatus.CANCELLED]
