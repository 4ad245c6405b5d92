"""The services run as ordinary staff logins on PostgreSQL: every step of a case works
with exactly the grants, policies and guarded functions each role has."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import (
    CaseStatus,
    Category,
    InspectionConclusion,
    InspectionStatus,
    PauseKind,
    Role,
)
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.timezone import CHINA
from desktop.services.case_core import CaseNotFound
from desktop.services.case_moves import CASE_ACT
from desktop.services.cases import actions as cases
from desktop.services.cases import urging
from desktop.services.cases.details import case_details
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.queues import QueueQuery, QueueView, fetch_page
from desktop.services.documents.issuing import issue_document
from desktop.services.documents.signing_keys import init_keys
from desktop.services.inspections.changes import cancel_inspection
from desktop.services.inspections.draws import plan_inspections
from desktop.services.supervision.settings import DEFAULT_SETTINGS, save_supervision_settings
from tests.support.inspection_bureau import DAYS, FIRST_DAY
from tests.support.logins import staff_sessions

BASIS = "《中华人民共和国民法典》第五十九条"  # a termination cites its legal basis

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
ROLES = (Role.HANDLER_ENGINEERING, Role.REVIEWER)


def test_a_case_from_the_front_desk_to_delivery_as_staff_logins(bureau, as_staff):
    new = NewCase("L0001", "two", bureau.applicant_id, bureau.clock.now - timedelta(hours=1))
    state = as_staff("clerk1", accept_case, new)
    state = as_staff("eng1", cases.claim, state.id, state.version)
    with bureau.sessions() as session:
        material = session.scalar(
            sa.select(m.CaseMaterial.id).where(m.CaseMaterial.case_id == state.id).limit(1)
        )
    state = as_staff("eng1", cases.mark_material, state.id, state.version, material, False)
    notice = as_staff("eng1", cases.request_supplement, state.id, state.version, [material])
    state = as_staff("eng1", cases.receive_supplement, state.id, notice.state.version)
    state = as_staff("eng1", cases.propose, state.id, state.version, grant=True, opinion="拟准予")
    state = as_staff("review1", cases.sign_off, state.id, state.version)
    state = as_staff("head1", cases.extend, state.id, state.version, "情况复杂")
    state = as_staff("head1", cases.approve, state.id, state.version)
    bureau.run(init_keys, bureau.actors["admin"])
    licence = as_staff("clerk1", issue_document, state.id, DocumentType.LICENCE)
    state = as_staff("clerk1", cases.issue_certificate, state.id, state.version)
    state = as_staff("clerk1", cases.deliver, state.id, state.version, "王五")
    assert state.status is CaseStatus.DELIVERED and licence.number == "渭高审批许〔2026〕0001号"
    case = bureau.case(state.id)
    assert case.decided_on is not None and case.closed_on is not None
    assert case.extension_days == 10
    with bureau.sessions() as session:
        actors = session.execute(
            sa.select(m.CaseEvent.action, m.StaffUser.username)
            .join(m.StaffUser, m.StaffUser.id == m.CaseEvent.actor_id, isouter=True)
            .where(m.CaseEvent.case_id == state.id)
            .order_by(m.CaseEvent.id)
        ).all()
    assert [a for a, _ in actors][1:] == [
        "claim",
        "material",
        "request_supplement",
        "receive_supplement",
        "propose",
        "sign_off",
        "extend",
        "approve",
        "issue_certificate",
        "deliver",
    ]
    assert dict(actors)["approve"] == "head1" and dict(actors)["sign_off"] == "review1"


def test_the_proposer_cannot_sign_off_their_own_proposal_there_either(bureau, as_staff, db_url):
    """The function reads the proposer from the history it recorded itself."""
    from desktop.domain.actor import Actor
    from desktop.services.admin.users import add_account
    from desktop.services.staff import actor_for

    with bureau.sessions() as session, session.begin():
        add_account(session, Actor.system("test"), "dual_role1", "兼任", ROLES, "Dual#2026pw")
    with bureau.sessions() as session:
        dual = actor_for(session, "dual_role1")
    makers = staff_sessions(db_url, "dual_role1", "Dual#2026pw")

    def run_as_dual(service, *args, **kwargs):
        with makers() as session, session.begin():
            return service(session, dual, *args, **kwargs)

    case = bureau.new_case("two")
    state = run_as_dual(cases.claim, case.id, case.version)
    state = run_as_dual(cases.propose, state.id, state.version, grant=True, opinion="拟准予")
    with pytest.raises(NotAllowed, match="本人"):
        run_as_dual(cases.sign_off, state.id, state.version)
    with makers() as session, pytest.raises(sa.exc.DBAPIError, match="您不能"):  # nor by SQL
        session.execute(
            CASE_ACT,
            {
                "case_id": state.id,
                "action": "sign_off",
                "version": state.version,
                "reason": "同意",
                "data": None,
                "handler_id": None,
                "actor_id": dual.user_id,
                "at": bureau.clock.now,
            },
        )
    makers.kw["bind"].dispose()


def test_a_supervisor_assigns_and_a_handler_of_the_other_queue_cannot_claim(bureau, as_staff):
    case = bureau.new_case("two")
    with pytest.raises((NotAllowed, CaseNotFound)):  # they do not even see it
        as_staff("soc1", cases.claim, case.id, case.version)
    [state] = as_staff("super1", cases.assign, [case.id], bureau.actors["eng2"].user_id)
    assert state.handler_id == bureau.actors["eng2"].user_id


def test_an_urge_is_sent_seen_and_acknowledged_once_as_staff_logins(bureau, as_staff):
    late = bureau.new_case("two", accepted_at=datetime(2026, 10, 12, 9, tzinfo=CHINA))  # red
    state = as_staff("eng1", cases.claim, late.id, late.version)
    line = as_staff("super1", urging.urge_case, state.id, "请今日办结")
    assert as_staff("eng1", urging.count_urges_to_me) == 1
    page = as_staff("eng1", fetch_page, QueueQuery(Category.ENGINEERING, QueueView.MINE))
    assert [row.urged for row in page.rows] == [True]
    (shown,) = as_staff("eng1", case_details, state.id).urges
    assert (shown.id, shown.urged_by) == (line.id, "用户super1")
    mine = as_staff("eng1", urging.list_urges, to_me=True, unacknowledged_only=True)
    assert [u.id for u in mine] == [line.id]
    with pytest.raises(NotAllowed):  # a handler of the same queue sees it, but it is not theirs
        as_staff("eng2", urging.acknowledge_urge, line.id)
    with pytest.raises(DomainError, match="不存在"):  # the other queue does not even see it
        as_staff("soc1", urging.acknowledge_urge, line.id)
    first = as_staff("eng1", urging.acknowledge_urge, line.id)
    bureau.clock.advance(hours=1)
    again = as_staff("eng1", urging.acknowledge_urge, line.id)
    assert first.acknowledged_at is not None and again.acknowledged_at == first.acknowledged_at
    assert as_staff("super1", urging.list_urges)[0].acknowledged_at == first.acknowledged_at
    assert as_staff("eng1", urging.count_urges_to_me) == 0


def test_the_admin_saves_the_supervision_limits_through_their_login(bureau, as_staff):
    saved = as_staff("admin", save_supervision_settings, replace(DEFAULT_SETTINGS, receipt_days=4))
    assert saved.receipt_days == 4
    with pytest.raises(NotAllowed):
        as_staff("super1", save_supervision_settings, DEFAULT_SETTINGS)


def test_inspections_and_the_clock_s_pauses_as_staff_logins(bureau, pool, as_staff, db_url):
    """The draw, the handler's result and special procedure, a withdrawal and a termination
    cancelling open inspections, and the coordinator's cancel: each through its own login."""
    coordinator = staff_sessions(db_url, "coord1")
    try:
        outcome = plan_inspections(coordinator, pool.coordinator, FIRST_DAY, DAYS, "seed-7")
    finally:
        coordinator.kw["bind"].dispose()
    inspected, withdrawn, terminated = (
        bureau.case(case_id)
        for case_id in _case_ids(bureau, [line.inspection_id for line in outcome.planned])
    )
    state = as_staff(
        "eng1",
        cases.end_inspection,
        inspected.id,
        inspected.version,
        InspectionConclusion.PASSES,
        "现场与材料一致",
    )
    bureau.clock.advance(days=1)
    state = as_staff("eng1", cases.start_special, state.id, state.version, "专家评审", 5, "复杂")
    bureau.clock.advance(days=1)
    state = as_staff("eng1", cases.end_special, state.id, state.version)
    state = as_staff("eng1", cases.propose, state.id, state.version, grant=True, opinion="拟准予")
    assert state.status is CaseStatus.DECISION_PROPOSED
    as_staff("eng1", cases.withdraw, withdrawn.id, withdrawn.version, "申请人书面撤回")
    as_staff("head1", cases.terminate, terminated.id, terminated.version, "主体资格灭失", BASIS)
    with bureau.sessions() as session:
        inspections = session.execute(
            sa.select(m.Inspection.case_id, m.Inspection.status, m.Inspection.conclusion)
        ).all()
        pauses = session.execute(
            sa.select(m.ClockPause.case_id, m.ClockPause.kind, m.ClockPause.ended_on)
        ).all()
        logged = session.execute(
            sa.select(m.DrawLogEntry.kind, m.DrawLogEntry.actor).order_by(m.DrawLogEntry.id)
        ).all()
    assert sorted(inspections) == [
        (inspected.id, InspectionStatus.DONE, InspectionConclusion.PASSES),
        (withdrawn.id, InspectionStatus.CANCELLED, None),
        (terminated.id, InspectionStatus.CANCELLED, None),
    ]
    monday, wednesday = date(2026, 11, 16), date(2026, 11, 18)
    assert sorted(pauses) == [
        (inspected.id, PauseKind.INSPECTION, monday),
        (inspected.id, PauseKind.SPECIAL_PROCEDURE, wednesday),
        (withdrawn.id, PauseKind.INSPECTION, wednesday),
        (terminated.id, PauseKind.INSPECTION, wednesday),
    ]
    assert logged[1:] == [(DrawEvent.CANCEL, "eng1"), (DrawEvent.CANCEL, "head1")]
    # The coordinator's own cancel of a last inspection, with its pause, still works.
    case = bureau.new_case("inspect")
    state = as_staff("eng1", cases.claim, case.id, case.version)
    state = as_staff("eng1", cases.start_inspection, state.id, state.version)
    (inspection_id,) = _inspection_ids(bureau, state.id)
    assert as_staff("coord1", cancel_inspection, inspection_id, "现场已拆除").back_to_review
    assert bureau.case(state.id).status is CaseStatus.UNDER_REVIEW


def _case_ids(bureau, inspection_ids):
    with bureau.sessions() as session:
        return [session.get(m.Inspection, i).case_id for i in inspection_ids]


def _inspection_ids(bureau, case_id):
    with bureau.sessions() as session:
        return session.scalars(
            sa.select(m.Inspection.id).where(m.Inspection.case_id == case_id)
        ).all()
