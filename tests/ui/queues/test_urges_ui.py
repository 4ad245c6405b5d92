"""Urging as the handler sees it: the queue's 督办 column, the workbench banner with its
确认收到 button, the 我的督办 list; on PostgreSQL through the handler's own login."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView

from desktop.data import models as m
from desktop.data.database import make_engine, session_factory
from desktop.domain.actor import Actor
from desktop.domain.enums import Category
from desktop.domain.timezone import CHINA
from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.cases.queues import QueueView
from desktop.services.cases.urging import urge_case
from desktop.services.demo.people import DEMO_PASSWORD
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.queues.queue_model import STEP_COLUMN, URGE_COLUMN, WARNING_COLUMN

WAIT = 15000


@pytest.fixture
def as_user(demo_context):
    """name -> the window's context for that user: on PostgreSQL their own login."""
    engines: list[sa.Engine] = []

    def context_of(username: str) -> AppContext:
        with demo_context.sessions() as session:
            actor = actor_for(session, username)
        if demo_context.url.get_backend_name() != "postgresql":
            return AppContext(demo_context.url, demo_context.sessions, actor)
        url = demo_context.url.set(username=username, password=DEMO_PASSWORD)
        engines.append(make_engine(url))
        return AppContext(url, session_factory(engines[-1]), actor)

    yield context_of
    for engine in engines:
        engine.dispose()


def urged_case(context: AppContext, number: str, handler: str, *messages: str) -> int:
    """A social-affairs case a month old, claimed by `handler`, urged once per message."""
    with context.sessions() as session, session.begin():
        code = session.scalar(
            sa.select(m.Item.code)
            .where(m.Item.category == Category.SOCIAL, m.Item.promised_limit_days <= 10)
            .limit(1)
        )
        applicant = session.scalar(sa.select(m.Applicant.id).limit(1))
        accepted = datetime.now(CHINA) - timedelta(days=30)
        state = accept_case(
            session, Actor.system("test"), NewCase(number, code, applicant, accepted)
        )
        claimer = actor_for(session, handler)
        cases.claim(session, claimer, state.id, state.version)
        supervisor = actor_for(session, "super1")
        for message in messages:
            urge_case(session, supervisor, state.id, message)
        return state.id


def open_mine(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start()
    mine = window.navigation.index_of(Category.SOCIAL, QueueView.MINE)
    window.tree.setCurrentIndex(mine)
    window._view_chosen(mine)
    return window


def urged_rows(window: MainWindow) -> list[str]:
    model = window.model
    return [model.row_at(r).number for r in range(model.rowCount()) if model.row_at(r).urged]


def test_the_handler_sees_the_urge_and_acknowledges_it_in_the_workbench(
    qtbot, demo_context, as_user
):
    case_id = urged_case(demo_context, "URGE0001", "soc1", "请今日办结并说明超期原因")
    window = open_mine(qtbot, as_user("soc1"))
    qtbot.waitUntil(lambda: urged_rows(window) == ["URGE0001"], timeout=WAIT)
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).urged)
    assert window.model.index(row, URGE_COLUMN).data() == "待确认"
    assert "尚未确认收到" in window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    header = window.table.horizontalHeader()
    assert header.visualIndex(URGE_COLUMN) == header.visualIndex(WARNING_COLUMN) + 1
    qtbot.waitUntil(lambda: window.ui.urgesAction.text() == "我的督办（1 条待确认）", timeout=WAIT)
    assert window.ui.urgesAction.isVisible()

    window.open_case(case_id)
    bench = window.workbenches[case_id]
    qtbot.waitUntil(lambda: bench.details is not None and not bench.busy, timeout=WAIT)
    ui = bench.ui
    assert not ui.urgeBanner.isHidden() and not ui.acknowledgeButton.isHidden()
    assert "请今日办结并说明超期原因" in ui.urgeText.text()
    assert "红牌督办" in ui.urgeText.text()
    with demo_context.sessions() as session:
        urger = session.scalar(
            sa.select(m.StaffUser.full_name).where(m.StaffUser.username == "super1")
        )
    assert urger in ui.urgeText.text()
    ui.acknowledgeButton.click()
    qtbot.waitUntil(lambda: ui.urgeBanner.isHidden() and not bench.busy, timeout=WAIT)
    assert bench.details.history[-1].action == "urge_ack"
    # The queue and the count follow at once (the workbench tells the main window).
    qtbot.waitUntil(lambda: urged_rows(window) == [], timeout=WAIT)
    qtbot.waitUntil(lambda: window.ui.urgesAction.text() == "我的督办", timeout=WAIT)
    with demo_context.sessions() as session:
        acknowledged = session.scalar(
            sa.select(m.CaseUrge.acknowledged_at).where(m.CaseUrge.case_id == case_id)
        )
    assert acknowledged is not None


