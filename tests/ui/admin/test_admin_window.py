"""The administration window against a demo bureau: items, calendar, profile, front desk."""

from __future__ import annotations

from datetime import datetime, timedelta

import pypdf
import sqlalchemy as sa
from PySide6.QtWidgets import QFileDialog

from desktop.data import models as m
from desktop.documents.model import DocumentType
from desktop.domain.enums import TicketKind
from desktop.domain.frontdesk_rows import COLUMNS
from desktop.domain.timezone import CHINA
from desktop.services.sheets import write_csv
from desktop.services.staff import actor_for
from desktop.services.supervision.settings import DEFAULT_SETTINGS, load_supervision_settings
from desktop.ui.admin.window import AdminWindow
from desktop.ui.context import AppContext

WAIT = 15000


def test_admin_window_lists_searches_and_imports(
    qtbot, qtmodeltester, demo_context, tmp_path, monkeypatch
):
    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.items.rowCount() == 320, timeout=WAIT)
    qtmodeltester.check(window.items)
    qtbot.waitUntil(lambda: window.ui.years.count() > 0, timeout=WAIT)
    assert window.ui.years.item(0).text() == "2026" and "休" in window.ui.yearDays.toPlainText()
    qtbot.waitUntil(lambda: bool(window.profile_fields["organ_name"].text()), timeout=WAIT)
    licence = window.number_patterns[DocumentType.LICENCE]
    assert not licence.text() and licence.placeholderText() == "{prefix}许〔{year}〕{serial:04d}号"
    window.ui.itemSearch.setText("取水")
    qtbot.waitUntil(lambda: 0 < window.items.rowCount() < 320, timeout=WAIT)
    code = window.items.rows[0][0]
    accepted = (datetime.now(CHINA) - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    values = {"受理编号": "ADM0001", "事项编码": code, "申请人类型": "自然人", "申请人名称": "王五"}
    values |= {"证件号码": "11010519491231002X", "受理时间": accepted, "绿色通道": "否"}
    path = tmp_path / "day.csv"
    path.write_bytes(write_csv(COLUMNS, [[values.get(c, "") for c in COLUMNS]]))
    window.import_frontdesk(str(path))
    qtbot.waitUntil(lambda: "新增 1 件" in window.ui.frontdeskReport.toPlainText(), timeout=WAIT)
    window.profile_fields["hotline"].setText("0913-7654321")
    window.save_profile()
    qtbot.waitUntil(lambda: "已保存" in window.ui.status.text(), timeout=WAIT)


def test_admin_window_makes_guides_with_progress(qtbot, demo_context, tmp_path):
    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    target = tmp_path / "guides.pdf"
    window.make_guides(str(target))
    qtbot.waitUntil(lambda: "已保存" in window.ui.status.text(), timeout=120000)
    assert target.read_bytes().startswith(b"%PDF") and window.ui.progress.maximum() == 320


def test_admin_window_imports_the_bureau_seal_certificate(
    qtbot, demo_context, tmp_path, monkeypatch
):
    from desktop.documents.keys import create_root_ca, create_seal_certificate, export_pkcs12

    root = create_root_ca("某某审批服务局")
    seal = create_seal_certificate(root, "某某审批服务局", "审批专用章")
    path = tmp_path / "seal.p12"
    path.write_bytes(export_pkcs12(seal, "s3cret"))
    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.admin.window.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    window.import_seal(str(path), "wrong")
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
    assert "密码错误" in warnings[0]
    window.import_seal(str(path), "s3cret")
    qtbot.waitUntil(lambda: "已导入" in window.ui.status.text(), timeout=WAIT)


def test_the_supervision_limits_say_what_to_correct_and_save_audited(qtbot, demo_context):
    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.limitsTab)
    page, ui = window.limits, window.ui
    qtbot.waitUntil(lambda: page.follow_up_days.value() == 15, timeout=WAIT)
    assert ui.limitsProblem.isHidden() and ui.saveLimits.isEnabled()
    complaint = page.answer_days[TicketKind.COMPLAINT]
    complaint.setValue(0)
    assert ui.limitsProblem.text() == "投诉答复时限至少为 1 个工作日：请填写 1 或更大的数再保存"
    assert not ui.limitsProblem.isHidden() and not ui.saveLimits.isEnabled()
    complaint.setValue(61)
    assert "投诉答复时限不能超过 60 个工作日" in ui.limitsProblem.text()
    complaint.setValue(7)
    page.receipt_days.setValue(3)
    assert ui.limitsProblem.isHidden() and ui.saveLimits.isEnabled()
    ui.saveLimits.click()
    qtbot.waitUntil(lambda: "督办时限已保存" in ui.status.text(), timeout=WAIT)
    stored = admin.read(lambda session, _actor: load_supervision_settings(session))
    assert stored.answer_days(TicketKind.COMPLAINT) == 7 and stored.receipt_days == 3
    with demo_context.sessions() as session:
        audited = session.scalars(
            sa.select(m.AuditEntry.new).where(m.AuditEntry.action == "update_settings")
        ).all()
    assert [entry["receipt_days"] for entry in audited] == [3]
    ui.defaultLimits.click()  # fills the defaults in; nothing is saved until 保存
    assert complaint.value() == DEFAULT_SETTINGS.answer_days(TicketKind.COMPLAINT)
    assert admin.read(lambda session, _actor: load_supervision_settings(session)) == stored


