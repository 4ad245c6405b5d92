"""The coordinator fills an on-site record through the window: findings at each check
point, a photo shown as a thumbnail, an oversized file refused, each inspector confirming
by signing in (someone off the team refused), and the record printed as its own document."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from PySide6.QtGui import QColor, QImage

from desktop.data import models as m
from desktop.data.logins import link_logins
from desktop.domain.enums import FindingVerdict, InspectionConclusion
from desktop.domain.inspections.site_record import MAX_FILE_BYTES
from desktop.domain.passwords import hash_password
from desktop.services import timesource
from desktop.services.demo.inspection_requests import request_inspections
from desktop.services.inspections.draws import plan_inspections
from desktop.ui.inspections import record_dialog
from desktop.ui.inspections.window import CoordinatorWindow
from desktop.ui.operations import _the_relay
from tests.ui.inspections.test_coordinator_window import as_user

WAIT = 150_000  # the window's first reads follow a draw on a busy machine
PASSWORD = "Insp#2026pw"


def _accounts(context, inspector_ids) -> list[str]:
    """Staff accounts for the team's inspectors and for one inspector off the team."""
    names = []
    with context.sessions() as session, session.begin():
        outsider = session.scalar(
            sa.select(m.Inspector.id).where(m.Inspector.id.not_in(inspector_ids)).limit(1)
        )
        for n, inspector_id in enumerate((*inspector_ids, outsider)):
            user = m.StaffUser(
                username=f"insp{n}", full_name=f"踏勘{n}", password_hash=hash_password(PASSWORD)
            )
            session.add(user)
            session.flush()
            session.get(m.Inspector, inspector_id).staff_user_id = user.id
            names.append(user.username)
        if session.get_bind().dialect.name == "postgresql":
            link_logins(session, names, PASSWORD)
    return names


def _idle(dialog) -> bool:
    return not _the_relay().running and dialog.message.text() != dialog.tr("正在办理……")


def test_the_coordinator_fills_confirms_and_prints_a_record(
    qtbot, demo_context, monkeypatch, tmp_path
):
    context = as_user(demo_context, "coord1")
    request_inspections(demo_context.sessions, 1)
    tomorrow = timesource.today() + timedelta(days=1)
    plan_inspections(demo_context.sessions, context.actor, tomorrow, 10, "测试见证")
    window = CoordinatorWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: bool(window.scheduled.objects), timeout=WAIT)
    line = window.scheduled.objects[0]
    members = _accounts(demo_context, line.team_ids)
    window.ui.tabs.setCurrentWidget(window.ui.scheduledTab)
    window.ui.scheduled.selectRow(0)
    window.record_button.click()
    qtbot.waitUntil(lambda: window.record_dialog is not None, timeout=WAIT)
    dialog = window.record_dialog
    assert dialog.points.rowCount() >= 3 and len(dialog.verdicts) == dialog.points.rowCount()

    # Saving with nothing answered is refused, in words, and nothing is kept.
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "尚未填写结果" in dialog.message.text(), timeout=WAIT)
    for verdict in dialog.verdicts:
        verdict.setCurrentIndex(verdict.findData(FindingVerdict.MEETS))
    dialog.representative.setText("王五")
    dialog.conclusion.setCurrentIndex(dialog.conclusion.findData(InspectionConclusion.PASSES))
    dialog.summary.setPlainText("现场情况与申请材料一致")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "记录已保存" in dialog.message.text(), timeout=WAIT)

    photo, big = tmp_path / "现场.png", tmp_path / "太大.jpg"
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    assert image.save(str(photo))
    big.write_bytes(b"x" * (MAX_FILE_BYTES + 1))
    chosen = [str(photo)]
    monkeypatch.setattr(
        record_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], "")
    )
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: dialog.files.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.files.item(0).icon().isNull(), timeout=WAIT)
    chosen[0] = str(big)
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: "超过每个附件" in dialog.message.text(), timeout=WAIT)
    assert dialog.files.rowCount() == 1

    answers = [(members[-1], PASSWORD)] + [(name, PASSWORD) for name in members[:-1]]
    monkeypatch.setattr(record_dialog, "ask_sign_in", lambda parent: answers.pop(0))
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "不是本次踏勘组成员" in dialog.message.text(), timeout=WAIT)
    for _ in members[:-1]:
        dialog.message.clear()
        dialog.confirm_button.click()
        qtbot.waitUntil(lambda: dialog.message.text() == "已确认", timeout=WAIT)
    assert "未确认" not in dialog.members.text() and dialog.print_button.isEnabled()
    dialog.resize(1000, 700)
    qtbot.waitUntil(lambda: not dialog.files.item(0).icon().isNull(), timeout=WAIT)
    dialog.grab().save("/tmp/i20record-dialog.png")

    dialog.print_button.click()
    qtbot.waitUntil(lambda: getattr(dialog, "preview", None) is not None, timeout=WAIT)
    assert "已制发现场踏勘记录" in dialog.message.text()
    dialog.preview.close()
    with demo_context.sessions() as session:
        kept = session.scalar(
            sa.select(sa.func.count())
            .select_from(m.InspectionFile)
            .where(m.InspectionFile.inspection_id == line.inspection_id)
        )
    assert kept == 1
    dialog.accept()


