"""The certificate window and the workbench's documents tab, against a demo bureau."""

from __future__ import annotations

import pypdf
import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter

from desktop.data import models as m
from desktop.domain.enums import CaseStatus
from desktop.services.staff import actor_for
from desktop.ui import pdf_preview
from desktop.ui.context import AppContext
from desktop.ui.print_queue import PrintQueue
from desktop.ui.verify_dialog import VerifyDialog
from desktop.ui.workbench.window import Workbench

WAIT = 20000


def as_user(demo_context, username: str) -> AppContext:
    with demo_context.sessions() as session:
        return AppContext(demo_context.url, demo_context.sessions, actor_for(session, username))


def test_issue_print_and_verify_from_the_certificate_window(
    qtbot, qtmodeltester, demo_context, tmp_path, monkeypatch
):
    output = tmp_path / "printed.pdf"

    def pdf_printer(parent, title):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(pdf_preview, "choose_printer", pdf_printer)
    window = PrintQueue(as_user(demo_context, "clerk1"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    qtmodeltester.check(window.model)
    # Granted cases whose documents are still to be made (the demo made some cases' own).
    granted = [
        r
        for r in range(window.model.rowCount())
        if window.model.objects[r].granted and len(window.model.objects[r].needs) == 2
    ][:2]
    assert granted
    selection = window.ui.cases.selectionModel()
    for row in granted:
        selection.select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    window.issue_and_print()
    qtbot.waitUntil(lambda: window.property("last_printed_pages") is not None, timeout=60000)
    assert len(window.printed) == 2 * len(granted)  # a decision and a licence each
    assert len(pypdf.PdfReader(output).pages) >= len(window.printed)
    checker = VerifyDialog(window.context)
    qtbot.addWidget(checker)
    licence = tmp_path / "licence.pdf"
    licence.write_bytes(window.printed[1])
    checker.check_file(str(licence))
    qtbot.waitUntil(lambda: checker.result is not None, timeout=WAIT)
    assert checker.result.status == "valid" and "有效" in checker.ui.verdict.text()


def test_the_workbench_offers_only_what_the_case_allows(qtbot, demo_context):
    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Case.id)
            .join(m.CaseEvent, m.CaseEvent.case_id == m.Case.id)
            .where(m.CaseEvent.action == "reject", m.Case.status == CaseStatus.DELIVERED)
            .limit(1)
        )
        assert case_id is not None
    bench = Workbench(as_user(demo_context, "clerk1"), case_id)
    qtbot.addWidget(bench)
    menu = bench.documents_panel.issue_menu
    qtbot.waitUntil(lambda: len(menu.actions()) > 0, timeout=WAIT)
    titles = [action.text() for action in menu.actions()]
    assert "不予行政许可决定书" in titles and "行政许可证" not in titles
    menu.actions()[titles.index("不予行政许可决定书")].trigger()
    qtbot.waitUntil(lambda: bool(bench.documents_panel.previews), timeout=WAIT)
    preview = bench.documents_panel.previews[0]
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    qtbot.waitUntil(lambda: bench.documents.rowCount() == 1, timeout=WAIT)


def test_the_certificate_window_finds_by_case_applicant_and_document_number(
    qtbot, demo_context, tmp_path, monkeypatch
):
    """The search box narrows the list; 制发并打印所选 then acts on what is shown only."""
    output = tmp_path / "printed.pdf"

    def pdf_printer(parent, title):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(pdf_preview, "choose_printer", pdf_printer)
    window = PrintQueue(as_user(demo_context, "clerk1"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 1, timeout=WAIT)
    everyone = list(window.model.objects)
    target = next(e for e in everyone if e.granted and len(e.needs) == 2)
    qtbot.keyClicks(window.ui.search, target.number.lower())
    assert [e.number for e in window.model.objects] == [target.number]
    assert "符合查找条件的 1 件" in window.ui.status.text()
    window.ui.search.setText(target.applicant)  # (keyClicks types ASCII only)
    assert target in window.model.objects
    assert all(target.applicant in e.applicant for e in window.model.objects)
    window.ui.search.setText("没有这个人")
    assert window.model.rowCount() == 0 and "没有符合" in window.ui.status.text()
    window.ui.search.setText(target.number)
    window.ui.cases.selectAll()
    window.ui.issueAndPrint.click()
    qtbot.waitUntil(lambda: window.property("last_printed_pages") is not None, timeout=60000)
    assert len(window.printed) == 2  # the decision and the licence of the one case shown
    qtbot.waitUntil(
        lambda: any(e.issued for e in window.entries if e.id == target.id), timeout=WAIT
    )
    issued = next(e for e in window.entries if e.id == target.id).issued
    window.ui.search.setText(issued[-1])
    assert [e.number for e in window.model.objects] == [target.number]


def test_the_workbench_never_offers_a_licence_for_a_filing(qtbot, demo_context):
    """A delivered filing's issue menu holds its 备案通知书 and never a 行政许可证."""
    from desktop.domain.item_kinds import ItemKind

    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Case.id)
            .join(m.Item, m.Item.id == m.Case.item_id)
            .join(m.CaseEvent, m.CaseEvent.case_id == m.Case.id)
            .where(m.Item.kind == ItemKind.FILING, m.CaseEvent.action == "approve")
            .where(m.Case.status == CaseStatus.DELIVERED)
            .limit(1)
        )
        assert case_id is not None
    bench = Workbench(as_user(demo_context, "clerk1"), case_id)
    qtbot.addWidget(bench)
    menu = bench.documents_panel.issue_menu
    qtbot.waitUntil(lambda: len(menu.actions()) > 0, timeout=WAIT)
    titles = [action.text() for action in menu.actions()]
    assert "备案通知书" in titles
    assert "行政许可证" not in titles and "准予行政许可决定书" not in titles
