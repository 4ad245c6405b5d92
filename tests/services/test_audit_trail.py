"""The audit trail: who did what recorded by the database, one hash chain over every row,
and a tampered row found by `approval-desk audit verify`."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.services.audit_chain import verify_chain
from desktop.services.cases import actions as cases
from tests.support.logins import give_logins, staff_sessions
from tests.test_cli import run


def some_work(bureau) -> int:
    case = bureau.new_case("two")
    state = bureau.run(cases.claim, bureau.actors["eng1"], case.id, case.version)
    bureau.run(
        cases.propose, bureau.actors["eng1"], state.id, state.version, grant=True, opinion="拟准予"
    )
    return case.id


def tamper(db_url, backend: str) -> int:
    """Change one stored row behind the guards' back, as only the DBA could."""
    engine = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT id FROM audit_log WHERE entity = 'case' ORDER BY id LIMIT 1 OFFSET 1"
        ).scalar_one()
        if backend == "postgres":
            connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        connection.exec_driver_sql(
            f'UPDATE audit_log SET new = \'{{"status": "approved"}}\' WHERE id = {row}'
        )
        if backend == "postgres":
            connection.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")
    engine.dispose()
    return row


def test_the_chain_holds_and_verify_finds_a_tampered_row(bureau, db_url, backend):
    some_work(bureau)
    with bureau.sessions() as session:
        report = verify_chain(session)
    assert report.intact and report.checked >= 3
    url = db_url.render_as_string(hide_password=False)
    fine = run("audit", "verify", db=url)
    assert fine.returncode == 0 and "审计链完整" in fine.stdout, fine.stderr
    row = tamper(db_url, backend)
    broken = run("audit", "verify", db=url)
    assert broken.returncode == 1
    assert f"#{row}" in broken.stderr and "不符" in broken.stderr


def test_audit_rows_cannot_be_changed_through_the_app_either(bureau):
    some_work(bureau)
    with pytest.raises(sa.exc.DBAPIError), bureau.sessions() as session, session.begin():
        session.execute(sa.update(m.AuditEntry).values(actor="nobody"))
    with pytest.raises(sa.exc.DBAPIError), bureau.sessions() as session, session.begin():
        session.execute(sa.delete(m.AuditEntry))


@pytest.mark.parametrize("backend", ["postgres"])
def test_the_database_records_who_changed_a_case_and_what(bureau, db_url):
    give_logins(bureau.sessions, ["eng1"])
    case = bureau.new_case("two")
    eng1 = staff_sessions(db_url, "eng1")
    with eng1() as session, session.begin():
        cases.claim(session, bureau.actors["eng1"], case.id, case.version)
    with bureau.sessions() as session:
        rows = session.scalars(
            sa.select(m.AuditEntry)
            .where(m.AuditEntry.entity == "cases", m.AuditEntry.entity_id == str(case.id))
            .order_by(m.AuditEntry.id)
        ).all()
        claim = next(r for r in rows if r.action == "update" and "status" in (r.new or {}))
        assert claim.actor == "eng1"
        assert (claim.old["status"], claim.new["status"]) == ("received", "under_review")
        assert claim.new["handler_id"] == bureau.actors["eng1"].user_id
        service_entry = session.scalar(
            sa.select(m.AuditEntry).where(
                m.AuditEntry.entity == "case", m.AuditEntry.action == "claim"
            )
        )
        assert service_entry.actor == "eng1"  # the login, stamped by the database
        assert verify_chain(session).intact  # both sources in one chain
    eng1.kw["bind"].dispose()
