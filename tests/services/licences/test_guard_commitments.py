"""告知承诺制 enforced by PostgreSQL, typed as SQL by real staff logins: the commitment is
signed at acceptance and never rewritten or removed; its check's due day is the server's
count from the grant; the result is recorded once, only by a supervisor in their own name,
a 不实 only with its 撤销 case, and never turned into 属实 afterwards."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.commitments import CheckResult
from desktop.services.audit_chain import verify_chain
from desktop.services.deadlines import work_calendar
from desktop.services.supervision import commitment_checks as checks
from tests.services.licences.test_commitments import FINDINGS, commitment_of, decided, licensed
from tests.support.logins import connect_as

REFUSED = (psycopg.errors.InsufficientPrivilege,)
INVALID = (psycopg.errors.CheckViolation,)
on_postgres = pytest.mark.parametrize("backend", ["postgres"])


def refused(connection, statement: str, *parameters, errors=REFUSED) -> None:
    with pytest.raises(errors):
        connection.execute(statement, parameters)


@on_postgres
def test_only_a_supervisor_records_a_check_once_in_their_own_name(promising, db_url):
    bureau = promising
    case_id = decided(bureau)
    commitment = commitment_of(bureau, case_id)
    super1, clerk1 = bureau.actors["super1"], bureau.actors["clerk1"]
    record = (
        "UPDATE commitments SET result = 'true', checker = '李四', checked_on = desk_today(),"
        " findings = '属实', check_recorded_by_id = %s WHERE id = %s"
    )
    for name in ("soc1", "clerk1", "head1", "review1", "admin"):
        user = bureau.actors[name]
        with connect_as(db_url, name) as connection:
            refused(connection, record, user.user_id, commitment.id)
            refused(connection, "DELETE FROM commitments WHERE id = %s", commitment.id)
    with connect_as(db_url, "super1") as connection:
        refused(connection, record, clerk1.user_id, commitment.id)  # in another's name
        refused(
            connection, "UPDATE commitments SET signatory = '王五' WHERE id = %s", commitment.id
        )
        refused(  # half a result
            connection,
            "UPDATE commitments SET result = 'true' WHERE id = %s",
            commitment.id,
            errors=INVALID + REFUSED,
        )
        refused(
            connection,
            "UPDATE commitments SET result = 'true', checker = '李四',"
            " checked_on = DATE '2099-01-01', check_recorded_by_id = %s WHERE id = %s",
            super1.user_id,
            commitment.id,
            errors=INVALID,
        )
        connection.execute(record, (super1.user_id, commitment.id))
        again = record.replace("李四", "赵六")
        refused(connection, again, super1.user_id, commitment.id)  # once
        refused(
            connection,
            "UPDATE commitments SET findings = '改写' WHERE id = %s",
            commitment.id,
        )
    with bureau.sessions() as session:
        stored = session.get(m.Commitment, commitment.id)
        assert (stored.result, stored.check_recorded_by_id) == (CheckResult.TRUE, super1.user_id)
        assert verify_chain(session).intact


@on_postgres
def test_a_false_commitment_needs_its_revocation_and_never_turns_true(promising, db_url):
    bureau = promising
    case_id = decided(bureau)
    licensed(bureau, case_id)
    commitment = commitment_of(bureau, case_id)
    super1 = bureau.actors["super1"]
    with connect_as(db_url, "super1") as connection:
        refused(  # 不实 without the 撤销 case
            connection,
            "UPDATE commitments SET result = 'false', checker = '王五', checked_on = desk_today(),"
            " findings = %s, check_recorded_by_id = %s WHERE id = %s",
            FINDINGS,
            super1.user_id,
            commitment.id,
            errors=INVALID,
        )
        # A supervisor opens no case but a 撤销.
        refused(
            connection,
            "INSERT INTO cases (number, kind, item_id, category, applicant_id, status,"
            " accepted_at, accepted_on, updated_at, version, queue_rank, green_channel,"
            " extension_days) SELECT 'SQL-NEW', 'new', item_id, category, applicant_id,"
            " 'received', accepted_at, accepted_on, updated_at, 1, 0, false, 0"
            " FROM cases WHERE id = %s",
            case_id,
        )
    bureau.as_staff(
        "super1", checks.record_check, commitment.id, CheckResult.FALSE, FINDINGS, "王五"
    )
    with connect_as(db_url, "super1") as connection:
        refused(
            connection,
            "UPDATE commitments SET result = 'true', findings = '复核属实' WHERE id = %s",
            commitment.id,
        )
        refused(
            connection,
            "UPDATE commitments SET revocation_case_id = NULL WHERE id = %s",
            commitment.id,
        )
    assert commitment_of(bureau, case_id).result is CheckResult.FALSE


@on_postgres
def test_a_commitment_is_signed_at_acceptance_and_its_check_counted_by_the_server(
    promising, db_url
):
    bureau = promising
    clerk1 = bureau.actors["clerk1"]
    other = bureau.new_case("one")
    with connect_as(db_url, "clerk1") as connection:
        refused(  # an item not under 告知承诺制
            connection,
            "INSERT INTO commitments (case_id, conditions, signatory, signed_on, recorded_by_id,"
            " recorded_at, department_id, check_days, findings) VALUES (%s, '[]', '张三',"
            " desk_today(), %s, now(), 1, 5, '')",
            other.id,
            clerk1.user_id,
            errors=INVALID,
        )
    case_id = decided(bureau)
    commitment = commitment_of(bureau, case_id)
    with connect_as(db_url, "soc1") as connection:
        refused(
            connection,
            "UPDATE commitments SET check_due_on = DATE '2099-01-01' WHERE id = %s",
            commitment.id,
        )
        refused(connection, "UPDATE commitments SET check_days = 99 WHERE id = %s", commitment.id)
    with connect_as(db_url, "clerk1") as connection:
        refused(
            connection, "UPDATE commitments SET signatory = '李四' WHERE id = %s", commitment.id
        )
    with bureau.sessions() as session:
        decided_on = session.get(m.Case, case_id).decided_on
        expected = work_calendar(session).add_working_days(decided_on, 10)
    assert commitment_of(bureau, case_id).check_due_on == expected
    # A case not yet granted has no check to count.
    pending = bureau.new_case("promise", signatory="张三")
    waiting = commitment_of(bureau, pending.id)
    with connect_as(db_url, "soc1") as connection:
        refused(
            connection,
            "UPDATE commitments SET check_due_on = DATE '2026-12-01' WHERE id = %s",
            waiting.id,
            errors=INVALID + REFUSED,
        )
    with bureau.sessions() as session:
        assert (
            session.scalar(
                sa.select(m.Commitment.check_due_on).where(m.Commitment.id == waiting.id)
            )
            is None
        )
