"""Errors from the layers below, turned into words that say what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import Explained
from desktop.services.faults import FaultKind, as_explained, classify
from desktop.ui.composed import say

log = logging.getLogger("desktop.ui")

CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "errors", "与数据库的连接中断：请检查网络，稍后重试（已输入的内容不会丢失）"
)
REFUSED = QT_TRANSLATE_NOOP("errors", "数据库拒绝了此操作（您没有相应权限）：%1")
UNEXPECTED = QT_TRANSLATE_NOOP("errors", "发生意外错误：%1。请将日志发给系统管理员")


def explain(error: BaseException) -> str:
    """What went wrong, in the UI language, for a message box or a banner: the fault's kind
    decides the words (translated here), and a real bug is logged."""
    fault = classify(error)
    if fault is None:
        log.error("unexpected error", exc_info=error)
        return QCoreApplication.translate("errors", UNEXPECTED).replace("%1", str(error))
    if fault.kind is FaultKind.EXPLAINED:
        explained = error if isinstance(error, Explained) else as_explained(error)
        return say(explained) if explained is not None else fault.words
    if fault.kind is FaultKind.REFUSED:
        return QCoreApplication.translate("errors", REFUSED).replace("%1", fault.detail)
    return QCoreApplication.translate("errors", CONNECTION_LOST)
