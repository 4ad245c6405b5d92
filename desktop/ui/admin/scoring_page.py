"""The administration window's 绩效考核 page: the weight of each measure (points per case,
ticket or rating point) and the assessment period, checked as the admin types and saved
(audited) through the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.supervision.scoring import (
    AssessmentPeriod,
    Measure,
    ScoringSettings,
    load_scoring_settings,
    save_scoring_settings,
    scoring_problem,
)
from desktop.ui.composed import say
from desktop.ui.messages import explain
from desktop.ui.operations import run_with_status

if TYPE_CHECKING:
    from desktop.ui.admin.window import AdminWindow

# Wide enough to type a wrong number, so the page can say what to type instead.
TYPEABLE_WEIGHT = 999.0


class ScoringPage(QWidget):
    def __init__(self, window: AdminWindow) -> None:
        super().__init__()
        self.admin = window
        self.weights: dict[Measure, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for measure in Measure:
            spin = QDoubleSpinBox(minimum=0.0, maximum=TYPEABLE_WEIGHT, decimals=1, singleStep=0.5)
            spin.setMinimumWidth(120)
            spin.setSuffix(self.tr(" 分"))
            spin.valueChanged.connect(lambda _: self.check())
            self.weights[measure] = spin
            word = self.tr("加") if measure.sign > 0 else self.tr("扣")
            form.addRow(f"{measure.label}（{word}）：", spin)
        self.period = QComboBox()
        for kind in AssessmentPeriod:
            self.period.addItem(kind.label, kind.value)
        form.addRow(self.tr("考核周期："), self.period)
        help_text = QLabel(
            self.tr(
                "得分 = 100 + 各项数量 × 权重（加分项加、扣分项减）。评价得分按每条评价计："
                "非常满意 +2、满意 +1、基本满意 0、不满意 −1、非常不满意 −2。"
                "部门得分为其人员得分构成的平均。督办与统计窗口的“绩效考核”页按此排名。"
            )
        )
        help_text.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.status = QLabel()
        self.defaults = QPushButton(self.tr("恢复默认权重"))
        self.defaults.clicked.connect(lambda: self.show_settings(ScoringSettings()))
        self.save_button = QPushButton(self.tr("保存绩效考核设置"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.defaults)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def load(self) -> None:
        context = self.admin.context
        run_with_status(
            self,
            self.status,
            self.tr("正在读取……"),
            lambda: context.read(lambda session, _actor: load_scoring_settings(session)),
            self.show_settings,
            self._failed,
        )

    def settings(self) -> ScoringSettings:
        return ScoringSettings(
            {m.value: spin.value() for m, spin in self.weights.items()},
            str(self.period.currentData()),
        )

    def show_settings(self, settings: ScoringSettings) -> None:
        for measure, spin in self.weights.items():
            spin.setValue(settings.weight(measure))
        self.period.setCurrentIndex(max(0, self.period.findData(settings.period)))
        self.check()

    def check(self) -> bool:
        problem = scoring_problem(self.settings())
        self.problem.setText(say(problem) if problem is not None else "")
        self.problem.setVisible(problem is not None)
        self.save_button.setEnabled(problem is None)
        return problem is None

    def save(self) -> None:
        if not self.check():
            return
        context, settings = self.admin.context, self.settings()
        run_with_status(
            self,
            self.status,
            self.tr("正在保存……"),
            lambda: context.write(save_scoring_settings, settings),
            self._saved,
            self._failed,
        )

    def _saved(self, settings: ScoringSettings) -> None:
        self.show_settings(settings)
        self.status.setText(self.tr("绩效考核设置已保存，督办与统计窗口刷新后按新权重排名"))

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self.admin, self.tr("绩效考核设置"), explain(error))
