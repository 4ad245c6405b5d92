"""The supervision window's 告知承诺核查 tab on demo data: the open post-checks (as
`commitments list` prints them), the period's figures, recording a check as 属实 through the
dialog, and bad input refused with a clear message and nothing written."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.commitments import CheckResult, CheckState
from desktop.services import timesource
from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.staff import actor_for
from desktop.services.supervision.commitment_checks import list_checks
from desktop.ui.context import AppContext
from desktop.ui.supervision.commitments_view import OPEN_STATES, CheckDialog
from desktop.ui.supervision.window import SupervisionWindow

WAIT = 30000


def commitment_case(context, number: str) -> None:
    """A new 个体工商户登记 (告知承诺制 in the demo) accepted on a commitment and granted
    at once by its handler, so a check is open."""
    with context.sessions() as session, session.begin():
        applicant = session.scalar(sa.select(m.Applicant.id).order_by(m.Applicant.id).limit(1))
        state = accept_case(
            session,
            Actor.system("test"),
            NewCase(
                number=number,
                item_code="SJ011",
                applicant_id=applicant,
                accepted_at=timesource.now() - timedelta(minutes=30),
                signatory="张三",
            ),
        )
        handler = actor_for(session, "soc1")
        state = cases.claim(session, handler, state.id, state.version)
        cases.approve(session, handler, state.id, state.version, "依据告知承诺准予登记")


@pytest.fixture
def window(qtbot, demo_context):
    # On the machine's day: on PostgreSQL the server dates the decision by its own clock.
    commitment_case(demo_context, "T-PROMISE-1")
    with demo_context.sessions() as session:
        actor = actor_for(session, "super1")
    context = AppContext(demo_context.url, demo_context.sessions, actor)
    window = SupervisionWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.commitments)
    # The window's first refresh (on show) reloads every tab: let it finish first.
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT)
    return window


def select(qtbot, view, commitment_id: int) -> None:
    """Select the commitment's row (after any reload has settled)."""

    def found() -> bool:
        rows = [
            n for n in range(view.model.rowCount()) if view.model.object_at(n).id == commitment_id
        ]
        if rows:
            view.table.selectRow(rows[0])
        return bool(rows)

    qtbot.waitUntil(found, timeout=WAIT)


def press(view, text: str) -> None:
    next(b for b in view.findChildren(QPushButton) if b.text() == text).click()


def answering(monkeypatch, result: CheckResult, findings: str, checker: str) -> None:
    def exec_(dialog: CheckDialog) -> int:
        dialog.conclusion.setCurrentIndex(dialog.conclusion.findData(result))
        dialog.findings.setPlainText(findings)
        dialog.checker.setText(checker)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CheckDialog, "exec", exec_)


def stored(window, commitment_id: int) -> m.Commitment:
    with window.context.sessions() as session:
        return session.get(m.Commitment, commitment_id)


def test_open_checks_are_listed_and_one_is_recorded_true(
    qtbot, qtmodeltester, window, monkeypatch, tmp_path
):
    view = window.commitments
    every = window.context.read(list_checks)
    assert every, "the demo has 告知承诺制 cases"
    wanted = [row for row in every if row.state in OPEN_STATES]
    assert wanted and all(row.state is not CheckState.FALSE or row.revocation_case for row in every)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(wanted), timeout=WAIT)
    qtbot.waitUntil(lambda: "告知承诺" in view.figures.text(), timeout=WAIT)
    qtmodeltester.check(view.model)
    window.grab().save(str(tmp_path / "commitments.png"))
    window.grab().save("/tmp/i21promise-commitments.png")

    # Nothing selected: say so, change nothing.
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    press(view, "登记核查结果……")
    assert told and "请先选择" in told[0]

    # 不实 without the facts: a clear message, nothing written.
    chosen = next(row for row in wanted if row.case_number == "T-PROMISE-1")
    select(qtbot, view, chosen.id)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    answering(monkeypatch, CheckResult.FALSE, "", "刘建国")
    press(view, "登记核查结果……")
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert "不符的事实" in warned[0]
    assert stored(window, chosen.id).result is None

    answering(monkeypatch, CheckResult.TRUE, "经实地核查，承诺内容属实", "刘建国")
    select(qtbot, view, chosen.id)
    press(view, "登记核查结果……")
    qtbot.waitUntil(lambda: "已登记" in view.note.text() or len(warned) > 1, timeout=WAIT)
    assert len(warned) == 1, warned
    assert stored(window, chosen.id).result is CheckResult.TRUE
    qtbot.waitUntil(lambda: view.model.rowCount() == len(wanted) - 1, timeout=WAIT)
    assert "已登记核查结果" in view.note.text()
    row = stored(window, chosen.id)
    assert (row.checker, row.checked_on) == ("刘建国", timesource.today())
    with window.context.sessions() as session:
        super1 = session.scalar(sa.select(m.StaffUser.id).where(m.StaffUser.username == "super1"))
    assert row.check_recorded_by_id == super1
