"""The administration window's 工程建设项目阶段时限 box says what to correct as the admin
types, saves the stage limits audited, and fills the defaults in; the item editor sets an
item's 工程建设项目阶段 and refuses one for a social item with the reason."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.enums import Category
from desktop.domain.projects import STAGE_LIMIT_DAYS, ProjectStage
from desktop.services.admin.catalogue import item_form
from desktop.services.cases.stage_limits import load_stage_limits
from desktop.services.staff import actor_for
from desktop.ui.admin.item_editor import ItemEditor
from desktop.ui.admin.window import AdminWindow
from desktop.ui.context import AppContext

WAIT = 15000
COLUMN = "工程建设项目阶段"


def _admin(demo_context) -> AppContext:
    with demo_context.sessions() as session:
        return AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))


def test_the_stage_limits_say_what_to_correct_and_save_audited(qtbot, demo_context):
    admin = _admin(demo_context)
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.limitsTab)
    box = window.stage_limits
    days = box.days
    qtbot.waitUntil(lambda: days[ProjectStage.COMPLETION].value() == 25, timeout=WAIT)
    assert box.problem.isHidden() and box.save_button.isEnabled()
    days[ProjectStage.CONSTRUCTION_PERMIT].setValue(0)
    assert box.problem.text() == "“施工许可”阶段时限至少为 1 个工作日：请填写 1 或更大的数再保存"
    assert not box.save_button.isEnabled()
    days[ProjectStage.CONSTRUCTION_PERMIT].setValue(20)
    days[ProjectStage.COMPLETION].setValue(60)
    assert "合计 125 个工作日，超过国家规定的 120 个工作日" in box.problem.text()
    assert not box.save_button.isEnabled()
    window.grab().save("/tmp/i21stages-limits.png")
    days[ProjectStage.COMPLETION].setValue(30)
    days[ProjectStage.LAND_PLANNING].setValue(15)
    assert box.problem.isHidden() and box.save_button.isEnabled()
    box.save_button.click()
    qtbot.waitUntil(lambda: "阶段时限已保存" in window.ui.status.text(), timeout=WAIT)
    stored = admin.read(lambda session, _actor: load_stage_limits(session))
    assert stored[ProjectStage.LAND_PLANNING] == 15 and stored[ProjectStage.COMPLETION] == 30
    with demo_context.sessions() as session:
        audited = session.scalars(
            sa.select(m.AuditEntry.new).where(
                m.AuditEntry.action == "update_settings",
                m.AuditEntry.entity_id == "project_stage_limits",
            )
        ).all()
    assert [entry["land_planning"] for entry in audited] == [15]
    box.defaults.click()  # fills the defaults in; nothing is saved until 保存
    assert box.limits() == STAGE_LIMIT_DAYS
    assert admin.read(lambda session, _actor: load_stage_limits(session)) == stored


def _editor(qtbot, admin, code: str) -> ItemEditor:
    with admin.sessions() as session:
        form = item_form(session, admin.actor, code)
    editor = ItemEditor(admin, form)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _stage_of(admin, code: str):
    with admin.sessions() as session:
        return session.scalar(sa.select(m.Item.project_stage).where(m.Item.code == code))


def test_the_item_editor_sets_the_project_stage_and_refuses_it_for_a_social_item(
    qtbot, demo_context
):
    admin = _admin(demo_context)
    with admin.sessions() as session:
        staged = session.scalar(
            sa.select(m.Item.code)
            .where(m.Item.project_stage == ProjectStage.CONSTRUCTION_PERMIT)
            .order_by(m.Item.code)
        )
        social = session.scalar(
            sa.select(m.Item.code).where(m.Item.category == Category.SOCIAL).order_by(m.Item.code)
        )
    editor = _editor(qtbot, admin, staged)
    stage = editor.fields[COLUMN]
    assert stage.currentText() == "施工许可"
    editor.grab().save("/tmp/i21stages-item-editor.png")
    stage.setCurrentText("竣工验收")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.save()
    assert _stage_of(admin, staged) is ProjectStage.COMPLETION
    editor = _editor(qtbot, admin, staged)
    editor.fields[COLUMN].setCurrentText("")  # out of the project process
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.save()
    assert _stage_of(admin, staged) is None
    editor = _editor(qtbot, admin, social)
    editor.fields[COLUMN].setCurrentText("立项用地规划许可")
    editor.save()
    qtbot.waitUntil(lambda: "只有工程建设类事项" in editor.message.text(), timeout=WAIT)
    assert editor.isVisible() and _stage_of(admin, social) is None
