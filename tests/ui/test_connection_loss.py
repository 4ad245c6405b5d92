"""Pulling the database server away: a clear message, no crash, recovery when it is back."""

from __future__ import annotations

import pytest

from desktop.data.database import make_engine, parse_url, session_factory
from desktop.domain.enums import Category
from desktop.services.admin.setup import prepare_database
from desktop.services.cases.queues import QueueView
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow


@pytest.mark.postgres
def test_window_survives_the_postgres_server_going_away_and_coming_back(qtbot, own_cluster):
    url = parse_url(own_cluster.create_database("desk"))
    engine = make_engine(url)
    prepare_database(engine)
    sessions = session_factory(engine)
    generate_demo(sessions, DemoOptions(cases=100, seed=1))
    with sessions() as session:
        actor = actor_for(session, "eng1")
    window = MainWindow(AppContext(url, sessions, actor))
    qtbot.addWidget(window)
    window.show()
    window.start()
    index = window.navigation.index_of(Category.ENGINEERING, QueueView.ALL)
    window._view_chosen(index)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15000)
    rows = window.model.rowCount()

    own_cluster.stop("immediate")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert "连接中断" in window.banner.text() and "自动重试" in window.banner.text()
    assert window.model.rowCount() == rows  # what was on screen stays on screen

    own_cluster.start()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=30000)
    window._reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=15000)
    engine.dispose()
