"""The catalogue's 告知承诺制 columns: round-tripped through XLSX, and a row that cannot be
decided on a commitment refused with every reason and nothing written."""

from __future__ import annotations

import io

import sqlalchemy as sa
from openpyxl import load_workbook

from desktop.data import models as m
from desktop.domain.catalogue_rows import ITEM_COLUMNS, ITEM_SHEET
from desktop.services.admin.catalogue_io import export_catalogue, import_catalogue
from tests.services.admin.test_catalogue_io import ADMIN, seed_reference, sheets

CONDITIONS = "住所真实、合法；提交的材料真实、有效"


def edited(data: bytes, code: str, **cells: object) -> bytes:
    book = load_workbook(io.BytesIO(data))
    sheet = book[ITEM_SHEET]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == code:
            for column, value in cells.items():
                row[header.index(column)].value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def licensing_new_code(sessions) -> str:
    with sessions() as session:
        return session.scalar(
            sa.select(m.Item.code)
            .where(m.Item.kind == "licensing", m.Item.case_kind == "new")
            .order_by(m.Item.code)
            .limit(1)
        )


def test_commitment_columns_round_trip(sessions):
    seed_reference(sessions, with_items=12)
    code = licensing_new_code(sessions)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
    assert {"告知承诺制", "承诺条件", "核查时限"} <= set(ITEM_COLUMNS)
    data = edited(data, code, 告知承诺制="是", 承诺条件=CONDITIONS, 核查时限=15, 承诺时限=1)
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, data)
    assert report.written and not report.problems
    with sessions() as session:
        item = session.scalar(sa.select(m.Item).where(m.Item.code == code))
        assert (item.commitment_based, item.commitment_check_days) == (True, 15)
        assert item.commitment_conditions == CONDITIONS
        again = sheets(export_catalogue(session, ADMIN))[ITEM_SHEET]
    header = again[0]
    (row,) = [r for r in again[1:] if r[0] == code]
    assert row[header.index("告知承诺制")] == "是" and row[header.index("核查时限")] == 15


def test_a_row_that_cannot_be_decided_on_a_commitment_is_refused(sessions):
    seed_reference(sessions, with_items=12)
    code = licensing_new_code(sessions)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
        promised = session.scalar(sa.select(m.Item.promised_limit_days).where(m.Item.code == code))
    assert promised != 1
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, edited(data, code, 告知承诺制="是"))
    assert not report.written
    (problem,) = report.problems
    assert "承诺时限" in str(problem) and "承诺条件" in str(problem)
    other = edited(data, code, 承诺条件=CONDITIONS)  # conditions on an ordinary item
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, other)
    assert not report.written and "不实行告知承诺制" in str(report.problems[0])
    with sessions() as session:
        item = session.scalar(sa.select(m.Item).where(m.Item.code == code))
        assert not item.commitment_based and item.commitment_conditions == ""
