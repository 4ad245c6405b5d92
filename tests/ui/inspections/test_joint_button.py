"""联合踏勘 through the coordinator's window: two pending requests of one project and stage,
the 联合踏勘… button on the first, the second ticked in the dialog; the pending list then
holds one request that names the case it also serves."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.projects import ProjectStage
from desktop.services.demo.inspection_requests import request_inspections
from desktop.ui.inspections import actions as inspection_actions
from desktop.ui.inspections.window import CoordinatorWindow
from desktop.ui.operations import _the_relay
from tests.ui.inspections.test_coordinator_window import WAIT, _numbers, as_user


def _one_project(sessions, numbers: list[str]) -> None:
    """The requests' cases made one project's, in its first stage (as the DBA)."""
    with sessions() as session, session.begin():
        cases = session.scalars(sa.select(m.Case).where(m.Case.number.in_(numbers))).all()
        project = m.Project(
            code="2026-610502-47-01-009001",
            name="渭南高新区联合踏勘测试楼",
            builder_id=cases[0].applicant_id,
            address="高新区科技路9号",
            stage=ProjectStage.LAND_PLANNING,
            stage_since=date(2026, 11, 2),
        )
        session.add(project)
        session.flush()
        for case in cases:
            case.project_id = project.id
            case.project_stage = ProjectStage.LAND_PLANNING


def test_the_joint_button_joins_a_request_of_the_same_project(qtbot, demo_context, monkeypatch):
    lead, other = request_inspections(demo_context.sessions, 2)
    _one_project(demo_context.sessions, [lead, other])
    window = CoordinatorWindow(as_user(demo_context, "coord1"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: {lead, other} <= set(_numbers(window.pending)), timeout=WAIT)
    offered: list[list[str]] = []

    def tick_all(dialog):
        offered.append([dialog.model.item(r).text() for r in range(dialog.model.rowCount())])
        return dialog.chosen()

    monkeypatch.setattr(inspection_actions, "ask_joint", tick_all)
    window.ui.pending.selectRow(_numbers(window.pending).index(lead))
    window.joint_button.click()
    qtbot.waitUntil(
        lambda: other not in _numbers(window.pending) and not _the_relay().running,
        timeout=WAIT,
    )
    assert len(offered) == 1 and offered[0][0].startswith(other)
    assert window.ui.status.text() == f"{lead}：已并入联合踏勘 1 件"
    row = _numbers(window.pending).index(lead)
    assert window.pending.index(row, 0).data() == f"{lead}（联合踏勘：{other}）"
    with demo_context.sessions() as session:
        joined = session.scalars(
            sa.select(m.Inspection.joint_of_id)
            .join(m.Case, m.Case.id == m.Inspection.case_id)
            .where(m.Case.number == other)
            .order_by(m.Inspection.id.desc())
        ).first()
    assert joined is not None
    # Nothing else to join now: the window says so and opens no dialog.
    window.ui.pending.selectRow(_numbers(window.pending).index(lead))
    window.joint_button.click()
    qtbot.waitUntil(lambda: "没有同一工程建设项目" in window.ui.status.text(), timeout=WAIT)
    assert len(offered) == 1
