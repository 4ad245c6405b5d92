"""The supervision window's 容缺承诺 tab: the period's promises kept and overdue, the overdue
ones in red with case, material and day, and 发起撤销 on one whose licence went out first."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.licence_life import CaseKind
from desktop.services.documents.issuing import issue_document
from desktop.ui.context import AppContext
from desktop.ui.supervision.promises_view import OVERDUE
from desktop.ui.supervision.window import SupervisionWindow, qdate
from tests.services import conftest as service_fixtures
from tests.services.promises import conftest as promise_fixtures
from tests.services.promises.conftest import PROMISED_ON
from tests.services.promises.test_promise_life import _accept, _approved

bureau, clock, as_staff = service_fixtures.bureau, service_fixtures.clock, service_fixtures.as_staff
rongque, run_as = promise_fixtures.rongque, promise_fixtures.run_as
WAIT = 30000


def press(view, text: str) -> None:
    next(b for b in view.findChildren(QPushButton) if b.text() == text).click()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_overdue_promises_show_in_red_and_lead_to_revocation(
    qtbot, rongque, run_as, db_url, monkeypatch
):
    issued = _approved(rongque, run_as, _accept(rongque, run_as, ("材料2", PROMISED_ON)))
    for kind in (DocumentType.GRANT, DocumentType.LICENCE):
        run_as("clerk1", issue_document, issued.id, kind)
    _accept(rongque, run_as, ("材料3", date(2026, 11, 19)))
    rongque.clock.advance(days=5)  # Saturday the 21st: both promised days have passed
    window = SupervisionWindow(AppContext(db_url, rongque.sessions, rongque.actors["super1"]))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.start.setDate(qdate(date(2026, 11, 1)))
    window.end.setDate(qdate(date(2026, 11, 30)))
    window.show()
    view = window.promises
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT)
    assert "应补交的容缺材料 2 项" in view.note.text() and "逾期未交 2 项" in view.note.text()
    assert view.model.index(0, 3).data() == "材料3"  # the earlier day first
    assert view.model.index(1, 4).data() == PROMISED_ON.isoformat()
    assert view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE
    window.grab().save("/tmp/rongque-supervision-promises.png")

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view.table.selectRow(0)  # no licence went out: nothing to revoke
    press(view, "发起撤销……")
    assert told and "尚未发放许可证" in told[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    view.table.selectRow(1)
    press(view, "发起撤销……")
    qtbot.waitUntil(lambda: "已发起撤销" in view.note.text(), timeout=WAIT)
    number = rongque.case(issued.id).number
    with rongque.sessions() as session:
        revocation = session.query(m.Case).filter(m.Case.kind == CaseKind.REVOCATION).one()
        assert revocation.number == f"CX{number}"
