"""The item catalogue round-trips through XLSX, and bad rows are rejected row by row."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from desktop.data import models as m
from desktop.data.bulk import bulk_insert
from desktop.domain.actor import Actor
from desktop.domain.catalogue_rows import ITEM_COLUMNS, ITEM_SHEET, MATERIAL_SHEET
from desktop.domain.enums import Role, TransferStatus
from desktop.domain.guards import NotAllowed
from desktop.services.admin.catalogue_io import export_catalogue, import_catalogue
from desktop.services.demo.catalogue import build_catalogue
from desktop.services.demo.reference import department_rows, item_rows, specialty_rows

ADMIN = Actor(None, "admin", "管理员", frozenset({Role.ADMIN}))


def seed_reference(sessions, with_items: int = 0) -> None:
    with sessions() as session, session.begin():
        bulk_insert(session, m.Department.__table__, department_rows())
        bulk_insert(session, m.Specialty.__table__, specialty_rows())
        if with_items:
            items, materials, specialties = item_rows(catalogue_of(with_items))
            bulk_insert(session, m.Item.__table__, items)
            bulk_insert(session, m.ItemMaterial.__table__, materials)
            bulk_insert(session, m.item_specialties, specialties)


def catalogue_of(size: int) -> tuple:
    """The demo catalogue, stretched with numbered copies when more items are wanted."""
    base = build_catalogue()
    extra = [
        replace(spec, code=f"{spec.code}-{n}", name=f"{spec.name}（试点{n}）")
        for n, spec in enumerate(base[: max(0, size - len(base))], 1)
    ]
    return (*base, *extra)[:size]


def sheets(data: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(data), read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def test_five_hundred_items_round_trip_unchanged(sessions, empty_db_url):
    from desktop.data.database import make_engine, session_factory
    from desktop.services.admin.setup import prepare_database

    seed_reference(sessions, with_items=500)
    with sessions() as session:
        first = export_catalogue(session, ADMIN)
    other_engine = make_engine(empty_db_url, create=True)
    prepare_database(other_engine)
    other = session_factory(other_engine)
    seed_reference(other)
    with other() as session, session.begin():
        report = import_catalogue(session, ADMIN, first)
    assert not report.problems and len(report.added) == 500 and report.written
    with other() as session:
        second = export_catalogue(session, ADMIN)
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Item)) == 500
    assert sheets(second) == sheets(first)
    assert len(sheets(first)[ITEM_SHEET]) == 501
    with other() as session, session.begin():  # importing again changes nothing
        again = import_catalogue(session, ADMIN, second)
    assert not again.added and len(again.updated) == 500
    with other() as session:
        assert sheets(export_catalogue(session, ADMIN)) == sheets(first)
    other_engine.dispose()


def edited(data: bytes, changes: dict[tuple[str, int, str], object]) -> bytes:
    book = load_workbook(io.BytesIO(data))
    for (sheet, row, column), value in changes.items():
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        ws.cell(row=row, column=header.index(column) + 1).value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_bad_rows_are_reported_exactly_and_nothing_is_written(sessions):
    seed_reference(sessions, with_items=5)
    with sessions() as session:
        good = export_catalogue(session, ADMIN)
    first_code = sheets(good)[ITEM_SHEET][1][0]
    bad = edited(
        good,
        {
            (ITEM_SHEET, 2, "事项名称"): "=cmd|' /C calc'!A0",
            (ITEM_SHEET, 3, "法定时限"): "十五",
            (ITEM_SHEET, 4, "设定依据"): "依" * 10_000,
            (ITEM_SHEET, 5, "主管部门编码"): "NOPE",
            (ITEM_SHEET, 6, "事项编码"): first_code,  # a duplicate of row 2's code
            (MATERIAL_SHEET, 2, "材料名称"): None,
            (MATERIAL_SHEET, 3, "事项编码"): "NO-SUCH-ITEM",
        },
    )
    with sessions() as session, session.begin():
        before = export_catalogue(session, ADMIN)
        report = import_catalogue(session, ADMIN, bad)
    assert not report.written
    found = {(p.sheet, p.row): p.reasons for p in report.problems}
    assert "可能是公式" in found[(ITEM_SHEET, 2)][0]
    assert found[(ITEM_SHEET, 3)] == ("“法定时限”应为整数，实为“十五”",)
    assert found[(ITEM_SHEET, 4)] == ("“设定依据”过长：10000 个字符，最多 2000 个",)
    assert found[(ITEM_SHEET, 5)] == ("主管部门编码 NOPE 不存在",)
    assert f"事项编码 {first_code} 在文件中重复出现" in found[(ITEM_SHEET, 6)]
    assert found[(MATERIAL_SHEET, 2)] == ("“材料名称”不能为空",)
    assert "NO-SUCH-ITEM" in found[(MATERIAL_SHEET, 3)][0]
    with sessions() as session:
        assert sheets(export_catalogue(session, ADMIN)) == sheets(before)


def test_only_the_good_rows_when_the_user_chooses(sessions):
    seed_reference(sessions, with_items=3)
    with sessions() as session:
        good = export_catalogue(session, ADMIN)
    bad = edited(good, {(ITEM_SHEET, 2, "承诺时限"): 999, (ITEM_SHEET, 3, "收费"): "200元"})
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, bad, only_good_rows=True)
    assert report.written and len(report.problems) == 1 and len(report.updated) == 2
    with sessions() as session:
        fees = set(session.scalars(sa.select(m.Item.fee)))
    assert "200元" in fees


def test_only_an_admin_imports(sessions):
    seed_reference(sessions, with_items=1)
    clerk = Actor(None, "clerk", "窗口", frozenset({Role.CLERK}))
    with sessions() as session, pytest.raises(NotAllowed):
        import_catalogue(session, clerk, export_catalogue(session, ADMIN))


def test_columns_are_checked(sessions):
    seed_reference(sessions, with_items=1)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
    book = load_workbook(io.BytesIO(data))
    book[ITEM_SHEET].delete_cols(ITEM_COLUMNS.index("收费") + 1)
    out = io.BytesIO()
    book.save(out)
    with sessions() as session, session.begin():
        report = import_catalogue(session, ADMIN, out.getvalue())
    assert [str(p) for p in report.problems] == ["事项第1行：缺少列：收费"]


def test_the_transfer_status_round_trips_and_is_checked(sessions):
    """划转状态: exported as words, read back, a wrong word named; a file made before the
    column existed still imports and leaves the items' status as it was."""
    seed_reference(sessions, with_items=4)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
    rows = sheets(data)[ITEM_SHEET]
    column = rows[0].index("划转状态")
    assert {row[column] for row in rows[1:]} <= {"不涉及", "拟划转", "已划转"}
    code = rows[1][0]
    with sessions() as session, session.begin():
        wrong = import_catalogue(
            session, ADMIN, edited(data, {(ITEM_SHEET, 2, "划转状态"): "划了"})
        )
    assert not wrong.written
    assert wrong.problems[0].reasons == ("“划转状态”应为“不涉及”“拟划转”或“已划转”，实为“划了”",)
    with sessions() as session, session.begin():
        done = import_catalogue(
            session, ADMIN, edited(data, {(ITEM_SHEET, 2, "划转状态"): "拟划转"})
        )
    assert done.written
    with sessions() as session:
        item = session.scalar(sa.select(m.Item).where(m.Item.code == code))
        assert item.transfer_status is TransferStatus.PLANNED
    book = load_workbook(io.BytesIO(data))
    book[ITEM_SHEET].delete_cols(column + 1)
    out = io.BytesIO()
    book.save(out)
    with sessions() as session, session.begin():
        old = import_catalogue(session, ADMIN, out.getvalue())
    assert old.written and not old.problems
    with sessions() as session:
        item = session.scalar(sa.select(m.Item).where(m.Item.code == code))
        assert item.transfer_status is TransferStatus.PLANNED


