"""The supervision window on demo data: the dashboard, the export and the command line show
the same numbers; every figure drills down to its cases; only supervisors get the window."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from desktop.documents.table_export import cell_text
from desktop.services.staff import actor_for
from desktop.services.supervision.statistics import compute_statistics
from desktop.services.supervision.stats_definitions import Dimension, Figure
from desktop.services.supervision.tables import figure_values, figures_table
from desktop.services.supervision.tickets import list_tickets
from desktop.ui.context import AppContext
from desktop.ui.export_actions import encode
from desktop.ui.main_window import MainWindow
from desktop.ui.supervision.dashboard_view import CARDS
from desktop.ui.supervision.window import SupervisionWindow
from desktop.ui.table_model import OBJECT_ROLE, TableModel

WAIT = 30000
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def supervisor_context(demo_context) -> AppContext:
    with demo_context.sessions() as session:
        actor = actor_for(session, "super1")
    return AppContext(demo_context.url, demo_context.sessions, actor)


@pytest.fixture
def window(qtbot, supervisor_context) -> SupervisionWindow:
    window = SupervisionWindow(supervisor_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT)
    return window


def test_dashboard_export_and_command_line_agree(qtbot, window, supervisor_context):
    result = window.loaded.stats
    again = supervisor_context.read(compute_statistics, result.period)
    assert again.total == result.total and again.months == result.months
    values = figure_values(result.total)
    for button, (_, positions, _, _) in zip(window.dashboard.cards, CARDS, strict=True):
        shown = button.text().splitlines()[1]
        assert shown == " / ".join(cell_text(values[p]) or "—" for p in positions)
    workbook = load_workbook(io.BytesIO(encode(window.export_work()(), "xlsx")))
    exported = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert exported[-1] == ("合计", *values)
    url = supervisor_context.url.render_as_string(hide_password=False)
    period = ("--from", str(result.period.start), "--to", str(result.period.end))
    printed = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "stats", *period, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(printed.stdout)["total"] == json.loads(json.dumps(result.total.as_dict()))


def test_a_card_and_a_table_cell_list_the_cases_behind_them(qtbot, window):
    total = window.loaded.stats.total
    late_card = next(
        n for n, card in enumerate(CARDS) if card[2] is Figure.LATE and card[1] == (7,)
    )
    window.dashboard.cards[late_card].click()
    assert window.tabs.currentWidget() is window.cases
    expected = f"共 {total.late:,} 件"
    qtbot.waitUntil(lambda: window.cases.count.text() == expected, timeout=WAIT)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == min(total.late, 200), timeout=WAIT)
    window.dimension.setCurrentIndex(list(Dimension).index(Dimension.HANDLER))
    model = window.breakdown.figures
    row = next(r for r in range(model.rowCount()) if model.object_at(r) is not None)
    handler = model.object_at(row)
    window.breakdown._figure_chosen(model.index(row, 11))  # the red column
    assert window.cases.query.figure is Figure.OVERDUE_NOW
    expected = f"共 {handler.figures.overdue_now:,} 件"
    qtbot.waitUntil(lambda: window.cases.count.text() == expected, timeout=WAIT)


def test_tables_pass_the_model_tester_and_sort(qtbot, qtmodeltester, window):
    qtbot.waitUntil(lambda: window.performance.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() > 0, timeout=WAIT)
    for model in (
        window.breakdown.figures,
        window.breakdown.months,
        window.performance,
        window.tickets.model,
        window.notices.model,
    ):
        qtmodeltester.check(model)
    model = window.performance
    model.sort(1)  # by cases decided, ascending
    decided = [model.object_at(r).decided for r in range(model.rowCount())]
    assert decided == sorted(decided)
    assert model.index(0, 0).data(OBJECT_ROLE) is model.object_at(0)


def test_the_ticket_list_shows_what_the_service_lists(qtbot, window, supervisor_context):
    lines = supervisor_context.read(list_tickets, open_only=True)
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == len(lines), timeout=WAIT)
    shown = {window.tickets.model.object_at(r).number for r in range(len(lines))}
    assert shown == {line.number for line in lines}


def test_only_supervisors_and_heads_get_the_window(qtbot, demo_context, supervisor_context):
    def has_action(context: AppContext) -> bool:
        main = MainWindow(context)
        qtbot.addWidget(main)
        toolbar = main.findChild(QToolBar)
        return any(a.text() == "督办与统计" for a in toolbar.actions())

    assert has_action(supervisor_context)
    assert not has_action(demo_context)  # eng1, a handler


def test_a_breakdown_table_is_the_export_table(window):
    result, by = window.loaded.stats, Dimension.QUEUE
    window.dimension.setCurrentIndex(0)
    model: TableModel = window.breakdown.figures
    assert model.table == figures_table(result, by)


def test_every_supervision_string_has_english():
    import xml.etree.ElementTree as ET

    ours = {
        "SupervisionWindow",
        "Dashboard",
        "SupervisionCharts",
        "CaseListView",
        "TicketsView",
        "NewTicketDialog",
        "FollowUpsView",
        "NoticesView",
        "LicencesView",
        "RecordListView",
        "Export",
        "UrgesWindow",
        "UrgesEntry",
        "UrgeBanner",
        "SupervisionLimits",
    }
    tree = ET.parse(ROOT / "resources" / "translations" / "approval_desk_en.ts")
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.iter("context")
        if context.findtext("name") in ours
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    found = {context.findtext("name") for context in tree.iter("context")}
    assert ours <= found and missing == []


def test_the_urges_tab_shows_the_urges_of_the_chosen_period(qtbot, window):
    """督办记录 follows the period: choose one day, press 刷新, only that day's urges."""
    from PySide6.QtCore import QDate

    from desktop.domain.timezone import CHINA

    def urges() -> list:
        model = window.urges
        return [model.object_at(row) for row in range(model.rowCount())]

    everything = urges()
    days = {u.urged_at.astimezone(CHINA).date() for u in everything}
    assert len(days) > 1, "the demo urges on several days"
    start, end = window.period().start, window.period().end
    assert all(start <= day <= end for day in days)
    chosen = sorted(days)[len(days) // 2]
    for edit in (window.start, window.end):
        edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
    toolbar = window.findChild(QToolBar)
    refresh = next(a for a in toolbar.actions() if a.text() == "刷新")
    window.loaded = None
    toolbar.widgetForAction(refresh).click()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=WAIT)
    shown = urges()
    assert shown and len(shown) < len(everything)
    assert {u.urged_at.astimezone(CHINA).date() for u in shown} == {chosen}
    assert {u.id for u in shown} == {
        u.id for u in everything if u.urged_at.astimezone(CHINA).date() == chosen
    }


