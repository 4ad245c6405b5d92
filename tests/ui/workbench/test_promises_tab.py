"""The workbench's 容缺承诺 tab: the case's promises with their days (an overdue one in red),
and the handler's 登记补交 button recording the selected material received."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.promises import PromiseState
from desktop.services.cases import actions as cases
from desktop.ui.context import AppContext
from desktop.ui.workbench.promises_panel import RED
from desktop.ui.workbench.window import Workbench
from tests.services import conftest as service_fixtures
from tests.services.promises import conftest as promise_fixtures
from tests.services.promises.conftest import PROMISED_ON
from tests.services.promises.test_promise_life import _accept

# The services' small bureau with its 容缺 materials, as fixtures here.
bureau, clock, as_staff = service_fixtures.bureau, service_fixtures.clock, service_fixtures.as_staff
rongque, run_as = promise_fixtures.rongque, promise_fixtures.run_as

WAIT = 15000


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_handler_sees_the_promises_and_records_a_receipt(qtbot, rongque, run_as, db_url):
    state = _accept(rongque, run_as, ("材料2", PROMISED_ON), ("材料3", PROMISED_ON))
    state = run_as("soc1", cases.claim, state.id, state.version)
    rongque.clock.advance(days=5)  # the promised day has passed: both overdue
    bench = Workbench(AppContext(db_url, rongque.sessions, rongque.actors["soc1"]), state.id)
    qtbot.addWidget(bench)
    bench.resize(1366, 768)
    bench.show()
    panel = bench.promises_panel
    qtbot.waitUntil(lambda: bench.details is not None and not bench.busy, timeout=WAIT)
    assert bench.tabs.isTabVisible(panel.index)
    assert bench.tabs.tabText(panel.index) == "容缺承诺（2 项逾期）"
    bench.tabs.setCurrentIndex(panel.index)
    model = panel.model
    assert [model.index(r, 0).data() for r in range(2)] == ["材料2", "材料3"]
    assert model.index(0, 1).data() == PROMISED_ON.isoformat()
    assert model.index(0, 2).data() == "是" and model.index(1, 2).data() == "否"
    assert model.index(1, 3).data() == "逾期未交"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == RED
    bench.grab().save("/tmp/rongque-workbench-promises.png")

    panel.view.selectRow(1)
    assert panel.receive_button.isVisible() and panel.receive_button.isEnabled()
    version = bench.details.version
    panel.receive_button.click()
    qtbot.waitUntil(
        lambda: bench.details is not None and bench.details.version > version, timeout=WAIT
    )
    kept = bench.details.promises[1]
    assert kept.state is PromiseState.KEPT_LATE and kept.received_by == "用户soc1"
    assert bench.tabs.tabText(panel.index) == "容缺承诺（1 项逾期）"
    assert model.index(1, 3).data() == "逾期补交" and model.index(1, 5).data() == "用户soc1"
    panel.view.selectRow(1)
    assert not panel.receive_button.isEnabled()  # received: nothing more to record


@pytest.mark.parametrize("backend", ["sqlite"])
def test_no_tab_without_promises_and_no_button_for_others(qtbot, rongque, run_as, db_url):
    plain = rongque.new_case("window")
    bench = Workbench(AppContext(db_url, rongque.sessions, rongque.actors["soc1"]), plain.id)
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None and not bench.busy, timeout=WAIT)
    assert not bench.tabs.isTabVisible(bench.promises_panel.index)
    promised = _accept(rongque, run_as, ("材料3", PROMISED_ON))
    other = Workbench(AppContext(db_url, rongque.sessions, rongque.actors["clerk1"]), promised.id)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.details is not None and not other.busy, timeout=WAIT)
    assert other.tabs.isTabVisible(other.promises_panel.index)
    assert not other.promises_panel.receive_button.isVisible()
