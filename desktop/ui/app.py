"""The desktop application: Qt set-up, the bundled CJK font, sign-in and the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from desktop.assets import UI_FONT, resource_path
from desktop.services.database import DatabaseUrl
from desktop.ui import settings

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


QT_CHINESE = "qtbase_zh_CN"  # Qt's own texts: OK/Cancel, Undo/Copy/Paste, file and print dialogs


def install_qt_chinese(app: QApplication) -> QTranslator | None:
    """Qt's own Chinese, shipped with PySide6 (PyInstaller's Qt hook bundles it where
    QLibraryInfo looks), so standard buttons, context menus and dialogs say 确定/取消."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load(QT_CHINESE, folder):
        log.warning("Qt's Chinese translation %s not found in %s", QT_CHINESE, folder)
        return None
    app.installTranslator(translator)
    return translator


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Simplified Chinese is the source language and needs only Qt's own texts in Chinese;
    other languages load a compiled .qm (and Qt's own texts stay in English)."""
    if language.startswith("zh"):
        return install_qt_chinese(app)
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

    def __init__(self, url: DatabaseUrl, demo: bool, today: date | None = None) -> None:
        super().__init__()
        self.url = url
        self.demo = demo
        self.today = today  # the demo's today (--today), for every view that counts by it
        self.window = None
        self.progress = QProgressDialog(self.tr("正在打开数据库……"), "", 0, 0)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("审批工作台"))
        self.progress.setMinimumDuration(300)

    def start(self) -> None:
        from desktop.services.admin.startup import prepare_for_window
        from desktop.services.server_signin import uses_logins
        from desktop.ui.operations import Operation

        if uses_logins(self.url) and not self.demo:
            # Nothing to open first: the server checks the user's own login at sign-in.
            QTimer.singleShot(0, self, lambda: self._ready(""))
            return
        if self.demo:
            self.progress.setLabelText(self.tr("正在准备演示数据（约需十秒）……"))
        url, demo, today = self.url, self.demo, self.today
        Operation(self, lambda: prepare_for_window(url, demo=demo, today=today)).on_success(
            self._ready
        ).on_failure(self._failed).run()

    def _ready(self, start) -> None:  # type: ignore[no-untyped-def]
        from desktop.services.database import open_sessions
        from desktop.ui.composed import say
        from desktop.ui.context import AppContext
        from desktop.ui.first_run import FirstAdminDialog
        from desktop.ui.main_window import MainWindow
        from desktop.ui.signin_dialog import SignInDialog

        self.progress.close()
        sessions = open_sessions(self.url)
        note = say(start.note) if start.note is not None else ""
        if start.needs_first_admin:
            profile = start.profile
            first = FirstAdminDialog(sessions, profile.organ_name, profile.number_prefix)
            if first.exec() != QDialog.DialogCode.Accepted:
                QApplication.quit()
                return
            settings.LAST_USER.set(first.username)
            note = self.tr("管理员账号已建立，请登录")
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
        QMessageBox.critical(None, self.tr("审批工作台"), explain(error))
        QApplication.exit(2)


def _configured_database(demo: bool) -> str | None:
    """The database chosen on this PC; on the very first start, ask where the data lives."""
    import os

    from desktop.services.database import ENV_VAR, REPORTING_ENV_VAR, default_sqlite_path
    from desktop.ui.first_run import DatabaseChoiceDialog

    if os.environ.get(ENV_VAR) or demo:
        return None
    remembered = settings.DATABASE_URL.get()
    if remembered is None and not default_sqlite_path().exists():
        dialog = DatabaseChoiceDialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise SystemExit(0)
        remembered = dialog.chosen()
        settings.DATABASE_URL.set(remembered)
        settings.REPORTING_URL.set(dialog.chosen_reporting())
    reporting = settings.REPORTING_URL.get()
    if reporting and remembered and not os.environ.get(REPORTING_ENV_VAR):
        os.environ[REPORTING_ENV_VAR] = reporting  # where the reports' sessions are made
    return remembered or None


def run_app(args: argparse.Namespace) -> int:
    from desktop.services.database import resolve_url
    from desktop.ui.crash import install_crash_handler
    from desktop.ui.messages import explain

    app = make_application()
    install_crash_handler()
    language = args.lang or settings.LANGUAGE.get()
    settings.LANGUAGE.set(language)
    install_translator(app, language)
    try:
        url = resolve_url(args.db or _configured_database(args.demo))
    except Exception as error:  # a bad --db value: say so in a window too
        title = QCoreApplication.translate("Launcher", "审批工作台")
        QMessageBox.critical(None, title, explain(error))
        return 2
    launcher = Launcher(url, args.demo, args.today if args.demo else None)
    launcher.start()
    return app.exec()
