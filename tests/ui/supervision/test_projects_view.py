"""The supervision window's 工程建设项目 tab on demo data: the project stages whose clock ran
in the period with their stage clocks, red or yellow as they stand, and the count per stage;
the same figures as the service gives, exported as shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.domain.clock import WarningLevel
from desktop.services import timesource
from desktop.services.staff import actor_for
from desktop.services.supervision.project_stages import COUNT_HEADER, STAGE_HEADER, project_stages
from desktop.ui.context import AppContext
from desktop.ui.supervision.projects_view import COLOURS
from desktop.ui.supervision.window import SupervisionWindow

WAIT = 30000
TODAY = date(2026, 11, 20)  # the demo's
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def window(qtbot, demo_context):
    timesource.stand_on(TODAY)
    with demo_context.sessions() as session:
        actor = actor_for(session, "super1")
    context = AppContext(demo_context.url, demo_context.sessions, actor)
    window = SupervisionWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.projects)
    yield window
    timesource.stand_on(None)


def press(view, text: str) -> None:
    next(b for b in view.findChildren(QPushButton) if b.text() == text).click()


def test_the_projects_tab_lists_the_period_s_stages_with_their_clocks(qtbot, window):
    view = window.projects
    qtbot.waitUntil(lambda: view.report is not None, timeout=WAIT)
    period = window.period()
    with window.context.sessions() as session:
        expected = project_stages(session, window.context.actor, period)
    assert view.report == expected and expected.rows
    assert view.model.headers == STAGE_HEADER
    assert [row[0] for row in view.model.rows] == [r.code for r in expected.rows]
    assert f"有 {len(expected.rows)} 个项目阶段在计时" in view.note.text()
    for n, row in enumerate(expected.rows):
        colour = view.model.data(view.model.index(n, 0), role=8)  # BackgroundRole
        if row.level is WarningLevel.NORMAL:
            assert colour is None
        else:
            assert colour == COLOURS[row.level]
    window.grab().save("/tmp/i21project-supervision.png")

    press(view, "各阶段汇总")
    assert view.model.headers == COUNT_HEADER
    assert [row[0] for row in view.model.rows] == [
        "立项用地规划许可",
        "工程建设许可",
        "施工许可",
        "竣工验收",
    ]
    assert sum(row[1] for row in view.model.rows) == len(expected.rows)
    table = window.export_work()()
    assert table.headers == COUNT_HEADER
    press(view, "项目阶段清单")
    assert view.model.headers == STAGE_HEADER

    # A period before any project: nothing runs in it.
    window.start.setDate(window.start.date().addYears(-5))
    window.end.setDate(window.start.date().addDays(10))
    window.refresh()
    qtbot.waitUntil(lambda: view.report is not None and view.report.rows == (), timeout=WAIT)
    assert view.model.rows == []
