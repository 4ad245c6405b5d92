"""The propose dialog's terms (附加条件, 许可范围, 有效期限) and the termination's legal basis,
typed in the workbench and read back from the sealed PDFs."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from types import SimpleNamespace

import pypdf
import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind, CaseStatus, Category
from desktop.domain.item_kinds import ItemKind, valid_until
from desktop.domain.timezone import CHINA
from desktop.domain.workflow import Action
from desktop.services.cases import actions as cases
from desktop.services.cases.intake import NewCase, accept_case
from desktop.services.documents.issuing import issue_document
from desktop.services.staff import actor_for
from desktop.ui.context import AppContext
from desktop.ui.workbench.action_dialog import ActionDialog
from desktop.ui.workbench.action_inputs import propose_form, terminate_form
from desktop.ui.workbench.window import Workbench
from tests.ui.workbench.test_workflow_through_window import act, answers  # noqa: F401

CONDITIONS = "仅限在许可地址内经营\n每年一月向本机关报告上一年度经营情况"
SCOPE = "预包装食品销售（含冷藏冷冻食品）"


@pytest.fixture(autouse=True)
def no_warnings(monkeypatch):
    """A failed action shows a modal box: fail the test with its words instead of waiting."""

    def warned(_parent, _title, text, *args):
        raise AssertionError(text)

    monkeypatch.setattr(QMessageBox, "warning", warned)


def details(kind=ItemKind.LICENSING, licence=True, years=5, person=False):
    return SimpleNamespace(
        item_kind=kind,
        issues_licence=licence,
        validity_years=years,
        applicant_kind=ApplicantKind.PERSON if person else ApplicantKind.ORGANISATION,
    )


def ok(dialog: ActionDialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_propose_dialog_asks_a_grants_terms_and_refuses_bad_ones(qtbot):
    dialog = ActionDialog(None, "GX1", "GX1 · 提出审批意见", propose_form(details()))
    qtbot.addWidget(dialog)
    dialog.resize(640, 520)
    dialog.show()
    dialog.fill(
        choice="拟准予许可", text="符合条件", conditions=CONDITIONS, scope=SCOPE, validity=3
    )
    assert dialog.terms.conditions.isVisible() and dialog.terms.validity.isVisible()
    assert ok(dialog).isEnabled()
    dialog.grab().save("/tmp/i18finish-propose.png")
    given = dialog.answers()
    assert given.conditions == tuple(CONDITIONS.splitlines())
    assert (given.scope, given.validity_years) == (SCOPE, 3)
    assert dialog.terms.validity.maximum() == 5  # never longer than the catalogue's

    dialog.fill(choice="拟准予许可", text="符合条件", conditions="\n".join(["条件"] * 11))
    assert not ok(dialog).isEnabled()
    assert "附加条件最多 10 条" in dialog.ui.hint.text()
    dialog.fill(choice="拟准予许可", text="符合条件", conditions="", scope="范" * 501)
    assert not ok(dialog).isEnabled() and "许可范围不能超过 500 字" in dialog.ui.hint.text()

    dialog.fill(choice="拟不予许可", text="不符合条件", scope="")  # a refusal has no terms
    assert not dialog.terms.conditions.isVisible() and ok(dialog).isEnabled()
    assert dialog.answers().validity_years is None and dialog.answers().conditions == ()

    forever = ActionDialog(None, "GX2", "GX2", propose_form(details(years=None)))
    qtbot.addWidget(forever)
    assert forever.terms.validity.text() == "长期" and forever.answers().validity_years is None
    service = ActionDialog(
        None, "GX3", "GX3", propose_form(details(ItemKind.PUBLIC_SERVICE, False))
    )
    qtbot.addWidget(service)
    service.show()
    service.fill(choice="拟准予许可", text="办结", scope="已办理")
    assert not service.terms.conditions.isVisible() and not service.terms.validity.isVisible()
    assert service.terms.scope.isVisible()
    assert service.answers().scope == "已办理" and service.answers().conditions == ()
    filing = propose_form(details(ItemKind.FILING, False, None))
    assert filing.terms is None  # a filing is acknowledged: no terms to set


def test_the_termination_dialog_fills_and_checks_the_basis(qtbot):
    dialog = ActionDialog(None, "GX1", "GX1 · 终止审查", terminate_form(details(person=True)))
    qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.show()
    assert dialog.ui.choice.currentText() == "申请人死亡"
    assert dialog.basis.text() == "《中华人民共和国民法典》第十三条"
    assert "死亡" in dialog.ui.text.toPlainText() and ok(dialog).isEnabled()
    dialog.grab().save("/tmp/i18finish-terminate.png")
    dialog.fill(choice="依法需要终止审查的其他情形", text="事项已被取消")
    assert dialog.basis.text() == "" and not ok(dialog).isEnabled()
    assert "请写明终止审查的法律依据" in dialog.ui.hint.text()
    dialog.fill(choice="依法需要终止审查的其他情形", text="事项已被取消", basis="有关规定")
    assert not ok(dialog).isEnabled() and "书名号" in dialog.ui.hint.text()
    dialog.fill(
        choice="依法需要终止审查的其他情形",
        text="事项已被取消",
        basis="《旅游行政许可办法》第二十二条",
    )
    assert ok(dialog).isEnabled()
    assert dialog.answers().basis == "《旅游行政许可办法》第二十二条"


def _text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return "".join("".join(page.extract_text() for page in pages).split())


def _new_case(context: AppContext, number: str, **item_filter) -> tuple[int, m.Item]:
    with context.sessions() as session, session.begin():
        item = session.scalars(
            sa.select(m.Item)
            .where(
                m.Item.category == Category.SOCIAL,
                m.Item.two_level_signoff.is_(False),
                m.Item.window_authorised.is_(False),
                m.Item.needs_inspection.is_(False),
                *[getattr(m.Item, key) == value for key, value in item_filter.items()],
            )
            .order_by(m.Item.id)
            .limit(1)
        ).one()
        applicant = session.scalar(
            sa.select(m.Applicant.id).where(m.Applicant.kind == ApplicantKind.ORGANISATION)
        )
        state = accept_case(
            session,
            Actor.system("test"),
            NewCase(number, item.code, applicant, datetime.now(CHINA) - timedelta(minutes=5)),
        )
        session.expunge(item)
        handler = actor_for(session, "soc1")
        cases.claim(session, handler, state.id)
    return state.id, item


@pytest.mark.usefixtures("answers")
def test_terms_typed_in_the_workbench_reach_the_decision_and_the_licence(
    qtbot,
    demo_context,
    answers,  # noqa: F811
):
    case_id, item = _new_case(
        demo_context, "TERMS0001", kind=ItemKind.LICENSING, issues_licence=True
    )
    years = 3 if item.validity_years is None else min(3, item.validity_years)
    with demo_context.sessions() as session:
        handler = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "soc1"))
    bench = Workbench(handler, case_id)
    qtbot.addWidget(bench)
    bench.resize(1366, 768)
    bench.show()
    answers.append(
        {
            "choice": "拟准予许可",
            "text": "材料齐全，符合法定条件",
            "conditions": CONDITIONS,
            "scope": SCOPE,
            "validity": years,
        }
    )
    act(qtbot, bench, Action.PROPOSE, CaseStatus.DECISION_PROPOSED)
    bench.grab().save("/tmp/i18finish-workbench.png")
    with demo_context.sessions() as session, session.begin():
        case = session.get(m.Case, case_id)
        cases.approve(session, actor_for(session, "review1"), case_id, case.version)
    with demo_context.sessions() as session, session.begin():
        clerk = actor_for(session, "clerk1")
        decision = issue_document(session, clerk, case_id, DocumentType.GRANT)
        licence = issue_document(session, clerk, case_id, DocumentType.LICENCE)
        decided = session.get(m.Case, case_id).decided_on
    last_day = valid_until(decided, years)
    until = f"{last_day.year}年{last_day.month}月{last_day.day}日"
    for issued in (decision, licence):
        text = _text(issued.pdf)
        assert "仅限在许可地址内经营" in text and "每年一月向本机关报告" in text, issued.number
        assert "预包装食品销售（含冷藏冷冻食品）" in text and until in text, issued.number


def test_a_termination_typed_in_the_workbench_prints_its_basis(qtbot, demo_context, answers):  # noqa: F811
    case_id, _item = _new_case(demo_context, "TERM0001")
    with demo_context.sessions() as session:
        head = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "head1"))
    bench = Workbench(head, case_id)
    qtbot.addWidget(bench)
    answers.append({"choice": "申请人依法终止", "text": "申请人已于2026年11月1日被注销登记"})
    act(qtbot, bench, Action.TERMINATE, CaseStatus.TERMINATED)
    with demo_context.sessions() as session, session.begin():
        issued = issue_document(
            session, actor_for(session, "clerk1"), case_id, DocumentType.TERMINATION
        )
    text = _text(issued.pdf)
    assert "申请人已于2026年11月1日被注销登记" in text
    assert "根据《中华人民共和国民法典》第五十九条、第一百零八条的规定" in text
