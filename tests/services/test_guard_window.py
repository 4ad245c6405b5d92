"""窗口现场审批 held by PostgreSQL itself, for staff typing SQL with their own logins: only the
authorised clerk who accepted a window item's case may grant it straight from 待认领, that
day, before anything else happened to it; no other route leads from acceptance to a grant."""

from __future__ import annotations

import itertools

import psycopg
import pytest

from desktop.domain.enums import CaseStatus
from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from tests.support.logins import connect_as

pytestmark = pytest.mark.parametrize("backend", ["postgres"])

ACT = "SELECT desk_case_act(%s, 'approve', %s, '当场准予', %s, NULL, %s, now())"
DATA = '{"grant": true, "level": "窗口现场审批"}'
NUMBERS = itertools.count(1)


def accepted_by(bureau, as_staff, name: str, item: str = "window"):
    """A case accepted (and committed) by this staff member through their own login."""
    data = NewCase(
        f"WG{next(NUMBERS):04d}",
        item,
        bureau.applicant_id,
        bureau.clock.now,
        first_contact_id=bureau.actors[name].user_id,
    )
    return as_staff(name, accept_case, data)


def approve_by_sql(bureau, db_url, name: str, case) -> None:
    with connect_as(db_url, name) as connection:
        connection.execute(ACT, (case.id, case.version, DATA, bureau.actors[name].user_id))


def refused(bureau, db_url, name: str, case) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="您不能“准予许可”"):
        approve_by_sql(bureau, db_url, name, case)
    assert bureau.case(case.id).status is CaseStatus.RECEIVED


def test_the_authorised_clerk_grants_their_own_fresh_window_case(bureau, as_staff, db_url, backend):
    case = accepted_by(bureau, as_staff, "window1")
    approve_by_sql(bureau, db_url, "window1", case)
    after = bureau.case(case.id)
    assert after.status is CaseStatus.APPROVED and after.decided_on == after.accepted_on


def test_a_clerk_without_the_authorisation_cannot(bureau, as_staff, db_url, backend):
    refused(bureau, db_url, "clerk1", accepted_by(bureau, as_staff, "clerk1"))


def test_not_on_an_item_the_catalogue_does_not_authorise(bureau, as_staff, db_url, backend):
    refused(bureau, db_url, "window1", accepted_by(bureau, as_staff, "window1", "one"))


def test_no_other_route_from_acceptance_to_a_grant(bureau, as_staff, db_url, backend):
    # Another clerk's acceptance; the handler and the heads on the authorised clerk's own.
    refused(bureau, db_url, "window1", accepted_by(bureau, as_staff, "clerk1"))
    own = accepted_by(bureau, as_staff, "window1")
    for name in ("soc1", "head1", "review1", "clerk1"):
        refused(bureau, db_url, name, own)
    # Once anything happened to it (claimed, released), it is the back office's.
    state = as_staff("soc1", cases.claim, own.id, own.version)
    state = as_staff("soc1", cases.release, state.id, state.version)
    refused(bureau, db_url, "window1", state)
    # A day later, neither.
    late = accepted_by(bureau, as_staff, "window1")
    bureau.clock.advance(days=1)
    refused(bureau, db_url, "window1", late)
    # Nor by writing the row: the status changes only through the workflow function.
    with (
        connect_as(db_url, "window1") as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(
            "UPDATE cases SET status = 'approved', decided_on = accepted_on WHERE id = %s",
            (late.id,),
        )
    assert bureau.case(late.id).status is CaseStatus.RECEIVED
