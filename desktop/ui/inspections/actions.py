"""The coordinator's changes to one inspection: ask in a dialog, then run the service off
the UI thread through the window. Each change needs a reason, which the draw log keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services import timesource
from desktop.services.inspections.board import RequestLine, ScheduledLine
from desktop.services.inspections.candidates import Candidate, override_candidates
from desktop.services.inspections.changes import (
    ChangeOutcome,
    cancel_inspection,
    override_team,
    postpone_inspection,
    reschedule_inspection,
)
from desktop.services.inspections.joint import JoinableLine, join_inspections, joinable
from desktop.services.inspections.replacement import ReplacementOutcome, replace_member
from desktop.services.inspections.site_record import reuse_team
from desktop.ui.inspections.change_dialog import ChangeAnswers, ChangeKind, InspectionChangeDialog
from desktop.ui.inspections.joint_dialog import JointDialog, ask_joint

Line = ScheduledLine | RequestLine


class Host(Protocol):
    """What the actions need from the window."""

    def run_change(self, service: Callable[..., Any], args: tuple, done: Callable) -> None: ...

    def run_read(self, service: Callable[..., Any], args: tuple, done: Callable) -> None: ...

    def say(self, text: str) -> None: ...


def ask_change(dialog: InspectionChangeDialog) -> ChangeAnswers | None:
    """The answers, or None when cancelled (tests replace this to answer for the user)."""
    return dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None


class InspectionActions(QObject):
    def __init__(self, window: QWidget, host: Host) -> None:
        super().__init__(window)
        self.window = window
        self.host = host

    def _ask(self, kind: ChangeKind, line: Line, **fields: Any) -> ChangeAnswers | None:
        scheduled = isinstance(line, ScheduledLine)
        when = f"{line.day} " if scheduled else ""
        summary = f"{line.case_number} · {line.item} · {when}"
        fields.setdefault("day", line.day if scheduled else _default_day(line))
        if scheduled:
            fields.setdefault("half_day", line.half_day)
        return ask_change(InspectionChangeDialog(self.window, kind, summary.strip(" ·"), **fields))

    def replace(self, line: ScheduledLine) -> None:
        members = list(zip(line.team_ids, line.team, strict=True))
        answers = self._ask(ChangeKind.REPLACE, line, members=members)
        if answers is not None:
            args = (line.inspection_id, answers.member_id, answers.cause, answers.reason)
            self.host.run_change(replace_member, args, self._replaced)

    def _replaced(self, outcome: ReplacementOutcome) -> str:
        if outcome.chosen is None:
            return self.tr("%1：无人可以递补，已退回待安排，请重新抽取或人工指定").replace(
                "%1", outcome.case_number
            )
        return (
            self.tr("%1：%2 由 %3 递补")
            .replace("%1", outcome.case_number)
            .replace("%2", outcome.leaving)
            .replace("%3", outcome.chosen)
        )

    def override(self, line: Line) -> None:
        """Read who may serve (eligible first, the others with reasons), then ask."""
        self.host.run_read(
            override_candidates, (line.inspection_id,), lambda found: self._override(line, found)
        )

    def _override(self, line: Line, candidates: list[Candidate]) -> None:
        chosen = line.team_ids if isinstance(line, ScheduledLine) else ()
        answers = self._ask(ChangeKind.OVERRIDE, line, candidates=candidates, chosen=chosen)
        if answers is not None:
            args = (
                line.inspection_id,
                answers.day,
                answers.half_day,
                answers.team_ids,
                answers.reason,
            )
            self.host.run_change(override_team, args, self._changed)

    def reschedule(self, line: ScheduledLine) -> None:
        answers = self._ask(ChangeKind.RESCHEDULE, line)
        if answers is not None:
            args = (line.inspection_id, answers.day, answers.half_day, answers.reason)
            self.host.run_change(reschedule_inspection, args, self._changed)

    def reuse(self, line: Line) -> None:
        """A re-inspection booked for the team of the inspection it follows."""
        answers = self._ask(ChangeKind.RESCHEDULE, line)
        if answers is not None:
            args = (line.inspection_id, answers.day, answers.half_day, answers.reason)
            self.host.run_change(reuse_team, args, self._changed)

    def postpone(self, line: Line) -> None:
        later = max(timesource.today(), line.window_end) + timedelta(days=1)
        answers = self._ask(ChangeKind.POSTPONE, line, day=later)
        if answers is not None:
            args = (line.inspection_id, answers.day, answers.window_days, answers.reason)
            self.host.run_change(postpone_inspection, args, self._changed)

    def cancel(self, line: Line) -> None:
        answers = self._ask(ChangeKind.CANCEL, line)
        if answers is not None:
            args = (line.inspection_id, answers.reason)
            self.host.run_change(cancel_inspection, args, self._cancelled)

    def _cancelled(self, outcome: ChangeOutcome) -> str:
        if outcome.back_to_review:
            text = self.tr("%1：踏勘已取消，办件退回审查，计时恢复")
        else:
            text = self.tr("%1：踏勘已取消")
        return text.replace("%1", outcome.case_number)

    def joint(self, line: RequestLine) -> None:
        """联合踏勘: read which requests of the same project and stage may join, then ask."""
        self.host.run_read(joinable, (line.inspection_id,), lambda found: self._joint(line, found))

    def _joint(self, line: RequestLine, found: list[JoinableLine]) -> None:
        if not found:
            self.host.say(
                self.tr("%1：没有同一工程建设项目同一阶段待安排踏勘的其他办件").replace(
                    "%1", line.case_number
                )
            )
            return
        chosen = ask_joint(JointDialog(self.window, line.case_number, found))
        if chosen is not None:
            done = len(chosen)

            def said(_: Any) -> str:
                return (
                    self.tr("%1：已并入联合踏勘 %2 件")
                    .replace("%1", line.case_number)
                    .replace("%2", str(done))
                )

            self.host.run_change(join_inspections, (line.inspection_id, chosen), said)

    def _changed(self, outcome: Any) -> str:
        return self.tr("%1：已办理").replace("%1", outcome.case_number)


def _default_day(line: RequestLine) -> date:
    return max(line.window_start, timesource.today() + timedelta(days=1))