def test_the_urge_button_asks_in_a_dialog_that_shows_the_whole_text(
    qtbot, window, supervisor_context
):
    """督办…… on a red case: the dialog shows the case, its whole message without
    scrolling at 1366×768, refuses an empty one, and sends what was typed."""
    import sqlalchemy as sa
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from desktop.data import models as m
    from desktop.ui.queues.urge_dialog import UrgeDialog

    red = next(n for n, card in enumerate(CARDS) if card[2] is Figure.OVERDUE_NOW)
    window.dashboard.cards[red].click()
    qtbot.waitUntil(lambda: window.cases.model.rowCount() > 0, timeout=WAIT)
    window.cases.table.selectRow(0)
    row = window.cases.selected()
    message = (
        "本件已超过承诺时限三个工作日。请于明日下班前办结，"
        "并书面说明超期原因、已采取的措施和今后的改进办法；"
        "如需补正或踏勘，请当日告知申请人并在系统中登记。"
    )
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UrgeDialog)
        seen["title"] = dialog.windowTitle()
        seen["fits"] = dialog.width() <= 1366 and dialog.height() <= 768
        dialog.message.clear()
        seen["empty_refused"] = not dialog.send.isEnabled() and dialog.hint.text() != ""
        dialog.message.setPlainText(message)
        QApplication.processEvents()
        bar = dialog.message.verticalScrollBar()
        seen["whole_text"] = bar.maximum() == 0 and dialog.message.isVisible()
        dialog.send.click()

    QTimer.singleShot(0, answer)
    button = next(b for b in window.cases.findChildren(QPushButton) if b.text() == "督办……")
    button.click()
    assert seen == {
        "title": f"督办 {row.number}",
        "fits": True,
        "empty_refused": True,
        "whole_text": True,
    }
    qtbot.waitUntil(lambda: "已督办" in window.cases.count.text(), timeout=WAIT)
    with supervisor_context.sessions() as session:
        sent = session.scalar(
            sa.select(m.CaseUrge.message)
            .where(m.CaseUrge.case_id == row.id)
            .order_by(m.CaseUrge.id.desc())
        )
    assert sent == message


