"""Each item's on-site checklist travels with the catalogue: exported as the 检查要点 sheet,
imported row-checked (nothing written while a row is bad), and edited in the item editor."""

from __future__ import annotations

import io

import sqlalchemy as sa
from openpyxl import load_workbook

from desktop.data import models as m
from desktop.data.bulk import bulk_insert
from desktop.domain.check_point_rows import CHECK_SHEET
from desktop.domain.enums import Role
from desktop.services.admin.catalogue import item_form, save_item
from desktop.services.admin.catalogue_io import export_catalogue, import_catalogue
from desktop.services.demo.checklists import check_point_rows
from tests.services.admin.test_catalogue_io import (
    ADMIN,
    catalogue_of,
    edited,
    seed_reference,
    sheets,
)

SIZE = 40  # enough of the demo catalogue to hold inspected items


def _seed(sessions) -> str:
    """The catalogue's first items with the demo checklists; the first inspected item's code."""
    seed_reference(sessions, with_items=SIZE)
    catalogue = catalogue_of(SIZE)
    with sessions() as session, session.begin():
        bulk_insert(session, m.ItemCheckPoint.__table__, check_point_rows(catalogue))
    return next(spec.code for spec in catalogue if spec.needs_inspection)


def _points(sessions, code: str) -> list[tuple[int, str, bool]]:
    with sessions() as session:
        return list(
            session.execute(
                sa.select(m.ItemCheckPoint.seq, m.ItemCheckPoint.text, m.ItemCheckPoint.major)
                .join(m.Item, m.Item.id == m.ItemCheckPoint.item_id)
                .where(m.Item.code == code)
                .order_by(m.ItemCheckPoint.seq)
            )
        )


def test_the_demo_gives_every_inspected_item_a_checklist_with_a_major_point():
    catalogue = catalogue_of(SIZE)
    rows = check_point_rows(catalogue)
    inspected = {n for n, spec in enumerate(catalogue, 1) if spec.needs_inspection}
    assert inspected and {r["item_id"] for r in rows} == inspected
    for item_id in inspected:
        mine = [r for r in rows if r["item_id"] == item_id]
        assert [r["seq"] for r in mine] == list(range(1, len(mine) + 1))
        assert len(mine) >= 3 and any(r["major"] for r in mine)


def test_check_points_round_trip_and_bad_rows_write_nothing(sessions):
    code = _seed(sessions)
    before = _points(sessions, code)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
    sheet = sheets(data)[CHECK_SHEET]
    assert sheet[0] == ("事项编码", "序号", "检查要点", "重大事项")
    first = next(n for n, row in enumerate(sheet, 1) if row[0] == code)
    bad = edited(
        data,
        {
            (CHECK_SHEET, first, "检查要点"): "现场核对营业执照原件",
            (CHECK_SHEET, first + 1, "重大事项"): "也许",
            (CHECK_SHEET, first + 2, "事项编码"): "NO-SUCH-ITEM",
        },
    )
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, bad)
    assert not report.written
    found = {(p.sheet, p.row): p.reasons for p in report.problems}
    assert set(found) == {(CHECK_SHEET, first + 1), (CHECK_SHEET, first + 2)}
    assert "NO-SUCH-ITEM" in found[(CHECK_SHEET, first + 2)][0]
    assert _points(sessions, code) == before

    good = edited(data, {(CHECK_SHEET, first, "检查要点"): "现场核对营业执照原件"})
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, good)
    assert report.written and not report.problems
    assert _points(sessions, code) == [(1, "现场核对营业执照原件", before[0][2]), *before[1:]]
    with sessions() as session:
        assert sheets(export_catalogue(session, ADMIN)) == sheets(good)


def test_a_file_from_before_the_checklists_leaves_them_alone(sessions):
    code = _seed(sessions)
    before = _points(sessions, code)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
    book = load_workbook(io.BytesIO(data))
    del book[CHECK_SHEET]
    out = io.BytesIO()
    book.save(out)
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, out.getvalue())
    assert report.written and _points(sessions, code) == before


def test_the_item_editor_keeps_the_checklist(sessions):
    code = _seed(sessions)
    admin = ADMIN
    assert admin.has(Role.ADMIN)
    with sessions() as session:
        form = item_form(session, admin, code)
    assert [p["检查要点"] for p in form.check_points] == [t for _, t, _ in _points(sessions, code)]
    form.check_points[:] = [{"序号": 1, "检查要点": "现场只查一点", "重大事项": "是"}]
    with sessions() as session, session.begin():
        save_item(session, admin, form)
    assert _points(sessions, code) == [(1, "现场只查一点", True)]
    form.check_points[:] = [{"序号": 1, "检查要点": "", "重大事项": "是"}]
    try:
        with sessions() as session, session.begin():
            save_item(session, admin, form)
    except Exception as error:  # a blank point: refused, the checklist unchanged
        assert "检查要点" in str(error)
    else:
        raise AssertionError("a blank check point was saved")
    assert _points(sessions, code) == [(1, "现场只查一点", True)]
