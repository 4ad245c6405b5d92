"""The main window's entries to other windows, by role: user management for admins, the
audit trail for supervisors and admins, supervision for supervisors and heads. Each window's
module is imported when it is first opened, not with the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from desktop.domain.enums import Role
from desktop.services.supervision_access import can_supervise
from desktop.ui.context import AppContext


def add_admin_actions(window: QMainWindow, toolbar: QToolBar, context: AppContext) -> list[QAction]:
    """Add the entries this actor may use to the toolbar; returns them (none for most)."""
    actor = context.actor
    added: list[QAction] = []
    opened: list[object] = []  # keeps the windows alive while they are open

    def users() -> None:
        from desktop.ui.admin.users_dialog import UsersDialog

        dialog = UsersDialog(context, window)
        dialog.show()
        opened.append(dialog)

    def audit() -> None:
        from desktop.ui.admin.audit_window import AuditWindow

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


def add_supervision_action(
    window: QWidget, toolbar: QToolBar, context: AppContext
) -> QAction | None:
    """For supervisors and heads: a toolbar action (Ctrl+Shift+T) opening the supervision
    window (督办与统计); returned for the menu bar (None for others)."""
    if not can_supervise(context.actor):
        return None
    action = QAction(QCoreApplication.translate("SupervisionWindow", "督办与统计"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    action.setToolTip(
        QCoreApplication.translate(
            "SupervisionWindow", "统计看板、督办、热线投诉、好差评、抄告与绩效（Ctrl+Shift+T）"
        )
    )
    opened: list[QMainWindow] = []

    def open_window() -> None:
        from desktop.ui.supervision.window import SupervisionWindow

        if not opened or not opened[0].isVisible():
            opened[:] = [SupervisionWindow(context)]
        opened[0].show()
        opened[0].raise_()
        opened[0].activateWindow()

    action.triggered.connect(open_window)
    toolbar.addSeparator()
    toolbar.addAction(action)
    return action