def test_the_case_kind_and_base_item_round_trip_and_are_checked(sessions):
    """办件类型 and 基础事项编码: a variant item names the kind of case it takes and its 新办
    item (domain/licence_life.check_item acts by them); exported, read back, checked; a file
    made before the columns existed leaves the items as they were."""
    seed_reference(sessions, with_items=60)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
        stored = {
            code: (kind, base)
            for code, kind, base in session.execute(
                sa.select(m.Item.code, m.Item.case_kind, m.Item.base_item_id)
            )
        }
    rows = sheets(data)[ITEM_SHEET]
    kind_at, base_at = rows[0].index("办件类型"), rows[0].index("基础事项编码")
    variants = [(n, row) for n, row in enumerate(rows[1:], 2) if row[base_at]]
    assert variants, "the demo catalogue has variant items"
    number, variant = variants[0]
    assert variant[kind_at] in ("变更", "延续", "注销", "新办")
    assert variant[0].startswith(variant[base_at] + "-")
    assert stored[variant[0]][1] is not None
    base_row = next(n for n, row in enumerate(rows[1:], 2) if row[0] == variant[base_at])
    with sessions() as session, session.begin():
        bad = import_catalogue(
            session,
            ADMIN,
            edited(
                data,
                {
                    (ITEM_SHEET, number, "基础事项编码"): None,
                    (ITEM_SHEET, number, "办件类型"): "变更",
                    (ITEM_SHEET, base_row, "办件类型"): "撤销",
                    (ITEM_SHEET, variants[1][0], "基础事项编码"): "NO-SUCH",
                    (ITEM_SHEET, variants[2][0], "基础事项编码"): variant[0],
                },
            ),
        )
    assert not bad.written
    found = {p.row: " ".join(p.reasons) for p in bad.problems}
    assert "须填写“基础事项编码”" in found[number]
    assert "撤销不设事项" in found[base_row]
    assert "NO-SUCH 不存在" in found[variants[1][0]]
    assert "不能作基础事项" in found[variants[2][0]]
    # Made a 新办 item of its own, then back again: written as the file says.
    with sessions() as session, session.begin():
        done = import_catalogue(
            session,
            ADMIN,
            edited(
                data,
                {
                    (ITEM_SHEET, number, "基础事项编码"): None,
                    (ITEM_SHEET, number, "办件类型"): "新办",
                },
            ),
        )
    assert done.written and not done.problems
    with sessions() as session:
        item = session.scalar(sa.select(m.Item).where(m.Item.code == variant[0]))
        assert (item.case_kind.label, item.base_item_id) == ("新办", None)
    with sessions() as session, session.begin():
        assert import_catalogue(session, ADMIN, data).written
    with sessions() as session:
        assert sheets(export_catalogue(session, ADMIN)) == sheets(data)
    # A file without the two columns keeps what the catalogue says.
    book = load_workbook(io.BytesIO(data))
    book[ITEM_SHEET].delete_cols(kind_at + 1, 2)
    out = io.BytesIO()
    book.save(out)
    with sessions() as session, session.begin():
        old = import_catalogue(session, ADMIN, out.getvalue())
    assert old.written and not old.problems
    with sessions() as session:
        assert sheets(export_catalogue(session, ADMIN)) == sheets(data)