def test_a_reinspection_is_booked_for_the_same_team_from_the_pending_list(
    qtbot, demo_context, monkeypatch
):
    """不合格, confirmed by the team; the handler asks again (a re-inspection, linked to the
    first); the coordinator books the same team with the pending list's button."""
    from desktop.domain.enums import HalfDay
    from desktop.domain.inspections.site_record import Finding
    from desktop.services.cases import actions as cases
    from desktop.services.inspections.confirmations import confirm_record
    from desktop.services.inspections.replacement import LeaveCause
    from desktop.services.inspections.site_record import RecordForm, save_record
    from desktop.services.staff import actor_for
    from desktop.ui.inspections import actions as inspection_actions
    from desktop.ui.inspections.change_dialog import ChangeAnswers

    context = as_user(demo_context, "coord1")
    number = request_inspections(demo_context.sessions, 1)[0]
    tomorrow = timesource.today() + timedelta(days=1)
    plan_inspections(demo_context.sessions, context.actor, tomorrow, 10, "测试见证")
    sessions = demo_context.sessions
    with sessions() as session:
        case = session.scalar(sa.select(m.Case).where(m.Case.number == number))
        first = session.scalar(
            sa.select(m.Inspection)
            .where(m.Inspection.case_id == case.id)
            .order_by(m.Inspection.id.desc())
            .limit(1)
        )
        team = sorted(
            session.scalars(
                sa.select(m.InspectionMember.inspector_id).where(
                    m.InspectionMember.inspection_id == first.id,
                    m.InspectionMember.is_backup.is_(False),
                )
            )
        )
        points = session.scalars(
            sa.select(m.ItemCheckPoint.seq).where(m.ItemCheckPoint.item_id == case.item_id)
        ).all()
        handler = actor_for(session, session.get(m.StaffUser, case.handler_id).username)
    names = _accounts(demo_context, team)
    findings = tuple(
        Finding(seq, FindingVerdict.FAILS if seq == 1 else FindingVerdict.MEETS, "不一致")
        for seq in points
    )
    form = RecordForm("王五", findings, InspectionConclusion.FAILS, "场所与申请不一致")
    with sessions() as session, session.begin():
        save_record(session, context.actor, first.id, form)
        for name in names[:-1]:
            confirm_record(session, actor_for(session, name), first.id)
    state = case
    with sessions() as session, session.begin():
        state = cases.end_inspection(
            session, handler, case.id, case.version, InspectionConclusion.FAILS, "不合格"
        )
    with sessions() as session, session.begin():
        cases.start_inspection(session, handler, state.id, state.version)
    with sessions() as session:
        again = session.scalar(
            sa.select(m.InspectionRecord).where(m.InspectionRecord.follows_id == first.id)
        )
        assert again is not None and not again.same_team
        again_id = again.inspection_id

    window = CoordinatorWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: again_id in [line.inspection_id for line in window.pending.objects], timeout=WAIT
    )
    line = next(line for line in window.pending.objects if line.inspection_id == again_id)
    answers = ChangeAnswers(
        None, LeaveCause.DECLINED, line.window_end, HalfDay.PM, 5, (), "申请人已整改"
    )
    monkeypatch.setattr(inspection_actions, "ask_change", lambda dialog: answers)
    window.ui.pending.selectRow(window.pending.objects.index(line))
    window.reuse_button.click()
    qtbot.waitUntil(lambda: window.ui.status.text() == f"{number}：已办理", timeout=WAIT)
    with sessions() as session:
        booked = sorted(
            session.scalars(
                sa.select(m.InspectionMember.inspector_id).where(
                    m.InspectionMember.inspection_id == again_id,
                    m.InspectionMember.is_backup.is_(False),
                )
            )
        )
    assert booked == team
