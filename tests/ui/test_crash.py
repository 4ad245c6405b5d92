"""An unexpected error is logged with its traceback and shown with the log's location."""

from __future__ import annotations

import logging

from desktop.logs import log_path
from desktop.ui import crash


def test_unexpected_error_is_logged_and_shown(qtbot, monkeypatch, caplog):
    shown: list[str] = []
    monkeypatch.setattr(crash.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="desktop.crash"):
            crash._hook(RuntimeError, error, error.__traceback__)
    assert "RuntimeError: boom" in shown[0] and str(log_path()) in shown[0]
    assert "没有丢失" in shown[0]
    assert "Traceback" in caplog.text and "boom" in caplog.text
