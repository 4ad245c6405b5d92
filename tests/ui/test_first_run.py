"""First start: choosing where the data lives, and the first administrator of a new database."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.data import models as m
from desktop.data.database import parse_url, reporting_url, server_hosts, session_factory
from desktop.domain.errors import DomainError
from desktop.services.admin.first_run import FirstAdmin, create_first_admin
from desktop.services.auth import sign_in
from desktop.services.bureau import load_profile
from desktop.ui.first_run import DatabaseChoiceDialog, FirstAdminDialog


def test_database_choice_remembers_no_password(qtbot):
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ""  # this PC only
    dialog.ui.serverChoice.setChecked(True)
    dialog.ui.host.setText("db.bureau.local")
    dialog.ui.user.setText("wang")
    dialog.ui.password.setText("secret")
    dialog.ui.tls.setCurrentIndex(1)
    chosen = dialog.chosen()
    assert chosen == "postgresql+psycopg://wang@db.bureau.local:5432/approval_desk?sslmode=require"
    assert "secret" in dialog.server_url(with_password=True).render_as_string(hide_password=False)


def test_first_admin_of_a_new_database(qtbot, engine):
    sessions = session_factory(engine)
    dialog = FirstAdminDialog(sessions, "某某行政审批服务局", "某审批")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.fullName.setText("李管理")
    dialog.verify_url.setText("https://zwfw.example.gov.cn/yz/")
    ui.password.setText("Admin@2026")
    ui.confirm.setText("Admin@2027")
    dialog.create()
    assert "不一致" in ui.message.text()
    ui.confirm.setText("Admin@2026")
    dialog.create()
    qtbot.waitUntil(lambda: dialog.username == "admin", timeout=15000)
    actor = sign_in(sessions, "admin", "Admin@2026")
    assert actor.full_name == "李管理"
    with sessions() as session:
        assert load_profile(session).verify_url == "https://zwfw.example.gov.cn/yz/"
    with sessions() as session, pytest.raises(DomainError):
        create_first_admin(session, FirstAdmin("other", "他人", "Other@2026", "x", "y"))
    with sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.StaffUser)) == 1


def test_the_reports_server_is_chosen_with_the_working_one(qtbot):
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.serverChoice.setChecked(True)
    ui.host.setText("db1.bureau.local,db2.bureau.local")
    ui.user.setText("wang")
    ui.reportingHost.setText("db2.bureau.local:5433 ,")
    ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    reporting = parse_url(dialog.chosen_reporting())
    assert server_hosts(reporting) == ["db2.bureau.local:5433"]
    assert (reporting.username, reporting.database) == ("wang", "approval_desk")
    assert reporting.password is None  # each person signs in with their own


def test_a_bad_reports_server_is_named_and_nothing_is_chosen(qtbot):
    dialog = DatabaseChoiceDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.serverChoice.setChecked(True)
    ui.host.setText("db1.bureau.local")
    ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for typed in ("db2 bureau", "db2:99999", "http://db2/"):
        ui.reportingHost.setText(typed)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert ui.message.text().startswith("报表服务器“")
    ui.reportingHost.setText("")
    ui.localChoice.setChecked(True)  # this PC only: no reports' server
    assert dialog.chosen_reporting() == ""


def test_the_remembered_reports_server_is_where_the_reports_read(qtbot, monkeypatch, tmp_path):
    from desktop.services import database
    from desktop.ui import app, first_run, settings

    monkeypatch.delenv(database.ENV_VAR, raising=False)
    monkeypatch.delenv(database.REPORTING_ENV_VAR, raising=False)  # restored afterwards
    monkeypatch.setattr(database, "default_sqlite_path", lambda: tmp_path / "none.sqlite3")
    QSettings().remove(settings.DATABASE_URL.key)  # never chosen on this PC

    def answered(dialog) -> int:  # the person fills the dialog in at the first start
        dialog.ui.serverChoice.setChecked(True)
        dialog.ui.host.setText("db1.bureau.local")
        dialog.ui.user.setText("wang")
        dialog.ui.reportingHost.setText("db2.bureau.local")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(first_run.DatabaseChoiceDialog, "exec", answered)
    try:
        working = app._configured_database(demo=False)
        assert server_hosts(parse_url(working)) == ["db1.bureau.local:5432"]
        assert settings.REPORTING_URL.get() == os.environ[database.REPORTING_ENV_VAR]
        reporting = reporting_url(parse_url(working))
        assert server_hosts(reporting) == ["db2.bureau.local:5432", "db1.bureau.local:5432"]
        assert reporting.query["target_session_attrs"] == "prefer-standby"
        monkeypatch.delenv(database.REPORTING_ENV_VAR)  # the next start reads it back
        assert app._configured_database(demo=False) == working
        assert os.environ[database.REPORTING_ENV_VAR] == settings.REPORTING_URL.get()
    finally:
        QSettings().remove(settings.DATABASE_URL.key)
        QSettings().remove(settings.REPORTING_URL.key)
