"""The supervision window's 工作报告 button: the period report as PDF or Excel, built off the
UI thread with a progress bar in the status bar (the same content as `approval-desk report`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from desktop.domain.errors import DomainError
from desktop.services.supervision.report_content import make_report
from desktop.ui.messages import explain
from desktop.ui.operations import Operation

if TYPE_CHECKING:
    from desktop.ui.supervision.window import SupervisionWindow


class PeriodReportAction(QObject):
    def __init__(self, window: SupervisionWindow) -> None:
        super().__init__(window)
        self.window = window
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        window.statusBar().addPermanentWidget(self.progress)

    def run(self, path: str | None = None) -> None:
        """Ask where to save (PDF or Excel by the name), then build and write the report."""
        window = self.window
        try:
            period = window.period()
        except DomainError as error:
            window.statusBar().showMessage(explain(error))
            return
        if path is None:
            suggested = f"工作情况报告-{period}.pdf".replace(" ", "")
            path, _ = QFileDialog.getSaveFileName(
                window,
                self.tr("生成工作报告"),
                suggested,
                self.tr("PDF 报告 (*.pdf);;Excel 数据表 (*.xlsx)"),
            )
        if not path:
            return
        target = Path(path)
        kind = target.suffix.lower().lstrip(".")
        if kind not in ("pdf", "xlsx"):
            target, kind = target.with_name(target.name + ".pdf"), "pdf"
        context = self.window.context
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        window.statusBar().showMessage(
            self.tr("正在生成 %1 的工作报告……").replace("%1", str(period))
        )

        def work(report):  # type: ignore[no-untyped-def]
            target.write_bytes(context.report(make_report, period, kind, report))
            return target

        Operation(self, work).with_progress(self._step).on_success(self._saved).on_failure(
            self._failed
        ).run()

    def _step(self, report: tuple[int, int]) -> None:
        self.progress.setRange(0, report[1])
        self.progress.setValue(report[0])

    def _saved(self, path: Path) -> None:
        self.progress.setVisible(False)
        self.window.statusBar().showMessage(self.tr("工作报告已保存到 %1").replace("%1", str(path)))

    def _failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("未能生成工作报告"), explain(error))
