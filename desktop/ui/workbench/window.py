"""The case workbench: everything about one case, and the actions the rules allow now."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain.workflow import Action
from desktop.services.case_core import CaseChanged
from desktop.services.cases import actions as cases
from desktop.services.cases.details import CaseDetails, case_details, case_version
from desktop.ui.composed import say
from desktop.ui.connection_watch import connection_watch
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_workbench import Ui_Workbench
from desktop.ui.labels import label
from desktop.ui.messages import explain
from desktop.ui.operations import Operation
from desktop.ui.plain_table import PlainTableModel
from desktop.ui.workbench import case_rows
from desktop.ui.workbench.action_dialog import Answers
from desktop.ui.workbench.action_inputs import ask, shortcut
from desktop.ui.workbench.documents_panel import DocumentsPanel
from desktop.ui.workbench.project_panel import ProjectPanel
from desktop.ui.workbench.promises_panel import PromisesPanel
from desktop.ui.workbench.site_record_panel import SiteRecordPanel
from desktop.ui.workbench.urge_banner import UrgeBanner

POLL_MS = 2000


class Workbench(QWidget):
    """One window per case; polls the case version so changes by others show at once."""

    urges_acknowledged = Signal()  # the handler acknowledged urges here (the queue's marks)

    def __init__(self, context: AppContext, case_id: int) -> None:
        super().__init__()
        self.context = context
        self.case_id = case_id
        self.details: CaseDetails | None = None
        self.busy = False
        self.ui = ui = Ui_Workbench()
        ui.setupUi(self)
        self.header, self.summary, self.banner = ui.header, ui.summary, ui.banner
        self.reload_button, self.tabs, self.buttons = ui.reloadButton, ui.tabs, ui.actionsRow
        self.due_text, self.due_badge = ui.dueText, ui.dueBadge
        self.reload_button.clicked.connect(self.load)
        self.materials = PlainTableModel(
            (self.tr("序号"), self.tr("材料"), self.tr("状态"), self.tr("收到日期"))
        )
        self.history = PlainTableModel(
            (
                self.tr("时间"),
                self.tr("办理人"),
                self.tr("环节"),
                self.tr("原状态"),
                self.tr("新状态"),
                self.tr("说明"),
            )
        )
        self.opinions = PlainTableModel(
            (self.tr("层级"), self.tr("意见"), self.tr("签署人"), self.tr("时间"))
        )
        self.inspections = PlainTableModel(
            (
                self.tr("状态"),
                self.tr("踏勘日期"),
                self.tr("结论"),
                self.tr("踏勘人员"),
                self.tr("发现情况"),
            )
        )
        self.documents = PlainTableModel(
            (self.tr("文号"), self.tr("类型"), self.tr("签发时间"), self.tr("作废"))
        )
        for view, model in (
            (ui.materialsView, self.materials),
            (ui.historyView, self.history),
            (ui.opinionsView, self.opinions),
            (ui.inspectionsView, self.inspections),
            (ui.documentsView, self.documents),
        ):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.material_view = ui.materialsView
        self.material_view.doubleClicked.connect(self._toggle_material)
        self.documents_panel = DocumentsPanel(self)
        self.site_record_panel = SiteRecordPanel(self)
        self.urge_banner = UrgeBanner(self)
        self.promises_panel = PromisesPanel(self)
        self.project_panel = ProjectPanel(self)
        self.actions_by_kind: dict[Action, QAction] = {}
        self.drafts: dict[Action, Answers] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        connection_watch().retrying.connect(self._retrying)
        self.load()
        self.timer.start()

    # Loading -------------------------------------------------------------------------------

    def load(self) -> None:
        context, case_id = self.context, self.case_id
        self._set_busy(True, self.tr("正在加载……"))
        Operation(self, lambda: context.read(case_details, case_id)).on_success(
            self._show
        ).on_failure(self._failed).run()

    def _show(self, details: CaseDetails) -> None:
        self.details = details
        self._set_busy(False)
        self.banner.setVisible(False)
        self.reload_button.setVisible(False)
        green = self.tr("【绿色通道】") if details.green_channel else ""
        self.setWindowTitle(f"{details.number} — {details.item}")
        self.header.setText(f"{green}{details.number}  {details.item}  · {label(details.status)}")
        lines = [
            self.tr("申请人：%1（%2）  联系：%3")
            .replace("%1", details.applicant)
            .replace("%2", details.applicant_identifier)
            .replace("%3", details.contact)
        ]
        if details.licence_no:
            valid_to = details.licence_valid_to
            lines.append(
                self.tr("申请类型：%1  许可证：%2（有效期至 %3）")
                .replace("%1", label(details.case_kind))
                .replace("%2", details.licence_no)
                .replace("%3", valid_to.isoformat() if valid_to else self.tr("长期"))
            )
        if details.project:
            lines.append(
                self.tr("项目：%1（%2）")
                .replace("%1", details.project)
                .replace("%2", details.project_address)
            )
        lines.append(
            self.tr("受理时间：%1  承办人：%2")
            .replace("%1", case_rows.when(details.accepted_at))
            .replace("%2", details.handler or self.tr("未认领"))
        )
        self.summary.setText("\n".join(lines))
        badge, style = case_rows.due_badge(details.line)
        self.due_badge.setText(badge)
        self.due_badge.setStyleSheet(style)
        self.due_badge.setVisible(bool(badge))
        self.materials.set_rows(case_rows.material_rows(details))
        self.history.set_rows(case_rows.history_rows(details))
        self.opinions.set_rows(case_rows.opinion_rows(details))
        self.inspections.set_rows(case_rows.inspection_rows(details))
        self.documents.set_rows(case_rows.document_rows(details))
        self.due_text.setPlainText("\n".join(say(phrase) for phrase in details.due.phrases()))
        self._build_actions(details.actions)
        self.documents_panel.case_shown(details)
        self.site_record_panel.case_shown(details)
        self.urge_banner.case_shown(details)
        self.promises_panel.case_shown(details)
        self.project_panel.case_shown(details)

    def details_number(self) -> str:
        return self.details.number if self.details else ""

    def _build_actions(self, actions: list[Action]) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for action in list(self.actions_by_kind.values()):
            self.removeAction(action)
            action.deleteLater()  # a stale action would still act on the case shown now
        self.actions_by_kind.clear()
        if not actions:
            self.buttons.addWidget(QLabel(self.tr("当前没有您可以办理的操作")))
        for kind in actions:
            qaction = QAction(label(kind), self)
            key = shortcut(kind)
            if key is not None:
                qaction.setShortcut(key)
            qaction.triggered.connect(lambda _=False, k=kind: self.run_action(k))
            self.addAction(qaction)
            self.actions_by_kind[kind] = qaction
            text = label(kind)
            if key is not None:
                text = self.tr("%1（%2）").replace("%1", text).replace("%2", key.toString())
            button = QPushButton(text)
            button.clicked.connect(qaction.trigger)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.banner.setText(explain(error))
        self.banner.setVisible(True)
        self.reload_button.setVisible(True)

    # Acting --------------------------------------------------------------------------------

    def run_action(self, action: Action) -> None:
        if self.details is None or self.busy:
            return
        asked = ask(action, self, self.details, self.drafts.get(action))
        if asked is None:
            return
        work, answers = asked
        if answers is not None:  # kept until the action succeeds: a failure loses nothing
            self.drafts[action] = answers
        context = self.context
        self._set_busy(True, self.tr("正在办理“%1”……").replace("%1", label(action)))
        Operation(self, lambda: work(context)).on_success(
            lambda _: self._action_done(action)
        ).on_failure(self._action_failed).run()

    def _action_done(self, action: Action) -> None:
        self.drafts.pop(action, None)
        self.load()

    def _toggle_material(self, index: QModelIndex) -> None:
        details = self.details
        if details is None or self.busy:
            return
        material = details.materials[index.row()]
        received = material.state != "received"
        context, case_id, version = self.context, details.id, details.version
        self._set_busy(True, self.tr("正在保存……"))
        Operation(
            self,
            lambda: context.write(cases.mark_material, case_id, version, material.id, received),
        ).on_success(lambda _: self.load()).on_failure(self._action_failed).run()

    def _action_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, CaseChanged):
            choice = QMessageBox.question(
                self, self.tr("办件已变化"), explain(error) + "\n\n" + self.tr("现在重新加载吗？")
            )
            if choice == QMessageBox.StandardButton.Yes:
                self.load()
            return
        kept = self.tr("（已填写的内容已保留，再次办理时会自动填入）") if self.drafts else ""
        QMessageBox.warning(self, self.tr("未能办理"), explain(error) + kept)

    def _retrying(self, text: str) -> None:
        if self.busy:  # the action or load under way says why it takes long
            self.banner.setText(text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                widget.setEnabled(not busy)
        if busy:
            self.banner.setText(text)
            self.banner.setVisible(True)

    # Live refresh --------------------------------------------------------------------------

    def check_version(self) -> None:
        """Compare the shown version with the database's (on a timer, or on a notification)."""
        self._poll()

    def _poll(self) -> None:
        if self.details is None or self.busy or not self.isVisible():
            return
        context, case_id, shown = self.context, self.case_id, self.details.version
        Operation(self, lambda: context.read(case_version, case_id)).on_success(
            lambda result: self._compare(shown, result)
        ).quietly().run()  # a poll: the next tick or notification asks again

    def _compare(self, shown: int, result: tuple[int, str | None]) -> None:
        version, changed_by = result
        if self.details is not None and version != shown:
            changed = self.tr("本件已被%1修改，显示的内容已过时。")
            self.banner.setText(changed.replace("%1", case_rows.who(changed_by)))
            self.banner.setVisible(True)
            self.reload_button.setVisible(True)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()
        super().closeEvent(event)
