"""An unexpected error is logged with its traceback and shown calmly, with the log's
location, a button to open its folder and one to copy the details."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from desktop.logs import log_path
from desktop.ui import crash


def _crash_dialog(monkeypatch, caplog) -> crash.CrashDialog:
    shown: list[crash.CrashDialog] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="desktop.crash"):
            crash._hook(RuntimeError, error, error.__traceback__)
    assert len(shown) == 1
    return shown[0]


def test_unexpected_error_is_logged_and_shown(qtbot, monkeypatch, caplog):
    dialog = _crash_dialog(monkeypatch, caplog)
    # Words for people in front; the Python message only behind the details button.
    assert "没有丢失" in dialog.explanation.text()
    assert "RuntimeError" not in dialog.explanation.text()
    assert str(log_path()) in dialog.log_file.text()
    assert "RuntimeError: boom" in dialog.details
    assert "Traceback" in caplog.text and "boom" in caplog.text


def test_the_details_can_be_shown_copied_and_the_log_folder_opened(qtbot, monkeypatch, caplog):
    dialog = _crash_dialog(monkeypatch, caplog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.detail_view.isVisible()
    dialog.show_details.click()
    assert dialog.detail_view.isVisible()
    assert "RuntimeError: boom" in dialog.detail_view.toPlainText()
    dialog.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: boom" in copied and str(log_path()) in copied
    assert dialog.copied.text() == "已复制"
    opened: list[QUrl] = []
    monkeypatch.setattr(crash.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog.open_folder.click()
    assert opened and opened[0].toLocalFile() == str(log_path().parent)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_second_error_while_the_dialog_is_open_is_only_logged(qtbot, monkeypatch, caplog):
    shown: list[str] = []

    def exec_and_fail_again(self):  # another error arrives while this dialog is open
        shown.append(self.details)
        try:
            raise ValueError("again")
        except ValueError as error:
            crash._hook(ValueError, error, error.__traceback__)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_and_fail_again)
    try:
        raise RuntimeError("first")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="desktop.crash"):
            crash._hook(RuntimeError, error, error.__traceback__)
    assert len(shown) == 1 and "first" in shown[0]
    assert "again" in caplog.text
