"""Tells the windows when a database call is being retried after a fault, so they can say
"connection lost, retrying" while the work goes on by itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ConnectionWatch(QObject):
    """`retrying(text)` is emitted from worker threads; Qt delivers it on the UI thread."""

    retrying = Signal(str)

    def report(self, attempt: int, error: BaseException) -> None:
        text = self.tr("与数据库的连接中断或冲突，正在自动重试（第 %1 次）……")
        self.retrying.emit(text.replace("%1", str(attempt)))
        del error  # the log has it (desktop.services.transactions)


_watch: ConnectionWatch | None = None


def connection_watch() -> ConnectionWatch:
    """The one watch (first made on the UI thread, by the first window)."""
    global _watch
    if _watch is None:
        _watch = ConnectionWatch()
    return _watch


def report_retry(attempt: int, error: BaseException) -> None:
    connection_watch().report(attempt, error)
