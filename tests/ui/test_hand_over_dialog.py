"""The hand-over dialog (登记出件): every field and button, its checks as they are typed, and
the certificate window recording a hand-over through it."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.data import models as m
from desktop.domain.delivery import Capacity, ServiceMethod
from desktop.domain.enums import ApplicantKind, CaseStatus
from desktop.ui import pdf_preview
from desktop.ui.hand_over_dialog import HandOverDialog
from desktop.ui.print_queue import PrintQueue
from tests.ui.workbench.test_documents_ui import WAIT, as_user

AGENT_ID = "11010519491231002X"


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_dialog_checks_each_field_as_it_is_typed(qtbot):
    dialog = HandOverDialog(None, "GX0001", "渭南测试有限公司", ApplicantKind.ORGANISATION)
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 400)
    assert not dialog.ok.isEnabled() and "签收人姓名" in dialog.hint.text()
    assert dialog.capacity.findData(Capacity.SELF) == -1  # an organisation never signs itself
    dialog.signer.setText("王五")
    assert "居民身份证号码" in dialog.hint.text() and not dialog.ok.isEnabled()
    dialog.id_number.setText("110105194912310021")
    assert "校验码" in dialog.hint.text() and not dialog.ok.isEnabled()
    dialog.id_number.setText(AGENT_ID)
    assert dialog.ok.isEnabled() and not dialog.hint.text()  # the legal representative
    _choose(dialog.capacity, Capacity.AGENT)
    assert dialog.authorisation.isEnabled() and "授权委托书" in dialog.hint.text()
    dialog.authorisation.setText("2026年3月18日出具，委托领取审批结果")
    assert dialog.ok.isEnabled()
    receipt = dialog.receipt()
    assert (receipt.signer, receipt.id_number) == ("王五", AGENT_ID)
    assert receipt.capacity is Capacity.AGENT
    _choose(dialog.method, ServiceMethod.POST)
    assert dialog.place_label.text() == "邮寄地址：" and not dialog.place.text()
    assert "送达地点" in dialog.hint.text() and not dialog.ok.isEnabled()
    dialog.place.setText("渭南市高新区崇业路18号")
    _choose(dialog.method, ServiceMethod.ELECTRONIC)
    assert dialog.place_label.text() == "电子送达地址：" and dialog.ok.isEnabled()
    dialog.grab().save("/tmp/docs-legal-hand-over.png")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == HandOverDialog.DialogCode.Accepted


def test_a_person_signs_in_person_or_by_agent_and_cancel_changes_nothing(qtbot):
    dialog = HandOverDialog(None, "SH0001", "张三", ApplicantKind.PERSON, AGENT_ID)
    qtbot.addWidget(dialog)
    assert dialog.capacity.findData(Capacity.LEGAL_REPRESENTATIVE) == -1
    dialog.signer.setText("李四")
    dialog.id_number.setText("110101199003074477")  # someone else's, valid
    assert "不是申请人本人" in dialog.hint.text()
    dialog.id_number.setText(AGENT_ID)
    assert dialog.ok.isEnabled()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == HandOverDialog.DialogCode.Rejected


def test_the_certificate_window_records_a_hand_over(qtbot, demo_context, tmp_path, monkeypatch):
    def pdf_printer(parent, title):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "proof.pdf"))
        return printer

    monkeypatch.setattr(pdf_preview, "choose_printer", pdf_printer)

    def filled(dialog: HandOverDialog) -> int:
        _choose(dialog.capacity, Capacity.AGENT)
        dialog.signer.setText("王五")
        dialog.id_number.setText(AGENT_ID)
        dialog.authorisation.setText("2026年11月18日出具，委托领取审批结果")
        assert dialog.ok.isEnabled(), dialog.hint.text()
        return HandOverDialog.DialogCode.Accepted

    monkeypatch.setattr(HandOverDialog, "exec", filled)
    window = PrintQueue(as_user(demo_context, "clerk1"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    ready = next(
        r
        for r in range(window.model.rowCount())
        if not window.model.objects[r].needs
        and window.model.objects[r].applicant_kind is ApplicantKind.ORGANISATION
    )
    case_id = window.model.objects[ready].id
    window.ui.cases.selectionModel().select(
        window.model.index(ready, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(window.ui.handOver, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已登记出件" in window.ui.status.text(), timeout=WAIT)
    with demo_context.sessions() as session:
        record = session.scalars(
            sa.select(m.CaseDelivery).where(m.CaseDelivery.case_id == case_id)
        ).one()
        assert record.capacity is Capacity.AGENT and record.signer_id_number == AGENT_ID
        assert session.get(m.Case, case_id).status is CaseStatus.DELIVERED
