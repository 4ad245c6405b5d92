"""The 踏勘人才库 tab of the coordinator's window: every inspector with department,
specialties, state, leave and recusal ties, sortable and filtered as one types; add,
change, retire or take back, record leave and recusal ties, import and export the pool
(row-checked like the catalogue). Changes take effect for draws opened after them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import timesource
from desktop.services.input_files import read_input
from desktop.services.inspections.leave import add_leave
from desktop.services.inspections.pool import (
    InspectorLine,
    PoolChoices,
    pool_choices,
    save_inspector,
    set_active,
)
from desktop.services.inspections.pool_overview import PoolMember, pool_overview
from desktop.services.inspections.pool_sheet import PoolImport, export_pool, import_pool
from desktop.services.inspections.recusal_ties import save_tie
from desktop.ui.context import AppContext
from desktop.ui.inspections.pool_dialogs import InspectorDialog, LeaveDialog, TieDialog
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel


class FilteredRows(QSortFilterProxyModel):
    """Filters as one types; sorting is the rows model's own (numbers as numbers, dates
    as dates)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class Runner(Protocol):
    def run_work(self, work: Any, done: Any, what: str) -> None: ...
    def run_change(self, service: Any, args: tuple, done: Any) -> None: ...
    def say(self, text: str) -> None: ...


class PoolTab(QWidget):
    def __init__(self, context: AppContext, owner: Runner) -> None:
        super().__init__()
        self.context, self.owner = context, owner
        self.choices = PoolChoices((), ())
        self.model = PlainTableModel(
            (
                self.tr("编号"),
                self.tr("姓名"),
                self.tr("部门"),
                self.tr("专业"),
                self.tr("职称"),
                self.tr("每日上限"),
                self.tr("状态"),
                self.tr("请假与公务"),
                self.tr("回避关系"),
            ),
            self,
        )
        self.shown = FilteredRows(self)
        self.shown.setSourceModel(self.model)
        self.shown.setFilterKeyColumn(-1)
        self.shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("按姓名、部门、专业、请假或回避关系筛选"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.shown.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit())
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action in (
            ("add", self.tr("新增人员…"), self.add),
            ("edit", self.tr("修改部门与专业…"), self.edit),
            ("retire", self.tr("移出或恢复"), self.retire),
            ("leave", self.tr("登记请假…"), self.leave),
            ("tie", self.tr("登记回避关系…"), self.tie),
            ("import", self.tr("导入…"), self.import_pool),
            ("export", self.tr("导出…"), self.export_pool),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: a())
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # Reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        context = self.context
        self.owner.run_work(
            lambda: (context.read(pool_choices), context.read(pool_overview)),
            self._show,
            self.tr("正在读取……"),
        )

    def _show(self, loaded: tuple[PoolChoices, list[PoolMember]]) -> None:
        self.choices, members = loaded
        state = {True: self.tr("在库"), False: self.tr("已移出")}
        self.model.set_rows(
            [
                (
                    m.inspector.id,
                    m.inspector.name,
                    m.inspector.department,
                    "、".join(m.inspector.specialties),
                    m.inspector.title,
                    m.inspector.daily_capacity,
                    state[m.inspector.active],
                    "；".join(m.leave),
                    "；".join(m.ties),
                )
                for m in members
            ],
            [m.inspector for m in members],
        )
        header = self.table.horizontalHeader()  # the order the user chose stays
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()

    def selected(self) -> InspectorLine | None:
        index = self.table.currentIndex()
        line = index.data(ROW_ROLE) if index.isValid() else None
        if line is None:
            self.owner.say(self.tr("请先选择一名踏勘人员"))
        return line

    # Changes -------------------------------------------------------------------------------

    def add(self) -> None:
        dialog = InspectorDialog(self, self.choices, None)
        if dialog.exec():
            self.owner.run_change(
                save_inspector, (dialog.answers(),), lambda _: self.tr("已新增踏勘人员")
            )

    def edit(self) -> None:
        line = self.selected()
        if line is None:
            return
        dialog = InspectorDialog(self, self.choices, line)
        if dialog.exec():
            self.owner.run_change(
                save_inspector,
                (dialog.answers(),),
                lambda _: self.tr("已保存：此后开启的抽取按新资料进行"),
            )

    def retire(self) -> None:
        line = self.selected()
        if line is None:
            return
        question = (
            self.tr("将%1移出人才库？此后的抽取不再抽到。")
            if line.active
            else self.tr("将%1恢复到人才库？")
        ).replace("%1", line.name)
        if QMessageBox.question(self, self.tr("踏勘人才库"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self.owner.run_change(
            set_active,
            (line.id, not line.active),
            lambda changed: (
                self.tr("%1已恢复到人才库") if changed.active else self.tr("%1已移出人才库")
            ).replace("%1", changed.name),
        )

    def leave(self) -> None:
        line = self.selected()
        if line is None:
            return
        dialog = LeaveDialog(self, line.name, timesource.today())
        if dialog.exec():
            a = dialog.answers()
            self.owner.run_change(
                add_leave,
                (line.id, a.first, a.last, a.half_day, a.reason),
                lambda added: self.tr("已登记 %1 个半天：此后开启的抽取避开").replace(
                    "%1", str(added)
                ),
            )

    def tie(self) -> None:
        line = self.selected()
        if line is None:
            return
        dialog = TieDialog(self, line)
        if dialog.exec():
            self.owner.run_change(
                save_tie,
                (dialog.answers(),),
                lambda _: self.tr("已登记回避关系：此后开启的抽取回避"),
            )

    # Files ---------------------------------------------------------------------------------

    def export_pool(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出踏勘人才库"), "踏勘人才库.xlsx", self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        context = self.context
        self.owner.run_work(
            lambda: Path(path).write_bytes(context.read(export_pool)),
            lambda _: self.owner.say(self.tr("已导出到 %1").replace("%1", path)),
            self.tr("正在导出……"),
        )

    def import_pool(self, path: str | None = None, only_good_rows: bool = False) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入踏勘人才库"), "", self.tr("Excel 文件 (*.xlsx)")
            )
        if not path:
            return
        context, chosen = self.context, path
        self.owner.run_work(
            lambda: context.write(import_pool, read_input(chosen), only_good_rows=only_good_rows),
            lambda report: self._imported(chosen, report),
            self.tr("正在校验并导入……"),
        )

    def _imported(self, path: str, report: PoolImport) -> None:
        problems = "\n".join(str(p) for p in report.problems[:30])
        if len(report.problems) > 30:
            problems += "\n" + self.tr("……共 %1 行有误").replace("%1", str(len(report.problems)))
        if report.written:
            text = (
                self.tr("新增 %1 人，更新 %2 人，未变 %3 人。")
                .replace("%1", str(len(report.added)))
                .replace("%2", str(len(report.updated)))
                .replace("%3", str(report.unchanged))
            )
            QMessageBox.information(
                self, self.tr("导入完成"), text + ("\n\n" + problems if problems else "")
            )
            self.refresh()
            return
        choice = QMessageBox.question(
            self,
            self.tr("文件中有错误行"),
            self.tr("以下各行有误，尚未导入任何内容：")
            + "\n\n"
            + problems
            + "\n\n"
            + self.tr("是否只导入无误的行？（选“否”则不导入，请修改文件后重新导入）"),
        )
        if choice == QMessageBox.StandardButton.Yes:
            self.import_pool(path, only_good_rows=True)
