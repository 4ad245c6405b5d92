"""First start on a PC: where the data lives (this PC only, or the bureau's server), and on
a new database the bureau's name and the first administrator account."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.services.admin.first_run import FirstAdmin, create_first_admin
from desktop.services.database import DatabaseUrl, Sessions, check_server, server_url
from desktop.ui.forms_generated.ui_database_choice import Ui_DatabaseChoice
from desktop.ui.forms_generated.ui_first_admin import Ui_FirstAdmin
from desktop.ui.messages import explain
from desktop.ui.operations import Operation

TLS_MODES = (
    (QT_TRANSLATE_NOOP("DatabaseChoiceDialog", "如服务器支持则加密"), "prefer"),
    (QT_TRANSLATE_NOOP("DatabaseChoiceDialog", "必须加密"), "require"),
    (QT_TRANSLATE_NOOP("DatabaseChoiceDialog", "加密并验证服务器证书"), "verify-full"),
    (QT_TRANSLATE_NOOP("DatabaseChoiceDialog", "不加密（仅限内网）"), "disable"),
)


# A server as typed in the dialog: a name or an IP address, with ":port" or not.
HOST = re.compile(r"^[A-Za-z0-9_.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$")


def bad_hosts(text: str) -> list[str]:
    """The comma-separated servers of `text` that are no host name or port."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    return [
        name
        for name in names
        if not HOST.match(name) or (":" in name and not 0 < int(name.rsplit(":", 1)[1]) < 65536)
    ]


class DatabaseChoiceDialog(QDialog):
    """Where the data lives: this PC, or the bureau's server (its standbys after a comma),
    and optionally the server the reports read from (README, "A standby")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DatabaseChoice()
        ui.setupUi(self)
        for text, mode in TLS_MODES:
            ui.tls.addItem(self.tr(text), mode)
        ui.serverChoice.toggled.connect(ui.serverBox.setEnabled)
        ui.testButton.clicked.connect(self.test_connection)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("下一步"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def server_url(self, with_password: bool = False, host: str | None = None) -> DatabaseUrl:
        """The working address; with `host`, the same login and database on that server."""
        ui = self.ui
        return server_url(
            username=ui.user.text().strip() or None,
            password=(ui.password.text() or None) if with_password else None,
            host=(ui.host.text() if host is None else host).strip(),
            port=ui.port.value(),
            database=ui.database.text().strip(),
            tls=ui.tls.currentData(),
        )

    def chosen(self) -> str:
        """What to remember: "" for the embedded database, else the server's address (no
        password: each person signs in with their own)."""
        if self.ui.localChoice.isChecked():
            return ""
        return self.server_url().render_as_string(hide_password=False)

    def chosen_reporting(self) -> str:
        """The reports' server to remember: "" for none (they read from the working
        servers, a standby among them first), else its address, with no password."""
        reporting = self.ui.reportingHost.text().strip()
        if self.ui.localChoice.isChecked() or not reporting:
            return ""
        return self.server_url(host=reporting).render_as_string(hide_password=False)

    def accept(self) -> None:
        ui = self.ui
        if ui.serverChoice.isChecked():
            if not ui.host.text().strip():
                ui.message.setText(self.tr("请填写服务器地址"))
                return
            for field, label in (
                (ui.host, self.tr("服务器地址")),
                (ui.reportingHost, self.tr("报表服务器")),
            ):
                bad = bad_hosts(field.text())
                if bad:
                    text = self.tr("%1“%2”不是有效的服务器名称（可写“名称:端口”，以逗号分隔）")
                    ui.message.setText(text.replace("%1", label).replace("%2", bad[0]))
                    field.setFocus()
                    return
        super().accept()

    def test_connection(self) -> None:
        url = self.server_url(with_password=True)
        self.ui.message.setText(self.tr("正在连接……"))
        self.ui.testButton.setEnabled(False)
        Operation(self, lambda: check_server(url)).on_success(
            lambda _: self._tested(None)
        ).on_failure(self._tested).run()

    def _tested(self, error: Exception | None) -> None:
        self.ui.testButton.setEnabled(True)
        self.ui.message.setText(self.tr("连接成功") if error is None else explain(error))


class FirstAdminDialog(QDialog):
    """Creates the first administrator; `username` is then filled in for signing in."""

    def __init__(self, sessions: Sessions, organ_name: str, prefix: str) -> None:
        super().__init__()
        self.sessions = sessions
        self.username = ""
        self.ui = ui = Ui_FirstAdmin()
        ui.setupUi(self)
        ui.organName.setText(organ_name)
        ui.numberPrefix.setText(prefix)
        # The verification page's address, printed in every QR code (may be set later).
        self.verify_url = QLineEdit(
            placeholderText=self.tr("如 https://zwfw.example.gov.cn/yz/（可稍后填写）")
        )
        ui.form.insertRow(2, self.tr("核验网址："), self.verify_url)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("建立账号"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        ui.buttons.accepted.connect(self.create)
        ui.buttons.rejected.connect(self.reject)

    def create(self) -> None:
        ui = self.ui
        if ui.password.text() != ui.confirm.text():
            ui.message.setText(self.tr("两次输入的密码不一致"))
            return
        data = FirstAdmin(
            ui.username.text(),
            ui.fullName.text(),
            ui.password.text(),
            ui.organName.text(),
            ui.numberPrefix.text(),
            self.verify_url.text(),
        )
        sessions = self.sessions
        ui.buttons.setEnabled(False)
        ui.message.setText("")

        def work() -> str:
            with sessions() as session, session.begin():
                return create_first_admin(session, data).username

        Operation(self, work).on_success(self._created).on_failure(self._failed).run()

    def _created(self, username: str) -> None:
        self.username = username
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.message.setText(explain(error))
