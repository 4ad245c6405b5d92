"""The certificate window while its batch meets a lost connection: it says it is retrying
and carries on, or, when the retry time runs out, stops with the single actions' message
and keeps what was done."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt

from desktop.data import models as m
from desktop.services import transactions
from desktop.ui import print_queue
from desktop.ui.messages import CONNECTION_LOST
from desktop.ui.print_queue import PrintQueue
from tests.support.lost_connection import lose_connection
from tests.ui.workbench.test_documents_ui import WAIT, as_user

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # the faults are made up here


def batch_window(qtbot, demo_context, monkeypatch, cases: int):
    """The window with `cases` granted cases selected; what it says is kept in `said`."""
    # The demo has made the bureau's trial keys, as `approval-desk --demo` does.
    monkeypatch.setattr(print_queue, "print_in_background", lambda *args: None)
    said: list[str] = []
    progressed = PrintQueue._progressed

    def listen(window, report):  # type: ignore[no-untyped-def]
        progressed(window, report)
        said.append(window.ui.status.text())

    monkeypatch.setattr(PrintQueue, "_progressed", listen)
    window = PrintQueue(as_user(demo_context, "clerk1"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    rows = [r for r in range(window.model.rowCount()) if window.model.objects[r].needs][:cases]
    for row in rows:
        window.ui.cases.selectionModel().select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return window, [window.model.objects[r].id for r in rows], said


def documents_of(demo_context, case_ids):
    with demo_context.sessions() as session:
        return session.scalars(
            sa.select(m.IssuedDocument.number).where(
                m.IssuedDocument.case_id.in_(case_ids), m.IssuedDocument.void.is_(False)
            )
        ).all()


def test_the_batch_says_it_retries_and_carries_on(qtbot, demo_context, monkeypatch):
    window, case_ids, said = batch_window(qtbot, demo_context, monkeypatch, cases=3)
    before = len(documents_of(demo_context, case_ids))
    lose_connection(demo_context.sessions.kw["bind"], after=1, times=1)
    qtbot.mouseClick(window.ui.issueAndPrint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ui.issueAndPrint.isEnabled(), timeout=60000)
    assert any(text.startswith("连接中断，正在重试（第 1 次）") for text in said), said
    assert said[-1] == "正在制发：3/3 件"
    issued = len(documents_of(demo_context, case_ids)) - before
    assert issued > 0 and window.ui.status.text().startswith(f"已制发 {issued} 份文书")
    assert len(window.printed) == issued


def test_after_the_retry_time_the_batch_stops_and_keeps_what_was_done(
    qtbot, demo_context, monkeypatch
):
    monkeypatch.setattr(transactions, "RETRY_FOR_SECONDS", 1.0)
    window, case_ids, said = batch_window(qtbot, demo_context, monkeypatch, cases=3)
    before = documents_of(demo_context, case_ids)
    # The first case's documents are registered, then the connection stays away.
    entry = next(e for e in window.model.objects if e.id == case_ids[0])
    lose_connection(demo_context.sessions.kw["bind"], after=len(entry.needs), times=None)
    window.issue_and_print()
    qtbot.waitUntil(lambda: window.ui.issueAndPrint.isEnabled(), timeout=60000)
    assert said[0] == "正在制发：1/3 件" and "连接中断，正在重试（第 2 次）" in said[2], said
    message = QCoreApplication.translate("errors", CONNECTION_LOST)
    assert window.ui.status.text() == message + "\n" + (
        "已完成的 1 件已保存；连接恢复后请点“刷新”，再制发其余办件"
    )
    assert not window.ui.progress.isVisible()
    window.grab().save("/tmp/batch-retry-stopped.png")
    after = documents_of(demo_context, case_ids)
    assert len(after) == len(before) + len(entry.needs)  # the first case's, nothing more
