"""The legal guards and the separation of duties hold in the services (SQLite) and in the
database itself, for a staff member typing SQL with their own login (PostgreSQL)."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa
from psycopg.types.json import Jsonb

from desktop.data import models as m
from desktop.data.security.guards_sql import GUARD_SQL
from desktop.data.security.workflow_sql import CASE_MOVE
from desktop.domain.enums import CaseStatus
from desktop.domain.guards import Guard, GuardFailed, NotAllowed, available_actions
from desktop.domain.workflow import Action
from desktop.services.case_core import act, case_facts
from desktop.services.cases import actions as cases
from tests.support.guard_scenarios import SCENARIOS, Forbidden
from tests.support.logins import connect_as, give_logins

ACT = "SELECT desk_case_act(%s, %s, %s, %s, %s, NULL, %s, now())"


def test_every_guard_of_the_domain_has_its_check_in_the_database():
    assert set(GUARD_SQL) == set(SCENARIOS) == set(Guard)
    for guard in GUARD_SQL:
        assert f"HINT = '{guard.value}'" in CASE_MOVE, guard


def _act_sql(connection: psycopg.Connection, bureau, move: Forbidden, version: int) -> None:
    data = Jsonb(move.data) if move.data is not None else None
    actor = bureau.actors[move.login].user_id
    connection.execute(ACT, (move.case_id, move.action.value, version, move.reason, data, actor))


@pytest.mark.parametrize("guard", list(SCENARIOS), ids=str)
def test_each_legal_guard_refuses_the_same_case_in_the_services_and_by_sql(
    bureau, db_url, backend, guard
):
    move = SCENARIOS[guard](bureau)
    before = bureau.case(move.case_id)
    if backend == "sqlite":

        def forbidden(session):
            act(
                session,
                bureau.actors[move.login],
                move.case_id,
                before.version,
                move.action,
                reason=move.reason,
                grant=move.grant,
                data=move.data,
            )

        with pytest.raises(GuardFailed) as refused:
            bureau.run(forbidden)
        assert refused.value.data["guard"] is guard
    else:
        give_logins(bureau.sessions, [move.login])
        with (
            connect_as(db_url, move.login) as connection,
            pytest.raises(psycopg.errors.CheckViolation) as refused,
        ):
            _act_sql(connection, bureau, move, before.version)
        assert refused.value.diag.message_hint == guard.value
    after = bureau.case(move.case_id)
    assert (after.status, after.version) == (before.status, before.version)


def _signed_off(bureau, reviewer: str):
    case = bureau.new_case("two")
    eng1 = bureau.actors["eng1"]
    state = bureau.run(cases.claim, eng1, case.id, case.version)
    state = bureau.run(cases.propose, eng1, state.id, state.version, grant=True, opinion="拟准予")
    return bureau.run(cases.sign_off, bureau.actors[reviewer], state.id, state.version)


def test_whoever_reviewed_a_case_does_not_also_approve_it(bureau):
    """head1 holds both the reviewer and the head role: one level only, and the window does
    not offer the other (its buttons come from available_actions)."""
    head1 = bureau.actors["head1"]
    state = _signed_off(bureau, "head1")
    with pytest.raises(NotAllowed, match="两人分别办理"):
        bureau.run(cases.approve, head1, state.id, state.version)
    with pytest.raises(NotAllowed, match="两人分别办理"):
        bureau.run(cases.reject, head1, state.id, state.version, "不符")
    with bureau.sessions() as session:
        facts = case_facts(session, session.get(m.Case, state.id))
    assert facts.reviewer_id == head1.user_id
    assert Action.APPROVE not in available_actions(facts, head1)
    assert bureau.case(state.id).status is CaseStatus.AWAITING_SIGNOFF
    # Reviewed by someone else, the same head approves.
    other = _signed_off(bureau, "review1")
    assert bureau.run(cases.approve, head1, other.id, other.version).status is CaseStatus.APPROVED


def test_a_send_back_and_a_new_proposal_start_the_levels_afresh(bureau):
    head1, eng1 = bureau.actors["head1"], bureau.actors["eng1"]
    state = _signed_off(bureau, "review1")
    state = bureau.run(cases.send_back, head1, state.id, state.version, "请补充说明")
    state = bureau.run(cases.propose, eng1, state.id, state.version, grant=True, opinion="拟准予")
    with bureau.sessions() as session:
        facts = case_facts(session, session.get(m.Case, state.id))
    assert (facts.proposer_id, facts.reviewer_id) == (eng1.user_id, None)
    state = bureau.run(cases.sign_off, head1, state.id, state.version)
    with pytest.raises(NotAllowed, match="两人分别办理"):
        bureau.run(cases.approve, head1, state.id, state.version)


@pytest.mark.parametrize("backend", ["postgres"])
def test_one_person_neither_reviews_and_approves_nor_approves_their_own_proposal_by_sql(
    bureau, db_url, backend
):
    give_logins(bureau.sessions, ["head1", "review1"])
    head1 = bureau.actors["head1"].user_id
    state = _signed_off(bureau, "head1")
    with connect_as(db_url, "head1") as connection:
        for action in ("approve", "reject"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="您不能"):
                connection.execute(ACT, (state.id, action, state.version, "同意", None, head1))
    assert bureau.case(state.id).status is CaseStatus.AWAITING_SIGNOFF
    other = _signed_off(bureau, "review1")
    with connect_as(db_url, "head1") as connection:  # the legitimate approval still works
        connection.execute(ACT, (other.id, "approve", other.version, "同意", None, head1))
    assert bureau.case(other.id).status is CaseStatus.APPROVED


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_recused_inspector_is_not_put_on_a_team_by_sql(bureau, pool, db_url, backend):
    give_logins(bureau.sessions, ["coord1"])
    inspection = pool.inspections[0]
    insert = (
        "INSERT INTO inspection_members (inspection_id, inspector_id, is_backup, rank)"
        " VALUES (%s, %s, %s, %s)"
    )
    with connect_as(db_url, "coord1") as connection:
        for backup, rank in ((False, 0), (True, 9)):
            with pytest.raises(psycopg.errors.CheckViolation, match="周十 应当回避"):
                connection.execute(insert, (inspection, pool.inspectors["周十"], backup, rank))
        connection.execute(insert, (inspection, pool.inspectors["张二"], False, 0))
    with bureau.sessions() as session:
        members = session.scalars(
            sa.select(m.InspectionMember.inspector_id).where(
                m.InspectionMember.inspection_id == inspection
            )
        ).all()
    assert pool.inspectors["周十"] not in members and pool.inspectors["张二"] in members
