"""The supervision window's 许可证到期 tab on demo data: the licences in force expiring within
the days chosen (as `licence expiring` prints them), a licence's versions (as `licence show`
prints them), and the holders' reminder list exported for SMS or letters."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from desktop.services import timesource
from desktop.services.documents.licence_book import REMINDER_HEADER, expiring, expiring_between
from desktop.services.staff import actor_for
from desktop.services.supervision.stats_definitions import Period
from desktop.ui.context import AppContext
from desktop.ui.supervision.window import SupervisionWindow

WAIT = 30000
ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 20)  # the demo's


@pytest.fixture
def window(qtbot, demo_context):
    timesource.stand_on(TODAY)
    with demo_context.sessions() as session:
        actor = actor_for(session, "super1")
    context = AppContext(demo_context.url, demo_context.sessions, actor)
    window = SupervisionWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.licences)
    yield window
    timesource.stand_on(None)


def press(view, text: str) -> None:
    next(b for b in view.findChildren(QPushButton) if b.text() == text).click()


def _cli(window, *args: str):
    url = window.context.url.render_as_string(hide_password=False)
    printed = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "licence", *args, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(printed.stdout)


def test_expiring_licences_versions_and_reminders(
    qtbot, qtmodeltester, window, tmp_path, monkeypatch
):
    view = window.licences
    wanted = window.context.read(expiring, 60)
    assert wanted, "the demo has licences expiring within sixty days"
    qtbot.waitUntil(lambda: view.model.rowCount() == len(wanted), timeout=WAIT)
    qtmodeltester.check(view.model)
    shown = [view.model.object_at(row).version.licence_no for row in range(len(wanted))]
    printed = _cli(window, "expiring", "--days", "60", "--today", TODAY.isoformat())
    assert shown == [row["licence_no"] for row in printed]
    window.grab().save(str(tmp_path / "licences.png"))

    # A licence's versions: the selected row's number is offered.
    view.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (k["text"], True))
    press(view, "查看许可证……")
    qtbot.waitUntil(lambda: view.showing == shown[0], timeout=WAIT)
    assert view.model.rowCount() == len(_cli(window, "show", shown[0])["versions"])
    assert shown[0] in view.note.text()
    # An unknown number is said, and the list stays as it was.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("无此编号", True))
    warned = []
    monkeypatch.setattr(view, "failed", lambda error: warned.append(str(error)))
    press(view, "查看许可证……")
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert "不在本局的许可证登记中" in warned[0] and view.showing == shown[0]
    press(view, "到期提醒")
    qtbot.waitUntil(lambda: view.showing is None and view.model.rowCount() == len(wanted))

    # The holders' reminder list, for SMS or letters.
    path = tmp_path / "提醒.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), ""))
    press(view, "导出提醒名单……")
    qtbot.waitUntil(lambda: "已导出" in view.note.text(), timeout=WAIT)
    rows = list(load_workbook(io.BytesIO(path.read_bytes())).worksheets[0].values)
    assert rows[0] == REMINDER_HEADER and [r[0] for r in rows[1:]] == shown

    # For supervision's period instead: what ends within it (ended ones read 已过期).
    period = Period(TODAY - timedelta(days=400), TODAY + timedelta(days=20))
    window.licences.period = period
    in_period = window.context.read(expiring_between, period.start, period.end)
    view.in_period.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(in_period), timeout=WAIT)
    assert str(period) in view.note.text()
    assert {row.version.licence_no for row in in_period} <= set(shown) | {
        row.version.licence_no for row in in_period if row.days_left < 0
    }


def test_the_workbench_names_the_licence_a_case_acts_on(qtbot, demo_context, tmp_path):
    import sqlalchemy as sa

    from desktop.data import models as m
    from desktop.ui.workbench.window import Workbench

    with demo_context.sessions() as session:
        case_id, number = session.execute(
            sa.select(m.Case.id, m.Licence.licence_no)
            .join(m.Licence, m.Licence.id == m.Case.licence_id)
            .where(m.Case.kind == "renewal")
            .limit(1)
        ).one()
    bench = Workbench(demo_context, case_id)
    qtbot.addWidget(bench)
    bench.resize(1366, 768)
    bench.show()
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    assert f"申请类型：延续  许可证：{number}" in bench.summary.text()
    bench.grab().save(str(tmp_path / "workbench.png"))


def test_an_unknown_licence_is_one_line_on_the_command_line(window):
    url = window.context.url.render_as_string(hide_password=False)
    printed = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "licence", "show", "无此编号"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert printed.returncode == 2
    assert printed.stderr.strip().startswith("错误：") and "无此编号" in printed.stderr
    assert len(printed.stderr.strip().splitlines()) == 1


def test_the_dashboard_card_counts_the_licences_expiring_and_drills_into_them(
    qtbot, window, tmp_path
):
    """许可证即将到期: the same number as `licence expiring --days N --json`, within the
    licences tab's days; pressing the card lists them in the licences tab."""
    window.tabs.setCurrentWidget(window.dashboard)
    card = window.dashboard.licences_card
    printed = _cli(window, "expiring", "--days", "60", "--today", TODAY.isoformat())
    qtbot.waitUntil(lambda: window.dashboard.expiring == (len(printed), 60), timeout=WAIT)
    assert card.text() == f"许可证即将到期\n{len(printed)}"
    window.grab().save(str(tmp_path / "dashboard.png"))
    # Another number of days, chosen in the licences tab, counts again.
    window.licences.days.setValue(20)
    window.licences.days.editingFinished.emit()
    fewer = _cli(window, "expiring", "--days", "20", "--today", TODAY.isoformat())
    qtbot.waitUntil(lambda: window.dashboard.expiring == (len(fewer), 20), timeout=WAIT)
    assert len(fewer) < len(printed)
    # The card drills into the licences tab, listing those expiring (not the period's).
    window.licences.in_period.setChecked(True)
    card.click()
    assert window.tabs.currentWidget() is window.licences
    assert not window.licences.in_period.isChecked()
    qtbot.waitUntil(lambda: window.licences.model.rowCount() == len(fewer), timeout=WAIT)
    shown = [window.licences.model.object_at(r).version.licence_no for r in range(len(fewer))]
    assert shown == [row["licence_no"] for row in fewer]
