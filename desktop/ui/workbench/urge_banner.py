"""The workbench's urge banner: the supervisor's urge notices on the case, and the handler's
确认收到 button (Ctrl+Shift+O) that acknowledges them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.services.cases.urging import UrgeLine, acknowledge_urge
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.workbench.case_rows import when

if TYPE_CHECKING:
    from desktop.services.cases.details import CaseDetails
    from desktop.ui.workbench.window import Workbench


class UrgeBanner(QObject):
    """Shows the case's urges that wait for acknowledgement; the handler they were sent to
    acknowledges them all at once."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.mine: list[int] = []  # the shown urges the actor may acknowledge
        bench.ui.acknowledgeButton.clicked.connect(self.acknowledge)

    def case_shown(self, details: CaseDetails) -> None:
        ui, me = self.bench.ui, self.bench.context.actor.user_id
        self.mine = [urge.id for urge in details.urges if urge.handler_id == me]
        ui.urgeBanner.setVisible(bool(details.urges))
        ui.acknowledgeButton.setVisible(bool(self.mine))
        ui.acknowledgeButton.setEnabled(True)
        if not details.urges:
            return
        if self.mine:
            title = self.tr("本件已被督办：请抓紧办理，并点“确认收到”告知督办人员")
        else:
            title = self.tr("本件已被督办，承办人%1尚未确认收到").replace(
                "%1", details.urges[0].handler or self.tr("（未认领）")
            )
        ui.urgeTitle.setText(title)
        ui.urgeText.setText("\n".join(self._line(urge) for urge in details.urges))

    def _line(self, urge: UrgeLine) -> str:
        return (
            self.tr("【%1】%2 %3：%4")
            .replace("%1", label(urge.level))
            .replace("%2", when(urge.urged_at))
            .replace("%3", urge.urged_by)
            .replace("%4", urge.message)
        )

    def acknowledge(self) -> None:
        bench, ids = self.bench, list(self.mine)
        if not ids or bench.busy:
            return
        context = bench.context
        bench.ui.acknowledgeButton.setEnabled(False)
        Operation(self, lambda: [context.write(acknowledge_urge, urge) for urge in ids]).on_success(
            lambda _: self._acknowledged()
        ).on_failure(self._failed).run()

    def _acknowledged(self) -> None:
        self.bench.urges_acknowledged.emit()
        self.bench.load()

    def _failed(self, error: Exception) -> None:
        self.bench.ui.acknowledgeButton.setEnabled(True)
        QMessageBox.warning(self.bench, self.tr("未能确认收到"), explain(error))
