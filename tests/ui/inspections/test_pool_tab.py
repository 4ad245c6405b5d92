"""The 踏勘人才库 tab: every inspector with leave and ties, filtered as one types, and each
button pressed: add, change, retire, leave, recusal tie, export and import."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.domain.enums import RecusalKind
from desktop.services.inspections.pool import list_inspectors
from desktop.services.inspections.pool_overview import pool_overview
from desktop.ui.inspections import pool_dialogs
from desktop.ui.inspections.window import CoordinatorWindow
from desktop.ui.operations import _the_relay
from tests.ui.inspections.test_coordinator_window import WAIT, as_user


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    """A failure's message box would wait forever offscreen: record it, fail on it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    yield shown
    assert shown == []


def row_of(tab, name):
    for row in range(tab.shown.rowCount()):
        if tab.shown.index(row, 1).data() == name:
            return row
    raise AssertionError(name)


def select(qtbot, tab, name):
    qtbot.waitUntil(
        lambda: any(tab.shown.index(r, 1).data() == name for r in range(tab.shown.rowCount())),
        timeout=WAIT,
    )
    tab.table.selectRow(row_of(tab, name))


def settled(qtbot, window):
    """Every read the window started has come back (none outlives the test's database)."""
    qtbot.waitUntil(lambda: window.pool_tab.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: not _the_relay().running, timeout=WAIT)


def answering(monkeypatch, dialog_class, fill):
    def exec_(self):
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_every_button_of_the_pool_tab(qtbot, qtmodeltester, demo_context, monkeypatch, tmp_path):
    context = as_user(demo_context, "coord1")
    window = CoordinatorWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.pool_tab
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 10, timeout=WAIT)
    qtmodeltester.check(tab.model)
    total = tab.model.rowCount()
    first = tab.model.object_at(0)
    tab.filter.setText(first.name)
    assert 1 <= tab.shown.rowCount() < total
    tab.filter.clear()
    tab.table.sortByColumn(1, tab.table.horizontalHeader().sortIndicatorOrder())

    def new_person(dialog):
        dialog.name.setText("界面新人")
        dialog.specialties.item(0).setCheckState(dialog.specialties.item(0).checkState().Checked)

    answering(monkeypatch, pool_dialogs.InspectorDialog, new_person)
    tab.buttons["add"].click()
    select(qtbot, tab, "界面新人")

    def change(dialog):
        dialog.department.setCurrentIndex(dialog.department.count() - 1)
        dialog.title.setText("高级工程师")

    answering(monkeypatch, pool_dialogs.InspectorDialog, change)
    tab.buttons["edit"].click()
    qtbot.waitUntil(
        lambda: "高级工程师" in str(tab.shown.index(row_of(tab, "界面新人"), 4).data()),
        timeout=WAIT,
    )

    def leave(dialog):
        dialog.reason.setText("培训")

    answering(monkeypatch, pool_dialogs.LeaveDialog, leave)
    select(qtbot, tab, "界面新人")
    tab.buttons["leave"].click()
    qtbot.waitUntil(
        lambda: "培训" in str(tab.shown.index(row_of(tab, "界面新人"), 7).data()), timeout=WAIT
    )

    def tie(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(RecusalKind.PRIOR_INVOLVEMENT))
        dialog.project.setText("某旧项目")

    answering(monkeypatch, pool_dialogs.TieDialog, tie)
    select(qtbot, tab, "界面新人")
    tab.buttons["tie"].click()
    qtbot.waitUntil(
        lambda: "某旧项目" in str(tab.shown.index(row_of(tab, "界面新人"), 8).data()), timeout=WAIT
    )

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    select(qtbot, tab, "界面新人")
    tab.buttons["retire"].click()
    qtbot.waitUntil(
        lambda: tab.shown.index(row_of(tab, "界面新人"), 6).data() == "已移出", timeout=WAIT
    )
    added = next(m for m in context.read(pool_overview) if m.inspector.name == "界面新人")
    assert not added.inspector.active and added.leave and added.ties
    assert added.inspector.title == "高级工程师"

    path = tmp_path / "pool.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    tab.buttons["export"].click()
    qtbot.waitUntil(path.exists, timeout=WAIT)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = context.read(list_inspectors)
    tab.buttons["import"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert f"未变 {len(before)} 人" in shown[0]
    assert context.read(list_inspectors) == before
    settled(qtbot, window)


def test_nothing_selected_says_so(qtbot, demo_context):
    window = CoordinatorWindow(as_user(demo_context, "coord1"))
    qtbot.addWidget(window)
    settled(qtbot, window)
    for key in ("edit", "retire", "leave", "tie"):
        window.ui.status.clear()
        window.pool_tab.buttons[key].click()
        assert window.ui.status.text() == "请先选择一名踏勘人员"
