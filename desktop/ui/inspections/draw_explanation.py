"""One request of a draw explained for the coordinator: who was drawn and what they bring,
the ranked backups, who else was eligible, and why each of the others was not."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.enums import HalfDay
from desktop.domain.inspections.draw_result import Pick
from desktop.services.inspections.draw_outcome import PlanLine

CONTEXT = "DrawExplanation"
AM = QT_TRANSLATE_NOOP("DrawExplanation", "上午")
PM = QT_TRANSLATE_NOOP("DrawExplanation", "下午")
NOT_PLANNED = QT_TRANSLATE_NOOP("DrawExplanation", "未安排：")
TEAM = QT_TRANSLATE_NOOP("DrawExplanation", "踏勘组")
BACKUPS = QT_TRANSLATE_NOOP("DrawExplanation", "备选人员（依次递补）")
OTHERS = QT_TRANSLATE_NOOP(
    "DrawExplanation", "另有 %1 人符合条件，未被抽中（种子权重较低，或会超出本次最高负荷）"
)
EXCLUDED = QT_TRANSLATE_NOOP("DrawExplanation", "不符合条件的人员及原因")
FROM_DEPARTMENT = QT_TRANSLATE_NOOP("DrawExplanation", "责任部门人员")
COVERS = QT_TRANSLATE_NOOP("DrawExplanation", "专业：")
WEIGHT = QT_TRANSLATE_NOOP("DrawExplanation", "权重 %1")
LOAD = QT_TRANSLATE_NOOP("DrawExplanation", "安排后负荷 %1")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def half_day_text(half: HalfDay | None) -> str:
    return "" if half is None else tr(AM) if half is HalfDay.AM else tr(PM)


def explain(line: PlanLine, pool_size: int) -> str:
    """Rich text for a QTextBrowser."""
    title = escape(line.case_number)
    if line.planned:
        title += f" · {line.day} {half_day_text(line.half_day)}"
    parts = [f"<h3>{title}</h3>"]
    if not line.planned:
        parts.append(f"<p><b>{tr(NOT_PLANNED)}</b>{escape(line.unplanned)}</p>")
    if line.team:
        parts.append(f"<p><b>{tr(TEAM)}</b></p><ul>")
        parts += [f"<li>{_pick(p)}</li>" for p in line.team]
        parts.append("</ul>")
    if line.backups:
        parts.append(f"<p><b>{tr(BACKUPS)}</b></p><ol>")
        parts += [f"<li>{_pick(p)}</li>" for p in line.backups]
        parts.append("</ol>")
    others = pool_size - len(line.team) - len(line.backups) - len(line.exclusions)
    if line.planned and others > 0:
        parts.append("<p>" + tr(OTHERS).replace("%1", str(others)) + "</p>")
    if line.exclusions:
        parts.append(f"<p><b>{tr(EXCLUDED)}</b></p><ul>")
        parts += [
            f"<li>{escape(e.name)}：{escape('；'.join(e.reasons))}</li>" for e in line.exclusions
        ]
        parts.append("</ul>")
    return "".join(parts)


def _pick(pick: Pick) -> str:
    facts = []
    if pick.from_responsible_department:
        facts.append(tr(FROM_DEPARTMENT))
    if pick.covers:
        facts.append(tr(COVERS) + "、".join(pick.covers))
    facts.append(tr(WEIGHT).replace("%1", str(pick.weight)))
    facts.append(tr(LOAD).replace("%1", str(pick.load_after)))
    return f"{escape(pick.name)}（{escape('；'.join(facts))}）"
