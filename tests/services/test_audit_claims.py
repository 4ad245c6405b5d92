"""A claim is recorded in the audit chain by the change of its case (status from and to,
handler, who and when), in the same commit as its history event, which the workflow
function alone writes; so the event itself takes no link of the chain of its own, unless it
carries a reason or data the change does not. Every other transition's event does."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.services.audit_chain import verify_chain
from desktop.services.cases import actions as cases
from tests.support.logins import connect_as

on_postgres = pytest.mark.parametrize("backend", ["postgres"])


def trail(bureau, entity: str, entity_id: int) -> list[m.AuditEntry]:
    with bureau.sessions() as session:
        return list(
            session.scalars(
                sa.select(m.AuditEntry)
                .where(m.AuditEntry.entity == entity, m.AuditEntry.entity_id == str(entity_id))
                .order_by(m.AuditEntry.chain_seq)
            )
        )


def events(bureau, case_id: int) -> dict[str, int]:
    with bureau.sessions() as session:
        rows = session.execute(
            sa.select(m.CaseEvent.action, m.CaseEvent.id).where(m.CaseEvent.case_id == case_id)
        )
        return {action: event_id for action, event_id in rows}


@on_postgres
def test_a_claim_is_in_the_chain_by_its_case_and_a_proposal_by_its_event_too(
    bureau, as_staff, db_url
):
    eng1 = bureau.actors["eng1"]
    case = bureau.new_case("two")
    state = as_staff("eng1", cases.claim, case.id, case.version)
    as_staff("eng1", cases.propose, state.id, state.version, grant=True, opinion="拟准予")
    history = events(bureau, case.id)
    assert not trail(bureau, "case_events", history["claim"])
    change = next(e for e in trail(bureau, "cases", case.id) if e.old and "handler_id" in e.old)
    assert change.actor == "eng1"
    assert (change.old["status"], change.new["status"]) == ("received", "under_review")
    assert change.new["handler_id"] == eng1.user_id
    assert change.new["updated_by_id"] == eng1.user_id
    assert [e.actor for e in trail(bureau, "case_events", history["propose"])] == ["eng1"]
    # A claim typed by hand with a reason: its event is recorded as it is.
    other = bureau.new_case("two")
    with connect_as(db_url, "eng2") as connection:
        connection.execute(
            "SELECT desk_case_act(%s, 'claim', NULL, '替同事接手', NULL, NULL, %s, now())",
            (other.id, bureau.actors["eng2"].user_id),
        )
    claimed = events(bureau, other.id)["claim"]
    assert [e.actor for e in trail(bureau, "case_events", claimed)] == ["eng2"]
    with bureau.sessions() as session:
        assert verify_chain(session).intact
