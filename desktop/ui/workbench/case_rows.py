"""The workbench's tables as rows of words in the UI language, from the case's codes.

Names, item names and what people wrote (reasons, opinions, findings) are data and stay
as they were entered; everything the program says is translated here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.documents.model import DocumentType
from desktop.domain.timezone import CHINA
from desktop.domain.workflow import ACCEPT_EVENT, MATERIAL_EVENT, Action
from desktop.services.cases.details import CaseDetails, HistoryLine
from desktop.services.cases.promises import PROMISE_EVENT, PROMISE_KEPT_EVENT
from desktop.services.cases.queues import PAUSED, QueueRow
from desktop.services.cases.urging import ACKNOWLEDGE_EVENT
from desktop.ui.labels import label
from desktop.ui.queues.queue_model import COLUMN, COLUMNS, WARNING_COLOUR

CONTEXT = "Workbench"
MATERIAL_STATES = {
    "received": QT_TRANSLATE_NOOP("Workbench", "已收"),
    "missing": QT_TRANSLATE_NOOP("Workbench", "缺少"),
    "required": QT_TRANSLATE_NOOP("Workbench", "待核对"),
}
# What the history says of a material marked on the checklist (as the record says it).
MATERIAL_MARKS = {
    True: QT_TRANSLATE_NOOP("Workbench", "%1：已收"),
    False: QT_TRANSLATE_NOOP("Workbench", "%1：缺少"),
}
# History events that are not actions of the workflow table.
EVENTS = {
    ACCEPT_EVENT: QT_TRANSLATE_NOOP("Workbench", "受理"),
    MATERIAL_EVENT: QT_TRANSLATE_NOOP("Workbench", "核对材料"),
    "urge": QT_TRANSLATE_NOOP("Workbench", "督办"),  # a supervisor's urge (services.urging)
    ACKNOWLEDGE_EVENT: QT_TRANSLATE_NOOP("Workbench", "确认收到督办"),  # by the handler
    PROMISE_EVENT: QT_TRANSLATE_NOOP("Workbench", "容缺受理"),  # promises at acceptance
    PROMISE_KEPT_EVENT: QT_TRANSLATE_NOOP("Workbench", "容缺材料补交"),  # by the handler
}
Row = tuple[object, ...]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when(moment: datetime) -> str:
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def who(name: str | None) -> str:
    return _tr(QT_TRANSLATE_NOOP("Workbench", "系统")) if name is None else name


def material_rows(details: CaseDetails) -> list[Row]:
    return [
        (m.seq, m.name, _tr(MATERIAL_STATES.get(m.state, m.state)), m.received_on or "")
        for m in details.materials
    ]


def history_rows(details: CaseDetails) -> list[Row]:
    return [
        (
            when(h.at),
            who(h.actor),
            _step(h.action),
            label(h.from_status) if h.from_status else "",
            label(h.to_status) if h.to_status else "",
            _note(h),
        )
        for h in details.history
    ]


def _step(action: str) -> str:
    if action in EVENTS:
        return _tr(EVENTS[action])
    try:
        return label(Action(action))
    except ValueError:  # an event code this version does not know: show it as it is
        return action


def _note(line: HistoryLine) -> str:
    if line.received_by:
        received = _tr(QT_TRANSLATE_NOOP("Workbench", "签收人：%1")).replace("%1", line.received_by)
        separator = _tr(QT_TRANSLATE_NOOP("Workbench", "；"))
        return separator.join(filter(None, (line.reason, received)))
    if line.marked is None:
        return line.reason
    return _tr(MATERIAL_MARKS[line.marked.received]).replace("%1", line.marked.name)


def opinion_rows(details: CaseDetails) -> list[Row]:
    return [(label(o.level), o.opinion, who(o.signer), when(o.at)) for o in details.opinions]


def inspection_rows(details: CaseDetails) -> list[Row]:
    separator = _tr(QT_TRANSLATE_NOOP("Workbench", "、"))
    return [
        (
            label(i.status),
            i.scheduled_on or "",
            label(i.conclusion) if i.conclusion else "",
            separator.join(i.team),
            i.findings,
        )
        for i in details.inspections
    ]


def document_rows(details: CaseDetails) -> list[Row]:
    void = _tr(QT_TRANSLATE_NOOP("Workbench", "是"))
    return [
        (d.number, _document_title(d.doc_type), when(d.issued_at), void if d.void else "")
        for d in details.documents
    ]


def _document_title(code: str) -> str:
    try:
        return label(DocumentType(code))
    except ValueError:  # a type this version does not know: show its code
        return code


def due_badge(line: QueueRow) -> tuple[str, str]:
    """The header's promised due date and working days left, and its style: red or yellow
    as the queue shows the case (the same line, the same colours)."""
    due = COLUMNS[COLUMN["due"]].text(line)
    parts = [_tr(QT_TRANSLATE_NOOP("Workbench", "承诺期限 %1")).replace("%1", due)] if due else []
    left = line.remaining_days
    if left is not None and left >= 0:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Workbench", "剩余 %1 个工作日")).replace("%1", str(left))
        )
    elif left is not None:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Workbench", "已超期 %1 个工作日")).replace("%1", str(-left))
        )
    elif line.status in PAUSED:
        parts.append(_tr(QT_TRANSLATE_NOOP("Workbench", "暂停计时")))
    warning = COLUMNS[COLUMN["warning"]].text(line)
    if warning:
        parts.append(warning)
    style = "padding: 4px 8px; font-size: 12pt; font-weight: bold;"
    colour = WARNING_COLOUR.get(line.warning)
    if colour is not None:
        style += f" background: {colour.name()};"
    return _tr(QT_TRANSLATE_NOOP("Workbench", " · ")).join(parts), style
