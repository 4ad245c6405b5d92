"""The coordinator window against a demo bureau: the week, the pending requests, a draw with
its explanation, a replacement and a replay, all through the window."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from desktop.data import models as m
from desktop.domain.enums import CaseStatus, HalfDay
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.services.demo.inspection_requests import request_inspections
from desktop.services.inspections.board import draw_history
from desktop.services.inspections.replacement import LeaveCause
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.inspections import actions as inspection_actions
from desktop.ui.inspections.change_dialog import ChangeAnswers
from desktop.ui.inspections.draw_explanation import grouped
from desktop.ui.inspections.window import CoordinatorWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import _the_relay

WAIT = 150_000  # the draw and its replay run the solver: slow on a busy machine


def as_user(context: AppContext, username: str) -> AppContext:
    with context.sessions() as session:
        return AppContext(context.url, context.sessions, actor_for(session, username))


def test_only_coordinators_see_the_coordinator_action(qtbot, demo_context):
    for username, shown in (("coord1", True), ("eng1", False), ("admin", False)):
        window = MainWindow(as_user(demo_context, username))
        qtbot.addWidget(window)
        assert window.ui.coordinatorAction.isVisible() is shown
    assert window.ui.coordinatorAction.shortcut().toString() == "Ctrl+Shift+I"


def test_draw_explain_replace_and_replay_through_the_window(
    qtbot, qtmodeltester, demo_context, monkeypatch
):
    requested = request_inspections(demo_context.sessions, 6)
    assert len(requested) >= 2
    context = as_user(demo_context, "coord1")
    window = CoordinatorWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.pending.rowCount() >= len(requested), timeout=WAIT)
    qtbot.waitUntil(lambda: window.week.rowCount() == 96, timeout=WAIT)
    qtmodeltester.check(window.week)
    qtmodeltester.check(window.pending)
    assert not hasattr(window.ui, "seed")  # nobody chooses the seed
    assert not window.ui.witness.isEnabled() and not window.ui.drawButton.isEnabled()
    pending = window.pending.rowCount()
    window.ui.openDraw.click()  # the commitment is shown before the witness types
    qtbot.waitUntil(lambda: window.ticket is not None, timeout=WAIT)
    commitment = window.ticket.commitment
    assert commitment in window.ui.commitment.text() and window.ui.witness.isEnabled()
    window.ui.witness.setText("监督-1618")
    window.ui.drawButton.click()
    qtbot.waitUntil(lambda: window.outcome is not None, timeout=WAIT)
    outcome = window.outcome
    assert outcome.commitment == commitment and outcome.witness == "监督-1618"
    assert len(outcome.lines) == pending
    assert window.ui.tabs.currentWidget() is window.ui.resultTab
    summary = window.ui.drawSummary.text()  # the record: secret, witness, digests, result
    assert all(x in summary for x in (commitment, outcome.secret, "监督-1618", outcome.digest))
    assert outcome.snapshot_hash in summary and outcome.seed in summary
    assert window.ticket is None and not window.ui.drawButton.isEnabled()  # drawn once
    qtmodeltester.check(window.plan)
    assert window.plan.rowCount() == pending
    text = window.ui.explanation.toPlainText()
    first = outcome.lines[0]
    assert first.case_number in text
    if first.planned:
        assert "踏勘组" in text and all(p.name in text for p in first.team)
    assert "不符合条件的人员及原因" in text
    assert "权重" not in text  # the weight in words: an order, and the recent load
    if first.planned:
        assert "抽签排序第" in text and "近期工作量" in text
    for reasons, names in grouped(first.exclusions):  # one line per identical reason
        assert text.count(f"{reasons}：{len(names)} 人") == 1
    planned = outcome.planned
    assert planned, "the demo pool staffs the requests"
    qtbot.waitUntil(lambda: window.scheduled.rowCount() >= len(planned), timeout=WAIT)
    qtmodeltester.check(window.scheduled)
    monday = planned[0].day - timedelta(days=planned[0].day.weekday())
    window.show_week(monday)

    def week_cells() -> list[str]:
        return [c.label for row in window.week.week.rows for c in row.cells]

    # The week may already be on show from before the draw: wait for the read that follows it.
    qtbot.waitUntil(
        lambda: window.week.week.monday == monday and planned[0].case_number in week_cells(),
        timeout=WAIT,
    )

    line = next(
        window.scheduled.objects[r]
        for r in range(window.scheduled.rowCount())
        if window.scheduled.objects[r].case_number == planned[0].case_number
    )
    leaving = line.team_ids[0]
    answers = ChangeAnswers(
        leaving, LeaveCause.DECLINED, line.day, line.half_day, 5, (), "临时出差"
    )
    monkeypatch.setattr(inspection_actions, "ask_change", lambda dialog: answers)
    window.ui.scheduled.selectRow(window.scheduled.objects.index(line))
    window.ui.replaceButton.click()
    qtbot.waitUntil(lambda: "递补" in window.ui.status.text(), timeout=WAIT)
    history = context.read(draw_history, outcome.draw_id)
    assert [e.kind for e in history] == [DrawEvent.RESULT, DrawEvent.REPLACEMENT]

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.ui.draws.setCurrentIndex(window.ui.draws.findData(outcome.draw_id))
    window.ui.replayButton.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "结论：完全一致" in shown[0]


def test_a_cancelled_request_leaves_the_lists_and_says_the_case_is_back_in_review(
    qtbot, demo_context, monkeypatch
):
    requested = request_inspections(demo_context.sessions, 2)
    context = as_user(demo_context, "coord1")
    window = CoordinatorWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: requested[0] in _numbers(window.pending), timeout=WAIT)
    line = window.pending.objects[_numbers(window.pending).index(requested[0])]
    answers = ChangeAnswers(None, LeaveCause.DECLINED, line.window_start, HalfDay.AM, 5, (), "撤回")
    monkeypatch.setattr(inspection_actions, "ask_change", lambda dialog: answers)
    window.ui.pending.selectRow(_numbers(window.pending).index(requested[0]))
    window.ui.cancelPending.click()
    # Once every read the change set off is back, the lists no longer hold the request and
    # the status line still says what happened (the reads do not wipe it).
    qtbot.waitUntil(
        lambda: requested[0] not in _numbers(window.pending) and not _the_relay().running,
        timeout=WAIT,
    )
    assert window.ui.status.text() == f"{requested[0]}：踏勘已取消，办件退回审查，计时恢复"
    assert requested[1] in _numbers(window.pending)
    with context.sessions() as session:
        status = session.scalar(sa.select(m.Case.status).where(m.Case.number == requested[0]))
    assert status is CaseStatus.UNDER_REVIEW


def _numbers(model) -> list[str]:
    return [line.case_number for line in model.objects]


def test_the_override_button_lists_the_pool_with_eligibility_and_a_filter(qtbot, demo_context):
    """人工指定 on a pending request: all 96 inspectors, the eligible first, every other with
    its reasons, narrowed by the filter box; cancelling changes nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.inspections.change_dialog import InspectionChangeDialog

    requested = request_inspections(demo_context.sessions, 1)
    context = as_user(demo_context, "coord1")
    window = CoordinatorWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: requested[0] in _numbers(window.pending), timeout=WAIT)
    row = _numbers(window.pending).index(requested[0])
    request = window.pending.objects[row]
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, InspectionChangeDialog):
            QTimer.singleShot(50, answer)  # the pool is still being read
            return
        team = dialog.ui.team.model()
        texts = [team.index(r, 0).data() for r in range(team.rowCount())]
        seen["count"] = len(texts)
        ineligible = [n for n, text in enumerate(texts) if "不符合条件：" in text]
        seen["eligible_first"] = bool(ineligible) and ineligible == list(
            range(ineligible[0], len(texts))
        )
        seen["some_eligible"] = ineligible[0] > 0
        dialog.ui.teamFilter.setText(request.department)
        narrowed = [team.index(r, 0).data() for r in range(team.rowCount())]
        seen["filtered"] = 0 < len(narrowed) < len(texts) and all(
            request.department in text for text in narrowed
        )
        seen["fits"] = dialog.height() <= 768 and dialog.width() <= 1366
        dialog.reject()

    QTimer.singleShot(0, answer)
    window.ui.pending.selectRow(row)
    window.ui.overridePending.click()
    qtbot.waitUntil(lambda: "count" in seen, timeout=WAIT)
    assert seen == {
        "count": 96,
        "eligible_first": True,
        "some_eligible": True,
        "filtered": True,
        "fits": True,
    }
    assert requested[0] in _numbers(window.pending) and "已办理" not in window.ui.status.text()
