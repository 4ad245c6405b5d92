"""The admin's holiday editor: one year's arrangement as lines of text. A bad line is
refused where it stands (its number, what is wrong, the line marked and the cursor on it);
nothing typed is thrown away."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar_text import CalendarTextError, format_days, parse_days
from desktop.domain.workdays import CalendarDay
from desktop.ui.messages import explain

BAD_LINE = QColor("#ffd7d7")


class HolidayYearDialog(QDialog):
    """`days` holds the checked arrangement once the dialog is accepted."""

    def __init__(
        self,
        calendar: dict[int, list[Any]],
        year: int,
        text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.days: list[CalendarDay] = []
        self.setWindowTitle(self.tr("录入节假日"))
        self.resize(560, 520)
        self.year = QSpinBox(self, minimum=2000, maximum=2045, value=year)
        self.help = QLabel(
            self.tr(
                "每行一天：日期 休/班 名称，例如\n2027-01-01 休 元旦\n2027-02-07 班 春节调休\n"
                "“休”只用于工作日的放假，“班”只用于周六、周日的调休上班。"
            ),
            self,
        )
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(text if text is not None else self._known(year))
        self.text.textChanged.connect(self._clear_mark)
        self._loaded = self.text.toPlainText()
        self.year.valueChanged.connect(self._year_changed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("年份："), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _known(self, year: int) -> str:
        return format_days(self.calendar.get(year, []))

    def _year_changed(self, year: int) -> None:
        # Another year's stored arrangement replaces the text only if nothing was typed.
        if self.text.toPlainText() == self._loaded:
            self.text.setPlainText(self._known(year))
            self._loaded = self.text.toPlainText()
        self._clear_mark()

    def check_and_accept(self) -> None:
        try:
            self.days = parse_days(self.text.toPlainText(), self.year.value())
        except CalendarTextError as error:
            self.mark_line(error.line)
            self.message.setText(explain(error))
            return
        self.accept()

    def mark_line(self, number: int) -> None:
        """Put the cursor on line `number` (from 1) and colour it, keeping all the text."""
        block = self.text.document().findBlockByNumber(number - 1)
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        marked = QTextEdit.ExtraSelection()
        marked.format.setBackground(BAD_LINE)
        marked.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        marked.cursor = cursor
        self.text.setExtraSelections([marked])
        self.text.setFocus()

    def marked_line(self) -> int | None:
        """The number of the line marked as wrong (from 1), if any."""
        marks = self.text.extraSelections()
        return marks[0].cursor.blockNumber() + 1 if marks else None

    def _clear_mark(self) -> None:
        if self.text.extraSelections():
            self.text.setExtraSelections([])
            self.message.clear()