def test_number_patterns_are_checked_in_the_window_and_saved(qtbot, demo_context, monkeypatch):
    from desktop.services.bureau import load_profile

    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.profile_fields["organ_name"].text()), timeout=WAIT)
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.admin.window.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    licence = window.number_patterns[DocumentType.LICENCE]
    licence.setText("{prefix}许〔{year}〕{name}号")  # an unknown field: refused, nothing saved
    window.save_profile()
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
    assert "{name}" in warnings[0] or "文号" in warnings[0], warnings
    with demo_context.sessions() as session:
        assert DocumentType.LICENCE.value not in load_profile(session).number_patterns.as_stored()
    licence.setText("{prefix}证〔{year}〕{serial:05d}号")
    window.save_profile()
    qtbot.waitUntil(lambda: "单位信息已保存" in window.ui.status.text(), timeout=WAIT)
    with demo_context.sessions() as session:
        stored = load_profile(session).number_patterns.as_stored()
    assert stored[DocumentType.LICENCE.value] == "{prefix}证〔{year}〕{serial:05d}号"
    assert licence.text() == stored[DocumentType.LICENCE.value]


def test_admin_window_says_what_to_do_with_a_file_it_cannot_read(
    qtbot, demo_context, tmp_path, monkeypatch
):
    from desktop.ui.verify_dialog import VerifyDialog

    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
        before = session.scalar(sa.select(sa.func.count()).select_from(m.Case))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.admin.window.QMessageBox.warning", lambda _w, _t, text: said.append(text)
    )
    huge = tmp_path / "huge.csv"
    huge.write_text("受理编号\n" + "x" * 140_000 + "\n", encoding="utf-8")
    window.import_frontdesk(str(tmp_path / "gone.csv"))
    window.import_frontdesk(str(huge))
    window.import_catalogue(str(tmp_path))
    qtbot.waitUntil(lambda: len(said) == 3, timeout=WAIT)
    assert any("gone.csv" in text and "不存在" in text for text in said)
    assert any("131072" in text for text in said)
    assert any("文件夹" in text for text in said)
    checker = VerifyDialog(admin)
    qtbot.addWidget(checker)
    checker.check_file(str(tmp_path / "gone.pdf"))
    qtbot.waitUntil(lambda: "不存在" in checker.ui.verdict.text(), timeout=WAIT)
    with demo_context.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Case)) == before


