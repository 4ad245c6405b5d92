"""The menu bar lists every action with its shortcut; global search, the 快捷键 page, 关于
and 退出 each work when pressed."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from desktop import __version__
from desktop.data import models as m
from desktop.domain.enums import Category
from desktop.services.cases.queues import QueueView
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.menu_bar import shortcut_rows

WAIT = 15000


def open_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    return window


def menus(window) -> dict[str, QMenu]:
    return {action.text(): action.menu() for action in window.menuBar().actions()}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_menus_list_every_toolbar_action_with_its_shortcut(qtbot, demo_context):
    with demo_context.sessions() as session:
        head = actor_for(session, "head1")
    window = open_window(qtbot, AppContext(demo_context.url, demo_context.sessions, head))
    found = menus(window)
    assert list(found) == ["文件", "办件", "视图", "工具", "帮助"]
    listed = {a for menu in found.values() for a in menu.actions() if not a.isSeparator()}
    toolbar = [a for a in window.ui.toolbar.actions() if not a.isSeparator() and a.isVisible()]
    assert toolbar and all(action in listed for action in toolbar)
    assert window.ui.globalSearchAction.shortcut() == QKeySequence("Ctrl+Shift+F")
    rows = shortcut_rows(window)
    assert ("办件", "全局查找", "Ctrl+Shift+F") in rows
    assert ("工具", "督办与统计", "Ctrl+Shift+T") in rows
    assert all(where != "工具" or text != "系统管理" for where, text, _ in rows)  # hidden
    assert any(where == "办理窗口" and keys == "Ctrl+Shift+L" for where, _, keys in rows)
    window.ui.shortcutsAction.trigger()
    page = window.shortcuts
    assert page.isVisible() and page.model.rowCount() == len(rows)
    page.close()
    window.ui.aboutAction.trigger()
    about = window.about
    assert about.isVisible() and __version__ in about.text() and "SQLite" in about.text()
    assert str(demo_context.url.database) in about.text()
    about.accept()
    window.ui.quitAction.trigger()
    assert not window.isVisible()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_global_search_finds_a_case_outside_the_view_and_opens_it(qtbot, demo_context):
    window = open_window(qtbot, demo_context)  # eng1, on 工程建设类 · 我的办件
    with demo_context.sessions() as session:
        case_id, number, project = session.execute(
            sa.select(m.Case.id, m.Case.number, m.Case.project_name)
            .where(m.Case.category == Category.SOCIAL)  # another queue than the view's
            .order_by(m.Case.id)
            .limit(1)
        ).one()
    assert case_id not in window.model.loaded_ids()
    window.ui.globalSearchAction.trigger()
    search = window.global_search
    assert search.isVisible()
    search.find_button.click()  # nothing typed: told what to type, nothing searched
    assert "请输入" in search.status.text() and search.model.rowCount() == 0
    search.open_button.click()  # nothing chosen: told to choose
    assert "请先" in search.status.text() and not window.workbenches
    search.text.setText(number)
    qtbot.keyClick(search.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=WAIT)
    assert search.isVisible()  # Enter searched; it did not close the dialog
    search.open_button.click()
    qtbot.waitUntil(lambda: case_id in window.workbenches, timeout=WAIT)
    bench = window.workbenches[case_id]
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    assert bench.details.number == number
    bench.close()
    del window.workbenches[case_id]
    if project:  # by project name too, and Enter on a row opens it
        search.text.setText(project)
        search.find()
        qtbot.waitUntil(lambda: not search.searching, timeout=WAIT)
        assert search.model.rowCount() >= 1
        search.table.setFocus()
        qtbot.keyClick(search.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(window.workbenches) == 1, timeout=WAIT)
        for bench in window.workbenches.values():
            qtbot.addWidget(bench)
    search.text.setText("不存在的办件名称")
    search.find()
    qtbot.waitUntil(lambda: "没有找到" in search.status.text(), timeout=WAIT)
    assert search.model.rowCount() == 0


@pytest.mark.parametrize("backend", ["sqlite"])
def test_enter_on_a_queue_row_opens_it_through_the_menu_action(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    everything = window.navigation.index_of(Category.ENGINEERING, QueueView.ALL)
    window.tree.setCurrentIndex(everything)
    window._view_chosen(everything)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    window.table.selectRow(0)
    window.ui.openCaseAction.trigger()
    first = window.model.row_at(0).id
    qtbot.waitUntil(lambda: first in window.workbenches, timeout=WAIT)
    qtbot.addWidget(window.workbenches[first])
