"""The admin's user screen and the supervisor's audit trail, as the people who use them
(on PostgreSQL signed in with their own logins)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Role
from desktop.domain.guards import NotAllowed
from desktop.services.admin.users import list_accounts
from desktop.services.audit_trail import AuditFilter, fetch_audit_page
from desktop.services.auth import SignInFailed
from desktop.services.demo.people import DEMO_PASSWORD
from desktop.services.server_signin import sign_in_anywhere, uses_logins
from desktop.ui.admin.audit_model import AuditModel
from desktop.ui.admin.audit_window import AuditWindow
from desktop.ui.admin.users_dialog import AccountForm, UsersDialog
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow

WAIT = 15000


def signed_in(context: AppContext, username: str, password: str = DEMO_PASSWORD) -> AppContext:
    who = sign_in_anywhere(context.url, context.sessions, username, password)
    return AppContext(who.url, who.sessions, who.actor)


@pytest.mark.parametrize(
    ("username", "entries"),
    [("admin", ["用户管理", "审计记录"]), ("super1", ["审计记录"]), ("eng1", [])],
)
def test_administration_entries_by_role(qtbot, demo_context, username, entries):
    window = MainWindow(signed_in(demo_context, username))
    qtbot.addWidget(window)
    assert [action.text() for action in window.admin_actions] == entries


def test_the_admin_creates_re_roles_and_disables_a_user(qtbot, monkeypatch, demo_context):
    admin = signed_in(demo_context, "admin")
    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 30, timeout=WAIT)
    answers = [
        {"username": "newclerk1", "full_name": "新制证员", "roles": {Role.CLERK}},
        {"roles": {Role.CLERK, Role.SUPERVISOR}},
    ]

    def fill(form: AccountForm) -> int:
        given = answers.pop(0)
        form.username.setText(given.get("username", ""))
        form.full_name.setText(given.get("full_name", ""))
        for role, box in form.role_boxes.items():
            box.setChecked(role in given["roles"])
        form.password.setText("Newclerk#2026")
        form.again.setText("Newclerk#2026")
        form._check()
        return form.result()

    monkeypatch.setattr(AccountForm, "exec", fill)
    dialog.add()
    qtbot.waitUntil(lambda: "已创建" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(a.username == "newclerk1" for a in dialog.accounts), timeout=WAIT)
    row = next(i for i, a in enumerate(dialog.accounts) if a.username == "newclerk1")
    dialog.table.selectRow(row)
    dialog.change_roles()
    qtbot.waitUntil(lambda: "已设置" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: any(len(a.roles) == 2 for a in dialog.accounts if a.username == "newclerk1"),
        timeout=WAIT,
    )
    newcomer = signed_in(demo_context, "newclerk1", "Newclerk#2026")
    assert newcomer.actor.roles == {Role.CLERK, Role.SUPERVISOR}
    if uses_logins(demo_context.url):  # the roles are the login's group roles there
        newcomer.sessions.kw["bind"].dispose()
    dialog.table.selectRow(row)
    dialog.toggle_active()
    qtbot.waitUntil(lambda: "已更新" in dialog.status.text(), timeout=WAIT)
    # The list reloads: let it finish while the dialog is still there.
    qtbot.waitUntil(
        lambda: any(a.username == "newclerk1" and not a.active for a in dialog.accounts),
        timeout=WAIT,
    )
    accounts = {a.username: a for a in admin.read(list_accounts)}
    assert not accounts["newclerk1"].active
    with pytest.raises(SignInFailed):
        signed_in(demo_context, "newclerk1", "Newclerk#2026")


def test_the_supervisor_browses_filters_and_checks_the_trail(qtbot, qtmodeltester, demo_context):
    supervisor = signed_in(demo_context, "super1")
    window = AuditWindow(supervisor)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    qtmodeltester.check(window.model)
    window.choose(window.action_choice, "登录")
    window.search()
    qtbot.waitUntil(
        lambda: (
            window.model.rowCount() > 0
            and all(
                window.model.row_at(r).action == "sign_in" for r in range(window.model.rowCount())
            )
        ),
        timeout=WAIT,
    )
    # In words: the action's label and the user's name, not the code and the table's id.
    assert window.model.index(0, 3).data() == "登录"
    assert window.model.index(0, 4).data() == "用户"
    assert "（" in window.model.index(0, 5).data()  # 姓名（用户名）
    window.verify()
    qtbot.waitUntil(lambda: "完整" in window.status.text(), timeout=WAIT)


def test_a_handler_is_refused_the_trail(qtbot, demo_context):
    handler = signed_in(demo_context, "eng1")
    model = AuditModel(lambda query, before: handler.read(fetch_audit_page, query, before))
    failures: list[Exception] = []
    model.failed.connect(failures.append)
    model.set_filter(AuditFilter())
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
    assert isinstance(failures[0], NotAllowed)


def test_the_trail_checked_on_a_standby_behind_says_so(qtbot, demo_context, monkeypatch):
    """Read on a standby 12 seconds behind (README, "A standby"), the check names the lag."""
    supervisor = signed_in(demo_context, "super1")
    monkeypatch.setattr(AppContext, "report_lag", lambda self: 12.0)
    window = AuditWindow(supervisor)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)  # its first page
    qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "完整" in window.status.text(), timeout=WAIT)
    window.resize(1366, 768)
    window.grab().save("/tmp/i22ha-audit-lag.png")
    assert "数据来自备用服务器，约滞后 12 秒" in window.status.text(), window.status.text()
