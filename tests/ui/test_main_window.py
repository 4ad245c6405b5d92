"""The window opens the database off the UI thread and shows the queues; Chinese renders."""

from __future__ import annotations

from datetime import date

from desktop.data.database import session_factory
from desktop.domain.enums import CaseStatus, Category
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.overview import QueueCount
from desktop.ui.main_window import MainWindow
from desktop.ui.overview_model import OverviewModel


def test_overview_model_passes_the_model_tester(qtmodeltester):
    model = OverviewModel()
    model.set_counts([QueueCount(Category.SOCIAL, CaseStatus.RECEIVED, 3)])
    qtmodeltester.check(model)
    row = list(CaseStatus).index(CaseStatus.RECEIVED)
    assert model.index(row, 1).data() == "3"


def test_window_shows_counts_from_the_database(qtbot, engine, db_url):
    generate_demo(session_factory(engine), DemoOptions(cases=120, seed=1, today=date(2026, 11, 20)))
    window = MainWindow(db_url)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: "共 120 件" in window.status.text(), timeout=20000)
    model = window.model
    total = sum(
        int(model.index(r, c).data().replace(",", ""))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )
    assert total == 120


def test_window_reports_a_missing_database_without_crashing(qtbot, tmp_path):
    from desktop.data.database import parse_url

    window = MainWindow(parse_url(str(tmp_path / "missing.sqlite3")))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: "无法打开数据库" in window.status.text(), timeout=10000)
    assert not (tmp_path / "missing.sqlite3").exists()
