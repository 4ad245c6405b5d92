"""The main window against a real database: queues, counts, search, paging, live refresh."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.domain.timezone import CHINA
from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.queues import QueueQuery, QueueView, count_views, fetch_page
from desktop.services.staff import actor_for
from desktop.ui.main_window import MainWindow
from desktop.ui.queues.queue_model import OBJECT_ROLE, QueueModel

WAIT = 15000


def test_queue_model_passes_the_model_tester(qtbot, qtmodeltester, demo_context):
    model = QueueModel(lambda query, after: demo_context.read(fetch_page, query, after, 50))
    model.set_query(QueueQuery(Category.ENGINEERING, QueueView.ALL))
    qtbot.waitUntil(lambda: model.rowCount() == 50, timeout=WAIT)
    qtmodeltester.check(model)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=WAIT)
    assert len(set(model.loaded_ids())) == 100
    assert model.index(0, 0).data(OBJECT_ROLE).number in model.index(0, 0).data()


def open_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_window_lists_my_cases_and_counts_every_view(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    counts = demo_context.read(count_views, Category.ENGINEERING)
    qtbot.waitUntil(
        lambda: (
            f"（{counts[QueueView.MINE]:,}）"
            in window.navigation.index_of(Category.ENGINEERING, QueueView.MINE).data()
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == counts[QueueView.MINE], timeout=WAIT)
    assert "我的办件" in window.title.text()


def test_search_finds_a_case_by_number(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    with demo_context.sessions() as session:
        number = session.scalar(
            sa.select(m.Case.number).where(m.Case.category == Category.ENGINEERING).limit(1)
        )
    window.tree.setCurrentIndex(window.navigation.index_of(Category.ENGINEERING, QueueView.ALL))
    window._view_chosen(window.navigation.index_of(Category.ENGINEERING, QueueView.ALL))
    window.search.setText(number)
    window.search.returnPressed.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    assert window.model.row_at(0).number == number


def test_a_claim_by_someone_else_shows_within_two_seconds(qtbot, demo_context):
    with demo_context.sessions() as session, session.begin():
        code = session.scalar(
            sa.select(m.Item.code)
            .where(m.Item.category == Category.ENGINEERING, m.Item.active.is_(True))
            .limit(1)
        )
        applicant = session.scalar(sa.select(m.Applicant.id).limit(1))
        accept_case(
            session,
            Actor.system("test"),
            NewCase("LIVE0001", code, applicant, datetime.now(CHINA) - timedelta(minutes=5)),
        )
    window = open_window(qtbot, demo_context)
    pool = window.navigation.index_of(Category.ENGINEERING, QueueView.POOL)
    window.tree.setCurrentIndex(pool)
    window._view_chosen(pool)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    target = window.model.row_at(0)
    with demo_context.sessions() as session, session.begin():
        other = actor_for(session, "eng2")
        cases.claim(session, other, target.id)  # another connection, another person
    qtbot.waitUntil(lambda: window.model.row_at(0).handler != "", timeout=2500)
    assert window.model.row_at(0).status.value == "under_review"


def test_saved_filter_comes_back_with_its_view_search_and_order(qtbot, demo_context):
    window = open_window(qtbot, demo_context)
    overdue = window.navigation.index_of(Category.SOCIAL, QueueView.OVERDUE)
    window._view_chosen(overdue)
    window.search.setText("渭南")
    window.search.returnPressed.emit()
    window.save_filter("社会类超期·渭南")
    saved = window.model.query
    window._view_chosen(window.navigation.index_of(Category.ENGINEERING, QueueView.ALL))
    assert window.model.query != saved
    again = MainWindow(demo_context)  # a new window reads the same saved filters
    qtbot.addWidget(again)
    again._view_chosen(again.navigation.saved_index("社会类超期·渭南"))
    assert again.model.query == saved and again.search.text() == "渭南"
    again.tree.setCurrentIndex(again.navigation.saved_index("社会类超期·渭南"))
    again.remove_filter()
    with pytest.raises(KeyError):
        again.navigation.saved_index("社会类超期·渭南")


def test_workbench_tables_pass_the_model_tester(qtbot, qtmodeltester, demo_context):
    from desktop.ui.workbench.window import Workbench

    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.CaseEvent.case_id)
            .group_by(m.CaseEvent.case_id)
            .order_by(sa.func.count().desc())
            .limit(1)
        )
    bench = Workbench(demo_context, case_id)
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    for model in (
        bench.materials,
        bench.history,
        bench.opinions,
        bench.inspections,
        bench.documents,
    ):
        qtmodeltester.check(model)
    assert bench.history.rowCount() == len(bench.details.history) > 3
