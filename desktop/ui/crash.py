"""Unexpected errors: logged with their traceback, shown in a calm dialog that says the work
typed so far is safe, where the log is, and offers to open its folder or copy the details
for the administrator. The window stays open, so whatever the user has typed is still there."""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.logs import log_path

log = logging.getLogger("desktop.crash")


class CrashDialog(QDialog):
    """What went wrong, in words; the Python details only behind 显示详细信息."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("意外错误"))
        self.setMinimumWidth(640)
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48)
        )
        self.explanation = QLabel(
            self.tr(
                "程序在处理刚才的操作时遇到了意外问题，这一步没有完成。\n"
                "窗口仍可继续使用，已输入的内容没有丢失；可以稍后重试这一步。\n"
                "如问题反复出现，请将下面的日志文件（或“复制详细信息”的内容）发给系统管理员。"
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.log_file = QLabel(self.tr("日志文件：%1").replace("%1", str(log_path())), self)
        self.log_file.setWordWrap(True)
        self.log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        texts = QVBoxLayout()
        texts.addWidget(self.explanation)
        texts.addWidget(self.log_file)
        top.addLayout(texts, 1)
        self.detail_view = QPlainTextEdit(details, self)
        self.detail_view.setReadOnly(True)
        self.detail_view.setVisible(False)
        self.detail_view.setMinimumHeight(180)
        self.show_details = QPushButton(self.tr("显示详细信息"), self)
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.open_folder = QPushButton(self.tr("打开日志文件夹"), self)
        self.open_folder.clicked.connect(self.open_log_folder)
        self.copy = QPushButton(self.tr("复制详细信息"), self)
        self.copy.clicked.connect(self.copy_details)
        self.copied = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("关闭"))
        self.close_button.setDefault(True)
        row = QHBoxLayout()
        for button in (self.show_details, self.open_folder, self.copy):
            row.addWidget(button)
        row.addWidget(self.copied, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.detail_view, 1)
        layout.addLayout(row)

    def _toggle_details(self, shown: bool) -> None:
        self.detail_view.setVisible(shown)
        self.show_details.setText(self.tr("隐藏详细信息") if shown else self.tr("显示详细信息"))
        self.adjustSize()

    def open_log_folder(self) -> None:
        folder = log_path().parent
        with contextlib.suppress(OSError):  # the shell says so itself if it cannot open it
            folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def copy_details(self) -> None:
        text = self.tr("日志文件：%1").replace("%1", str(log_path())) + "\n\n" + self.details
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("已复制"))


_showing: list[CrashDialog] = []  # one dialog at a time: errors that follow it are logged only


def show_crash(details: str) -> None:
    if _showing:
        return
    dialog = CrashDialog(details, QApplication.activeWindow())
    _showing.append(dialog)
    try:
        dialog.exec()
    finally:
        _showing.clear()
        dialog.deleteLater()


def _hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is not None:
        show_crash(details)


def install_crash_handler() -> None:
    sys.excepthook = _hook
