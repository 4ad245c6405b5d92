"""The item editor keeps an inspected item's on-site checklist: a point added, one removed,
saved through the same row checks as a catalogue file."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.data import models as m
from desktop.services.admin.catalogue import item_form
from desktop.services.staff import actor_for
from desktop.ui.admin.item_editor import ItemEditor
from desktop.ui.context import AppContext

WAIT = 15000


def test_the_editor_adds_and_removes_check_points(qtbot, demo_context):
    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
        code = session.scalar(
            sa.select(m.Item.code).where(m.Item.needs_inspection.is_(True)).order_by(m.Item.id)
        )
        form = item_form(session, admin.actor, code)
    editor = ItemEditor(admin, form)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)
    before = editor.checks.rowCount()
    assert before == len(form.check_points) >= 3
    editor.grab().save("/tmp/i20record-item-editor.png")
    editor.add_check.click()
    editor.checks.item(before, 1).setText("现场核对营业执照原件")
    editor.check_grid.selectRow(0)
    editor.remove_check.click()
    assert editor.checks.rowCount() == before
    for row in range(editor.checks.rowCount()):  # numbers 1..n again, as a file would have
        editor.checks.item(row, 0).setText(str(row + 1))
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.save()
    with demo_context.sessions() as session:
        points = session.scalars(
            sa.select(m.ItemCheckPoint.text)
            .join(m.Item, m.Item.id == m.ItemCheckPoint.item_id)
            .where(m.Item.code == code)
            .order_by(m.ItemCheckPoint.seq)
        ).all()
    assert points[-1] == "现场核对营业执照原件"
    assert points[:-1] == [p["检查要点"] for p in form.check_points[1:]]
