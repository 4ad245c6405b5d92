"""Keeping the pool: the XLSX round trip row-checked like the catalogue's, retiring, and
leave and recusal ties honoured by the next draw and shown in its explanation."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import RecusalKind
from desktop.domain.guards import NotAllowed
from desktop.domain.inspections.pool_rows import POOL_COLUMNS, POOL_SHEET
from desktop.services.inspections.draws import PoolChanged, draw_with_witness, open_draw
from desktop.services.inspections.leave import add_leave
from desktop.services.inspections.pool import list_inspectors, set_active
from desktop.services.inspections.pool_overview import pool_overview
from desktop.services.inspections.pool_sheet import export_pool, import_pool
from desktop.services.inspections.recusal_ties import TieForm, save_tie
from desktop.services.sheets import read_xlsx, write_xlsx
from tests.services.inspections.test_draw_services import plan
from tests.support.inspection_bureau import DAYS, FIRST_DAY


def sheet(*rows):
    """A workbook as another program writes it (formulas not quoted)."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    book.active.title = POOL_SHEET
    book.active.append(POOL_COLUMNS)
    for row in rows:
        book.active.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def audited(pool, action):
    with pool.bureau.sessions() as session:
        return session.scalars(sa.select(m.AuditEntry).where(m.AuditEntry.action == action)).all()


def test_the_pool_exports_and_imports_back_unchanged(pool):
    data = pool.run(export_pool)
    header, rows = read_xlsx(data, POOL_SHEET)
    assert tuple(header) == POOL_COLUMNS and len(rows) == 10
    first = dict(rows[0][1])
    assert first["姓名"] == "张一" and first["部门编码"] == "ZJ" and first["在库"] == "是"
    report = pool.run(import_pool, data)
    assert report.written and report.unchanged == 10 and not report.added + report.updated


def test_an_import_with_bad_rows_names_every_problem_and_writes_nothing(pool):
    ids = pool.inspectors
    before = pool.run(list_inspectors)
    data = sheet(
        (None, "新人甲", "ZJ", "S0、S1", "工程师", "", 2, "是"),  # good
        (ids["张一"], "张一", "ZJ", "S0", "高级工程师", "", 3, "是"),  # good: a change
        (None, "", "ZJ", "S0", "", "", 9, "也许"),  # three problems
        (999, "无此人", "ZJ", "S0", "", "", 2, "是"),
        (ids["王六"], "=cmd|' /C calc'!A0", "XF", "S0", "", "", 2, "是"),
        (ids["李四"], "李四", "XF", "S1", "", "", 2, "是"),
        (ids["李四"], "李四", "XF", "S1", "", "", 2, "否"),
        (None, "新人乙", "NOPE", "S0、S9", "", "", 2, "是"),
    )
    report = pool.run(import_pool, data)
    assert not report.written and report.rows_read == 8
    by_row = {p.row: p.reasons for p in report.problems}
    assert sorted(by_row) == [4, 5, 6, 7, 8, 9]
    assert len(by_row[4]) == 3 and any("姓名" in r for r in by_row[4])
    assert by_row[9] == ("部门编码 NOPE 不存在", "专业编码不存在：S9")
    assert any("每日上限" in r for r in by_row[4]) and any("在库" in r for r in by_row[4])
    assert "999" in by_row[5][0] and "公式" in by_row[6][0] and "重复" in by_row[7][0]
    assert str(report.problems[0]).startswith("踏勘人员第4行：")
    assert pool.run(list_inspectors) == before and not audited(pool, "import_inspectors")
    good = pool.run(import_pool, data, only_good_rows=True)
    assert good.written and good.added == ["新人甲"] and good.updated == ["张一"]
    lines = {line.name: line for line in pool.run(list_inspectors)}
    assert lines["张一"].title == "高级工程师" and lines["张一"].daily_capacity == 3
    assert lines["新人甲"].specialties == ("土木建筑", "消防")
    assert [e.new["added"] for e in audited(pool, "import_inspectors")] == [1]
    assert audited(pool, "add_inspector")[-1].new["name"] == "新人甲"
    with pytest.raises(NotAllowed, match="踏勘协调员"):
        pool.bureau.run(import_pool, pool.bureau.actors["head1"], data)
    assert pool.bureau.run(export_pool, pool.bureau.actors["head1"])


