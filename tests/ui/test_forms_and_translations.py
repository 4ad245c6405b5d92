"""Designer forms stay compiled, and the English translation loads and applies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.data import models as m
from desktop.ui.app import install_translator
from desktop.ui.signin_dialog import SignInDialog

ROOT = Path(__file__).resolve().parents[2]


def test_generated_form_modules_match_the_ui_files():
    result = subprocess.run(
        [sys.executable, "packaging/compile_forms.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_sign_in_dialog_in_chinese_and_in_english(qtbot, tmp_path):
    url = sa.make_url(f"sqlite:///{tmp_path}/x.sqlite3")
    chinese = SignInDialog(url, sessions=None)  # type: ignore[arg-type]
    qtbot.addWidget(chinese)
    assert chinese.windowTitle() == "登录 — 审批工作台"
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        english = SignInDialog(url, sessions=None)  # type: ignore[arg-type]
        qtbot.addWidget(english)
        assert english.windowTitle() == "Sign in — Approval Desk"
        assert english.ui.usernameLabel.text() == "User name:"
        assert english.ui.database.text().startswith("Database: sqlite")
    finally:
        app.removeTranslator(translator)


def test_main_window_in_english(qtbot, demo_context):
    from desktop.domain.enums import Category
    from desktop.services.cases.queues import QueueView
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        window = MainWindow(demo_context)
        qtbot.addWidget(window)
        window._view_chosen(window.navigation.index_of(Category.SOCIAL, QueueView.POOL))
        assert window.title.text() == "Social affairs · Pool"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"
        assert (
            window.navigation.index_of(Category.SOCIAL, QueueView.OVERDUE)
            .data()
            .startswith("Overdue (red)")
        )
        from desktop.ui.workbench.window import Workbench

        with demo_context.sessions() as session:
            case_id = session.scalar(sa.select(m.Case.id).limit(1))
        bench = Workbench(demo_context, case_id)
        qtbot.addWidget(bench)
        qtbot.waitUntil(lambda: bench.details is not None, timeout=15000)
        assert bench.tabs.tabText(1) == "History"
        assert bench.history.headerData(0, Qt.Orientation.Horizontal) == "Time"
    finally:
        app.removeTranslator(translator)
