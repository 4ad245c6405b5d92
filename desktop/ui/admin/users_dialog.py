"""The admin's user screen: list accounts; create, disable or enable, re-role, reset passwords.
Every change runs off the UI thread through the services (and on PostgreSQL through the
database's user-administration functions)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Role
from desktop.services.admin import users
from desktop.services.admin.users import StaffAccount
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import PlainTableModel


class AccountForm(QDialog):
    """Name, roles and password fields, as a task needs them."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        *,
        identity: bool = False,
        roles: frozenset[Role] | None = None,
        password: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.username, self.full_name = QLineEdit(self), QLineEdit(self)
        if identity:
            form.addRow(self.tr("用户名："), self.username)
            form.addRow(self.tr("姓名："), self.full_name)
        self.role_boxes: dict[Role, QCheckBox] = {}
        if roles is not None:
            for role in Role:
                box = QCheckBox(label(role), self)
                box.setChecked(role in roles)
                self.role_boxes[role] = box
                form.addRow("", box)
        self.password, self.again = QLineEdit(self), QLineEdit(self)
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        if password:
            form.addRow(self.tr("密码："), self.password)
            form.addRow(self.tr("再输入一次："), self.again)
        self.message = QLabel(self)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._needs_password = password

    def chosen_roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def _check(self) -> None:
        if self._needs_password and self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            return
        self.accept()


class UsersDialog(QDialog):
    """Opened from the main window, for admins only."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("用户管理"))
        self.resize(760, 480)
        self.accounts: list[StaffAccount] = []
        self.model = PlainTableModel(
            (
                self.tr("用户名"),
                self.tr("姓名"),
                self.tr("部门"),
                self.tr("角色"),
                self.tr("状态"),
            )
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("新建用户…"), self.add),
            (self.tr("停用/启用"), self.toggle_active),
            (self.tr("设置角色…"), self.change_roles),
            (self.tr("重设密码…"), self.reset_password),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.reload()

    def reload(self) -> None:
        context = self.context
        Operation(self, lambda: context.read(users.list_accounts)).on_success(
            self._show
        ).on_failure(self._failed).run()

    def _show(self, accounts: list[StaffAccount]) -> None:
        self.accounts = accounts
        self.model.set_rows(
            [
                (
                    a.username,
                    a.full_name,
                    a.department,
                    "、".join(label(role) for role in a.roles),
                    self.tr("在职") if a.active else self.tr("已停用"),
                )
                for a in accounts
            ]
        )

    def selected(self) -> StaffAccount | None:
        index = self.table.currentIndex()
        return self.accounts[index.row()] if index.isValid() else None

    def _run(self, done: str, work) -> None:  # type: ignore[no-untyped-def]
        self.status.setText(self.tr("正在保存……"))
        Operation(self, work).on_success(lambda _: self._done(done)).on_failure(self._failed).run()

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.status.setText(explain(error))
        QMessageBox.warning(self, self.tr("未能完成"), explain(error))

    def add(self) -> None:
        form = AccountForm(
            self, self.tr("新建用户"), identity=True, roles=frozenset(), password=True
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        context = self.context
        username, name = form.username.text(), form.full_name.text()
        roles, password = form.chosen_roles(), form.password.text()
        self._run(
            self.tr("已创建用户 %1").replace("%1", username),
            lambda: context.write(users.add_account, username, name, roles, password),
        )

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        context, active = self.context, not account.active
        self._run(
            self.tr("已更新用户 %1").replace("%1", account.username),
            lambda: context.write(users.set_active, account.username, active),
        )

    def change_roles(self) -> None:
        account = self.selected()
        if account is None:
            return
        form = AccountForm(
            self,
            self.tr("%1 的角色").replace("%1", account.full_name),
            roles=frozenset(account.roles),
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        context, roles = self.context, form.chosen_roles()
        self._run(
            self.tr("已设置 %1 的角色").replace("%1", account.username),
            lambda: context.write(users.set_roles, account.username, roles),
        )

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        form = AccountForm(
            self, self.tr("重设 %1 的密码").replace("%1", account.full_name), password=True
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        context, password = self.context, form.password.text()
        self._run(
            self.tr("已重设 %1 的密码").replace("%1", account.username),
            lambda: context.write(users.reset_password, account.username, password),
        )
