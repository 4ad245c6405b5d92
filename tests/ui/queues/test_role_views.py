"""Clerks and coordinators open on their own views, counted like the handler's."""

from __future__ import annotations

import pytest

from desktop.domain.enums import Category
from desktop.services.cases.queues import QueueView, count_views, views_for
from desktop.services.demo.inspection_requests import request_inspections
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow

WAIT = 15000


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("username", "first", "title"),
    [("clerk1", QueueView.CERTIFY, "待制证"), ("coord1", QueueView.SCHEDULE, "待安排踏勘")],
)
def test_the_window_opens_on_the_roles_own_view(qtbot, demo_context, username, first, title):
    if first is QueueView.SCHEDULE:  # handlers send cases to inspection, as in the window
        assert request_inspections(demo_context.sessions, 2)
    with demo_context.sessions() as session:
        actor = actor_for(session, username)
    context = AppContext(demo_context.url, demo_context.sessions, actor)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.navigation.views == views_for(actor) and window.navigation.views[0] is first
    with pytest.raises(KeyError):
        window.navigation.index_of(Category.ENGINEERING, QueueView.MINE)
    assert title in window.title.text()
    counts = context.read(count_views, Category.ENGINEERING, views_for(actor))
    for view, count in counts.items():
        index = window.navigation.index_of(Category.ENGINEERING, view)
        qtbot.waitUntil(lambda i=index, c=count: f"（{c:,}）" in i.data(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=WAIT)
    assert window.model.rowCount() == min(counts[first], 200)
    social = context.read(count_views, Category.SOCIAL, views_for(actor))
    assert counts[first] + social[first] > 0  # the demo gives the role work of its own
    for view in window.navigation.views:  # every view of the role lists its cases
        index = window.navigation.index_of(Category.SOCIAL, view)
        window.tree.setCurrentIndex(index)
        window._view_chosen(index)
        qtbot.waitUntil(lambda: not window.model.loading, timeout=WAIT)
