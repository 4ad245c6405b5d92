"""The workbench header shows the promised due date and the working days left, coloured
as the queue colours the case."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.clock import WarningLevel
from desktop.domain.enums import CaseStatus, Category
from desktop.services import timesource
from desktop.services.cases.queues import QueueQuery, QueueView, fetch_page
from desktop.ui.queues.queue_model import WARNING_COLOUR
from desktop.ui.workbench.window import Workbench

WAIT = 15000


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("view", "level", "words"),
    [
        (QueueView.OVERDUE, WarningLevel.RED, "红牌"),
        (QueueView.DUE_SOON, WarningLevel.YELLOW, "黄牌"),
    ],
)
def test_the_header_shows_the_due_date_and_days_left_in_the_queue_colour(
    qtbot, demo_context, view, level, words
):
    if level is WarningLevel.YELLOW:
        _warn_today(demo_context)  # the demo's yellow cases depend on the day the test runs
    rows = []
    for category in Category:
        rows += demo_context.read(fetch_page, QueueQuery.default(category, view), None, 5).rows
    assert rows, f"the demo has a case in {view}"
    row = rows[0]
    bench = Workbench(demo_context, row.id)
    qtbot.addWidget(bench)
    bench.resize(1366, 768)
    bench.show()
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    text = bench.due_badge.text()
    assert bench.due_badge.isVisible()
    assert row.promised_due_on is not None and row.promised_due_on.isoformat() in text
    assert words in text and WARNING_COLOUR[level].name() in bench.due_badge.styleSheet()
    if level is WarningLevel.RED:
        assert f"已超期 {-row.remaining_days} 个工作日" in text
    else:
        assert f"剩余 {row.remaining_days} 个工作日" in text
    assert bench.details is not None and bench.details.line == row


def _warn_today(context) -> None:
    """One case under review, due in two weeks, warned from today on."""
    today = timesource.today()
    with context.sessions() as session, session.begin():
        case = session.scalars(
            sa.select(m.Case).where(m.Case.status == CaseStatus.UNDER_REVIEW).limit(1)
        ).one()
        case.promised_due_on, case.promised_warn_on = today + timedelta(days=14), today


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_paused_case_says_its_clock_is_stopped(qtbot, demo_context):
    rows = []
    for category in Category:
        rows += demo_context.read(
            fetch_page, QueueQuery.default(category, QueueView.SUPPLEMENT), None, 5
        ).rows
    assert rows
    bench = Workbench(demo_context, rows[0].id)
    qtbot.addWidget(bench)
    bench.show()
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    assert "暂停计时" in bench.due_badge.text() and "工作日" not in bench.due_badge.text()
