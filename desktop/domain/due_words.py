"""The due-date explanation in words: each line a Phrase (a Chinese template and its data),
said in Chinese by `DueExplanation.lines()` and in the UI language by the workbench."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.clock import WarningLevel
from desktop.domain.phrases import Listing, Phrase, Term

if TYPE_CHECKING:  # explain.py imports this module to word its explanations
    from desktop.domain.explain import (
        CalendarNote,
        ClockExplanation,
        DueExplanation,
        StepExplanation,
    )

PROMISED = Term("承诺时限")
STATUTORY = Term("法定时限")
PAUSE_NAMES = {
    "supplement": Term("补正材料"),
    "inspection": Term("现场踏勘"),
    "special_procedure": Term("特别程序"),
}
PROVISIONAL = Term("（暂定：所跨年份的节假日安排尚未公布）")
WARNING_WORDS = {
    WarningLevel.NORMAL: Term("正常"),
    WarningLevel.YELLOW: Term("黄牌预警"),
    WarningLevel.RED: Term("红牌（已超期）"),
}
# A step's words follow its dates in one sentence, hence the leading commas.
IN_PROGRESS = Term("，进行中")
STEP_WARNINGS = {
    WarningLevel.RED: Term("，超时（红牌）"),
    WarningLevel.YELLOW: Term("，临近到期（黄牌）"),
}


def due_phrases(explanation: DueExplanation) -> list[Phrase]:
    """Each clock (promised, then statutory), where the case stands, then each started step."""
    out = []
    for clock in (explanation.promised, explanation.statutory):
        out.extend(_clock_phrases(clock))
    state = WARNING_WORDS[explanation.warning]
    if explanation.stopped_on:
        out.append(
            Phrase(
                "已于 {day} 作出决定或办结，计时停止：{state}",
                day=explanation.stopped_on,
                state=state,
            )
        )
    else:
        out.append(
            Phrase(
                "今日 {today}：距承诺期限还有 {days} 个工作日，{state}",
                today=explanation.today,
                days=explanation.remaining_working_days,
                state=state,
            )
        )
    out.extend(_step_phrase(step) for step in explanation.steps if step.started_on is not None)
    if explanation.calendar is not None:
        out.extend(_calendar_phrases(explanation.calendar))
    return out


def _calendar_phrases(note: CalendarNote) -> list[Phrase]:
    if note.version is None:
        return [Phrase("期限所依据的节假日安排版本未记录（本件在记录版本之前计算）")]
    if note.version == 0:
        out = [Phrase("期限按初次录入的节假日安排和预警比例计算（尚未修改过）")]
    else:
        when = Phrase("（{day} 修改）", day=note.changed_on) if note.changed_on else ""
        out = [
            Phrase(
                "期限按第 {version} 版节假日安排和预警比例计算{when}",
                version=note.version,
                when=when,
            )
        ]
    if note.version != note.current:
        out.append(
            Phrase(
                "  此后节假日安排或预警比例已修改（现为第 {current} 版）；本件已办结，"
                "期限保持办结时的计算",
                current=note.current,
            )
        )
    if note.stored_due is not None:
        out.append(Phrase("  办结时记录的承诺期限为 {day}", day=note.stored_due))
    return out


def _clock_phrases(clock: ClockExplanation) -> list[Phrase]:
    out = [
        Phrase(
            "{name}：{limit} 个工作日，自受理日 {start} 的次日起算，至 {due} 届满{mark}",
            name=clock.name,
            limit=clock.limit_days,
            start=clock.start,
            due=clock.due,
            mark=PROVISIONAL if clock.provisional else "",
        )
    ]
    if clock.extension_days:
        out.append(Phrase("  延长 {days} 个工作日（已批准）", days=clock.extension_days))
    for pause in clock.pauses:
        fields = {
            "kind": PAUSE_NAMES.get(pause.kind, pause.kind),
            "stopped": pause.stopped_on,
            "days": pause.excluded_working_days,
        }
        if pause.resumed_on is None:
            out.append(
                Phrase(
                    "  {kind}暂停：{stopped} 停止计时，今日（仍在暂停） 恢复，扣除 {days} 个工作日",
                    **fields,
                )
            )
        else:
            out.append(
                Phrase(
                    "  {kind}暂停：{stopped} 停止计时，{resumed} 恢复，扣除 {days} 个工作日",
                    resumed=pause.resumed_on,
                    **fields,
                )
            )
    if clock.holidays_skipped:
        out.append(Phrase("  跳过法定节假日：{days}", days=Listing(tuple(clock.holidays_skipped))))
    if clock.makeup_days_counted:
        out.append(
            Phrase("  计入调休工作日：{days}", days=Listing(tuple(clock.makeup_days_counted)))
        )
    return out


def _step_phrase(step: StepExplanation) -> Phrase:
    done = Phrase("，{day} 完成", day=step.done_on) if step.done_on else IN_PROGRESS
    return Phrase(
        "环节“{name}”：时限 {limit} 个工作日，{start} 开始，{due} 到期{done}{late}",
        name=step.name,
        limit=step.limit_days,
        start=step.started_on,
        due=step.due,
        done=done,
        late=STEP_WARNINGS.get(step.warning, ""),
    )
