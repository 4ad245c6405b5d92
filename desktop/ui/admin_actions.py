"""The main window's administration entries, by role: user management for admins, the
audit trail for supervisors and admins."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from desktop.domain.enums import Role
from desktop.ui.context import AppContext


def add_admin_actions(window: QMainWindow, toolbar: QToolBar, context: AppContext) -> list[QAction]:
    """Add the entries this actor may use to the toolbar; returns them (none for most)."""
    actor = context.actor
    added: list[QAction] = []
    opened: list[object] = []  # keeps the windows alive while they are open

    def users() -> None:
        from desktop.ui.users_dialog import UsersDialog

        dialog = UsersDialog(context, window)
        dialog.show()
        opened.append(dialog)

    def audit() -> None:
        from desktop.ui.audit_window import AuditWindow

        trail = AuditWindow(context)
        trail.show()
        opened.append(trail)

    if actor.has(Role.ADMIN):
        added.append(QAction(window.tr("用户管理"), window, triggered=users))
    if actor.has(Role.ADMIN) or actor.has(Role.SUPERVISOR):
        added.append(QAction(window.tr("审计记录"), window, triggered=audit))
    if added:
        toolbar.addSeparator()
        for action in added:
            toolbar.addAction(action)
    return added
