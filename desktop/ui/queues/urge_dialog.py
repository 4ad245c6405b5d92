"""The urge dialog (督办): which case, whose, how late, and the supervisor's words in a
box tall enough to read and edit all of them; it cannot be sent empty."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases.queue_rows import QueueRow


class UrgeDialog(QDialog):
    def __init__(self, row: QueueRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("督办 %1").replace("%1", row.number))
        summary = QLabel(self._summary(row))
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: bold;")
        prompt = QLabel(self.tr("督办意见（要求承办人何时完成什么）："))
        self.message = QPlainTextEdit(
            self.tr("本件已超过（或即将超过）承诺时限，请抓紧办理并说明原因。")
        )
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(150)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send.setText(self.tr("发出督办"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(prompt)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.message.textChanged.connect(self._check)
        self._check()
        self.message.setFocus()
        self.message.selectAll()  # the usual words, ready to be typed over
        self.resize(560, 340)

    def _summary(self, row: QueueRow) -> str:
        if row.remaining_days is None:
            when = self.tr("计时暂停")
        elif row.remaining_days < 0:
            when = self.tr("已超期 %1 个工作日").replace("%1", str(-row.remaining_days))
        else:
            when = self.tr("剩余 %1 个工作日").replace("%1", str(row.remaining_days))
        handler = row.handler or self.tr("（未认领）")
        return (
            self.tr("%1 · %2\n承办人：%3 · %4")
            .replace("%1", row.number)
            .replace("%2", row.item)
            .replace("%3", handler)
            .replace("%4", when)
        )

    def text(self) -> str:
        return self.message.toPlainText().strip()

    def _check(self) -> None:
        empty = not self.text()
        self.send.setEnabled(not empty)
        self.hint.setText(self.tr("请填写督办意见：要求承办人何时完成什么") if empty else "")


def ask_urge(dialog: UrgeDialog) -> str | None:
    """The words to send, or None when cancelled."""
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