def test_the_rongque_columns_round_trip_and_are_checked(sessions):
    """可容缺受理 and 容缺可先发证: exported, read back, the second refused without the first;
    a file made before the columns existed imports and leaves the materials as they were."""
    seed_reference(sessions, with_items=2)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
    rows = sheets(data)[MATERIAL_SHEET]
    assert rows[0][-2:] == ("可容缺受理", "容缺可先发证")
    code, seq = rows[1][0], rows[1][1]
    with sessions() as session, session.begin():
        wrong = import_catalogue(
            session, ADMIN, edited(data, {(MATERIAL_SHEET, 2, "容缺可先发证"): "是"})
        )
    assert not wrong.written
    assert wrong.problems[0].reasons == (
        "“容缺可先发证”只能用于“可容缺受理”的材料：请先将“可容缺受理”填为“是”",
    )
    both = {(MATERIAL_SHEET, 2, "可容缺受理"): "是", (MATERIAL_SHEET, 2, "容缺可先发证"): "是"}
    with sessions() as session, session.begin():
        assert import_catalogue(session, ADMIN, edited(data, both)).written
    with sessions() as session:
        material = session.scalar(
            sa.select(m.ItemMaterial)
            .join(m.Item)
            .where(m.Item.code == code, m.ItemMaterial.seq == seq)
        )
        assert material.may_defer and material.issue_before_received
        assert sheets(export_catalogue(session, ADMIN))[MATERIAL_SHEET][1][-2:] == ("是", "是")
    book = load_workbook(io.BytesIO(data))
    book[MATERIAL_SHEET].delete_cols(len(rows[0]) - 1, 2)
    out = io.BytesIO()
    book.save(out)
    with sessions() as session, session.begin():
        old = import_catalogue(session, ADMIN, out.getvalue())
    assert old.written and not old.problems
    with sessions() as session:
        assert session.get(m.ItemMaterial, material.id).may_defer
