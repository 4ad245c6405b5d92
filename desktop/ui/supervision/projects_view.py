"""Construction projects (工程建设项目): the project stages whose clock ran in the window's
period, each stage clock beside its cases (red overdue, yellow warned), and how many per
stage were on time, warned, overdue, blocked and done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.documents.table_export import Table
from desktop.domain.clock import WarningLevel
from desktop.services.supervision.project_stages import (
    ProjectStages,
    StageRow,
    counts_table,
    project_stages,
    stages_table,
)
from desktop.services.supervision.stats_definitions import Period
from desktop.ui.context import AppContext
from desktop.ui.labels import label
from desktop.ui.supervision.record_list_view import RecordListView

COLOURS = {WarningLevel.YELLOW: QColor("#fff3c4"), WarningLevel.RED: QColor("#fbd5d5")}


def _colour(record: Any) -> QColor | None:
    return COLOURS.get(record.level) if isinstance(record, StageRow) else None


class ProjectsView(RecordListView):
    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(context, _colour, False, parent)
        self.period = period  # the window's
        self.report: ProjectStages | None = None
        self.by_stage = False  # the per-stage counts instead of the stages
        self.add_actions(
            (
                (self.tr("项目阶段清单"), lambda: self.show_counts(False)),
                (self.tr("各阶段汇总"), lambda: self.show_counts(True)),
            )
        )
        self.layout_.addWidget(self.table, 1)

    def load_work(self, open_only: bool) -> Callable[[], list[Any]]:
        context, period = self.context, self.period
        return lambda: [context.report(project_stages, period)]

    def table_of(self, records: list[Any]) -> Table:
        report: ProjectStages = records[0]
        return counts_table(report) if self.by_stage else stages_table(report)

    def show_records(self, records: list[Any]) -> None:
        report: ProjectStages = records[0]
        self.report = report
        table = self.table_of(records)
        self.model.set_table(table, None if self.by_stage else list(report.rows))
        overdue = sum(c.overdue for c in report.counts)
        warned = sum(c.warning for c in report.counts)
        parts = [
            self.tr("%1：%2 个").replace("%1", label(c.stage)).replace("%2", str(c.stages))
            for c in report.counts
        ]
        self.note.setText(
            self.tr("%1 有 %2 个项目阶段在计时（%3）；超期 %4 个，预警 %5 个")
            .replace("%1", str(report.period))
            .replace("%2", str(len(report.rows)))
            .replace("%3", self.tr("，").join(parts))
            .replace("%4", str(overdue))
            .replace("%5", str(warned))
        )

    def show_counts(self, by_stage: bool) -> None:
        self.by_stage = by_stage
        if self.report is not None:
            self.show_records([self.report])
        else:
            self.reload()
