"""The main window's menu bar (文件, 办件, 视图, 工具, 帮助), listing every action with its
shortcut; the 快捷键 page and the 关于 dialog under 帮助."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services.database import describe
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.plain_table import PlainTableModel

Entry = QAction | None  # None: a separator


def build_menu_bar(window: QMainWindow, menus: Sequence[tuple[str, Sequence[Entry]]]) -> None:
    """One menu per (title, entries); an action hidden for this person is hidden there too."""
    bar = window.menuBar()
    for title, entries in menus:
        menu = bar.addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(entry)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, action, keys) for every visible menu action, the workbench's actions and the
    keys every dialog knows."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append(
                (
                    menu.title(),
                    action.text(),
                    keys or QCoreApplication.translate("MenuBar", "（无）"),
                )
            )
    from desktop.ui.workbench.action_inputs import SHORTCUTS  # with the workbench, not at start

    workbench = QCoreApplication.translate("MenuBar", "办理窗口")
    for kind, keys in SHORTCUTS.items():
        rows.append((workbench, label(kind), keys))
    dialogs = QCoreApplication.translate("MenuBar", "对话框")
    rows.append(
        (dialogs, QCoreApplication.translate("MenuBar", "确定（意见对话框）"), "Ctrl+Enter")
    )
    rows.append((dialogs, QCoreApplication.translate("MenuBar", "取消、关闭（含文书预览）"), "Esc"))
    return rows


class ShortcutsDialog(QDialog):
    """The 快捷键 help page: every action this person has, with its keys."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("MenuBar", "快捷键"))
        self.resize(640, 620)
        self.model = PlainTableModel(
            (
                QCoreApplication.translate("MenuBar", "位置"),
                QCoreApplication.translate("MenuBar", "操作"),
                QCoreApplication.translate("MenuBar", "快捷键"),
            ),
            self,
        )
        self.model.set_rows(shortcut_rows(window))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(QCoreApplication.translate("MenuBar", "菜单中的每项操作也可用下列按键完成："))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def about_text(context: AppContext) -> str:
    url = context.url
    kind = (
        QCoreApplication.translate("MenuBar", "PostgreSQL 服务器")
        if url.get_backend_name() == "postgresql"
        else QCoreApplication.translate("MenuBar", "内置数据库（SQLite）")
    )
    return (
        QCoreApplication.translate("MenuBar", "审批工作台 %1").replace("%1", __version__)
        + "\n\n"
        + QCoreApplication.translate(
            "MenuBar", "行政审批服务局后台审批：分类审批、现场踏勘、制证出件、督办统计。"
        )
        + "\n\n"
        + QCoreApplication.translate("MenuBar", "数据库：%1").replace("%1", kind)
        + "\n"
        + describe(url)
        + "\n"
        + QCoreApplication.translate("MenuBar", "当前用户：%1（%2）")
        .replace("%1", context.actor.full_name)
        .replace("%2", context.actor.username)
    )


def show_about(parent: QWidget, context: AppContext) -> QMessageBox:
    """The 关于 dialog, opened window-modal (the caller goes on; tests read it)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MenuBar", "关于审批工作台"),
        about_text(context),
        parent=parent,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
