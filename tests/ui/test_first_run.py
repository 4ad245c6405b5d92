"""First start: choosing where the data lives, and the first administrator of a new database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.data import models as m
from desktop.data.database import session_factory
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
