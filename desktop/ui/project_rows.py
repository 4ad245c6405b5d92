"""A construction project's tables, as the case window's project tab and supervision's
projects tab show them: one source for their columns and words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.clock import WarningLevel
from desktop.services.cases.project_views import ProjectCase, StageView
from desktop.ui.labels import label

CONTEXT = "ProjectRows"
LEVEL_WORDS = {
    WarningLevel.NORMAL: QT_TRANSLATE_NOOP("ProjectRows", "按时"),
    WarningLevel.YELLOW: QT_TRANSLATE_NOOP("ProjectRows", "预警"),
    WarningLevel.RED: QT_TRANSLATE_NOOP("ProjectRows", "超期"),
}
STAGE_HEADERS = (
    QT_TRANSLATE_NOOP("ProjectRows", "阶段"),
    QT_TRANSLATE_NOOP("ProjectRows", "状态"),
    QT_TRANSLATE_NOOP("ProjectRows", "办件"),
    QT_TRANSLATE_NOOP("ProjectRows", "未办结"),
    QT_TRANSLATE_NOOP("ProjectRows", "开始"),
    QT_TRANSLATE_NOOP("ProjectRows", "时限（工作日）"),
    QT_TRANSLATE_NOOP("ProjectRows", "应完成"),
    QT_TRANSLATE_NOOP("ProjectRows", "完成"),
    QT_TRANSLATE_NOOP("ProjectRows", "阶段计时"),
)
CASE_HEADERS = (
    QT_TRANSLATE_NOOP("ProjectRows", "受理编号"),
    QT_TRANSLATE_NOOP("ProjectRows", "阶段"),
    QT_TRANSLATE_NOOP("ProjectRows", "部门"),
    QT_TRANSLATE_NOOP("ProjectRows", "事项"),
    QT_TRANSLATE_NOOP("ProjectRows", "状态"),
    QT_TRANSLATE_NOOP("ProjectRows", "承办人"),
    QT_TRANSLATE_NOOP("ProjectRows", "承诺期限"),
    QT_TRANSLATE_NOOP("ProjectRows", "决定日"),
)
REFUSED = QT_TRANSLATE_NOOP("ProjectRows", "（不予许可）")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def headers(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(tr(text) for text in texts)


def level_word(level: WarningLevel | None) -> str:
    return tr(LEVEL_WORDS[level]) if level is not None else ""


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def stage_row(stage: StageView) -> tuple[Any, ...]:
    return (
        label(stage.stage),
        label(stage.state),
        stage.cases,
        stage.open_cases,
        _day(stage.started_on),
        stage.limit_days,
        _day(stage.due_on),
        _day(stage.finished_on),
        level_word(stage.level),
    )


def case_row(case: ProjectCase) -> tuple[Any, ...]:
    status = label(case.status) + (tr(REFUSED) if case.refused else "")
    return (
        case.number,
        label(case.stage),
        case.department,
        case.item,
        status,
        case.handler,
        _day(case.promised_due_on),
        _day(case.decided_on),
    )
