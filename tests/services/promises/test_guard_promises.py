"""容缺受理 enforced by PostgreSQL, as real staff logins typing SQL: no licence (制证 or the
licence document) while a promise the catalogue does not let out first is open; a promise
never changes, so it cannot be made to look kept; a receipt is the case's handler's, in
their own name, on a day that has come."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.promises import PromisedMaterial, case_promises
from tests.services.promises.conftest import PROMISED_ON
from tests.services.test_guard_register import draw_and_register
from tests.support.logins import connect_as, give_logins

ACT = "SELECT desk_case_act(%s, %s, %s, NULL, NULL, NULL, %s, now())"
REFUSED = psycopg.errors.InsufficientPrivilege


def _approved_with_promise(bureau, material: str = "材料3") -> tuple[int, int]:
    data = NewCase(
        number=f"R{next(bureau.numbers):05d}",
        item_code="window",
        applicant_id=bureau.applicant_id,
        accepted_at=bureau.clock.now - timedelta(hours=1),
        promises=(PromisedMaterial(material, PROMISED_ON),),
    )
    case = bureau.run(accept_case, bureau.actors["clerk1"], data)
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    state = bureau.run(cases.approve, soc1, state.id, state.version)
    with bureau.sessions() as session:
        [promise] = case_promises(session, state.id)
    return state.id, promise.id


@pytest.mark.parametrize("backend", ["postgres"])
def test_postgres_refuses_the_licence_while_a_promise_is_open(rongque, db_url):
    bureau = rongque
    give_logins(bureau.sessions, bureau.actors)
    case_id, promise_id = _approved_with_promise(bureau)
    clerk, soc1 = bureau.actors["clerk1"].user_id, bureau.actors["soc1"].user_id
    with connect_as(db_url, "clerk1") as connection:
        version = bureau.case(case_id).version
        with pytest.raises(psycopg.errors.CheckViolation, match="容缺受理承诺补交") as refused:
            connection.execute(ACT, (case_id, "issue_certificate", version, clerk))
        assert refused.value.diag.message_hint == "promises_kept"
        with pytest.raises(psycopg.errors.CheckViolation, match="容缺受理承诺补交"):
            draw_and_register(connection, case_id, "licence", clerk)
        # The clerk cannot record the receipt either: it is the handler's.
        with pytest.raises(REFUSED):
            connection.execute(
                "INSERT INTO case_promise_receipts (promise_id, received_on, recorded_by_id,"
                " recorded_at, note) VALUES (%s, current_date - 1, %s, now(), '')",
                (promise_id, clerk),
            )
    with connect_as(db_url, "soc1") as connection:
        # Not in another's name, not on a day still to come.
        for day, by in (("current_date - 1", clerk), ("current_date + 30", soc1)):
            with pytest.raises(REFUSED):
                connection.execute(
                    "INSERT INTO case_promise_receipts (promise_id, received_on,"
                    f" recorded_by_id, recorded_at, note) VALUES (%s, {day}, %s, now(), '')",
                    (promise_id, by),
                )
        connection.execute(
            "INSERT INTO case_promise_receipts (promise_id, received_on, recorded_by_id,"
            " recorded_at, note) VALUES (%s, desk_today(), %s, now() - interval '9 days', '')",
            (promise_id, soc1),
        )
        for statement in (
            "UPDATE case_promise_receipts SET received_on = received_on - 30",
            "DELETE FROM case_promise_receipts",
        ):
            with pytest.raises(REFUSED):
                connection.execute(statement)
    with connect_as(db_url, "clerk1") as connection:
        assert draw_and_register(connection, case_id, "licence", clerk) == 1
        version = bureau.case(case_id).version
        connection.execute(ACT, (case_id, "issue_certificate", version, clerk))
    assert bureau.case(case_id).status.value == "certificate_issued"


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_promise_cannot_be_edited_to_look_kept_or_let_out(rongque, db_url):
    bureau = rongque
    give_logins(bureau.sessions, bureau.actors)
    case_id, _ = _approved_with_promise(bureau)
    for login in ("soc1", "clerk1", "head1", "super1"):
        with connect_as(db_url, login) as connection:
            for statement in (
                "UPDATE case_promises SET issue_before_received = true",
                "UPDATE case_promises SET promised_on = promised_on + 30",
                "UPDATE case_promises SET signed_on = signed_on - 1",
                "DELETE FROM case_promises",
            ):
                with pytest.raises(REFUSED):
                    connection.execute(statement)
    with connect_as(db_url, "clerk1") as connection:
        clerk = bureau.actors["clerk1"].user_id
        version = bureau.case(case_id).version
        with pytest.raises(psycopg.errors.CheckViolation):
            connection.execute(ACT, (case_id, "issue_certificate", version, clerk))


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_supervisor_login_inserts_a_revocation_case_and_nothing_else(rongque, db_url):
    bureau = rongque
    give_logins(bureau.sessions, bureau.actors)
    case = bureau.case(bureau.new_case("window").id)
    insert = (
        "INSERT INTO cases (number, item_id, category, applicant_id, kind, status,"
        " accepted_at, accepted_on, updated_at, version, queue_rank, green_channel,"
        " extension_days) VALUES (%s, %s, %s, %s, %s, 'received', now(), current_date, now(),"
        " 1, 1, false, 0)"
    )
    with connect_as(db_url, "super1") as connection:
        with pytest.raises(REFUSED, match="只能立案撤销许可"):
            connection.execute(
                insert, ("S0001", case.item_id, case.category.value, case.applicant_id, "new")
            )
        with pytest.raises(REFUSED):
            connection.execute(
                "INSERT INTO case_materials (case_id, seq, name, state) VALUES (%s, 9, 'x',"
                " 'received')",
                (case.id,),
            )
