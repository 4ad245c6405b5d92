"""Licences (许可证到期): the licences in force that expire within the days chosen, to remind
their holders (exported for SMS or letters), and any licence's versions by its number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QInputDialog, QLabel, QSpinBox, QWidget

from desktop.documents.table_export import Table
from desktop.services.documents.licence_book import (
    MAX_DAYS,
    Expiring,
    LicenceVersion,
    expiring,
    expiring_between,
    expiring_table,
    expiring_title,
    licence_versions,
    versions_table,
)
from desktop.services.supervision.stats_definitions import Period
from desktop.ui.context import AppContext
from desktop.ui.export_actions import save_table
from desktop.ui.operations import Operation
from desktop.ui.supervision.record_list_view import RecordListView

DEFAULT_DAYS = 60
SOON_DAYS = 30  # within these the renewal can no longer be applied for in time
TOO_LATE = QColor("#fbd5d5")


def _colour(record: Any) -> QColor | None:
    if isinstance(record, Expiring) and record.days_left < SOON_DAYS:
        return TOO_LATE
    return None


class LicencesView(RecordListView):
    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(context, _colour, False, parent)
        self.period = period  # the window's: "in the period" lists what ends within it
        self.in_period = QCheckBox(self.tr("改为统计期间内到期"))
        self.in_period.toggled.connect(self.reload)
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" 天内到期"))
        self.days.editingFinished.connect(self.reload)
        self.buttons.insertWidget(0, QLabel(self.tr("有效许可证：")))
        self.buttons.insertWidget(1, self.days)
        self.buttons.insertWidget(2, self.in_period)
        self.showing: str | None = None  # a licence's number while its versions are shown
        self.add_actions(
            (
                (self.tr("到期提醒"), self.show_expiring),
                (self.tr("查看许可证……"), lambda: self.show_licence()),
                (self.tr("导出提醒名单……"), self.export_reminders),
            )
        )
        self.layout_.addWidget(self.table, 1)

    def load_work(self, open_only: bool) -> Callable[[], list[Any]]:
        context, days, number, period = self.context, self.days.value(), self.showing, self.period
        if number is not None:
            return lambda: context.read(licence_versions, number)
        if self.in_period.isChecked():
            return lambda: context.read(expiring_between, period.start, period.end)
        return lambda: context.read(expiring, days)

    def title(self) -> str:
        if self.in_period.isChecked():
            return self.tr("%1 到期的许可证").replace("%1", str(self.period))
        return expiring_title(self.days.value())

    def table_of(self, records: list[Any]) -> Table:
        if self.showing is not None:
            return versions_table(records)
        return expiring_table(records, self.title())

    def show_records(self, records: list[Any]) -> None:
        super().show_records(records)
        if self.showing is not None:
            current: LicenceVersion = records[-1]
            self.note.setText(
                self.tr("许可证 %1：%2，共 %3 个版本")
                .replace("%1", current.licence_no)
                .replace("%2", current.status.label)
                .replace("%3", str(len(records)))
            )
        elif self.in_period.isChecked():
            self.note.setText(
                self.tr("%1 有 %2 张许可证到期（未延续、未变更）")
                .replace("%1", str(self.period))
                .replace("%2", str(len(records)))
            )
        else:
            self.note.setText(
                self.tr("%1 张有效许可证将在 %2 天内到期（红色：已不足三十天，来不及申请延续）")
                .replace("%1", str(len(records)))
                .replace("%2", str(self.days.value()))
            )

    def show_expiring(self) -> None:
        self.showing = None
        self.reload()

    def show_licence(self, number: str | None = None) -> None:
        """A licence's versions: the number typed, or the selected row's."""
        if number is None:
            index = self.table.currentIndex()
            chosen = self.model.object_at(index.row()) if index.isValid() else None
            suggested = chosen.version.licence_no if isinstance(chosen, Expiring) else ""
            number, ok = QInputDialog.getText(
                self, self.tr("查看许可证"), self.tr("许可证编号或文号："), text=suggested
            )
            if not ok or not number.strip():
                return
        context, wanted = self.context, number.strip()

        def shown(records: list[LicenceVersion]) -> None:
            self.showing = wanted
            self.show_records(records)

        Operation(self, lambda: context.read(licence_versions, wanted)).on_success(
            shown
        ).on_failure(self.failed).run()

    def export_reminders(self) -> None:
        work_load, title = self.load_work(False), self.title()
        if self.showing is not None:
            context, days = self.context, self.days.value()
            work_load, title = (lambda: context.read(expiring, days)), expiring_title(days)

        def work() -> Table:
            return expiring_table(work_load(), title)

        save_table(self, work, self.tr("许可证到期提醒"), "xlsx", self.note.setText)
