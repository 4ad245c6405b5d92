"""The workbench's project tab: for a case of a construction project, the project, its
stages with their clocks and its other cases across departments; open one, or move the
project to its next stage (the engineering handlers and the head)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Role
from desktop.services.cases.project_views import ProjectView, project_of_case
from desktop.services.cases.projects import advance_stage
from desktop.ui import project_rows
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import PlainTableModel

if TYPE_CHECKING:
    from desktop.services.cases.details import CaseDetails
    from desktop.ui.workbench.window import Workbench

ADVANCERS = frozenset({Role.HANDLER_ENGINEERING, Role.HEAD})


class ProjectPanel(QObject):
    """A tab of its own, shown only for a case that names a project."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.project: ProjectView | None = None
        self.loaded = False  # the case's project (or that it has none) has been read
        self.tab = QWidget()
        layout = QVBoxLayout(self.tab)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.stages = PlainTableModel(project_rows.headers(project_rows.STAGE_HEADERS))
        self.cases = PlainTableModel(project_rows.headers(project_rows.CASE_HEADERS))
        self.stages_view, self.cases_view = QTableView(), QTableView()
        for view, model in ((self.stages_view, self.stages), (self.cases_view, self.cases)):
            view.setModel(model)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.verticalHeader().setVisible(False)
        self.stages_view.setMaximumHeight(150)
        layout.addWidget(self.stages_view)
        layout.addWidget(QLabel(self.tr("本项目的其他办件（各部门并联审批）：")))
        layout.addWidget(self.cases_view, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("打开所选办件"))
        self.open_button.clicked.connect(self.open_selected)
        self.advance_button = QPushButton(self.tr("进入下一阶段…"))
        self.advance_button.clicked.connect(self.advance)
        self.advance_button.setVisible(bool(bench.context.actor.roles & ADVANCERS))
        row.addWidget(self.open_button)
        row.addWidget(self.advance_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.cases_view.doubleClicked.connect(lambda _: self.open_selected())
        self.index = bench.tabs.addTab(self.tab, self.tr("工程建设项目"))
        bench.tabs.setTabVisible(self.index, False)
        self.opened: dict[int, QWidget] = {}

    def case_shown(self, details: CaseDetails) -> None:
        context, number = self.bench.context, details.number
        Operation(self, lambda: context.read(project_of_case, number)).on_success(
            self._show
        ).on_failure(lambda error: self.summary.setText(explain(error))).run()

    def _show(self, project: ProjectView | None) -> None:
        self.project, self.loaded = project, True
        self.bench.tabs.setTabVisible(self.index, project is not None)
        if project is None:
            return
        current = project.current
        clock = ""
        if current.due_on is not None:
            clock = (
                self.tr("阶段时限 %1 个工作日，应于 %2 前完成，已用 %3 个工作日（%4）")
                .replace("%1", str(current.limit_days))
                .replace("%2", current.due_on.isoformat())
                .replace("%3", str(current.used_days))
                .replace("%4", project_rows.level_word(current.level))
            )
        self.summary.setText(
            "\n".join(
                [
                    self.tr("项目 %1  %2").replace("%1", project.code).replace("%2", project.name),
                    self.tr("建设单位：%1（%2）  建设地点：%3")
                    .replace("%1", project.builder)
                    .replace("%2", project.builder_code)
                    .replace("%3", project.address),
                    self.tr("当前阶段：%1（自 %2 起）  %3  %4")
                    .replace("%1", label(project.stage))
                    .replace("%2", project.stage_since.isoformat())
                    .replace("%3", label(project.state))
                    .replace("%4", clock),
                ]
            )
        )
        self.stages.set_rows([project_rows.stage_row(s) for s in project.stages])
        others = [c for c in project.cases if c.number != self.bench.details_number()]
        self.cases.set_rows([project_rows.case_row(c) for c in others], others)
        self.advance_button.setEnabled(project.stage.next is not None)

    def open_selected(self) -> None:
        index = self.cases_view.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self.bench, self.tr("工程建设项目"), self.tr("请先选择一件办件")
            )
            return
        case = self.cases.object_at(index.row())
        from desktop.ui.workbench.window import Workbench

        bench = self.opened.get(case.case_id)
        if bench is None or not bench.isVisible():
            bench = self.opened[case.case_id] = Workbench(self.bench.context, case.case_id)
        bench.show()
        bench.raise_()

    def advance(self) -> None:
        project = self.project
        if project is None or project.stage.next is None:
            return
        answer = QMessageBox.question(
            self.bench,
            self.tr("进入下一阶段"),
            self.tr("项目 %1 由“%2”阶段进入“%3”阶段？")
            .replace("%1", project.code)
            .replace("%2", label(project.stage))
            .replace("%3", label(project.stage.next)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context, code = self.bench.context, project.code
        Operation(self, lambda: context.write(advance_stage, code)).on_success(
            self._show
        ).on_failure(
            lambda error: QMessageBox.warning(self.bench, self.tr("进入下一阶段"), explain(error))
        ).run()
