"""The audit trail for supervisors and admins, in words: filter by person, action and record
kind (by their labels), case number or user name, text and days; pages load as you scroll;
the hash chain can be checked from here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.audit_chain import ChainReport
from desktop.services.audit_trail import AuditFilter, check_chain, fetch_audit_page
from desktop.services.audit_words import RECORDS, known_actions
from desktop.ui.admin.audit_model import AuditModel
from desktop.ui.composed import WORDS
from desktop.ui.context import AppContext
from desktop.ui.messages import explain
from desktop.ui.operations import Operation


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class AuditWindow(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("审计记录"))
        self.resize(1100, 640)
        self.fields = {
            name: QLineEdit(self) for name in ("actor", "entity_id", "text", "since", "until")
        }
        self.fields["since"].setPlaceholderText("YYYY-MM-DD")
        self.fields["until"].setPlaceholderText("YYYY-MM-DD")
        self.fields["entity_id"].setPlaceholderText(self.tr("办件号、文号或用户名"))
        # Actions and record kinds by their labels; the filter takes the Chinese label.
        self.action_choice = self._choice(known_actions().values())
        self.record_choice = self._choice(RECORDS.values())
        form = QGridLayout()  # two rows of filters, so the trail itself has the room
        rows = (
            (self.tr("操作人："), self.fields["actor"]),
            (self.tr("动作："), self.action_choice),
            (self.tr("对象："), self.record_choice),
            (self.tr("办件号/编号："), self.fields["entity_id"]),
            (self.tr("内容包含："), self.fields["text"]),
            (self.tr("自："), self.fields["since"]),
            (self.tr("至："), self.fields["until"]),
        )
        for place, (text, widget) in enumerate(rows):
            row, column = divmod(place, 4)
            form.addWidget(QLabel(text, self), row, 2 * column)
            form.addWidget(widget, row, 2 * column + 1)
        for column in range(1, 8, 2):
            form.setColumnStretch(column, 1)
        for field in self.fields.values():
            field.returnPressed.connect(self.search)
        for choice in (self.action_choice, self.record_choice):
            choice.activated.connect(lambda _: self.search())
        self.search_button = QPushButton(self.tr("查询"))
        self.verify_button = QPushButton(self.tr("校验哈希链"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.search_button, self.verify_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        self.model = AuditModel(
            lambda audit_filter, before: context.report(fetch_audit_page, audit_filter, before),
            self,
        )
        self.model.failed.connect(lambda error: self.status.setText(explain(error)))
        self.model.loaded.connect(
            lambda count: self.status.setText(self.tr("已加载 %1 条").replace("%1", str(count)))
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.search)
        self.verify_button.clicked.connect(self.verify)
        self.search()

    def _choice(self, labels: Iterable[object]) -> QComboBox:
        choice = QComboBox(self)
        choice.addItem(self.tr("（全部）"), "")
        seen: dict[str, str] = {}
        for words in labels:
            chinese = str(getattr(words, "label", words))
            seen.setdefault(chinese, WORDS.word(words))
        for chinese, shown in sorted(seen.items(), key=lambda pair: pair[1]):
            choice.addItem(shown, chinese)
        return choice

    def choose(self, choice: QComboBox, chinese: str) -> None:
        """Pick a label by its Chinese (as the filter takes it)."""
        choice.setCurrentIndex(max(choice.findData(chinese), 0))

    def current_filter(self) -> AuditFilter:
        text = {name: field.text() for name, field in self.fields.items()}
        return AuditFilter(
            actor=text["actor"],
            entity=self.record_choice.currentData() or "",
            entity_id=text["entity_id"],
            action=self.action_choice.currentData() or "",
            text=text["text"],
            since=_day(text["since"]),
            until=_day(text["until"]),
        )

    def search(self) -> None:
        self.status.setText(self.tr("正在查询……"))
        self.model.set_filter(self.current_filter())

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.status.setText(self.tr("正在校验哈希链……"))
        context = self.context
        Operation(self, lambda: (context.report(check_chain), context.report_lag())).on_success(
            self._verified
        ).on_failure(self._verify_failed).run()

    def _verified(self, result: tuple[ChainReport, float | None]) -> None:
        """The check's outcome; read on a standby that is behind, it says by how much (the
        entries it has not replayed yet are not in it)."""
        report, lag = result
        self.verify_button.setEnabled(True)
        if report.intact:
            text = (
                self.tr("哈希链完整：共 %1 条记录，最后一条 #%2")
                .replace("%1", str(report.checked))
                .replace("%2", str(report.last_id or "-"))
            )
        else:
            text = (
                self.tr("哈希链在第 #%1 条记录处断开：%2")
                .replace("%1", str(report.broken_id))
                .replace("%2", report.problem)
            )
        if lag is not None:
            text += self.tr("（数据来自备用服务器，约滞后 %1 秒）").replace("%1", f"{lag:.0f}")
        self.status.setText(text)

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.status.setText(explain(error))
