"""The document register as the guard: a document fits its case's status and its issuer's
role, carries the number its serial prints as, and every serial drawn is registered in the
same transaction. By SQL as real staff logins on PostgreSQL; by the services on both."""

from __future__ import annotations

import itertools

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.kinds.licence import Licence
from desktop.documents.model import DocumentType
from desktop.domain import register
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import DomainError
from desktop.domain.guards import NotAllowed
from desktop.services.bureau import DEFAULT_PROFILE, BureauProfile, save_profile
from desktop.services.cases import actions as cases
from desktop.services.documents import issuing
from desktop.services.documents.document_data import NotIssuable, case_info
from desktop.services.documents.issuing import issue_document, verify_document, void_document
from desktop.services.documents.numbering import document_number, last_serial
from desktop.services.documents.signing_keys import init_keys
from tests.support.logins import connect_as, give_logins

REFUSED = (psycopg.errors.InsufficientPrivilege,)
REGISTER = (
    "INSERT INTO issued_documents (case_id, doc_type, year, serial, number, issued_at,"
    " issued_by_id, void, reprints) VALUES (%s, %s, 2026, %s, %s, now(), %s, false, 0)"
)


def approved(bureau) -> int:
    case = bureau.new_case("window")
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    return bureau.run(cases.approve, soc1, state.id, state.version).id


def under_review(bureau, item: str = "window", handler: str = "soc1") -> int:
    case = bureau.new_case(item)
    return bureau.run(cases.claim, bureau.actors[handler], case.id, case.version).id


def draw_and_register(connection, case_id: int, doc_type: str, staff: int, number=None) -> int:
    """In one transaction, as a user would type it: draw a serial, register its document."""
    with connection.transaction():
        serial = connection.execute("SELECT desk_next_serial(%s, 2026)", (doc_type,)).fetchone()[0]
        kind = DocumentType(doc_type)
        printed = number or document_number(DEFAULT_PROFILE, kind, 2026, serial)
        connection.execute(REGISTER, (case_id, doc_type, serial, printed, staff))
    return serial


@pytest.mark.parametrize("backend", ["postgres"])
def test_the_register_takes_a_document_only_in_its_status_and_from_its_issuers_by_sql(
    bureau, db_url
):
    give_logins(bureau.sessions, bureau.actors)
    pool_case = bureau.new_case("window").id
    reviewed = under_review(bureau)
    granted = approved(bureau)
    clerk, soc1 = bureau.actors["clerk1"].user_id, bureau.actors["soc1"].user_id
    with connect_as(db_url, "clerk1") as connection:
        # A licence for a case still in the pool: refused, and the serial goes back.
        with pytest.raises(REFUSED, match="不能由您登记"):
            draw_and_register(connection, pool_case, "licence", clerk)
        with pytest.raises(psycopg.errors.CheckViolation, match="必须属于一个办件"):
            draw_and_register(connection, None, "licence", clerk)
        # A number that is not the serial printed by the bureau's pattern.
        with pytest.raises(psycopg.errors.CheckViolation, match="文号格式"):
            draw_and_register(connection, granted, "licence", clerk, "渭高审批许〔2026〕9999号")
        assert draw_and_register(connection, granted, "licence", clerk) == 1
        assert draw_and_register(connection, pool_case, "acceptance", clerk) == 1
    with connect_as(db_url, "soc1") as connection:
        # Its own handler registers no licence for a case under review, nor for one granted.
        for case_id in (reviewed, granted):
            with pytest.raises(REFUSED, match="不能由您登记"):
                draw_and_register(connection, case_id, "licence", soc1)
        # ... but the notices of their own case, in its status.
        assert draw_and_register(connection, reviewed, "acceptance", soc1) == 2
        with pytest.raises(REFUSED):
            draw_and_register(connection, reviewed, "supplement", soc1)
    with bureau.sessions() as session:
        assert last_serial(session, "licence", 2026) == 1
        assert session.scalar(sa.select(sa.func.count()).select_from(m.IssuedDocument)) == 3


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_serial_drawn_without_its_document_fails_at_commit(bureau, db_url):
    give_logins(bureau.sessions, bureau.actors)
    granted = approved(bureau)
    clerk = bureau.actors["clerk1"].user_id
    with connect_as(db_url, "clerk1") as connection:
        for series in ("licence", "ticket", "result_notice"):
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="没有登记文书"):
                connection.execute("SELECT desk_next_serial(%s, 2026)", (series,))
        # Checking at once instead of at commit does not help either.
        with (
            pytest.raises(psycopg.errors.IntegrityConstraintViolation),
            connection.transaction(),
        ):
            connection.execute("SET CONSTRAINTS ALL IMMEDIATE")
            connection.execute("SELECT desk_next_serial('licence', 2026)")
        assert draw_and_register(connection, granted, "licence", clerk) == 1  # no gap
    with (
        connect_as(db_url, "super1") as connection,
        pytest.raises(psycopg.errors.IntegrityConstraintViolation),
    ):
        connection.execute("SELECT desk_next_serial('result_notice', 2026)")
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.NumberCounter)) == 1


