"""窗口现场审批 in the certificate window: the button only for authorised clerks; the dialog
refuses incomplete materials in words and writes nothing; done, it prints the decision and
the licence and the case waits only for its hand-over."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from desktop.data import models as m
from desktop.domain.enums import ApplicantKind, CaseStatus
from desktop.ui import pdf_preview
from desktop.ui.print_queue import PrintQueue
from tests.ui.workbench.test_documents_ui import WAIT, as_user


def count_cases(context) -> int:
    with context.sessions() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(m.Case))


def test_an_authorised_clerk_decides_and_prints_in_one_sitting(
    qtbot, demo_context, tmp_path, monkeypatch
):
    printed = tmp_path / "sitting.pdf"

    def pdf_printer(parent, title):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(pdf_preview, "choose_printer", pdf_printer)
    plain = PrintQueue(as_user(demo_context, "clerk1"))
    qtbot.addWidget(plain)
    assert plain.on_the_spot.isHidden()  # not authorised: no button
    window = PrintQueue(as_user(demo_context, "window1"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert not window.on_the_spot.isHidden()
    qtbot.mouseClick(window.on_the_spot, Qt.MouseButton.LeftButton)
    dialog = window.window_dialog
    qtbot.waitUntil(lambda: dialog.item.count() > 0, timeout=WAIT)
    with demo_context.sessions() as session:
        licence_items = set(
            session.scalars(
                sa.select(m.Item.code).where(m.Item.window_authorised, m.Item.issues_licence)
            )
        )
        identifier = session.scalar(
            sa.select(m.Applicant.identifier)
            .where(m.Applicant.kind == ApplicantKind.ORGANISATION)
            .order_by(m.Applicant.id)
            .limit(1)
        )
    codes = [dialog.item.itemData(n) for n in range(dialog.item.count())]
    assert all(codes)  # every entry carries its item's code
    dialog.item.setCurrentIndex(next(n for n, c in enumerate(codes) if c in licence_items))
    assert dialog.materials.count() > 0 and not dialog.complete.isChecked()
    dialog.number.setText("CK20269001")
    dialog.identifier.setText(identifier)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    before = count_cases(demo_context)
    dialog.resize(1366 // 2, 600)
    dialog.grab().save("/tmp/i21window-dialog.png")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "申请材料未全部齐全" in dialog.status.text(), timeout=WAIT)
    assert count_cases(demo_context) == before and dialog.isVisible()
    dialog.complete.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已当场准予" in window.ui.status.text(), timeout=WAIT)
    assert not dialog.isVisible()
    qtbot.waitUntil(printed.exists, timeout=WAIT)
    with demo_context.sessions() as session:
        case = session.scalars(sa.select(m.Case).where(m.Case.number == "CK20269001")).one()
        assert case.status is CaseStatus.CERTIFICATE_ISSUED and case.handler_id is None
        kinds = set(
            session.scalars(
                sa.select(m.IssuedDocument.doc_type).where(m.IssuedDocument.case_id == case.id)
            )
        )
    assert kinds == {"grant", "licence"}
    qtbot.waitUntil(
        lambda: any(e.number == "CK20269001" for e in window.entries), timeout=WAIT
    )  # waiting only for its hand-over
    window.grab().save("/tmp/i21window-queue.png")


def test_cancel_writes_nothing(qtbot, demo_context):
    window = PrintQueue(as_user(demo_context, "window1"))
    qtbot.addWidget(window)
    before = count_cases(demo_context)
    qtbot.mouseClick(window.on_the_spot, Qt.MouseButton.LeftButton)
    dialog = window.window_dialog
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and count_cases(demo_context) == before
