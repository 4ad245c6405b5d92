"""The inspection coordinator's window: the week by inspector and half-day, the pending
requests and the draw (opened first: its commitment is shown before the witness types),
each draw with its record (commitment, secret, witness, digests) and explanation, the
scheduled inspections with replacement, override, reschedule, postpone and cancel, and
the inspector pool. Everything that touches the database or the solver runs off the UI
thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex
from PySide6.QtWidgets import QHeaderView, QMessageBox, QPushButton, QTableView, QWidget

from desktop.domain.inspections.draw_commitment import WitnessRefused
from desktop.domain.timezone import CHINA
from desktop.services import timesource
from desktop.services.inspections.board import (
    draw_outcome,
    pending_requests,
    recent_draws,
    scheduled_inspections,
    week_calendar,
)
from desktop.services.inspections.draw_outcome import DrawOutcome
from desktop.services.inspections.draws import DrawTicket, draw_with_witness, open_draw
from desktop.services.inspections.replay import load_recorded, replay
from desktop.services.inspections.site_record import site_record
from desktop.ui.context import AppContext
from desktop.ui.forms_generated.ui_coordinator_window import Ui_CoordinatorWindow
from desktop.ui.inspections.actions import InspectionActions
from desktop.ui.inspections.draw_explanation import explain, half_day_text
from desktop.ui.inspections.pool_tab import PoolTab
from desktop.ui.inspections.record_dialog import RecordDialog
from desktop.ui.inspections.week_calendar_model import WeekCalendarModel
from desktop.ui.messages import explain as explain_error
from desktop.ui.operations import Operation, run_with_status
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel

SCHEDULED_DAYS_AHEAD = 60
DRAW_STEPS = (
    QT_TRANSLATE_NOOP("CoordinatorWindow", "登记见证人随机数……"),
    QT_TRANSLATE_NOOP("CoordinatorWindow", "正在抽取……"),
    QT_TRANSLATE_NOOP("CoordinatorWindow", "正在保存……"),
)


class CoordinatorWindow(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = ui = Ui_CoordinatorWindow()
        ui.setupUi(self)
        self.week = WeekCalendarModel(self)
        ui.calendar.setModel(self.week)
        self.pending = PlainTableModel(
            (
                self.tr("受理编号"),
                self.tr("事项"),
                self.tr("申请人"),
                self.tr("责任部门"),
                self.tr("所需专业"),
                self.tr("时间窗"),
                self.tr("人数"),
                self.tr("地点"),
            ),
            self,
        )
        ui.pending.setModel(self.pending)
        self.plan = PlainTableModel(
            (
                self.tr("受理编号"),
                self.tr("日期"),
                self.tr("半天"),
                self.tr("踏勘组"),
                self.tr("备选人员"),
                self.tr("未安排原因"),
            ),
            self,
        )
        ui.plan.setModel(self.plan)
        self.scheduled = PlainTableModel(
            (
                self.tr("日期"),
                self.tr("半天"),
                self.tr("受理编号"),
                self.tr("事项"),
                self.tr("踏勘组"),
                self.tr("备选人员"),
                self.tr("抽取编号"),
            ),
            self,
        )
        ui.scheduled.setModel(self.scheduled)
        ui.resultSplitter.setSizes([620, 560])
        self.monday = _monday(timesource.today())
        self.outcome: DrawOutcome | None = None
        self.actions = InspectionActions(self, self)
        tomorrow = timesource.today() + timedelta(days=1)
        ui.firstDay.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.ticket: DrawTicket | None = None
        self.record_button = QPushButton(self.tr("踏勘记录…"))
        self.record_button.setToolTip(self.tr("填写检查结果、添加照片，由踏勘人员登录确认"))
        ui.scheduledButtons.addWidget(self.record_button)
        self.reuse_button = QPushButton(self.tr("复查沿用原踏勘组…"))
        self.reuse_button.setToolTip(self.tr("限期整改或不合格后的复查，由原踏勘组再次踏勘"))
        ui.pendingButtons.addWidget(self.reuse_button)
        self.joint_button = QPushButton(self.tr("联合踏勘…"))
        self.joint_button.setToolTip(
            self.tr("同一工程建设项目同一阶段的办件并入本次踏勘：一次到场，结论共用")
        )
        ui.pendingButtons.addWidget(self.joint_button)
        self.record_dialog: RecordDialog | None = None
        self.pool_tab = PoolTab(context, self)
        ui.tabs.addTab(self.pool_tab, self.tr("踏勘人才库"))
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.previousWeek.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        ui.nextWeek.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        ui.thisWeek.clicked.connect(lambda: self.show_week(_monday(timesource.today())))
        ui.openDraw.clicked.connect(self.open_draw)
        ui.drawButton.clicked.connect(self.draw)
        ui.draws.activated.connect(lambda _: self.show_draw(ui.draws.currentData()))
        ui.replayButton.clicked.connect(self.replay)
        ui.plan.selectionModel().currentRowChanged.connect(self._explain_row)
        act = self.actions
        for button, action, table in (
            (ui.replaceButton, act.replace, ui.scheduled),
            (ui.overrideButton, act.override, ui.scheduled),
            (ui.rescheduleButton, act.reschedule, ui.scheduled),
            (ui.postponeButton, act.postpone, ui.scheduled),
            (ui.cancelButton, act.cancel, ui.scheduled),
            (ui.overridePending, act.override, ui.pending),
            (ui.postponePending, act.postpone, ui.pending),
            (ui.cancelPending, act.cancel, ui.pending),
            (self.record_button, self.open_record, ui.scheduled),
            (self.reuse_button, act.reuse, ui.pending),
            (self.joint_button, act.joint, ui.pending),
        ):
            button.clicked.connect(lambda _=False, a=action, t=table: self._on_selected(t, a))

    # Background work -----------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        run_with_status(self, self.ui.status, what, work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.ui.status.clear()
        if self.ticket is not None and not isinstance(error, WitnessRefused):
            self.ticket = None  # drawn, abandoned or refused: open a new draw
            self._close_draw()
        self._drawing(False)
        QMessageBox.warning(self, self.windowTitle(), explain_error(error))

    def run_work(self, work: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        """Run `work` off the UI thread, then `done` with its result; failures are shown."""
        self._run(work, done, what)

    def say(self, text: str) -> None:
        self.ui.status.setText(text)

    def refresh(self) -> None:
        context = self.context
        self.show_week(self.monday)
        self.pool_tab.refresh()
        self._run(lambda: context.read(pending_requests), self._show_pending, self.tr("正在读取……"))
        first = timesource.today()
        last = first + timedelta(days=SCHEDULED_DAYS_AHEAD)
        self._run(
            lambda: context.read(scheduled_inspections, first, last),
            self._show_scheduled,
            self.tr("正在读取……"),
        )
        self._run(lambda: context.read(recent_draws), self._show_draws, self.tr("正在读取……"))

    def run_change(self, service: Callable[..., Any], args: tuple, done: Callable) -> None:
        """Run one change as the coordinator, then say what happened and reload."""
        context = self.context

        def finished(result: Any) -> None:
            self.refresh()
            self.ui.status.setText(done(result))

        self._run(lambda: context.write(service, *args), finished, self.tr("正在办理……"))

    def run_read(self, service: Callable[..., Any], args: tuple, done: Callable) -> None:
        """Read something an action needs as the coordinator, then hand it to `done`."""
        context = self.context
        self._run(lambda: context.read(service, *args), done, self.tr("正在读取……"))

    # The week ------------------------------------------------------------------------------

    def show_week(self, monday: date) -> None:
        self.monday = monday
        sunday = monday + timedelta(days=6)
        self.ui.weekLabel.setText(f"{monday:%Y-%m-%d} — {sunday:%m-%d}")
        context = self.context
        self._run(
            lambda: context.read(week_calendar, monday), self._show_week, self.tr("正在读取……")
        )

    def _show_week(self, week: Any) -> None:
        self.week.set_week(week)
        header = self.ui.calendar.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.ui.calendar.setColumnWidth(0, 90)
        self.ui.calendar.setColumnWidth(1, 90)
        for column in range(2, self.week.columnCount()):
            self.ui.calendar.setColumnWidth(column, 112)

    # Pending requests and the draw ---------------------------------------------------------

    def _show_pending(self, lines: list[Any]) -> None:
        self.pending.set_rows(
            [
                (
                    self._with_joined(line),
                    line.item,
                    line.applicant,
                    line.department,
                    "、".join(line.specialties),
                    f"{line.window_start:%m-%d} — {line.window_end:%m-%d}",
                    line.team_size,
                    line.address,
                )
                for line in lines
            ],
            list(lines),
        )
        self.ui.pending.resizeColumnsToContents()
        self.ui.openDraw.setEnabled(bool(lines))
        count = str(len(lines))
        self.ui.pendingLabel.setText(self.tr("待安排的踏勘申请（%1 项）").replace("%1", count))

    def _with_joined(self, line: Any) -> str:
        """The case number, and the cases a joint visit (联合踏勘) also serves."""
        if not line.joined:
            return line.case_number
        return (
            self.tr("%1（联合踏勘：%2）")
            .replace("%1", line.case_number)
            .replace("%2", "、".join(line.joined))
        )

    def open_draw(self) -> None:
        """Freeze the pending requests and the pool, and show the commitment: only then
        does the witness type their text."""
        picked = self.ui.firstDay.date()
        first = date(picked.year(), picked.month(), picked.day())
        days, context = self.ui.days.value(), self.context
        self._run(
            lambda: context.write(open_draw, first, days), self._opened, self.tr("正在开启抽取……")
        )

    def _opened(self, ticket: DrawTicket) -> None:
        self.ticket = ticket
        ui = self.ui
        ui.commitment.setText(
            self.tr("%1（抽取 %2，快照摘要 %3…）")
            .replace("%1", ticket.commitment)
            .replace("%2", str(ticket.draw_id))
            .replace("%3", ticket.snapshot_hash[:16])
        )
        ui.witness.clear()
        ui.witness.setEnabled(True)
        ui.drawButton.setEnabled(True)
        ui.witness.setFocus()
        ui.status.setText(
            self.tr("抽取 %1 已开启：请见证人看到承诺值后输入随机数").replace(
                "%1", str(ticket.draw_id)
            )
        )

    def draw(self) -> None:
        """Draw the open draw with the witness's text: recorded first, then the secret is
        revealed and the seed derived; nobody chooses it."""
        ticket, witness = self.ticket, self.ui.witness.text()
        if ticket is None:
            self.ui.status.setText(self.tr("请先开启抽取"))
            return
        context = self.context
        self._drawing(True)

        def work(report: Callable[[int, int], None]) -> DrawOutcome:
            return draw_with_witness(
                context.sessions, context.actor, ticket.draw_id, witness, report
            )

        Operation(self, work).with_progress(self._progress).on_success(self._drawn).on_failure(
            self._failed
        ).run()

    def _drawing(self, busy: bool) -> None:
        self.ui.drawButton.setEnabled(not busy and self.ticket is not None)
        self.ui.progress.setVisible(busy)
        self.ui.progress.setRange(0, 0 if busy else 1)
        if busy:
            self.ui.status.setText(self.tr(DRAW_STEPS[0]))

    def _progress(self, step: tuple[int, int]) -> None:
        done, total = step
        if done < total:
            self.ui.status.setText(self.tr(DRAW_STEPS[done]))

    def _drawn(self, outcome: DrawOutcome) -> None:
        self.ticket = None  # one commitment, one draw: the next is opened afresh
        self._drawing(False)
        self._close_draw()
        self.refresh()
        self._show_outcome(outcome)
        self.ui.tabs.setCurrentWidget(self.ui.resultTab)
        self.ui.status.setText(
            self.tr("抽取 %1 完成：安排 %2 项，未安排 %3 项")
            .replace("%1", str(outcome.draw_id))
            .replace("%2", str(len(outcome.planned)))
            .replace("%3", str(len(outcome.unplanned)))
        )

    def _close_draw(self) -> None:
        self.ui.witness.clear()
        self.ui.witness.setEnabled(False)
        self.ui.drawButton.setEnabled(False)
        self.ui.commitment.setText(self.tr("（尚未开启）"))

    # Draws and their explanation -----------------------------------------------------------

    def _show_draws(self, draws: list[Any]) -> None:
        combo = self.ui.draws
        keep = combo.currentData() if self.outcome is None else self.outcome.draw_id
        combo.clear()
        for line in draws:
            made = line.created_at.astimezone(CHINA)
            text = f"#{line.id}  {made:%Y-%m-%d %H:%M}  {line.operator}"
            combo.addItem(f"{text}  {line.state or self.tr('待抽取')}", line.id)
        index = combo.findData(keep)
        combo.setCurrentIndex(max(index, 0))
        if self.outcome is None and draws:
            self.show_draw(combo.currentData())

    def show_draw(self, draw_id: int | None) -> None:
        if draw_id is not None:
            context = self.context
            self._run(
                lambda: context.read(draw_outcome, draw_id),
                self._show_outcome,
                self.tr("正在读取……"),
            )

    def _show_outcome(self, outcome: DrawOutcome) -> None:
        self.outcome = outcome
        fair = self.tr("公平已证明") if outcome.fairness_proven else self.tr("未达计数下限")
        who = (
            self.tr("抽取 %1 · 规则版本 %2 · 操作人 %3")
            .replace("%1", str(outcome.draw_id))
            .replace("%2", outcome.rules_version)
            .replace("%3", outcome.operator)
        )
        record = (
            self.tr("承诺值 %1\n秘密值 %2\n见证人随机数 %3\n快照摘要 %4\n种子 %5")
            .replace("%1", outcome.commitment or self.tr("（旧式抽取，无承诺值）"))
            .replace("%2", outcome.secret or "—")
            .replace("%3", outcome.witness or "—")
            .replace("%4", outcome.snapshot_hash)
            .replace("%5", outcome.seed)
        )
        figures = (
            self.tr("结果摘要 %1 · 最高负荷 %2，计数下限 %3（%4）")
            .replace("%1", outcome.digest)
            .replace("%2", str(outcome.max_load))
            .replace("%3", str(outcome.load_floor))
            .replace("%4", fair)
        )
        self.ui.drawSummary.setText(f"{who}\n{record}\n{figures}")
        self.plan.set_rows(
            [
                (
                    line.case_number,
                    line.day or "",
                    half_day_text(line.half_day),
                    "、".join(p.name for p in line.team),
                    "、".join(p.name for p in line.backups),
                    line.unplanned,
                )
                for line in outcome.lines
            ],
            list(outcome.lines),
        )
        self.ui.plan.resizeColumnsToContents()
        if outcome.lines:
            self.ui.plan.selectRow(0)
            self._explain_row(self.plan.index(0, 0))

    def _explain_row(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE) if index.isValid() else None
        if line is not None and self.outcome is not None:
            self.ui.explanation.setHtml(explain(line, self.outcome.pool_size))

    def replay(self) -> None:
        draw_id = self.ui.draws.currentData()
        if draw_id is None:
            return
        context = self.context

        def work() -> Any:
            return replay(context.read(load_recorded, draw_id))  # solver outside the session

        self._run(work, self._replayed, self.tr("正在重放核验……"))

    def _replayed(self, report: Any) -> None:
        box = QMessageBox.information if report.identical else QMessageBox.warning
        box(self, self.tr("重放核验"), "\n".join(report.lines()))

    # Scheduled inspections -----------------------------------------------------------------

    def _show_scheduled(self, lines: list[Any]) -> None:
        self.scheduled.set_rows(
            [
                (
                    line.day,
                    half_day_text(line.half_day),
                    self._with_joined(line),
                    line.item,
                    "、".join(line.team),
                    "、".join(line.backups),
                    line.draw_id or self.tr("人工"),
                )
                for line in lines
            ],
            list(lines),
        )
        self.ui.scheduled.resizeColumnsToContents()

    def open_record(self, line: Any) -> None:
        """The on-site record of the selected inspection, in a dialog of its own."""
        self.run_read(site_record, (line.inspection_id,), self._show_record)

    def _show_record(self, record: Any) -> None:
        self.record_dialog = RecordDialog(self.context, record, self)
        self.record_dialog.finished.connect(lambda _: self.refresh())
        self.record_dialog.show()

    def _on_selected(self, table: QTableView, action: Callable[[Any], None]) -> None:
        index = table.currentIndex()
        line = index.data(ROW_ROLE) if index.isValid() else None
        if line is None:
            self.ui.status.setText(self.tr("请先选择一项踏勘"))
            return
        action(line)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
