"""Concurrent staff: every pool case claimed exactly once; of two racing actions one wins."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, Category, InspectionConclusion, InspectionStatus, Role
from desktop.domain.errors import DomainError
from desktop.services.case_core import CaseChanged
from desktop.services.cases import actions as cases
from desktop.services.inspections.changes import cancel_inspection
from desktop.services.staff import actor_for

PASSES = InspectionConclusion.PASSES
CLAIMERS = 20
POOL = 200


def add_handlers(bureau, count):
    with bureau.sessions() as session, session.begin():
        for n in range(count):
            user = m.StaffUser(username=f"claimer{n}", full_name=f"承办人{n}")
            user.roles = [m.StaffRole(role=Role.HANDLER_ENGINEERING)]
            session.add(user)
    with bureau.sessions() as session:
        return [actor_for(session, f"claimer{n}") for n in range(count)]


def run_threads(targets):
    barrier = threading.Barrier(len(targets))
    errors: list[BaseException] = []

    def wrap(target):
        def body():
            barrier.wait()
            try:
                target()
            except BaseException as error:
                errors.append(error)

        return body

    threads = [threading.Thread(target=wrap(t)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


@pytest.mark.slow
def test_twenty_claimers_take_every_pool_case_exactly_once(bureau):
    with bureau.sessions() as session, session.begin():
        item_id = session.scalar(sa.select(m.Item.id).where(m.Item.code == "two"))
    pool = [bureau.new_case("two").id for _ in range(POOL)]
    claimers = add_handlers(bureau, CLAIMERS)
    taken: Counter[int] = Counter()
    lock = threading.Lock()

    def claim_until_empty(actor):
        def loop():
            while True:
                state = bureau.run(cases.claim_next, actor, Category.ENGINEERING)
                if state is None:
                    return
                with lock:
                    taken[state.id] += 1

        return loop

    errors = run_threads([claim_until_empty(actor) for actor in claimers])
    assert errors == []
    assert sorted(taken) == sorted(pool) and set(taken.values()) == {1}
    with bureau.sessions() as session:
        claims = Counter(
            session.scalars(sa.select(m.CaseEvent.case_id).where(m.CaseEvent.action == "claim"))
        )
        statuses = set(session.scalars(sa.select(m.Case.status).where(m.Case.item_id == item_id)))
    assert set(claims.values()) == {1} and len(claims) == POOL
    assert statuses == {CaseStatus.UNDER_REVIEW}


def test_two_actors_racing_on_one_case_one_wins_one_is_told(bureau):
    case = bureau.new_case("two")
    state = bureau.run(cases.claim, bureau.actors["eng1"], case.id, case.version)
    outcomes: list[str] = []

    def supplement():
        with bureau.sessions() as session:
            material = session.scalar(
                sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == state.id).limit(1)
            )
        try:
            bureau.run(
                cases.request_supplement, bureau.actors["eng1"], state.id, state.version, [material]
            )
            outcomes.append("won")
        except CaseChanged as error:
            outcomes.append(f"changed:{error}")

    def extend():
        try:
            bureau.run(cases.extend, bureau.actors["head1"], state.id, state.version, "情况复杂")
            outcomes.append("won")
        except CaseChanged as error:
            outcomes.append(f"changed:{error}")

    assert run_threads([supplement, extend]) == []
    assert sorted(o.split(":")[0] for o in outcomes) == ["changed", "won"]
    assert "请刷新" in next(o for o in outcomes if o.startswith("changed"))
    final = bureau.case(state.id)
    assert final.version == state.version + 1


def test_a_handler_ending_an_inspection_and_a_coordinator_cancelling_it_one_wins(pool):
    bureau, handler = pool.bureau, pool.bureau.actors["eng1"]
    with bureau.sessions() as session:
        case_id = session.get(m.Inspection, pool.inspections[0]).case_id
    case = bureau.case(case_id)
    won: list[str] = []
    told: list[str] = []

    def end():
        try:
            bureau.run(
                cases.end_inspection, handler, case.id, case.version, PASSES, "现场与材料一致"
            )
            won.append("end_inspection")
        except DomainError as error:
            told.append(str(error))

    def cancel():
        try:
            pool.run(cancel_inspection, pool.inspections[0], "申请人撤回")
            won.append("cancel_inspection")
        except DomainError as error:
            told.append(str(error))

    assert run_threads([end, cancel]) == []
    assert len(won) == len(told) == 1 and "刷新" in told[0]
    final = bureau.case(case.id)
    assert (final.status, final.version) == (CaseStatus.UNDER_REVIEW, case.version + 1)
    with bureau.sessions() as session:
        inspection = session.get(m.Inspection, pool.inspections[0])
        moves = session.scalars(
            sa.select(m.CaseEvent.action).where(
                m.CaseEvent.case_id == case.id,
                m.CaseEvent.to_status == CaseStatus.UNDER_REVIEW,
                m.CaseEvent.from_status == CaseStatus.INSPECTION,
            )
        ).all()
    assert moves == won
    expected = InspectionStatus.DONE if won == ["end_inspection"] else InspectionStatus.CANCELLED
    assert inspection.status is expected
    assert (inspection.conclusion is not None) == (expected is InspectionStatus.DONE)
