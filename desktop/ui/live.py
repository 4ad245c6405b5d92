"""Live updates for the windows: PostgreSQL notifications, or polling on SQLite."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.database import DatabaseUrl, listen_for_case_changes

POLL_MS = 2000  # SQLite: changes by others show within two seconds
SAFETY_POLL_MS = 15000  # PostgreSQL: notifications do the work; polling only as a safety net


class LiveUpdates(QObject):
    """Emits `changed(ids)` for changed cases (None: anything may have changed) and `tick`
    whenever the windows should poll."""

    changed = Signal(object)
    tick = Signal()

    def __init__(self, url: DatabaseUrl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listen_for_case_changes(url, self.changed.emit)
        self.notifying = self._listener is not None
        self._timer = QTimer(self)
        self._timer.setInterval(SAFETY_POLL_MS if self.notifying else POLL_MS)
        self._timer.timeout.connect(self.tick.emit)

    def start(self) -> None:
        if self._listener is not None:
            self._listener.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
