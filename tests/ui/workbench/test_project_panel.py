"""The workbench's project tab: a case of a construction project shows the project, its
stages with their clocks and its other cases; one opens from there, and the engineering
handler moves a finished stage's project on (a running one says why not)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from desktop.data import models as m
from desktop.domain.projects import ProjectStage, StageState
from desktop.services.cases.project_views import project_view
from desktop.ui.workbench.window import Workbench

WAIT = 15000
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def _project_case(context, state: StageState) -> tuple[str, int]:
    """(a project's code, one of its cases' id) for a project whose stage is in `state`."""
    with context.sessions() as session:
        codes = session.scalars(sa.select(m.Project.code).order_by(m.Project.id)).all()
        for code in codes:
            if project_view(session, context.actor, code).state is state:
                case_id = session.scalar(
                    sa.select(m.Case.id)
                    .join(m.Project, m.Project.id == m.Case.project_id)
                    .where(m.Project.code == code)
                    .order_by(m.Case.id)
                    .limit(1)
                )
                return code, case_id
    raise AssertionError(f"the demo has a project whose stage is {state}")


def _bench(qtbot, context, case_id: int) -> Workbench:
    bench = Workbench(context, case_id)
    qtbot.addWidget(bench)
    bench.resize(1366, 768)
    bench.show()
    qtbot.waitUntil(lambda: bench.project_panel.project is not None, timeout=WAIT)
    return bench


def test_the_project_tab_lists_the_other_cases_and_moves_a_done_stage_on(
    qtbot, demo_context, monkeypatch
):
    code, case_id = _project_case(demo_context, StageState.DONE)
    bench = _bench(qtbot, demo_context, case_id)
    panel = bench.project_panel
    assert bench.tabs.isTabVisible(panel.index)
    bench.tabs.setCurrentIndex(panel.index)
    text = panel.summary.text()
    assert code in text and "立项用地规划许可" in text and "本阶段办结" in text
    own = bench.details.number
    numbers = [row[0] for row in panel.cases.rows]
    assert numbers and own not in numbers
    assert panel.stages.rows[0][:2] == ("立项用地规划许可", "本阶段办结")
    bench.grab().save("/tmp/i21project-workbench.png")

    # Open another case of the project from the tab.
    panel.cases_view.selectRow(0)
    panel.open_button.click()
    opened = panel.opened[panel.cases.object_at(0).case_id]
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.details is not None, timeout=WAIT)
    assert opened.details.number == numbers[0]

    # eng1 moves the project on.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.advance_button.isVisible()
    panel.advance_button.click()
    qtbot.waitUntil(lambda: panel.project.stage is ProjectStage.ENGINEERING_PERMIT, timeout=WAIT)
    assert "工程建设许可" in panel.summary.text()


def test_a_running_stage_is_not_moved_on_and_says_why(qtbot, demo_context, monkeypatch):
    code, case_id = _project_case(demo_context, StageState.RUNNING)
    bench = _bench(qtbot, demo_context, case_id)
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    bench.project_panel.advance_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert "还有办件未办结" in warned[0]
    with demo_context.sessions() as session:
        assert project_view(session, demo_context.actor, code).stage is ProjectStage.LAND_PLANNING
    # Nothing selected: opening says to choose a case first.
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    bench.project_panel.open_button.click()
    assert told == ["请先选择一件办件"]


def test_a_case_of_no_project_has_no_project_tab(qtbot, demo_context):
    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Case.id).where(m.Case.project_id.is_(None)).order_by(m.Case.id).limit(1)
        )
    bench = Workbench(demo_context, case_id)
    qtbot.addWidget(bench)
    bench.show()
    qtbot.waitUntil(lambda: bench.project_panel.loaded, timeout=WAIT)
    assert bench.project_panel.project is None
    assert not bench.tabs.isTabVisible(bench.project_panel.index)