def test_the_import_and_export_buttons_open_their_file_dialogs_and_import(
    qtbot, demo_context, tmp_path, monkeypatch
):
    """The buttons themselves, pressed: clicked(bool) must not arrive as the file's path."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.items.rowCount() == 320, timeout=WAIT)
    catalogue = tmp_path / "catalogue.xlsx"
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (asked.append(a[1]), (str(catalogue), ""))[1],
    )
    window.ui.exportCatalogue.click()
    qtbot.waitUntil(lambda: "已导出" in window.ui.status.text(), timeout=WAIT)
    assert catalogue.read_bytes().startswith(b"PK")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append("warning: " + a[2]))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (asked.append(a[1]), (str(catalogue), ""))[1],
    )
    window.ui.importCatalogue.click()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    assert told[0].startswith("新增 0 项，更新"), told
    code = window.items.rows[0][0]
    accepted = (datetime.now(CHINA) - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    values = {"受理编号": "ADM0002", "事项编码": code, "申请人类型": "自然人", "申请人名称": "王五"}
    values |= {"证件号码": "11010519491231002X", "受理时间": accepted, "绿色通道": "否"}
    day = tmp_path / "day.csv"
    day.write_bytes(write_csv(COLUMNS, [[values.get(c, "") for c in COLUMNS]]))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(a[1]), (str(day), ""))[1]
    )
    window.ui.importFrontdesk.click()
    qtbot.waitUntil(lambda: "新增 1 件" in window.ui.frontdeskReport.toPlainText(), timeout=WAIT)
    assert asked == ["导出事项目录", "导入事项目录", "导入前台受理文件"], asked


def test_the_trial_keys_button_refuses_existing_keys_and_makes_missing_ones(
    qtbot, demo_context, monkeypatch
):
    from desktop.services.documents.signing_keys import KEYS_SETTING, load_signing

    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
        made_by_the_demo = session.get(m.Setting, KEYS_SETTING).value["fingerprint"]
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.admin.window.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    window.make_keys.click()  # the demo made trial keys: they stay as they are
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
    assert "已有签章密钥" in warnings[0]
    with demo_context.sessions() as session:
        assert session.get(m.Setting, KEYS_SETTING).value["fingerprint"] == made_by_the_demo
    with demo_context.sessions() as session, session.begin():  # a bureau without keys
        session.delete(session.get(m.Setting, KEYS_SETTING))
    window.make_keys.click()
    qtbot.waitUntil(lambda: "已生成" in window.ui.status.text(), timeout=WAIT)
    with demo_context.sessions() as session:
        fingerprint = session.get(m.Setting, KEYS_SETTING).value["fingerprint"]
        assert fingerprint != made_by_the_demo and load_signing(session).fingerprint == fingerprint


def test_the_guides_button_writes_the_selected_items_only(
    qtbot, demo_context, tmp_path, monkeypatch
):
    """生成告知单… with one item selected writes that item's guide; with none selected the
    save dialog says every active item will be written."""
    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.items.rowCount() > 2, timeout=WAIT)
    captions: list[tuple[str, str]] = []
    target = tmp_path / "one.pdf"

    def save_as(parent, caption, name, filters):  # type: ignore[no-untyped-def]
        captions.append((caption, name))
        return (str(target) if len(captions) == 1 else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    row = next(r for r in range(window.items.rowCount()) if window.items.objects[r].active)
    line = window.items.objects[row]
    window.ui.items.selectRow(row)
    window.ui.makeGuides.click()
    qtbot.waitUntil(lambda: "已保存" in window.ui.status.text(), timeout=WAIT)
    assert captions[0] == ("生成告知单（所选 1 项）", f"一次性告知单-{line.code}.pdf")
    assert "所选 1 项" in window.ui.status.text() and window.ui.progress.maximum() == 1
    pages = pypdf.PdfReader(target).pages
    assert 1 <= len(pages) <= 3 and line.name[:6] in "".join(p.extract_text() for p in pages)
    window.ui.items.clearSelection()
    window.ui.makeGuides.click()  # the save dialog says what nothing selected means; cancelled
    assert captions[1][0] == "生成告知单（未选择事项：全部在用事项）"
    assert "所选 1 项" in window.ui.status.text()  # nothing else was written


def test_the_scoring_weights_say_what_to_correct_and_save_audited(qtbot, demo_context):
    """绩效考核 page: a weight out of range is named and blocks saving; saving stores the
    weights and the assessment period, audited; 恢复默认权重 fills the defaults in only."""
    from desktop.services.supervision.scoring import (
        DEFAULT_WEIGHTS,
        Measure,
        load_scoring_settings,
    )

    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.show()
    page = window.scoring
    window.ui.tabs.setCurrentWidget(page)
    complaints = page.weights[Measure.COMPLAINTS]
    qtbot.waitUntil(lambda: complaints.value() == DEFAULT_WEIGHTS["complaints"], timeout=WAIT)
    assert page.problem.isHidden() and page.save_button.isEnabled()
    complaints.setValue(150)
    assert page.problem.text() == "“被投诉”的权重应在 0 至 100 分之间，实为 150.0：请改正后再保存"
    assert not page.save_button.isEnabled()
    complaints.setValue(8)
    page.period.setCurrentIndex(page.period.findData("month"))
    page.save_button.click()
    qtbot.waitUntil(lambda: "绩效考核设置已保存" in page.status.text(), timeout=WAIT)
    stored = admin.read(lambda session, _actor: load_scoring_settings(session))
    assert stored.weight(Measure.COMPLAINTS) == 8 and stored.period == "month"
    with demo_context.sessions() as session:
        audited = session.scalars(
            sa.select(m.AuditEntry.new).where(
                m.AuditEntry.entity_id == "performance_scoring",
                m.AuditEntry.action == "update_settings",
            )
        ).all()
    assert [entry["weights"]["complaints"] for entry in audited] == [8]
    page.defaults.click()
    assert complaints.value() == DEFAULT_WEIGHTS["complaints"]
    assert admin.read(lambda session, _actor: load_scoring_settings(session)) == stored
    window.resize(1366, 768)
    assert page.save_button.isVisible()


def test_the_verification_address_is_checked_and_saved(qtbot, demo_context, monkeypatch):
    from desktop.services.bureau import load_profile

    with demo_context.sessions() as session:
        admin = AppContext(demo_context.url, demo_context.sessions, actor_for(session, "admin"))
    window = AdminWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.profile_fields["organ_name"].text()), timeout=WAIT)
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.admin.window.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    address = window.profile_fields["verify_url"]
    address.setText("zwfw.example.gov.cn/yz/#x")  # no scheme, a fragment: refused
    window.save_profile()
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
    assert "核验网址" in warnings[0], warnings
    with demo_context.sessions() as session:
        assert load_profile(session).verify_url == ""
    address.setText("https://zwfw.example.gov.cn/yz/")
    window.void_list_days.setValue(14)
    window.save_profile()
    qtbot.waitUntil(lambda: "单位信息已保存" in window.ui.status.text(), timeout=WAIT)
    with demo_context.sessions() as session:
        profile = load_profile(session)
    assert (profile.verify_url, profile.void_list_days) == ("https://zwfw.example.gov.cn/yz/", 14)
