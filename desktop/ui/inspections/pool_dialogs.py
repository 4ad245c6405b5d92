"""The dialogs of the 踏勘人才库 tab: an inspector (department, specialties, title, phone,
daily capacity), a leave period, a recusal tie. They only collect answers; the services
check them and say what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import HalfDay, RecusalKind
from desktop.domain.inspections.recusal import RECUSAL_LABELS
from desktop.services.inspections.pool import InspectorForm, InspectorLine, PoolChoices
from desktop.services.inspections.recusal_ties import TieForm


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class InspectorDialog(_FormDialog):
    """A new inspector (no line) or one's department, specialties and the rest."""

    def __init__(
        self, parent: QWidget | None, choices: PoolChoices, line: InspectorLine | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增踏勘人员") if line is None else self.tr("修改踏勘人员"))
        self.line = line
        self.name = QLineEdit(line.name if line else "")
        self.name.setMaxLength(64)
        self.department = QComboBox()
        for department_id, name in choices.departments:
            self.department.addItem(name, department_id)
        if line is not None:
            self.department.setCurrentIndex(self.department.findData(line.department_id))
        self.specialties = QListWidget()
        self.specialties.setMaximumHeight(140)
        for specialty_id, name in choices.specialties:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, specialty_id)
            held = line is not None and specialty_id in line.specialty_ids
            item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
            self.specialties.addItem(item)
        self.title = QLineEdit(line.title if line else "")
        self.phone = QLineEdit(line.phone if line else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 4)
        self.capacity.setValue(line.daily_capacity if line else 2)
        self.capacity.setSuffix(self.tr(" 次/日"))
        self.form.addRow(self.tr("姓名："), self.name)
        self.form.addRow(self.tr("所在部门："), self.department)
        self.form.addRow(self.tr("专业（勾选）："), self.specialties)
        self.form.addRow(self.tr("职称："), self.title)
        self.form.addRow(self.tr("电话："), self.phone)
        self.form.addRow(self.tr("每日踏勘上限："), self.capacity)

    def answers(self) -> InspectorForm:
        checked = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.specialties.item(i) for i in range(self.specialties.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return InspectorForm(
            None if self.line is None else self.line.id,
            self.name.text(),
            int(self.department.currentData() or 0),
            checked,
            self.title.text(),
            self.phone.text(),
            True if self.line is None else self.line.active,
            self.capacity.value(),
        )


@dataclass(frozen=True)
class LeaveAnswers:
    first: date
    last: date
    half_day: HalfDay | None
    reason: str


class LeaveDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, name: str, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记请假或公务：%1").replace("%1", name))
        self.first, self.last = QDateEdit(_qdate(today)), QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.half = QComboBox()
        self.half.addItem(self.tr("全天"), None)
        self.half.addItem(self.tr("上午"), HalfDay.AM)
        self.half.addItem(self.tr("下午"), HalfDay.PM)
        self.reason = QLineEdit()
        self.reason.setMaxLength(100)
        self.form.addRow(self.tr("首日："), self.first)
        self.form.addRow(self.tr("末日："), self.last)
        self.form.addRow(self.tr("半天："), self.half)
        self.form.addRow(self.tr("事由："), self.reason)

    def answers(self) -> LeaveAnswers:
        return LeaveAnswers(
            _date(self.first.date()),
            _date(self.last.date()),
            None if self.half.currentData() is None else HalfDay(self.half.currentData()),
            self.reason.text(),
        )


class TieDialog(_FormDialog):
    """A recusal tie to an applicant (by number) or a project."""

    def __init__(self, parent: QWidget | None, line: InspectorLine) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记回避关系：%1").replace("%1", line.name))
        self.line = line
        self.kind = QComboBox()
        for kind in RecusalKind:
            self.kind.addItem(RECUSAL_LABELS[kind], kind)
        self.applicant = QSpinBox()
        self.applicant.setRange(0, 2_000_000_000)
        self.applicant.setSpecialValueText(self.tr("（不指定）"))
        self.project = QLineEdit()
        self.project.setMaxLength(200)
        self.ended = QDateEdit(QDate.currentDate())
        self.ended.setCalendarPopup(True)
        self.ended.setDisplayFormat("yyyy-MM-dd")
        self.ended.setMinimumDate(QDate(2000, 1, 1))
        self.ended.setSpecialValueText(self.tr("（仍存续）"))
        self.ended.setDate(self.ended.minimumDate())
        self.note = QLineEdit()
        self.form.addRow(self.tr("回避事由："), self.kind)
        self.form.addRow(self.tr("申请人编号："), self.applicant)
        self.form.addRow(self.tr("项目名称："), self.project)
        self.form.addRow(self.tr("关系终止日："), self.ended)
        self.form.addRow(self.tr("说明："), self.note)

    def answers(self) -> TieForm:
        ended = None if self.ended.date() == self.ended.minimumDate() else _date(self.ended.date())
        return TieForm(
            None,
            self.line.id,
            RecusalKind(self.kind.currentData()),  # Qt hands enum members back as text
            self.applicant.value() or None,
            self.project.text(),
            ended,
            self.note.text(),
        )
