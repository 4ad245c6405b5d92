"""工程建设项目阶段 in the catalogue file: each item's construction project stage is exported
as its name, read back, a wrong name or a stage on a social item refused with its row; a
file made before the column existed imports and leaves the items' stages as they were."""

from __future__ import annotations

import io

import sqlalchemy as sa
from openpyxl import load_workbook

from desktop.data import models as m
from desktop.domain.projects import STAGE_NAMES, ProjectStage
from desktop.services.admin.catalogue_io import export_catalogue, import_catalogue
from tests.services.admin.test_catalogue_io import ADMIN, ITEM_SHEET, edited, seed_reference, sheets

COLUMN = "工程建设项目阶段"


def test_the_project_stage_round_trips_and_is_checked(sessions):
    seed_reference(sessions, with_items=320)
    with sessions() as session:
        data = export_catalogue(session, ADMIN)
        stages = dict(session.execute(sa.select(m.Item.code, m.Item.project_stage)).all())
    rows = sheets(data)[ITEM_SHEET]
    at, category_at = rows[0].index(COLUMN), rows[0].index("类别")
    assert {row[at] for row in rows[1:]} == {None, *STAGE_NAMES}  # empty cells read back None
    staged = next(n for n, row in enumerate(rows[1:], 2) if row[at] == "施工许可")
    plain = next(
        n for n, row in enumerate(rows[1:], 2) if not row[at] and row[category_at] == "工程建设类"
    )
    social = next(n for n, row in enumerate(rows[1:], 2) if row[category_at] == "社会事务类")
    with sessions() as session, session.begin():
        bad = import_catalogue(
            session,
            ADMIN,
            edited(
                data,
                {
                    (ITEM_SHEET, staged, COLUMN): "施工阶段",
                    (ITEM_SHEET, social, COLUMN): "竣工验收",
                },
            ),
        )
    assert not bad.written
    found = {p.row: " ".join(p.reasons) for p in bad.problems}
    assert found[staged].startswith("“工程建设项目阶段”应为“立项用地规划许可”")
    assert "实为“施工阶段”" in found[staged]
    assert "只有工程建设类事项属于工程建设项目阶段" in found[social]
    with sessions() as session:
        assert dict(session.execute(sa.select(m.Item.code, m.Item.project_stage)).all()) == stages
    # An item moved to another stage, one taken out of the process, one put into it.
    moved = {
        (ITEM_SHEET, staged, COLUMN): "竣工验收",
        (ITEM_SHEET, plain, COLUMN): "工程建设许可",
    }
    with sessions() as session, session.begin():
        assert import_catalogue(session, ADMIN, edited(data, moved)).written
    with sessions() as session:
        now = dict(session.execute(sa.select(m.Item.code, m.Item.project_stage)).all())
    assert now[rows[staged - 1][0]] is ProjectStage.COMPLETION
    assert now[rows[plain - 1][0]] is ProjectStage.ENGINEERING_PERMIT
    with sessions() as session, session.begin():
        assert import_catalogue(
            session, ADMIN, edited(data, {(ITEM_SHEET, staged, COLUMN): None})
        ).written
    with sessions() as session:
        assert (
            session.scalar(
                sa.select(m.Item.project_stage).where(m.Item.code == rows[staged - 1][0])
            )
            is None
        )
    # A file without the column keeps what the catalogue says.
    with sessions() as session, session.begin():
        assert import_catalogue(session, ADMIN, data).written
    book = load_workbook(io.BytesIO(data))
    book[ITEM_SHEET].delete_cols(at + 1)
    out = io.BytesIO()
    book.save(out)
    with sessions() as session, session.begin():
        old = import_catalogue(session, ADMIN, out.getvalue())
    assert old.written and not old.problems
    with sessions() as session:
        assert dict(session.execute(sa.select(m.Item.code, m.Item.project_stage)).all()) == stages
