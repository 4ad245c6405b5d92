"""The handler's case window shows the case's on-site record: conclusion, the finding at
each check point, who confirmed it and when, the photo as a thumbnail, and the sealed
record document, opened from the window."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import FindingVerdict, InspectionConclusion
from desktop.domain.inspections.site_record import Finding
from desktop.services import timesource
from desktop.services.demo.inspection_requests import request_inspections
from desktop.services.documents.issuing import issue_document
from desktop.services.inspections.confirmations import confirm_record
from desktop.services.inspections.draws import plan_inspections
from desktop.services.inspections.site_record import (
    RecordForm,
    attach_file,
    save_record,
)
from desktop.services.staff import actor_for
from desktop.ui.operations import _the_relay
from desktop.ui.workbench.window import Workbench
from tests.ui.inspections.test_coordinator_window import as_user
from tests.ui.inspections.test_record_dialog import _accounts

WAIT = 150_000


def _photo() -> bytes:
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _recorded_case(demo_context) -> tuple[int, str]:
    """A case whose inspection's record is saved, photographed, confirmed by the whole team
    and issued as its own sealed document: (case id, its handler's user name)."""
    coordinator = as_user(demo_context, "coord1").actor
    sessions = demo_context.sessions
    number = request_inspections(sessions, 1)[0]
    tomorrow = timesource.today() + timedelta(days=1)
    plan_inspections(sessions, coordinator, tomorrow, 10, "测试见证")
    with sessions() as session:
        case = session.scalar(sa.select(m.Case).where(m.Case.number == number))
        inspection = session.scalar(
            sa.select(m.Inspection)
            .where(m.Inspection.case_id == case.id)
            .order_by(m.Inspection.id.desc())
            .limit(1)
        )
        team = session.scalars(
            sa.select(m.InspectionMember.inspector_id).where(
                m.InspectionMember.inspection_id == inspection.id,
                m.InspectionMember.is_backup.is_(False),
            )
        ).all()
        points = session.scalars(
            sa.select(m.ItemCheckPoint.seq).where(m.ItemCheckPoint.item_id == case.item_id)
        ).all()
        handler = session.get(m.StaffUser, case.handler_id).username
        case_id, inspection_id = case.id, inspection.id
    names = _accounts(demo_context, list(team))[:-1]
    findings = tuple(Finding(seq, FindingVerdict.MEETS, "与图纸一致") for seq in points)
    form = RecordForm("王五", findings, InspectionConclusion.PASSES, "现场情况与申请材料一致")
    with sessions() as session, session.begin():
        save_record(session, coordinator, inspection_id, form)
        attach_file(session, coordinator, inspection_id, "现场照片.png", _photo())
        for name in names:
            confirm_record(session, actor_for(session, name), inspection_id)
    with sessions() as session, session.begin():
        issue_document(session, coordinator, case_id, DocumentType.INSPECTION_RECORD)
    return case_id, handler


def test_the_handler_sees_the_record_and_opens_its_sealed_document(qtbot, demo_context):
    case_id, handler = _recorded_case(demo_context)
    bench = Workbench(as_user(demo_context, handler), case_id)
    qtbot.addWidget(bench)
    bench.resize(1366, 768)
    bench.show()
    panel = bench.site_record_panel
    qtbot.waitUntil(lambda: panel.view is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not _the_relay().running, timeout=WAIT)
    assert "结论：合格（已由踏勘组全体确认）" in panel.heading.text()
    assert "申请人代表：王五" in panel.heading.text()
    assert panel.findings.rowCount() == len(panel.view.record.findings) >= 1
    assert panel.findings.rows[0][2] == "符合"
    times = [row[2] for row in panel.members.rows]
    assert times and all(t[:2] == "20" for t in times)  # a date and time each, none 未确认
    assert panel.files.rowCount() == 1 and not panel.files.item(0).icon().isNull()
    assert panel.document_button.isEnabled() and "勘记" in panel.document_note.text()
    bench.ui.tabs.setCurrentWidget(bench.ui.inspectionsTab)
    bench.grab().save("/tmp/i20rest-workbench-record.png")

    panel.document_button.click()
    qtbot.waitUntil(lambda: bool(panel.previews), timeout=WAIT)
    assert panel.previews[-1].isVisible()
    panel.previews[-1].close()


def test_a_case_without_inspection_says_so(qtbot, demo_context):
    with demo_context.sessions() as session:
        case_id = session.scalar(
            sa.select(m.Case.id)
            .where(~sa.exists().where(m.Inspection.case_id == m.Case.id))
            .order_by(m.Case.id)
            .limit(1)
        )
    bench = Workbench(demo_context, case_id)
    qtbot.addWidget(bench)
    qtbot.waitUntil(lambda: bench.details is not None, timeout=WAIT)
    assert "没有踏勘记录" in bench.site_record_panel.heading.text()
    assert not bench.site_record_panel.document_button.isEnabled()