def test_my_urges_lists_acknowledges_and_opens(qtbot, qtmodeltester, demo_context, as_user):
    case_id = urged_case(demo_context, "URGE0002", "soc2", "请今日办结", "再次督办：明日上午前办结")
    window = open_mine(qtbot, as_user("soc2"))
    qtbot.waitUntil(lambda: window.urges.count == 2, timeout=WAIT)
    window.ui.urgesAction.trigger()
    listing = window.urges.window
    assert listing is not None
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(listing.model)
    assert [row[6] for row in listing.model.rows] == ["再次督办：明日上午前办结", "请今日办结"]
    listing.acknowledge()  # nothing selected: it says what to do
    assert "请先选中" in listing.status.text()
    listing.table.selectRow(1)
    listing.acknowledge()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=WAIT)
    assert "已确认收到 1 条督办" in listing.status.text()
    qtbot.waitUntil(lambda: window.urges.count == 1, timeout=WAIT)
    listing.show_all.setChecked(True)  # the demo's own acknowledged urges come too

    def this_case() -> list[int]:
        return [i for i, row in enumerate(listing.model.rows) if row[1] == "URGE0002"]

    qtbot.waitUntil(lambda: len(this_case()) == 2, timeout=WAIT)
    rows = [listing.model.rows[i] for i in this_case()]
    assert sorted(row[5] == "未确认" for row in rows) == [False, True]
    listing.table.selectRow(this_case()[0])
    listing.open_selected()
    qtbot.waitUntil(lambda: case_id in window.workbenches, timeout=WAIT)
    bench = window.workbenches[case_id]
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    assert len(bench.details.urges) == 1 and not bench.ui.urgeBanner.isHidden()


def test_others_see_the_banner_but_cannot_acknowledge(qtbot, demo_context, as_user):
    case_id = urged_case(demo_context, "URGE0003", "soc3", "请今日办结")
    supervisor = as_user("super1")
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    assert not window.ui.urgesAction.isVisible() and not window.urges.enabled
    window.open_case(case_id)
    bench = window.workbenches[case_id]
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None and not bench.busy, timeout=WAIT)
    assert not bench.ui.urgeBanner.isHidden() and bench.ui.acknowledgeButton.isHidden()
    assert "尚未确认收到" in bench.ui.urgeTitle.text()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_layout_saved_before_the_urge_column_gets_it_beside_the_warning(qtbot, demo_context):
    old = QHeaderView(Qt.Orientation.Horizontal)
    old.setModel(QStandardItemModel(0, URGE_COLUMN))
    old.resizeSection(1, 321)
    old.moveSection(2, 0)
    settings = QSettings()
    settings.setValue("eng1/main/columns", old.saveState())
    settings.remove("eng1/main/column_count")
    window = MainWindow(demo_context)  # eng1, never shown: closed below
    header = window.table.horizontalHeader()
    assert header.visualIndex(URGE_COLUMN) == header.visualIndex(WARNING_COLUMN) + 1
    assert header.sectionSize(1) == 321 and header.visualIndex(2) == 0  # the user's layout
    window.close()
    assert header.visualIndex(STEP_COLUMN) == header.visualIndex(URGE_COLUMN) + 1
    assert int(QSettings().value("eng1/main/column_count")) == STEP_COLUMN + 1