def test_a_file_without_the_columns_is_refused_at_row_one(pool):
    data = write_xlsx({POOL_SHEET: (("姓名",), [["张一"]])})
    report = pool.run(import_pool, data)
    assert not report.written and report.problems[0].row == 1
    assert "部门编码" in report.problems[0].reasons[0]


def test_leave_and_recusal_are_honoured_by_the_next_draw_and_explained(pool):
    ids = pool.inspectors
    last = FIRST_DAY + timedelta(days=10)
    pool.run(add_leave, ids["赵七"], FIRST_DAY, last, None, "培训")
    pool.run(
        save_tie,
        TieForm(None, ids["李五"], RecusalKind.RELATIVE, pool.bureau.applicant_id, None, None),
    )
    pool.run(set_active, ids["王六"], False)
    outcome = plan(pool)
    for line in outcome.lines:
        reasons = {e.name: e.reasons for e in line.exclusions}
        assert reasons["赵七"][0].startswith("时间窗内无空闲半天")
        assert reasons["李五"][0].startswith("回避：法定代表人亲属")
        assert reasons["王六"] == ("已停用",)
        assert not {"赵七", "李五", "王六"} & {p.name for p in line.team + line.backups}
    overview = {member.inspector.name: member for member in pool.run(pool_overview)}
    assert overview["赵七"].leave == (f"{FIRST_DAY} 至 {last} 培训",)
    assert overview["李五"].ties[0].startswith("系申请人法定代表人的配偶")
    assert overview["张一"].leave == (f"{FIRST_DAY} 请假",)


def test_a_change_after_a_draw_was_opened_takes_effect_in_a_new_draw(pool):
    ticket = pool.run(open_draw, FIRST_DAY, DAYS)
    pool.run(add_leave, pool.inspectors["李四"], FIRST_DAY, FIRST_DAY, None, "出差")
    with pytest.raises(PoolChanged, match="重新开启"):
        draw_with_witness(pool.bureau.sessions, pool.coordinator, ticket.draw_id, "witness")
    outcome = plan(pool)  # a new draw, with the leave in its snapshot
    assert outcome.draw_id == ticket.draw_id + 1 and len(outcome.planned) == 3


@pytest.mark.parametrize("backend", ["postgres"])
def test_the_database_lets_only_coordinators_and_the_admin_keep_the_pool(pool, as_staff, db_url):
    import psycopg

    from tests.support.logins import connect_as

    ids = pool.inspectors
    as_staff("admin", set_active, ids["孙九"], True)  # the services' rule, by the admin's login
    overview = as_staff("head1", pool_overview)  # heads read the pool, leave and ties
    assert {m.inspector.name for m in overview if m.leave} == {"张一"}
    assert any(m.ties for m in overview)
    writes = (
        f"UPDATE inspectors SET title = 'x' WHERE id = {ids['张一']}",
        f"INSERT INTO inspector_unavailability (inspector_id, day, half_day, reason)"
        f" VALUES ({ids['张二']}, '2026-12-01', 'am', '公务')",
        f"UPDATE recusal_ties SET note = 'x' WHERE inspector_id = {ids['周十']}",
    )
    for who in ("eng1", "head1", "super1", "clerk1"):
        with connect_as(db_url, who) as sql:
            for statement in writes:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    sql.execute(statement)
    for who in ("coord1", "admin"):
        with connect_as(db_url, who) as sql, sql.transaction():
            for statement in writes:
                sql.execute(statement)
            raise psycopg.Rollback()
