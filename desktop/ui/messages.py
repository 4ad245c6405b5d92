"""Errors from the layers below, turned into words that say what to do."""

from __future__ import annotations

import logging

import sqlalchemy as sa
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.data.faults import is_permission_denied, server_message
from desktop.domain.errors import Explained
from desktop.ui.composed import say

log = logging.getLogger("desktop.ui")

CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "errors", "与数据库的连接中断：请检查网络，稍后重试（已输入的内容不会丢失）"
)
REFUSED = QT_TRANSLATE_NOOP("errors", "数据库拒绝了此操作（您没有相应权限）：%1")
UNEXPECTED = QT_TRANSLATE_NOOP("errors", "发生意外错误：%1。请将日志发给系统管理员")


def explain(error: BaseException) -> str:
    """What went wrong, in the UI language, for a message box or a banner."""
    if isinstance(error, Explained):
        return say(error)
    if is_permission_denied(error):
        return QCoreApplication.translate("errors", REFUSED).replace("%1", server_message(error))
    if isinstance(error, sa.exc.OperationalError | sa.exc.InterfaceError):
        return QCoreApplication.translate("errors", CONNECTION_LOST)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate("errors", UNEXPECTED).replace("%1", str(error))
