"""The desktop application: Qt set-up, the bundled CJK font, and the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

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


def run_app(args: argparse.Namespace) -> int:
    from desktop.data.database import resolve_url
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("审批工作台")
    app.setOrganizationName("ApprovalDesk")
    register_ui_font(app)
    try:
        url = resolve_url(args.db)
    except Exception as error:  # a bad --db value: say so in the window too
        QMessageBox.critical(None, "审批工作台", str(error))
        return 2
    window = MainWindow(url, demo=args.demo)
    window.show()
    window.start()
    return app.exec()
