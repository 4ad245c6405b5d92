"""Unexpected errors: logged with their traceback, shown in a dialog that says where the log
is. The window stays open, so whatever the user has typed is still there."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import log_path

log = logging.getLogger("desktop.crash")


def describe_crash(error: BaseException) -> str:
    return (
        QCoreApplication.translate("crash", "程序出现了意外错误：%1").replace(
            "%1", f"{type(error).__name__}: {error}"
        )
        + "\n\n"
        + QCoreApplication.translate(
            "crash",
            "窗口仍可继续使用，已输入的内容没有丢失。详细信息已记录在日志文件：\n%1\n"
            "如问题反复出现，请将该文件发给系统管理员。",
        ).replace("%1", str(log_path()))
    )


def _hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None, QCoreApplication.translate("crash", "意外错误"), describe_crash(error)
        )


def install_crash_handler() -> None:
    sys.excepthook = _hook
