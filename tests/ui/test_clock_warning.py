"""The status bar warns while this PC's clock is more than a minute off the server's."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.timezone import CHINA
from desktop.services.server_clock import ClockCheck
from desktop.ui import main_window
from desktop.ui.clock_warning import ClockWarning
from desktop.ui.main_window import MainWindow

SERVER = datetime(2026, 11, 16, 10, 0, tzinfo=CHINA)


def test_the_warning_says_how_far_and_which_way_and_hides_within_a_minute(qtbot):
    warning = ClockWarning()
    qtbot.addWidget(warning)
    warning.show_check(ClockCheck(SERVER, SERVER + timedelta(seconds=50)))
    assert warning.isHidden()
    warning.show_check(ClockCheck(SERVER, SERVER - timedelta(minutes=12)))
    assert not warning.isHidden()
    assert "慢 12 分钟" in warning.text() and "服务器 10:00" in warning.text()
    warning.show_check(ClockCheck(SERVER, SERVER + timedelta(minutes=3)))
    assert "快 3 分钟" in warning.text() and "本机 10:03" in warning.text()
    warning.show_check(ClockCheck(SERVER, SERVER))
    assert warning.isHidden()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_main_window_shows_the_warning_at_its_refresh(qtbot, demo_context, monkeypatch):
    monkeypatch.setattr(
        main_window,
        "check_clock",
        lambda session, actor: ClockCheck(SERVER, SERVER + timedelta(minutes=5)),
    )
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    window.refresh()
    qtbot.waitUntil(lambda: window.clock_warning.isVisible(), timeout=15000)
    assert "快 5 分钟" in window.clock_warning.text()
    window.grab().save("/tmp/guard-time-main.png")
