"""The administration window's 督办时限 page: ticket answer days per kind, the poor-rating
follow-up days and the result-notice receipt days, checked as the admin types, saved
(audited) through the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QSpinBox

from desktop.domain.enums import TicketKind
from desktop.services.supervision.settings import (
    DEFAULT_SETTINGS,
    MOST_DAYS,
    SupervisionSettings,
    limits_problem,
    load_supervision_settings,
    save_supervision_settings,
)
from desktop.ui.composed import say
from desktop.ui.messages import explain
from desktop.ui.operations import run_with_status

if TYPE_CHECKING:
    from desktop.ui.admin.window import AdminWindow

# Wide enough to type a wrong number, so the page can say what to type instead.
TYPEABLE_DAYS = 999


class SupervisionLimits(QObject):
    def __init__(self, window: AdminWindow) -> None:
        super().__init__(window)
        self.window, self.ui = window, window.ui
        ui = self.ui
        self.answer_days = {kind: self._days() for kind in TicketKind}
        self.follow_up_days, self.receipt_days = self._days(), self._days()
        names = {
            TicketKind.HOTLINE: (
                self.tr("热线咨询答复时限："),
                self.tr("热线咨询登记后，须在这些工作日内答复来电人"),
            ),
            TicketKind.COMPLAINT: (
                self.tr("投诉答复时限："),
                self.tr("投诉登记后，须在这些工作日内答复投诉人"),
            ),
        }
        for kind, spin in self.answer_days.items():
            text, tip = names[kind]
            spin.setToolTip(tip)
            ui.limitsForm.addRow(text, spin)
        self.follow_up_days.setToolTip(self.tr("差评登记后，须在这些工作日内整改并回访申请人"))
        ui.limitsForm.addRow(self.tr("差评整改回访时限："), self.follow_up_days)
        self.receipt_days.setToolTip(
            self.tr("抄告发出后超过这些工作日仍未登记回执的，标为逾期未确认")
        )
        ui.limitsForm.addRow(self.tr("抄告回执时限："), self.receipt_days)
        ui.limitsHelp.setText(ui.limitsHelp.text().replace("%1", str(MOST_DAYS)))
        defaults = (
            *(DEFAULT_SETTINGS.answer_days(kind) for kind in TicketKind),
            DEFAULT_SETTINGS.follow_up_days,
            DEFAULT_SETTINGS.receipt_days,
        )
        tip = ui.defaultLimits.toolTip()
        for number, days in enumerate(defaults, start=1):
            tip = tip.replace(f"%{number}", str(days))
        ui.defaultLimits.setToolTip(tip)
        ui.defaultLimits.clicked.connect(lambda: self.show(DEFAULT_SETTINGS))
        ui.saveLimits.clicked.connect(self.save)

    def _days(self) -> QSpinBox:
        spin = QSpinBox(minimum=0, maximum=TYPEABLE_DAYS)
        spin.setSuffix(self.tr(" 个工作日"))
        spin.valueChanged.connect(lambda _: self.check())
        return spin

    def load(self) -> None:
        context = self.window.context
        run_with_status(
            self,
            self.ui.status,
            self.tr("正在读取……"),
            lambda: context.read(lambda session, _actor: load_supervision_settings(session)),
            self.show,
            self._failed,
        )

    def settings(self) -> SupervisionSettings:
        """The limits as entered on the page."""
        return SupervisionSettings(
            ticket_answer_days={k.value: s.value() for k, s in self.answer_days.items()},
            follow_up_days=self.follow_up_days.value(),
            receipt_days=self.receipt_days.value(),
        )

    def show(self, settings: SupervisionSettings) -> None:
        for kind, spin in self.answer_days.items():
            spin.setValue(settings.answer_days(kind))
        self.follow_up_days.setValue(settings.follow_up_days)
        self.receipt_days.setValue(settings.receipt_days)
        self.check()

    def check(self) -> bool:
        """Say what to correct, and allow saving only when nothing needs correcting."""
        problem = limits_problem(self.settings())
        self.ui.limitsProblem.setText(say(problem) if problem is not None else "")
        self.ui.limitsProblem.setVisible(problem is not None)
        self.ui.saveLimits.setEnabled(problem is None)
        return problem is None

    def save(self) -> None:
        if not self.check():
            return
        context, settings = self.window.context, self.settings()
        run_with_status(
            self,
            self.ui.status,
            self.tr("正在保存……"),
            lambda: context.write(save_supervision_settings, settings),
            self._saved,
            self._failed,
        )

    def _saved(self, settings: SupervisionSettings) -> None:
        self.show(settings)
        self.ui.status.setText(self.tr("督办时限已保存，此后登记的工单和差评按新时限计算"))

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("督办时限"), explain(error))