def test_the_report_button_writes_the_period_report_off_the_ui_thread(
    qtbot, window, tmp_path, monkeypatch
):
    """工作报告: the file named is written in the background, PDF or Excel by its name, with
    a progress bar while it runs; the workbook's figures are the window's."""
    from PySide6.QtWidgets import QFileDialog

    bar = window.findChild(QToolBar)
    action = next(a for a in bar.actions() if a.text() == "工作报告")
    for name in ("报告.pdf", "报告.xlsx"):
        path = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path: (str(p), ""))
        action.trigger()
        qtbot.waitUntil(
            lambda p=path: "已保存" in window.statusBar().currentMessage(), timeout=WAIT
        )
        assert path.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
        assert not window.report.progress.isVisible()
    book = load_workbook(io.BytesIO((tmp_path / "报告.xlsx").read_bytes()), read_only=True)
    figures = {row[0]: row[1] for row in book["主要指标"].iter_rows(values_only=True)}
    assert figures["受理"] == window.loaded.stats.total.accepted
    assert figures["办结"] == window.loaded.stats.total.completed


def test_the_performance_tab_ranks_by_score_takes_a_score_apart_and_exports(qtbot, window):
    """绩效考核: people ranked by score, the selected score's parts beside it (they add up),
    departments by their people's average; an assessment period sets the window's period."""
    from desktop.services.supervision.scoring import BASE

    view = window.scores
    window.tabs.setCurrentWidget(view)
    board = window.loaded.board
    assert board.people and view.ranking.rowCount() == len(board.people)
    scores = [view.ranking.object_at(r).score for r in range(view.ranking.rowCount())]
    assert scores == sorted(scores, reverse=True)
    view.ranking_view.selectRow(1)
    second = view.ranking.object_at(1)
    parts = view.parts.table.rows
    assert parts[0] == ("基础分", None, None, BASE) and parts[-1][-1] == second.score
    assert round(BASE + sum(row[-1] for row in parts[1:-1]), 2) == second.score
    view.scope.setCurrentIndex(1)
    assert view.ranking.rowCount() == len(board.departments)
    # The demo's staff work in the bureau's own sections: several groups, none without one.
    from desktop.services.demo.people import SECTIONS

    sections = {row.name for row in board.departments}
    assert len(sections) >= 2 and sections <= {name for _, name in SECTIONS}
    assert {"工程建设审批科", "社会事务审批科"} <= sections
    assert view.ranking.table.headers[:4] == ("名次", "部门", "人数", "得分")
    tables = window.export_work()()
    assert [t.title.split()[0] for t in tables] == ["绩效考核得分（部门）", "得分构成", "绩效考核"]
    workbook = load_workbook(io.BytesIO(encode(tables, "xlsx")))
    assert len(workbook.worksheets) == 3
    name, period = view.periods.itemText(1), view.periods.itemData(1)
    assert "季度" in name
    view.periods.setCurrentIndex(1)
    view.periods.activated.emit(1)
    qtbot.waitUntil(lambda: window.loaded.stats.period == period, timeout=WAIT)
    assert window.loaded.board.period == period


