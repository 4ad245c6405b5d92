"""What each case action asks the user before it runs, and which service it calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.domain.enums import InspectionConclusion
from desktop.domain.workflow import Action
from desktop.services import cases
from desktop.services.case_details import CaseDetails
from desktop.ui.context import AppContext

# Work returned by `ask`: runs off the UI thread with the context; None means "cancelled".
Work = Callable[[AppContext], Any]

SHORTCUTS = {
    Action.CLAIM: "Ctrl+Shift+L",
    Action.REQUEST_SUPPLEMENT: "Ctrl+Shift+B",
    Action.RECEIVE_SUPPLEMENT: "Ctrl+Shift+R",
    Action.START_INSPECTION: "Ctrl+Shift+K",
    Action.END_INSPECTION: "Ctrl+Shift+J",
    Action.PROPOSE: "Ctrl+Shift+P",
    Action.SIGN_OFF: "Ctrl+Shift+S",
    Action.APPROVE: "Ctrl+Shift+A",
    Action.REJECT: "Ctrl+Shift+N",
    Action.SEND_BACK: "Ctrl+Shift+Z",
    Action.EXTEND: "Ctrl+Shift+E",
    Action.ISSUE_CERTIFICATE: "Ctrl+Shift+C",
    Action.DELIVER: "Ctrl+Shift+D",
}
SPECIAL_PROCEDURES = ("专家评审", "听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定")
CONCLUSIONS = {
    "合格": InspectionConclusion.PASSES,
    "整改后合格": InspectionConclusion.RECTIFY,
    "不合格": InspectionConclusion.FAILS,
}


@dataclass(frozen=True)
class Prompt:
    parent: QWidget
    details: CaseDetails

    def text(self, label: str, default: str = "", multiline: bool = False) -> str | None:
        title = self.details.number
        if multiline:
            value, ok = QInputDialog.getMultiLineText(self.parent, title, label, default)
        else:
            value, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return value if ok else None

    def choose(self, label: str, options: list[str]) -> str | None:
        value, ok = QInputDialog.getItem(self.parent, self.details.number, label, options, 0, False)
        return value if ok else None

    def number(self, label: str, default: int) -> int | None:
        value, ok = QInputDialog.getInt(self.parent, self.details.number, label, default, 1, 365)
        return value if ok else None


def shortcut(action: Action) -> QKeySequence | None:
    key = SHORTCUTS.get(action)
    return QKeySequence(key) if key else None


def ask(action: Action, parent: QWidget, details: CaseDetails) -> Work | None:
    """Ask for the action's inputs on the UI thread; return the work to run, or None."""
    p = Prompt(parent, details)
    case_id, version = details.id, details.version
    simple = {
        Action.CLAIM: cases.claim,
        Action.RECEIVE_SUPPLEMENT: cases.receive_supplement,
        Action.START_INSPECTION: cases.start_inspection,
        Action.END_SPECIAL: cases.end_special,
        Action.ISSUE_CERTIFICATE: cases.issue_certificate,
    }
    if action in simple:
        service = simple[action]
        return lambda c: c.write(service, case_id, version)
    with_reason = {
        Action.SEND_BACK: (cases.send_back, "退回理由："),
        Action.EXTEND: (cases.extend, "延长期限的理由（将写入延期通知书）："),
        Action.WITHDRAW: (cases.withdraw, "撤回原因（申请人书面申请）："),
        Action.TERMINATE: (cases.terminate, "终止办理的理由："),
        Action.RELEASE: (cases.release, "退回待认领的原因（可不填）："),
        Action.REJECT: (cases.reject, "不予许可的理由（将写入决定书）："),
    }
    if action in with_reason:
        service, label = with_reason[action]
        reason = p.text(label, multiline=action is Action.REJECT)
        return None if reason is None else (lambda c: c.write(service, case_id, version, reason))
    if action in (Action.SIGN_OFF, Action.APPROVE):
        service = cases.sign_off if action is Action.SIGN_OFF else cases.approve
        opinion = p.text("意见：", "同意。")
        return None if opinion is None else (lambda c: c.write(service, case_id, version, opinion))
    if action is Action.PROPOSE:
        choice = p.choose("拟定的决定：", ["拟准予许可", "拟不予许可"])
        if choice is None:
            return None
        opinion = p.text("承办意见（拟不予许可须写明理由）：", multiline=True)
        grant = choice == "拟准予许可"
        return (
            None
            if opinion is None
            else (lambda c: c.write(cases.propose, case_id, version, grant=grant, opinion=opinion))
        )
    if action is Action.REQUEST_SUPPLEMENT:
        missing = details.material_ids_missing
        if not missing:
            QMessageBox.information(
                parent,
                details.number,
                "请先在“材料”页把缺少的材料全部标为“缺少”，再一次性告知申请人。",
            )
            return None
        note = p.text("补正说明（可不填）：")
        return (
            None
            if note is None
            else (lambda c: c.write(cases.request_supplement, case_id, version, missing, note))
        )
    if action is Action.END_INSPECTION:
        conclusion = p.choose("踏勘结论：", list(CONCLUSIONS))
        if conclusion is None:
            return None
        findings = p.text("踏勘发现的情况：", multiline=True)
        return (
            None
            if findings is None
            else (
                lambda c: c.write(
                    cases.end_inspection, case_id, version, CONCLUSIONS[conclusion], findings
                )
            )
        )
    if action is Action.START_SPECIAL:
        procedure = p.choose("特别程序：", list(SPECIAL_PROCEDURES))
        days = None if procedure is None else p.number("预计所需工作日：", 10)
        reason = None if days is None else p.text("理由（书面告知申请人）：")
        return (
            None
            if reason is None
            else (lambda c: c.write(cases.start_special, case_id, version, procedure, days, reason))
        )
    if action is Action.DELIVER:
        who = p.text("签收人姓名：")
        return None if who is None else (lambda c: c.write(cases.deliver, case_id, version, who))
    if action in (Action.ASSIGN, Action.TRANSFER):
        people = details.assignees
        name = p.choose("指派给：", [n for _, n in people])
        if name is None:
            return None
        handler_id = next(i for i, n in people if n == name)
        return lambda c: c.write(cases.assign, [case_id], handler_id)
    return None
