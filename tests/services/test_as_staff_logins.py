"""The services run as ordinary staff logins on PostgreSQL: every step of a case works
with exactly the grants, policies and guarded functions each role has."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.guards import NotAllowed
from desktop.services import cases
from desktop.services.case_core import CaseNotFound
from desktop.services.case_moves import CASE_ACT
from desktop.services.intake import NewCase, accept_case
from desktop.services.numbering import next_serial
from tests.support.logins import give_logins, staff_sessions

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
ROLES = (Role.HANDLER_ENGINEERING, Role.REVIEWER)


@pytest.fixture
def as_staff(bureau, db_url):
    """name -> a function running a service as that person, through their own login."""
    give_logins(bureau.sessions, bureau.actors)
    makers = {name: staff_sessions(db_url, name) for name in bureau.actors}

    def run_as(name, service, *args, **kwargs):
        with makers[name]() as session, session.begin():
            return service(session, bureau.actors[name], *args, **kwargs)

    yield run_as
    for maker in makers.values():
        maker.kw["bind"].dispose()


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
    state = as_staff("clerk1", cases.issue_certificate, state.id, state.version)
    serial = as_staff("clerk1", lambda session, actor: next_serial(session, "licence", 2026))
    state = as_staff("clerk1", cases.deliver, state.id, state.version, "王五")
    assert state.status is CaseStatus.DELIVERED and serial == 1
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
    from desktop.services.staff import actor_for
    from desktop.services.users import add_account

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
    with makers() as session, pytest.raises(sa.exc.DBAPIError, match="不允许"):  # nor by SQL
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