@pytest.mark.parametrize("backend", ["postgres"])
def test_every_issue_rule_is_the_same_in_the_services_and_the_database(bureau, engine):
    give_logins(bureau.sessions, bureau.actors)
    people = {name: actor for name, actor in bureau.actors.items() if name != "eng2"}
    with engine.connect() as connection:
        for doc_type, status, (name, actor), own in itertools.product(
            [*register.ISSUE_RULES, "result_notice"], CaseStatus, people.items(), (True, False)
        ):
            handler = actor.user_id if own else bureau.actors["eng2"].user_id
            in_sql = connection.execute(
                sa.text("SELECT desk_issue_allowed(:t, :s, :staff, :handler)"),
                {"t": doc_type, "s": status.value, "staff": actor.user_id, "handler": handler},
            ).scalar_one()
            in_python = register.issue_allowed(doc_type, status, actor.roles, own)
            assert in_sql is in_python, (doc_type, status, name, own)


@pytest.mark.parametrize("backend", ["postgres"])
@pytest.mark.parametrize(
    "pattern",
    [
        "",  # the standard one
        "{prefix}证字〔{year}〕第{serial:05d}号",
        "{year}年{prefix}第{serial}号",
        "{prefix}-{year}-{serial:3d}",
        "许{serial:02}〔{year}〕{prefix}",
    ],
)
def test_the_database_prints_a_number_as_the_services_do(bureau, engine, pattern):
    changes = {"number_prefix": "测'审批", "number_patterns": {"licence": pattern}}
    profile = bureau.run(save_profile, bureau.actors["admin"], changes)
    with engine.connect() as connection:
        for kind, serial in itertools.product(
            (DocumentType.LICENCE, DocumentType.GRANT), (1, 7, 123, 98765)
        ):
            printed = connection.execute(
                sa.text("SELECT desk_document_number(:t, 2026, :n)"),
                {"t": kind.value, "n": serial},
            ).scalar_one()
            assert printed == document_number(profile, kind, 2026, serial)


@pytest.mark.parametrize(
    "pattern", ["{prefix}〔{year:04d}〕{serial:04d}号", "{{x}}{year}{serial}", "{year}{serial:x}"]
)
def test_patterns_the_database_could_not_print_alike_are_refused(pattern):
    with pytest.raises(DomainError, match="文号格式"):
        BureauProfile.from_stored(
            DEFAULT_PROFILE.as_stored() | {"number_patterns": {"grant": pattern}}
        )


@pytest.fixture
def keyed(bureau):
    bureau.run(init_keys, bureau.actors["admin"])
    return bureau


@pytest.fixture
def run_as(keyed, backend, request):
    """A service as a person: through their own login on PostgreSQL, as the program on
    SQLite (where the services are the only guard)."""
    if backend == "postgres":
        return request.getfixturevalue("as_staff")
    return lambda name, service, *args: keyed.run(service, keyed.actors[name], *args)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_services_issue_by_the_same_rules_on_both_backends(keyed, run_as):
    bureau, as_staff = keyed, run_as
    pool_case = bureau.new_case("window").id
    with pytest.raises(NotIssuable):  # a licence for a case in the pool
        as_staff("clerk1", issue_document, pool_case, DocumentType.LICENCE)
    reviewed = under_review(bureau)
    with pytest.raises(NotAllowed):  # a handler never issues a licence
        as_staff("soc1", issue_document, reviewed, DocumentType.LICENCE)
    assert as_staff("soc1", issue_document, reviewed, DocumentType.ACCEPTANCE).number
    # A special procedure's notice goes out while it runs, not after.
    state = bureau.case(reviewed)
    state = as_staff(
        "soc1", cases.start_special, reviewed, state.version, "专家评审", 5, "需专家评审"
    )
    as_staff("soc1", cases.end_special, reviewed, state.version)
    with pytest.raises(NotIssuable, match="不能制发"):
        as_staff("soc1", issue_document, reviewed, DocumentType.SPECIAL_PROCEDURE)
    # Voiding and issuing again keep working: the new licence takes the next number.
    granted = approved(bureau)
    first = as_staff("clerk1", issue_document, granted, DocumentType.LICENCE)
    as_staff("clerk1", void_document, first.number, "姓名有误")
    again = as_staff("clerk1", issue_document, granted, DocumentType.LICENCE)
    assert (first.number, again.number) == ("渭高审批许〔2026〕0001号", "渭高审批许〔2026〕0002号")
    assert as_staff("clerk1", verify_document, again.pdf).status == "valid"
    assert as_staff("clerk1", verify_document, first.pdf).status == "void"


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_forged_licence_is_refused_even_with_the_window_s_checks_removed(
    keyed, as_staff, monkeypatch
):
    """A client with its checks taken out still cannot register a licence for a case nobody
    approved, so no licence of such a case ever verifies as valid."""
    bureau = keyed
    pool_case = bureau.new_case("window").id
    reviewed = under_review(bureau)

    def any_licence(session, case, kind, extra=None):
        return Licence(case_info(session, case), "准予", bureau.clock.now.date(), None, (), "")

    monkeypatch.setattr(issuing, "may_issue", lambda *_: True)
    monkeypatch.setattr(issuing.register, "issuer_allowed", lambda *_: True)
    monkeypatch.setattr(issuing, "document_for", any_licence)
    for name, case_id in (("clerk1", pool_case), ("soc1", reviewed)):
        with pytest.raises(sa.exc.DBAPIError, match="不能由您登记"):
            as_staff(name, issue_document, case_id, DocumentType.LICENCE)
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.IssuedDocument)) == 0
        assert last_serial(session, "licence", 2026) == 0
