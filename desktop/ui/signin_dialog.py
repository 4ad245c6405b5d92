"""Sign-in: user and password, remembering the last user; clear messages on failure.

On PostgreSQL the name and password are the user's own database login, checked by the
server; on SQLite they are checked against the stored argon2id hash.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.actor import Actor
from desktop.services.database import DatabaseUrl, Sessions, describe
from desktop.services.server_signin import SignedIn, sign_in_anywhere
from desktop.ui.forms_generated.ui_signin import Ui_SignInDialog
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.settings import LAST_USER


class SignInDialog(QDialog):
    """Accepts once the credentials are good; `actor` is then the signed-in person, and
    `url` and `sessions` reach the database as them."""

    def __init__(self, url: DatabaseUrl, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.sessions = url, sessions
        self.actor: Actor | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.username, self.password = self.ui.username, self.ui.password
        self.message, self.buttons = self.ui.message, self.ui.buttons
        self.ui.database.setText(self.tr("数据库：%1").replace("%1", describe(url)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.username.setText(LAST_USER.get())
        (self.password if self.username.text() else self.username).setFocus()

    def try_sign_in(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.message.setText(self.tr("请输入用户名和密码"))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("正在验证……"))
        url, sessions = self.url, self.sessions
        Operation(self, lambda: sign_in_anywhere(url, sessions, username, password)).on_success(
            self._signed_in
        ).on_failure(self._refused).run()

    def _signed_in(self, signed_in: SignedIn) -> None:
        LAST_USER.set(signed_in.actor.username)
        self.actor, self.url, self.sessions = signed_in.actor, signed_in.url, signed_in.sessions
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(explain(error))
        self.password.selectAll()
        self.password.setFocus()