def test_late_steps_on_the_dashboard_drill_down_to_the_step_its_day_person_and_department(
    qtbot, window
):
    """The 环节超时 card lists exactly the cases it counts, with the step, its due day, the
    handler and the department; the electronic-supervision charts show late steps by person
    and by department when asked; the breakdown's step column drills down the same way."""
    from desktop.ui.queues.queue_model import LIST_COLUMNS

    total = window.loaded.stats.total
    assert total.late_steps > 0
    card = next(n for n, card in enumerate(CARDS) if card[2] is Figure.LATE_STEPS)
    assert window.dashboard.cards[card].text().splitlines()[1] == f"{total.late_steps:,}"
    window.dashboard.cards[card].click()
    assert window.tabs.currentWidget() is window.cases
    assert window.cases.query.figure is Figure.LATE_STEPS
    expected = f"共 {total.late_steps:,} 件"
    qtbot.waitUntil(lambda: window.cases.count.text() == expected, timeout=WAIT)
    shown = min(total.late_steps, 200)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == shown, timeout=WAIT)
    keys = [column.key for column in LIST_COLUMNS]
    headers = [
        window.cases.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(keys))
    ]
    assert (
        headers[keys.index("step_due")] == "环节期限"
        and headers[keys.index("department")] == "部门"
    )
    for position in range(shown):
        row = window.cases.model.row_at(position)
        cell = {k: window.cases.model.index(position, n).data() for n, k in enumerate(keys)}
        assert cell["step"] == f"{row.step.label}超时"
        assert cell["step_due"] == row.step_due_on.isoformat() < str(window.loaded.stats.today)
        assert cell["department"] == row.department != ""
        assert cell["handler"] == row.handler
    titles = [view.chart().title() for view in window.dashboard.views[3:]]
    assert titles == ["电子监察：当前红黄牌（承办人）", "电子监察：当前红黄牌（部门）"]
    window.dashboard.warning_scope.setCurrentIndex(1)
    titles = [view.chart().title() for view in window.dashboard.views[3:]]
    assert titles == ["电子监察：当前环节超时（承办人）", "电子监察：当前环节超时（部门）"]
    bars = window.dashboard.views[3].chart().series()[0].barSets()
    assert [b.label() for b in bars] == ["环节超时", "环节临近到期"]
    names = window.dashboard.views[3].chart().axes(Qt.Orientation.Vertical)[0].categories()
    handlers = {r.label: r.figures.late_steps for r in window.loaded.stats.rows(Dimension.HANDLER)}
    assert {name: bars[0].at(n) for n, name in enumerate(names)} == {
        name: handlers[name] for name in names
    }
    assert max(handlers.values()) in {bars[0].at(n) for n in range(len(names))}
    window.dimension.setCurrentIndex(list(Dimension).index(Dimension.DEPARTMENT))
    model = window.breakdown.figures
    column = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    late = column.index("当前环节超时")
    row = next(
        r
        for r in range(model.rowCount())
        if model.object_at(r) is not None and model.object_at(r).figures.late_steps
    )
    department = model.object_at(row)
    window.breakdown._figure_chosen(model.index(row, late))
    assert window.cases.query.figure is Figure.LATE_STEPS
    expected = f"共 {department.figures.late_steps:,} 件"
    qtbot.waitUntil(lambda: window.cases.count.text() == expected, timeout=WAIT)


def test_the_on_the_spot_card_shows_today_and_the_period(qtbot, window, supervisor_context):
    from desktop.services.supervision.on_the_spot import on_the_spot

    period = window.loaded.stats.period
    spot = supervisor_context.read(on_the_spot, period)
    assert spot.period > 0  # the demo's window clerks
    expected = f"{spot.today} / {spot.period}"
    qtbot.waitUntil(lambda: window.dashboard.spot_card.text().endswith(expected), timeout=WAIT)
    assert window.dashboard.spot_card.text().startswith("现场办结")
