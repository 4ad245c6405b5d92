"""Every button works: as each role of the demo, open every window the role can open and
press every visible, enabled button, action and tab in it (tests/ui/crawler.py), on SQLite
and on PostgreSQL. No exception may reach the exception hook, no 意外错误 may be shown,
every control labelled 导入/导出/选择文件 must open its file dialog, and no text on show
(titles, labels, buttons, tabs, headers, menus) holds an English word but allowed names and
data (`crawler.ALLOWED_LATIN`)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import Category
from desktop.services import timesource
from desktop.services.cases.queues import QueueView
from desktop.services.database import session_factory
from desktop.services.demo.clock import stand_demo_on
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.ui.app import install_qt_chinese, register_ui_font
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.queues.navigation import KEY_ROLE
from tests.ui.crawler import Crawler, _windows

DEMO_DAY = date(2026, 11, 20)
# The README's demo accounts, one of each role, and the windows each must reach.
ROLES = {
    "admin": {"AdminWindow", "UsersDialog", "AuditWindow", "VerifyDialog"},
    "eng1": {"Workbench", "VerifyDialog"},
    "soc1": {"Workbench", "VerifyDialog"},
    "review1": {"Workbench", "VerifyDialog"},
    "head1": {"Workbench", "PrintQueue", "SupervisionWindow", "VerifyDialog"},
    "coord1": {"CoordinatorWindow", "Workbench", "VerifyDialog"},
    "clerk1": {"PrintQueue", "Workbench", "VerifyDialog"},
    "window1": {"PrintQueue", "WindowApprovalDialog", "Workbench", "VerifyDialog"},
    "super1": {"SupervisionWindow", "AuditWindow", "Workbench", "VerifyDialog"},
}


@pytest.mark.slow
def test_every_button_of_every_window_works_for_every_role(
    qtbot, engine, db_url, tmp_path, monkeypatch
):
    sessions = session_factory(engine)
    # As `approval-desk --demo --today`: the windows count from the demo's day.
    monkeypatch.setattr(timesource, "_shift", timesource._shift)  # the real date again after
    stand_demo_on(engine, DEMO_DAY)
    generate_demo(sessions, DemoOptions(cases=400, seed=2, today=DEMO_DAY))
    crawler = Crawler(qtbot, monkeypatch, tmp_path)
    # A screenshot of every window per role (APPROVAL_DESK_SHOTS names a folder to keep them).
    crawler.shots = Path(os.environ.get("APPROVAL_DESK_SHOTS", tmp_path / "shots")) / (
        engine.dialect.name
    )
    app = QApplication.instance()
    font = app.font()
    register_ui_font(app)  # the Chinese the screenshots show, on a PC without CJK fonts
    qt_chinese = install_qt_chinese(app)  # OK/Cancel as 确定/取消
    reached: dict[str, set[str]] = {}
    try:
        for username in ROLES:
            with sessions() as session:
                context = AppContext(db_url, sessions, actor_for(session, username))
            crawler.crawled = set()
            crawler.where, crawler.step = username, "登录"
            main = MainWindow(context)
            qtbot.addWidget(main)
            main.resize(1366, 768)
            main.show()
            main.start()
            open_first_case_view(qtbot, main)
            if main.model.rowCount():  # a case of theirs (the first of their first view)
                crawler.where, crawler.step = f"{username} · MainWindow", "打开第一件"
                main.open_case(main.model.row_at(0).id)
                crawler.settle()
                crawler.crawl(main.workbenches[main.model.row_at(0).id], username)
            crawler.crawl(main, username)
            reached[username] = set(crawler.crawled)
            for window in _windows():
                window.close()
            crawler.settle()
    finally:
        crawler.close()
        app.setFont(font)
        if qt_chinese is not None:
            app.removeTranslator(qt_chinese)
        (tmp_path / "pressed.txt").write_text("\n".join(crawler.pressed + crawler.messages))
    assert not crawler.problems, "\n\n".join(crawler.problems)
    assert not crawler.english, "English in the Chinese UI:\n" + crawler.english_report()
    missing = {user: ROLES[user] - reached[user] for user in ROLES if ROLES[user] - reached[user]}
    assert not missing, missing


def open_first_case_view(qtbot, main: MainWindow) -> None:
    """The window's first view, or if it is empty the first one with cases in it (a
    handler's own cases first, then the pool, then all they may see)."""
    for view in (None, QueueView.MINE, QueueView.POOL, QueueView.ALL):
        if view is not None:
            key = main.tree.currentIndex().data(KEY_ROLE)
            category = key[0] if key and isinstance(key[0], Category) else Category.ENGINEERING
            try:  # each role sees its own views (a clerk has no pool)
                index = main.navigation.index_of(category, view)
            except KeyError:
                continue
            main._view_chosen(index)
        for _ in range(100):
            qtbot.wait(30)
            if main.model.rowCount() > 0:
                return


def test_the_crawler_reports_a_crash_an_unexpected_error_and_a_file_button_without_dialog(
    qtbot, monkeypatch, tmp_path
):
    """The crawler itself: what it must catch, it catches."""
    from PySide6.QtWidgets import (
        QFileDialog,
        QLabel,
        QMessageBox,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("按 Ctrl+Shift+F 搜索 GX202611200001 的 PDF 文件（SQLite）"))
    layout.addWidget(QLabel("Cancel 取消"))
    for text, slot in (
        ("坏按钮", lambda: 1 / 0),
        ("意外", lambda: QMessageBox.warning(window, "x", "发生意外错误：boom")),
        ("导出清单", lambda: None),
        ("导入文件", lambda: QFileDialog.getOpenFileName(window, "导入", "", "*.csv")),
        ("退出", lambda: window.close()),
    ):
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
    window.show()
    crawler = Crawler(qtbot, monkeypatch, tmp_path)
    try:
        crawler.crawl(window, "test")
    finally:
        crawler.close()
    report = "\n".join(crawler.problems)
    assert "ZeroDivisionError" in report and "发生意外错误：boom" in report, report
    assert "「导出清单」: labelled for a file but opened no file dialog" in report
    assert "导入文件" not in report and window.isVisible()  # 退出 is never pressed
    assert set(crawler.english) == {"Cancel 取消"}, crawler.english_report()
