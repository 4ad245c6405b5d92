"""The desktop application: Qt set-up, the bundled CJK font, sign-in and the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog
from sqlalchemy.engine import URL

from desktop.assets import UI_FONT, resource_path

log = logging.getLogger("desktop.ui")


def register_ui_font(app: QApplication) -> None:
    """Chinese must render on any PC, with or without system CJK fonts."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*UI_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled UI font could not be loaded")
        return
    font = QFont(families[0])
    font.setPointSize(10)
    app.setFont(font)


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Simplified Chinese is the source language; other languages load a compiled .qm."""
    if language.startswith("zh"):
        return None
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"approval_desk_{language}.qm"))):
        log.warning("no translation for %s", language)
        return None
    app.installTranslator(translator)
    return translator


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("审批工作台")
    app.setOrganizationName("ApprovalDesk")
    register_ui_font(app)
    return app


class Launcher(QObject):
    """Open the database (off the UI thread, with progress), sign in, show the main window."""

    def __init__(self, url: URL, demo: bool) -> None:
        super().__init__()
        self.url = url
        self.demo = demo
        self.window = None
        self.progress = QProgressDialog("正在打开数据库……", "", 0, 0)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle("审批工作台")
        self.progress.setMinimumDuration(300)

    def start(self) -> None:
        from desktop.services.server_signin import uses_logins
        from desktop.services.startup import prepare_for_window
        from desktop.ui.operations import Operation

        if uses_logins(self.url) and not self.demo:
            # Nothing to open first: the server checks the user's own login at sign-in.
            QTimer.singleShot(0, self, lambda: self._ready(""))
            return
        if self.demo:
            self.progress.setLabelText("正在准备演示数据（约需十秒）……")
        url, demo = self.url, self.demo
        Operation(self, lambda: prepare_for_window(url, demo=demo)).on_success(
            self._ready
        ).on_failure(self._failed).run()

    def _ready(self, note: str) -> None:
        from desktop.data.database import make_engine, session_factory
        from desktop.ui.context import AppContext
        from desktop.ui.main_window import MainWindow
        from desktop.ui.signin_dialog import SignInDialog

        self.progress.close()
        sessions = session_factory(make_engine(self.url))
        dialog = SignInDialog(self.url, sessions)
        if note:
            dialog.message.setStyleSheet("color: #1b5e20;")
            dialog.message.setText(note)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            QApplication.quit()
            return
        self.window = MainWindow(AppContext(dialog.url, dialog.sessions, dialog.actor))
        self.window.show()
        self.window.start()

    def _failed(self, error: Exception) -> None:
        from desktop.ui.messages import explain

        self.progress.close()
        QMessageBox.critical(None, "审批工作台", explain(error))
        QApplication.exit(2)


def run_app(args: argparse.Namespace) -> int:
    from desktop.data.database import resolve_url
    from desktop.ui.crash import install_crash_handler

    app = make_application()
    install_crash_handler()
    try:
        url = resolve_url(args.db)
    except Exception as error:  # a bad --db value: say so in a window too
        QMessageBox.critical(None, "审批工作台", str(error))
        return 2
    language = args.lang or QSettings().value("ui/language", "zh", str)
    QSettings().setValue("ui/language", language)
    install_translator(app, language)
    launcher = Launcher(url, args.demo)
    launcher.start()
    return app.exec()
