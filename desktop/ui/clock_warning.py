"""A warning in the status bar while this PC's clock is more than a minute off the server's:
dates with legal meaning are the server's (README, "The database as the guard")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.server_clock import ClockCheck


class ClockWarning(QLabel):
    """Hidden while the clocks agree; otherwise says both times and what counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.setVisible(False)

    def show_check(self, check: ClockCheck) -> None:
        if not check.off:
            self.setVisible(False)
            return
        minutes = round(abs(check.offset_seconds) / 60)
        text = self.tr("本机时钟比服务器快 %1 分钟") if check.offset_seconds > 0 else None
        if text is None:
            text = self.tr("本机时钟比服务器慢 %1 分钟")
        self.setText(
            self.tr("%1（本机 %2，服务器 %3）：办理时间以服务器为准，请校准本机时钟")
            .replace("%1", text.replace("%1", str(minutes)))
            .replace("%2", check.local.strftime("%H:%M"))
            .replace("%3", check.server.strftime("%H:%M"))
        )
        self.setToolTip(self.text())
        self.setVisible(True)
