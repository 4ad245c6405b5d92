"""The item editor: every catalogue column as a field, and the materials as a grid.

The fields follow the catalogue's column list, the same one files are imported by, so the
editor and an import can never disagree about what an item is. Saving runs the same row
checks as an import, off the UI thread; problems come back as one clear message.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.catalogue_rows import (
    CATEGORY_NAMES,
    ITEM_CASE_KINDS,
    ITEM_COLUMNS,
    MATERIAL_COLUMNS,
    TRANSFER_NAMES,
)
from desktop.domain.check_point_rows import CHECK_COLUMNS
from desktop.domain.item_kinds import KIND_NAMES
from desktop.domain.projects import STAGE_NAMES
from desktop.services.admin.catalogue import ItemForm, save_item
from desktop.ui.context import AppContext
from desktop.ui.messages import explain
from desktop.ui.operations import Operation

CHOICES = {
    "类别": list(CATEGORY_NAMES),
    "划转状态": list(TRANSFER_NAMES),
    "事项类型": list(KIND_NAMES),
    "办件类型": list(ITEM_CASE_KINDS),
    # Empty: the item is not part of the construction project process.
    "工程建设项目阶段": ["", *STAGE_NAMES],
    **{
        c: ["是", "否"]
        for c in (
            "需现场踏勘",
            "踏勘暂停计时",
            "最多跑一次",
            "窗口授权办结",
            "两级审批",
            "在用",
            "发放许可证",
            "告知承诺制",
        )
    },
}


class ItemEditor(QDialog):
    def __init__(self, context: AppContext, form: ItemForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(
            self.tr("编辑事项") if form.item.get("事项编码") else self.tr("新增事项")
        )
        self.resize(960, 700)  # the materials grid below the fields; fits a 768-high screen
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        # Two columns of fields, so that the form and the materials fit a 768-high screen.
        fields = QHBoxLayout()
        halves = (QFormLayout(), QFormLayout())
        for half in halves:
            fields.addLayout(half, 1)
        for n, column in enumerate(ITEM_COLUMNS):
            value = str(form.item.get(column, "") or "")
            if column in CHOICES:
                widget: QLineEdit | QComboBox = QComboBox()
                widget.addItems(CHOICES[column])
                widget.setCurrentText(value)
            else:
                widget = QLineEdit(value)
            if column == "事项编码" and value:
                widget.setReadOnly(True)  # the code is the item's identity
            self.fields[column] = widget
            halves[n * 2 // len(ITEM_COLUMNS)].addRow(column + "：", widget)
        self.materials = QStandardItemModel(0, len(MATERIAL_COLUMNS) - 1, self)
        self.materials.setHorizontalHeaderLabels(list(MATERIAL_COLUMNS[1:]))
        for row in form.materials:
            self.materials.appendRow([QStandardItem(str(row[c])) for c in MATERIAL_COLUMNS[1:]])
        grid = QTableView()
        grid.setModel(self.materials)
        grid.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("添加材料"))
        add.clicked.connect(self._add_material)
        remove = QPushButton(self.tr("删除所选材料"))
        remove.clicked.connect(lambda: self._remove_material(grid))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("申请材料：")))
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        materials_page = QWidget()
        materials_layout = QVBoxLayout(materials_page)
        materials_layout.addLayout(row)
        materials_layout.addWidget(grid, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(materials_page, self.tr("申请材料"))
        self.tabs.addTab(self._checklist_page(form), self.tr("踏勘检查要点"))
        # The fields scroll, so the grids below keep room on a 768-high screen.
        holder = QWidget()
        holder.setLayout(fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.tabs, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _checklist_page(self, form: ItemForm) -> QWidget:
        """The on-site checklist: points the team checks, each maybe a major-violation flag."""
        self.checks = QStandardItemModel(0, len(CHECK_COLUMNS) - 1, self)
        self.checks.setHorizontalHeaderLabels(
            [self.tr("序号"), self.tr("检查要点"), self.tr("重大事项")]
        )
        for row in form.check_points or []:
            self.checks.appendRow([QStandardItem(str(row[c])) for c in CHECK_COLUMNS[1:]])
        self.check_grid = QTableView()
        self.check_grid.setModel(self.checks)
        self.check_grid.horizontalHeader().setStretchLastSection(True)
        self.check_grid.setColumnWidth(0, 50)
        self.check_grid.setColumnWidth(1, 520)
        self.add_check = QPushButton(self.tr("添加检查要点"))
        self.add_check.clicked.connect(self._add_check)
        self.remove_check = QPushButton(self.tr("删除所选要点"))
        self.remove_check.clicked.connect(self._remove_check)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("需现场踏勘的事项，踏勘组按这些要点逐项检查并记录：")))
        row.addStretch(1)
        row.addWidget(self.add_check)
        row.addWidget(self.remove_check)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.check_grid, 1)
        return page

    def _add_check(self) -> None:
        seq = self.checks.rowCount() + 1
        self.checks.appendRow([QStandardItem(v) for v in (str(seq), "", "否")])

    def _remove_check(self) -> None:
        selected = self.check_grid.selectionModel().selectedIndexes()
        for row in sorted({i.row() for i in selected}, reverse=True):
            self.checks.removeRow(row)

    def _add_material(self) -> None:
        seq = self.materials.rowCount() + 1
        self.materials.appendRow(
            [QStandardItem(v) for v in (str(seq), "", "", "否", "1", "否", "否")]
        )

    def _remove_material(self, grid: QTableView) -> None:
        rows = sorted({i.row() for i in grid.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.materials.removeRow(row)

    def form(self) -> ItemForm:
        item = {
            column: widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            for column, widget in self.fields.items()
        }
        materials = [
            {"事项编码": item["事项编码"]}
            | {
                column: (self.materials.item(r, c).text() if self.materials.item(r, c) else "")
                for c, column in enumerate(MATERIAL_COLUMNS[1:])
            }
            for r in range(self.materials.rowCount())
        ]
        checks = [
            {
                column: (self.checks.item(r, c).text() if self.checks.item(r, c) else "")
                for c, column in enumerate(CHECK_COLUMNS[1:])
            }
            for r in range(self.checks.rowCount())
        ]
        return ItemForm(item, materials, checks)

    def save(self) -> None:
        form, context = self.form(), self.context
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("正在保存……"))
        Operation(self, lambda: context.write(save_item, form)).on_success(
            lambda _: self.accept()
        ).on_failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(explain(error))
