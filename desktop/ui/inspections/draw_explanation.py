"""One request of a draw explained for the coordinator and for the applicant's lawyer: who
was drawn and what they bring, the ranked backups, who else was eligible, and why the others
were not, in words: the seeded weight as a drawing order, the load as recent inspections,
the ineligible grouped by identical reasons (the README, "Inspections")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.enums import HalfDay
from desktop.domain.inspections.draw_result import Pick
from desktop.services.inspections.draw_outcome import ExclusionLine, PlanLine
from desktop.services.inspections.pool_snapshot import ROLLING_WINDOW_DAYS

CONTEXT = "DrawExplanation"
AM = QT_TRANSLATE_NOOP("DrawExplanation", "上午")
PM = QT_TRANSLATE_NOOP("DrawExplanation", "下午")
NOT_PLANNED = QT_TRANSLATE_NOOP("DrawExplanation", "未安排：")
TEAM = QT_TRANSLATE_NOOP("DrawExplanation", "踏勘组")
BACKUPS = QT_TRANSLATE_NOOP("DrawExplanation", "备选人员（依次递补）")
OTHERS = QT_TRANSLATE_NOOP(
    "DrawExplanation",
    "另有 %1 人符合条件，未被抽中（抽签排序靠后，或选他们会提高最高近期工作量）",
)
EXCLUDED = QT_TRANSLATE_NOOP("DrawExplanation", "不符合条件的人员及原因")
FROM_DEPARTMENT = QT_TRANSLATE_NOOP("DrawExplanation", "责任部门人员")
COVERS = QT_TRANSLATE_NOOP("DrawExplanation", "专业：")
ORDER = QT_TRANSLATE_NOOP("DrawExplanation", "抽签排序第 %1（本组及备选共 %2 人）")
LOAD = QT_TRANSLATE_NOOP("DrawExplanation", "近期工作量 %1 次（含本次）")
PEOPLE = QT_TRANSLATE_NOOP("DrawExplanation", "%1 人")
HOW_TO_READ = QT_TRANSLATE_NOOP(
    "DrawExplanation",
    "说明：抽签排序由种子计算（SHA-256），种子由开启抽取时承诺的秘密值、见证人随机数和"
    "数据快照摘要推出，任何人不能选定，任何人可凭抽取记录复算；"
    "在符合全部规则、并使全体人员的最高近期工作量尽可能低的安排中，优先选抽签排序靠前的人。"
    "近期工作量为近 %1 天已安排的踏勘次数（含本次）。",
)


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
    drawn = sorted((*line.team, *line.backups), key=lambda p: (-p.weight, p.inspector_id))
    order = {p.inspector_id: n for n, p in enumerate(drawn, 1)}
    if line.team:
        parts.append(f"<p><b>{tr(TEAM)}</b></p><ul>")
        parts += [f"<li>{_pick(p, order)}</li>" for p in line.team]
        parts.append("</ul>")
    if line.backups:
        parts.append(f"<p><b>{tr(BACKUPS)}</b></p><ol>")
        parts += [f"<li>{_pick(p, order)}</li>" for p in line.backups]
        parts.append("</ol>")
    others = pool_size - len(line.team) - len(line.backups) - len(line.exclusions)
    if line.planned and others > 0:
        parts.append("<p>" + tr(OTHERS).replace("%1", str(others)) + "</p>")
    if line.exclusions:
        parts.append(f"<p><b>{tr(EXCLUDED)}</b></p><ul>")
        parts += [
            f"<li><b>{escape(reasons)}</b>：{tr(PEOPLE).replace('%1', str(len(names)))}"
            f"<br><span style='color:#555'>{escape('、'.join(names))}</span></li>"
            for reasons, names in grouped(line.exclusions)
        ]
        parts.append("</ul>")
    if drawn:
        legend = tr(HOW_TO_READ).replace("%1", str(ROLLING_WINDOW_DAYS))
        parts.append(f"<p style='color:#555'>{legend}</p>")
    return "".join(parts)


def grouped(exclusions: Sequence[ExclusionLine]) -> list[tuple[str, list[str]]]:
    """The ineligible by identical reasons, the largest group first: one line for 42 people
    kept out for the same reason, not 42 lines."""
    groups: dict[str, list[str]] = defaultdict(list)
    for exclusion in exclusions:
        groups["；".join(exclusion.reasons)].append(exclusion.name)
    return sorted(groups.items(), key=lambda group: (-len(group[1]), group[0]))


def _pick(pick: Pick, order: dict[int, int]) -> str:
    facts = []
    if pick.from_responsible_department:
        facts.append(tr(FROM_DEPARTMENT))
    if pick.covers:
        facts.append(tr(COVERS) + "、".join(pick.covers))
    facts.append(tr(LOAD).replace("%1", str(pick.load_after)))
    facts.append(
        tr(ORDER).replace("%1", str(order[pick.inspector_id])).replace("%2", str(len(order)))
    )
    return f"{escape(pick.name)}（{escape('；'.join(facts))}）"
