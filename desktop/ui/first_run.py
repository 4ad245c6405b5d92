"""First start on a PC: where the data lives (this PC only, or the bureau's server), and on
a new database the bureau's name and the first administrator account."""

from __future__ import annotations

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


class DatabaseChoiceDialog(QDialog):
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

    def server_url(self, with_password: bool = False) -> DatabaseUrl:
        ui = self.ui
        return server_url(
            username=ui.user.text().strip() or None,
            password=(ui.password.text() or None) if with_password else None,
            host=ui.host.text().strip(),
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

    def accept(self) -> None:
        if self.ui.serverChoice.isChecked() and not self.ui.host.text().strip():
            self.ui.message.setText(self.tr("请填写服务器地址"))
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
