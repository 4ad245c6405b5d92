"""Texts composed below the UI (errors, terms, phrases) all have English, and show in it."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.data import models as m
from desktop.domain import enums, workflow
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Category, InspectionStatus
from desktop.domain.guards import (
    CaseFacts,
    GuardFailed,
    NotAllowed,
    allowed_transition,
    check_guards,
)
from desktop.domain.workflow import Action, ItemRule
from desktop.services.cases import actions as cases
from desktop.services.demo.inspection_requests import request_inspections
from desktop.services.inspections.changes import cancel_inspection
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.workbench.window import Workbench

ROOT = Path(__file__).resolve().parents[2]
# This checkout's own translation (an editable install elsewhere may serve another one).
QM = ROOT / "resources" / "translations" / "approval_desk_en.qm"
PLACEHOLDER = re.compile(r"\{\w+\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _packaging(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def english_installed() -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM))
    QApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QApplication.removeTranslator(translator)


@pytest.fixture
def english(qapp) -> Iterator[QTranslator]:
    with english_installed() as translator:
        yield translator


def test_every_composed_text_is_a_literal_with_english(english):
    texts, problems = _packaging("composed_texts").scan()
    assert not problems, "templates and terms must be literals: " + repr(problems)
    assert len(texts) > 60
    for found in texts:
        translated = english.translate(found.context, found.text)
        assert translated, f"no English for {found.context}: {found.text}"
        assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(found.text))


def test_every_domain_label_has_english(english):
    labelled = [
        kind
        for module in (enums, workflow)
        for kind in vars(module).values()
        if isinstance(kind, type) and issubclass(kind, Enum) and hasattr(kind, "label")
    ]
    assert enums.Role in labelled and workflow.Action in labelled
    for kind in labelled:
        for member in kind:
            assert not CJK.search(label(member)), f"no English for {member!r}"
    # An action and the status it leads to share their Chinese, not their English.
    assert (label(Action.APPROVE), label(CaseStatus.APPROVED)) == ("Approve", "Approved")


FACTS = CaseFacts(
    status=CaseStatus.UNDER_REVIEW,
    category=Category.SOCIAL,
    handler_id=1,
    proposer_id=None,
    item_rule=ItemRule.TWO_LEVEL,
    needs_inspection=False,
    inspection_recorded=False,
    extended=False,
    proposed_grant=None,
)


def test_a_guard_failure_in_chinese_then_in_english(qapp):
    with pytest.raises(GuardFailed) as raised:
        check_guards(Action.EXTEND, FACTS, reason=" ")
    assert explain(raised.value) == str(raised.value) == "“延长期限”必须填写书面理由"
    assert raised.value.data["action"] == "extend"
    with english_installed():
        assert explain(raised.value) == '"Extend" needs written reasons'
    assert explain(raised.value) == "“延长期限”必须填写书面理由"


def test_claiming_a_claimed_case_in_english(demo_context, english):
    with demo_context.sessions() as session:
        case_id, number, handler = session.execute(
            sa.select(m.Case.id, m.Case.number, m.StaffUser.full_name)
            .join(m.StaffUser, m.StaffUser.id == m.Case.handler_id)
            .where(m.Case.status == CaseStatus.UNDER_REVIEW)
            .limit(1)
        ).one()
    with pytest.raises(NotAllowed) as raised:
        demo_context.write(cases.claim, case_id)
    assert str(raised.value) == f"办件 {number} 已被{handler}认领，请选择其他办件"
    assert explain(raised.value) == (
        f"Case {number} has already been claimed by {handler}: please choose another case"
    )


def test_a_role_refusal_names_the_roles_in_english(english):
    facts = replace(FACTS, status=CaseStatus.DECISION_PROPOSED)
    clerk = Actor(7, "clerk1", "制证员甲", frozenset({enums.Role.CLERK}))
    with pytest.raises(NotAllowed) as raised:
        allowed_transition(Action.SEND_BACK, facts, clerk)
    assert str(raised.value) == "“退回承办人”需要审核人或批准人（分管负责人）角色，您没有该角色"
    assert explain(raised.value) == (
        '"Send back" needs the role Reviewer or Approver (head), which you do not have'
    )


def open_workbench(qtbot, context, case_id: int) -> Workbench:
    bench = Workbench(context, case_id)
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None, timeout=15000)
    return bench


def test_workbench_history_opinions_and_deadlines_in_english(qtbot, demo_context, english):
    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Inspection.case_id)
            .join(m.CaseEvent, m.CaseEvent.case_id == m.Inspection.case_id)
            .where(m.Inspection.conclusion.is_not(None), m.CaseEvent.action == "propose")
            .limit(1)
        )
    bench = open_workbench(qtbot, demo_context, case_id)
    # Steps, statuses, levels and conclusions are the program's words; the rest is data.
    words = [
        *(row[2:5] for row in bench.history.rows),
        *(row[:1] for row in bench.opinions.rows),
        *((row[0], row[2]) for row in bench.inspections.rows),
    ]
    assert bench.opinions.rows and bench.inspections.rows
    assert not CJK.search(" ".join(str(word) for row in words for word in row))
    due = bench.due_text.toPlainText()
    assert due.startswith("Promised time limit: ") and 'Step "Review"' in due
    assert not CJK.search(due)


def test_a_marked_material_and_the_buttons_in_english(qtbot, demo_context, english):
    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Case.id).where(
                m.Case.category == Category.ENGINEERING, m.Case.status == CaseStatus.RECEIVED
            )
        )
        material_id, name = session.execute(
            sa.select(m.CaseMaterial.id, m.CaseMaterial.name).where(
                m.CaseMaterial.case_id == case_id
            )
        ).first()
    state = demo_context.write(cases.claim, case_id)
    demo_context.write(cases.mark_material, case_id, state.version, material_id, False)
    bench = open_workbench(qtbot, demo_context, case_id)
    *_, last = bench.history.rows
    assert last[2:] == ("Materials checked", "Under review", "Under review", f"{name}: missing")
    widgets = (bench.buttons.itemAt(i).widget() for i in range(bench.buttons.count()))
    buttons = [widget.text() for widget in widgets if isinstance(widget, QPushButton)]
    assert "Request supplement (Ctrl+Shift+B)" in buttons
    assert not CJK.search(" ".join(buttons))


def test_a_cancelled_inspection_in_the_history_in_chinese_and_in_english(qtbot, demo_context):
    [number] = request_inspections(demo_context.sessions, 1)
    with demo_context.sessions() as session:
        inspection_id, case_id = session.execute(
            sa.select(m.Inspection.id, m.Case.id)
            .join(m.Case, m.Case.id == m.Inspection.case_id)
            .where(m.Case.number == number, m.Inspection.status == InspectionStatus.REQUESTED)
        ).one()
        coordinator = AppContext(
            demo_context.url, demo_context.sessions, actor_for(session, "coord1")
        )
    coordinator.write(cancel_inspection, inspection_id, "申请人撤回踏勘申请")
    seen = ("现场踏勘", "审查中", "申请人撤回踏勘申请")
    *_, last = open_workbench(qtbot, demo_context, case_id).history.rows
    assert last[2:] == ("取消踏勘", *seen)
    with english_installed():
        *_, last = open_workbench(qtbot, demo_context, case_id).history.rows
    assert last[2:] == ("Cancel inspection", "Site inspection", "Under review", seen[2])
