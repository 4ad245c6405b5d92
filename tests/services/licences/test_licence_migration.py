"""Migration 0019 registers the licences issued before it: each licence document becomes
version 1 of its licence, valid from its case's decision for the item's years."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from alembic import command

from desktop.data import migrate
from desktop.data import models as m
from tests.services.licences.test_licence_life import granted, issue
from tests.services.licences.test_licence_life import licensing as licensing  # the fixture


@pytest.mark.parametrize("backend", ["postgres"])  # SQLite rebuilds `cases` to go back
def test_an_upgrade_registers_the_licences_issued_before(licensing, engine):
    from desktop.documents.model import DocumentType

    case_id = granted(licensing, scope="预包装食品销售")
    _, number = issue(licensing, case_id, DocumentType.GRANT, DocumentType.LICENCE)
    decided = licensing.case(case_id).decided_on
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0018")
    migrate.upgrade(engine)
    with licensing.sessions() as session:
        (row,) = session.scalars(sa.select(m.Licence)).all()
        kind = session.scalar(sa.select(m.Case.kind).where(m.Case.id == case_id))
    assert (row.licence_no, row.version, row.document_number, row.case_id) == (
        number,
        1,
        number,
        case_id,
    )
    assert row.valid_from == decided
    assert row.valid_to == decided.replace(year=decided.year + 1) - timedelta(days=1)
    assert kind == "new"
