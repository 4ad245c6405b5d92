"""Tells the windows when a database call is being retried after a fault, so they can say
"connection lost, retrying" while the work goes on by itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger("desktop.ui")


class ConnectionWatch(QObject):
    """Lives on the UI thread. Worker threads call `report`; the windows hear `retrying` on
    the UI thread (the report crosses threads to this object, never to a window that may be
    closing)."""

    retrying = Signal(str)
    _reported = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._reported.connect(self._announce)

    def report(self, attempt: int, error: BaseException) -> None:
        log.info("retrying a database call (attempt %d): %s", attempt, error)
        self._reported.emit(attempt)

    def _announce(self, attempt: int) -> None:
        text = self.tr("与数据库的连接中断或冲突，正在自动重试（第 %1 次）……")
        self.retrying.emit(text.replace("%1", str(attempt)))


_watch: ConnectionWatch | None = None


def connection_watch() -> ConnectionWatch:
    """The one watch, made on the UI thread by the first window that asks."""
    global _watch
    if _watch is None:
        _watch = ConnectionWatch()
        app = QCoreApplication.instance()
        if app is not None and _watch.thread() != app.thread():
            _watch.moveToThread(app.thread())  # made by a worker first: hand it over
    return _watch


def report_retry(attempt: int, error: BaseException) -> None:
    connection_watch().report(attempt, error)
