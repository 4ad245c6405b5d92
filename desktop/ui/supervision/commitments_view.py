"""告知承诺核查: every commitment and its post-check (overdue red, 不实 pink), the period's
figures above, and recording a department's check (属实, or 不实 with the facts, which opens
the 撤销 case on the licence)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.documents.table_export import Table
from desktop.domain.commitments import CheckResult, CheckState
from desktop.services import timesource
from desktop.services.supervision.commitment_checks import (
    CheckRow,
    CommitmentFigures,
    checks_table,
    commitment_figures,
    list_checks,
    record_check,
)
from desktop.services.supervision.stats_definitions import Period
from desktop.ui.context import AppContext
from desktop.ui.operations import Operation
from desktop.ui.supervision.record_list_view import RecordListView

OVERDUE = QColor("#fbd5d5")
FALSE = QColor("#f3e0f7")
OPEN_STATES = frozenset({CheckState.OPEN, CheckState.OVERDUE})


def _colour(record: Any) -> QColor | None:
    if isinstance(record, CheckRow):
        if record.state is CheckState.OVERDUE:
            return OVERDUE
        if record.state is CheckState.FALSE:
            return FALSE
    return None


class CheckDialog(QDialog):
    """The department's check of one commitment, as reported to the supervision."""

    def __init__(self, row: CheckRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记核查结果"))
        self.resize(560, 420)
        self.conclusion = QComboBox()
        self.conclusion.addItem(self.tr("属实"), CheckResult.TRUE)
        self.conclusion.addItem(self.tr("不实"), CheckResult.FALSE)
        self.checker = QLineEdit()
        self.checker.setPlaceholderText(self.tr("核查部门的核查人员"))
        today = timesource.today()
        self.checked_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setDisplayFormat("yyyy-MM-dd")
        self.findings = QPlainTextEdit()
        self.findings.setPlaceholderText(self.tr("核查情况；不实的，写明与承诺不符的事实"))
        conditions = QLabel("；".join(row.conditions))
        conditions.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("办件："), QLabel(f"{row.case_number}　{row.item}"))
        form.addRow(self.tr("承诺条件："), conditions)
        form.addRow(self.tr("核查结论："), self.conclusion)
        form.addRow(self.tr("核查人员："), self.checker)
        form.addRow(self.tr("核查日期："), self.checked_on)
        form.addRow(self.tr("核查情况："), self.findings)
        note = QLabel(self.tr("核查不实的，将同时对其许可证立案撤销（《行政许可法》第六十九条）。"))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answers(self) -> tuple[CheckResult, str, str, date]:
        day: date = self.checked_on.date().toPython()  # type: ignore[assignment]
        return (
            CheckResult(self.conclusion.currentData()),
            self.findings.toPlainText().strip(),
            self.checker.text().strip(),
            day,
        )


class CommitmentsView(RecordListView):
    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(context, _colour, True, parent)
        self.period = period  # the window's: the figures count within it
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.add_actions(((self.tr("登记核查结果……"), self.record),))
        self.layout_.addWidget(self.figures)
        self.layout_.addWidget(self.table, 1)

    def load_work(self, open_only: bool) -> Callable[[], list[CheckRow]]:
        context, states = self.context, OPEN_STATES if open_only else None
        return lambda: context.read(list_checks, states=states)

    def table_of(self, records: list[CheckRow]) -> Table:
        return checks_table(records)

    def reload(self) -> None:
        super().reload()
        context, period = self.context, self.period
        Operation(self, lambda: context.read(commitment_figures, period)).on_success(
            self.show_figures
        ).on_failure(self.failed).run()

    def show_figures(self, figures: CommitmentFigures) -> None:
        self.figures.setText(
            self.tr(
                "%1：告知承诺 %2 件；已核查 %3 件（属实 %4 件，不实 %5 件）；"
                "逾期未核查 %6 件。当前待核查 %7 件。"
            )
            .replace("%1", str(self.period))
            .replace("%2", str(figures.made))
            .replace("%3", str(figures.checked))
            .replace("%4", str(figures.found_true))
            .replace("%5", str(figures.found_false))
            .replace("%6", str(figures.overdue))
            .replace("%7", str(figures.open_now))
        )

    def record(self) -> None:
        row = self.chosen(self.tr("请先选择要登记核查结果的承诺"))
        if row is None:
            return
        dialog = CheckDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result, findings, checker, day = dialog.answers()
        context = self.context
        self.run(
            lambda: context.write(record_check, row.id, result, findings, checker, day),
            lambda done: (
                self.tr("已登记核查结果：%1").replace("%1", row.case_number)
                + (
                    self.tr("；已立案撤销 %1").replace("%1", done.revocation_case or "")
                    if done and done.revocation_case
                    else ""
                )
            ),
        )
