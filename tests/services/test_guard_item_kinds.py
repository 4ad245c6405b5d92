"""A filing (备案) never gets a licence: not from the services, not from the command line's
service, not by SQL as a real staff login; it gets its 备案通知书. Every kind check is the same
in Python and in the database."""

from __future__ import annotations

import itertools

import psycopg
import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.item_kinds import DECISION_DOCUMENTS, ItemKind, kind_allows
from desktop.services.cases import actions as cases
from desktop.services.documents.document_data import NotIssuable
from desktop.services.documents.issuing import issue_document
from desktop.services.documents.print_queue import issuable_types, still_needed
from desktop.services.documents.signing_keys import init_keys
from tests.services.test_guard_register import draw_and_register
from tests.support.logins import connect_as, give_logins


def filed(bureau) -> int:
    """An approved case of the window item, made a filing item."""
    with bureau.sessions() as session, session.begin():
        item = session.scalar(sa.select(m.Item).where(m.Item.code == "window"))
        item.kind, item.issues_licence, item.validity_years = ItemKind.FILING, False, None
    case = bureau.new_case("window")
    soc1 = bureau.actors["soc1"]
    state = bureau.run(cases.claim, soc1, case.id, case.version)
    return bureau.run(cases.approve, soc1, state.id, state.version).id


def test_a_filing_gets_its_notice_and_never_a_licence_from_the_services(bureau):
    bureau.run(init_keys, bureau.actors["admin"])
    case_id = filed(bureau)
    clerk = bureau.actors["clerk1"]
    offered = bureau.run(issuable_types, clerk, case_id)
    assert DocumentType.FILING in offered
    assert not {DocumentType.LICENCE, DocumentType.GRANT} & set(offered)
    assert bureau.run(still_needed, clerk, case_id) == (DocumentType.FILING,)
    for kind in (DocumentType.LICENCE, DocumentType.GRANT):
        with pytest.raises(NotIssuable, match="备案"):
            bureau.run(issue_document, clerk, case_id, kind)
    issued = bureau.run(issue_document, clerk, case_id, DocumentType.FILING)
    assert "备" in issued.number
    with bureau.sessions() as session:
        types = set(session.scalars(sa.select(m.IssuedDocument.doc_type)))
    assert types == {"filing"}


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_filing_gets_no_licence_by_sql(bureau, db_url):
    give_logins(bureau.sessions, bureau.actors)
    case_id = filed(bureau)
    clerk = bureau.actors["clerk1"].user_id
    with connect_as(db_url, "clerk1") as connection:
        for doc_type in ("licence", "grant"):
            with pytest.raises(psycopg.errors.CheckViolation, match="备案"):
                draw_and_register(connection, case_id, doc_type, clerk)
        assert draw_and_register(connection, case_id, "filing", clerk) == 1


@pytest.mark.parametrize("backend", ["postgres"])
def test_every_kind_rule_is_the_same_in_python_and_the_database(engine):
    with engine.connect() as connection:
        for doc_type, kind, licence in itertools.product(
            [*DECISION_DOCUMENTS, "acceptance", "termination", "withdrawal"],
            ItemKind,
            (True, False),
        ):
            in_sql = connection.execute(
                sa.text("SELECT desk_kind_allows(:t, :k, :l)"),
                {"t": doc_type, "k": kind.value, "l": licence},
            ).scalar_one()
            assert in_sql is kind_allows(doc_type, kind, licence), (doc_type, kind, licence)
