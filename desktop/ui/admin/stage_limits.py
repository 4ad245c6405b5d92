"""The administration window's 督办时限 page, its 工程建设项目阶段时限 box: the working days of
each construction project stage, checked as the admin types (each at least one, together
within the national cap), saved (audited) through the service; the stage clocks read them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain.projects import (
    NATIONAL_CAP_DAYS,
    STAGE_LIMIT_DAYS,
    ProjectStage,
    stage_limits_problem,
)
from desktop.services.cases.stage_limits import load_stage_limits, save_stage_limits
from desktop.ui.composed import say
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import run_with_status

if TYPE_CHECKING:
    from desktop.ui.admin.window import AdminWindow

TYPEABLE_DAYS = 999  # wide enough to type a wrong number, so the box can say what to fix


class StageLimits(QObject):
    def __init__(self, window: AdminWindow) -> None:
        super().__init__(window)
        self.window, self.ui = window, window.ui
        self.box = QGroupBox(self.tr("工程建设项目阶段时限"))
        layout = QVBoxLayout(self.box)
        help_text = QLabel(
            self.tr(
                "各审批阶段内并联审批的时限（工作日），四个阶段合计不超过 %1 个工作日"
                "（国办发〔2019〕11号）。保存后所有项目的阶段时限立即按新值计算。"
            ).replace("%1", str(NATIONAL_CAP_DAYS))
        )
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.days: dict[ProjectStage, QSpinBox] = {}
        for stage in ProjectStage:
            spin = QSpinBox(minimum=0, maximum=TYPEABLE_DAYS)
            spin.setSuffix(self.tr(" 个工作日"))
            spin.valueChanged.connect(lambda _: self.check())
            self.days[stage] = spin
            form.addRow(self.tr("%1阶段：").replace("%1", label(stage)), spin)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("background: #fdecea; color: #b00020; padding: 6px;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.defaults = QPushButton(self.tr("恢复默认阶段时限"))
        self.defaults.setToolTip(
            self.tr("填入默认时限（%1），保存后生效").replace(
                "%1",
                self.tr("、").join(
                    f"{label(stage)} {days}" for stage, days in STAGE_LIMIT_DAYS.items()
                ),
            )
        )
        self.defaults.clicked.connect(lambda: self.show(dict(STAGE_LIMIT_DAYS)))
        self.save_button = QPushButton(self.tr("保存阶段时限"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        # Below the supervision limits, above the page's bottom spacer.
        self.ui.limitsLayout.insertWidget(self.ui.limitsLayout.count() - 1, self.box)

    def load(self) -> None:
        context = self.window.context
        run_with_status(
            self,
            self.ui.status,
            self.tr("正在读取……"),
            lambda: context.read(lambda session, _actor: load_stage_limits(session)),
            self.show,
            self._failed,
        )

    def limits(self) -> dict[ProjectStage, int]:
        """The limits as entered."""
        return {stage: spin.value() for stage, spin in self.days.items()}

    def show(self, limits: dict[ProjectStage, int]) -> None:
        for stage, spin in self.days.items():
            spin.setValue(limits[stage])
        self.check()

    def check(self) -> bool:
        """Say what to correct, and allow saving only when nothing needs correcting."""
        problem = stage_limits_problem(self.limits())
        self.problem.setText(say(problem) if problem is not None else "")
        self.problem.setVisible(problem is not None)
        self.save_button.setEnabled(problem is None)
        return problem is None

    def save(self) -> None:
        if not self.check():
            return
        context, limits = self.window.context, self.limits()
        run_with_status(
            self,
            self.ui.status,
            self.tr("正在保存……"),
            lambda: context.write(save_stage_limits, limits),
            self._saved,
            self._failed,
        )

    def _saved(self, limits: dict[ProjectStage, int]) -> None:
        self.show(limits)
        self.ui.status.setText(self.tr("阶段时限已保存，各项目的阶段时限按新值计算"))

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("工程建设项目阶段时限"), explain(error))
