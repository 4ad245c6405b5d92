"""容缺受理 (容缺承诺): the period's promises kept and overdue, every promise overdue now in red
(case, material, promised day), and 发起撤销 on one whose licence went out first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.documents.table_export import Table
from desktop.services.case_core import CaseState
from desktop.services.supervision.promise_watch import (
    OverduePromise,
    PromiseFigures,
    overdue_promises,
    overdue_table,
    promise_figures,
    start_revocation,
)
from desktop.services.supervision.stats_definitions import Period
from desktop.ui.context import AppContext
from desktop.ui.supervision.record_list_view import RecordListView

OVERDUE = QColor("#fbd5d5")


def _colour(record: Any) -> QColor | None:
    return OVERDUE if isinstance(record, OverduePromise) else None


class PromisesView(RecordListView):
    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(context, _colour, False, parent)
        self.period = period  # the window's: the figures count the promises due within it
        self.figures: PromiseFigures | None = None
        self.done = ""  # what the last action did, kept above the figures it reloads
        self.add_actions(((self.tr("发起撤销……"), self.revoke),))
        self.layout_.addWidget(self.table, 1)

    def load_work(self, open_only: bool) -> Callable[[], Any]:
        context, period = self.context, self.period

        def work() -> tuple[PromiseFigures, list[OverduePromise]]:
            figures = context.report(promise_figures, period.start, period.end)
            return figures, context.read(overdue_promises)

        return work

    def table_of(self, records: list[Any]) -> Table:
        return overdue_table(records)

    def show_records(self, records: Any) -> None:
        figures, overdue = records
        self.figures = figures
        super().show_records(overdue)
        done, self.done = self.done, ""
        self.note.setText(
            (done + "\n" if done else "")
            + self.tr(
                "%1 应补交的容缺材料 %2 项：按期补交 %3 项，逾期补交 %4 项，逾期未交 %5 项，"
                "未到期 %6 项。下表（红色）为目前所有逾期未交的材料，共 %7 项。"
            )
            .replace("%1", str(self.period))
            .replace("%2", str(figures.due))
            .replace("%3", str(figures.kept))
            .replace("%4", str(figures.kept_late))
            .replace("%5", str(figures.overdue))
            .replace("%6", str(figures.open))
            .replace("%7", str(len(overdue)))
        )

    def revoke(self) -> None:
        chosen: OverduePromise | None = self.chosen(self.tr("请先选择一项逾期未交的材料"))
        if chosen is None:
            return
        if not chosen.licence_no:
            QMessageBox.information(
                self,
                self.tr("发起撤销"),
                self.tr("办件 %1 尚未发放许可证，无须撤销：请督促承办人依法处理本件。").replace(
                    "%1", chosen.case_number
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("发起撤销"),
            self.tr(
                "申请人未按承诺补交“%1”（承诺 %2 前补交）。"
                "是否对许可证 %3 发起撤销？撤销办件将进入待认领，由承办人依法审查决定。"
            )
            .replace("%1", chosen.material)
            .replace("%2", chosen.promised_on.isoformat())
            .replace("%3", chosen.licence_no),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context, promise_id = self.context, chosen.promise_id
        self.run(lambda: context.write(start_revocation, promise_id), self._revoked)

    def _revoked(self, state: CaseState) -> str:
        self.done = self.tr("已发起撤销：办件 %1 已进入待认领").replace("%1", state.number)
        return self.done
