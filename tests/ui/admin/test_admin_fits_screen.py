"""The admin window fits an office PC's 1366×768 screen: no tab's page may make the window
taller than the screen leaves it (a tall page scrolls instead)."""

from __future__ import annotations

from desktop.services.staff import actor_for
from desktop.ui.admin.window import AdminWindow
from desktop.ui.context import AppContext

SCREEN_LEFT = 768 - 40 - 30  # the taskbar and the window's title bar


def test_the_admin_window_fits_a_768_high_screen(qtbot, demo_context):
    with demo_context.sessions() as session:
        context = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(context)
    qtbot.addWidget(window)
    tabs = window.ui.tabs
    heights = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        heights[tabs.tabText(index)] = window.minimumSizeHint().height()
    assert max(heights.values()) <= SCREEN_LEFT, heights
    window.resize(1366, SCREEN_LEFT)
    window.show()
    assert window.height() <= SCREEN_LEFT
