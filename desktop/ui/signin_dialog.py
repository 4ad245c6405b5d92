"""Sign-in: user and password, remembering the last user; clear messages on failure."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop.data.database import describe
from desktop.domain.actor import Actor
from desktop.services.auth import sign_in
from desktop.ui.operations import Operation

LAST_USER_KEY = "signin/last_user"


class SignInDialog(QDialog):
    """Accepts once the credentials are good; `actor` is then the signed-in person."""

    def __init__(
        self, url: URL, sessions: sessionmaker[Session], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.actor: Actor | None = None
        self.setWindowTitle("登录 — 审批工作台")
        self.setMinimumWidth(380)
        title = QLabel("审批工作台")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        database = QLabel(f"数据库：{describe(url)}")
        database.setWordWrap(True)
        database.setStyleSheet("color: #555;")
        self.username = QLineEdit(QSettings().value(LAST_USER_KEY, "", str))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("用户名：", self.username)
        form.addRow("密码：", self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("登录")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(database)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def try_sign_in(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.message.setText("请输入用户名和密码")
            return
        self.buttons.setEnabled(False)
        self.message.setText("正在验证……")
        Operation(self, lambda: sign_in(self.sessions, username, password)).on_success(
            self._signed_in
        ).on_failure(self._refused).run()

    def _signed_in(self, actor: Actor) -> None:
        QSettings().setValue(LAST_USER_KEY, actor.username)
        self.actor = actor
        self.accept()

    def _refused(self, error: Exception) -> None:
        from desktop.ui.messages import explain

        self.buttons.setEnabled(True)
        self.message.setText(explain(error))
        self.password.selectAll()
        self.password.setFocus()
