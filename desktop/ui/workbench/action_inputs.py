"""What each case action asks the user before it runs, and which service it calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.enums import InspectionConclusion
from desktop.domain.item_kinds import ItemKind
from desktop.domain.terminations import grounds_for
from desktop.domain.workflow import Action
from desktop.services.cases import actions as cases
from desktop.services.cases.details import CaseDetails
from desktop.ui.context import AppContext
from desktop.ui.hand_over_dialog import HandOverDialog
from desktop.ui.labels import label
from desktop.ui.workbench.action_dialog import ActionForm, Answers, ask_form
from desktop.ui.workbench.action_extras import GrantTerms

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

# The service each action calls once its form is answered, with the answers it passes on.
REASON_FORMS = {
    Action.SEND_BACK: ActionForm(
        text_label=QT_TRANSLATE_NOOP("ActionDialog", "退回理由："), text_required=lambda _: True
    ),
    Action.EXTEND: ActionForm(
        text_label=QT_TRANSLATE_NOOP("ActionDialog", "延长期限的理由："),
        text_required=lambda _: True,
        hint=QT_TRANSLATE_NOOP(
            "ActionDialog", "延长十个工作日，只能延长一次；理由将写入延期通知书。"
        ),
    ),
    Action.WITHDRAW: ActionForm(
        text_label=QT_TRANSLATE_NOOP("ActionDialog", "撤回原因："),
        text_required=lambda _: True,
        hint=QT_TRANSLATE_NOOP("ActionDialog", "须有申请人的书面撤回申请。"),
    ),
    Action.RELEASE: ActionForm(
        text_label=QT_TRANSLATE_NOOP("ActionDialog", "退回待认领的原因（可不填）："),
    ),
    Action.REJECT: ActionForm(
        text_label=QT_TRANSLATE_NOOP("ActionDialog", "不予许可的理由："),
        text_required=lambda _: True,
        hint=QT_TRANSLATE_NOOP(
            "ActionDialog", "理由将写入不予行政许可决定书，并告知申请人复议和诉讼的权利。"
        ),
    ),
}
REASON_SERVICES = {
    Action.SEND_BACK: cases.send_back,
    Action.EXTEND: cases.extend,
    Action.WITHDRAW: cases.withdraw,
    Action.RELEASE: cases.release,
    Action.REJECT: cases.reject,
}
OPINION_FORM = ActionForm(
    text_label=QT_TRANSLATE_NOOP("ActionDialog", "意见："),
    text_default=QT_TRANSLATE_NOOP("ActionDialog", "同意。"),
    text_required=lambda _: True,
    phrases=(
        QT_TRANSLATE_NOOP("ActionDialog", "同意。"),
        QT_TRANSLATE_NOOP("ActionDialog", "同意承办人意见，准予许可。"),
        QT_TRANSLATE_NOOP("ActionDialog", "材料齐全，符合法定形式，同意。"),
        QT_TRANSLATE_NOOP("ActionDialog", "经审核，符合许可条件。"),
    ),
)
PROPOSE_FORM = ActionForm(
    choice_label=QT_TRANSLATE_NOOP("ActionDialog", "拟定的决定："),
    choices=(
        (QT_TRANSLATE_NOOP("ActionDialog", "拟准予许可"), True),
        (QT_TRANSLATE_NOOP("ActionDialog", "拟不予许可"), False),
    ),
    text_label=QT_TRANSLATE_NOOP("ActionDialog", "承办意见："),
    text_required=lambda _: True,
    phrases=(
        QT_TRANSLATE_NOOP("ActionDialog", "申请材料齐全，符合法定形式。"),
        QT_TRANSLATE_NOOP("ActionDialog", "经现场踏勘，现场情况与申请材料一致。"),
        QT_TRANSLATE_NOOP("ActionDialog", "符合许可条件，拟准予许可。"),
        QT_TRANSLATE_NOOP("ActionDialog", "不符合许可条件，拟不予许可，理由如下："),
    ),
    hint=QT_TRANSLATE_NOOP(
        "ActionDialog", "写明审查情况和依据；拟不予许可的，理由将写入不予行政许可决定书。"
    ),
)


def propose_form(details: CaseDetails) -> ActionForm:
    """The proposal, with a grant's terms where the item's kind uses them: conditions for a
    licensing decision, a scope (or a completed item's result), a validity for a licence."""
    kind = details.item_kind
    if kind is ItemKind.FILING:
        return PROPOSE_FORM  # a filing is acknowledged as filed: nothing to add
    terms = GrantTerms(
        conditions=kind is ItemKind.LICENSING,
        scope=True,
        validity=details.issues_licence,
        catalogue_years=details.validity_years,
        licensing=kind is ItemKind.LICENSING,
    )
    hint = PROPOSE_TERMS_HINT if kind is ItemKind.LICENSING else PROPOSE_FORM.hint
    return replace(PROPOSE_FORM, terms=terms, hint=hint)


PROPOSE_TERMS_HINT = QT_TRANSLATE_NOOP(
    "ActionDialog",
    "写明审查情况和依据；准予的，附加条件、许可范围和有效期限随决定一并报批，写入决定书和许可证。",
)


# The grounds' names as the choice box shows them (domain/terminations.py), for lupdate.
GROUND_NAMES = (
    QT_TRANSLATE_NOOP("ActionDialog", "申请人死亡"),
    QT_TRANSLATE_NOOP("ActionDialog", "申请人依法终止"),
    QT_TRANSLATE_NOOP("ActionDialog", "依法需要终止审查的其他情形"),
)


def terminate_form(details: CaseDetails) -> ActionForm:
    """终止审查: the ground that fits the applicant, the facts, and the legal basis."""
    grounds = grounds_for(details.applicant_kind)
    return ActionForm(
        choice_label=QT_TRANSLATE_NOOP("ActionDialog", "终止情形："),
        choices=tuple((ground.name, ground) for ground in grounds),
        text_label=QT_TRANSLATE_NOOP("ActionDialog", "查明的事实："),
        text_required=lambda _: True,
        text_of=lambda ground: ground.reason if ground is not None else "",
        basis_of=lambda ground: ground.basis if ground is not None else "",
        hint=QT_TRANSLATE_NOOP(
            "ActionDialog",
            "事实和法律依据写入终止审查决定书；其他情形须写明所依据的法律、法规或者规章的条款。",
        ),
    )


SUPPLEMENT_FORM = ActionForm(
    text_label=QT_TRANSLATE_NOOP("ActionDialog", "补正说明（可不填）："),
    hint=QT_TRANSLATE_NOOP(
        "ActionDialog", "“材料”页中标为“缺少”的材料将一次性告知申请人，计时暂停。"
    ),
)
INSPECTION_RESULT_FORM = ActionForm(
    choice_label=QT_TRANSLATE_NOOP("ActionDialog", "踏勘结论："),
    choices=(
        (QT_TRANSLATE_NOOP("ActionDialog", "合格"), InspectionConclusion.PASSES),
        (QT_TRANSLATE_NOOP("ActionDialog", "限期整改"), InspectionConclusion.RECTIFY),
        (QT_TRANSLATE_NOOP("ActionDialog", "不合格"), InspectionConclusion.FAILS),
    ),
    text_label=QT_TRANSLATE_NOOP("ActionDialog", "踏勘发现的情况："),
    text_required=lambda _: True,
)
SPECIAL_FORM = ActionForm(
    choice_label=QT_TRANSLATE_NOOP("ActionDialog", "特别程序："),
    choices=tuple(
        (name, name)
        for name in (
            QT_TRANSLATE_NOOP("ActionDialog", "专家评审"),
            QT_TRANSLATE_NOOP("ActionDialog", "听证"),
            QT_TRANSLATE_NOOP("ActionDialog", "招标"),
            QT_TRANSLATE_NOOP("ActionDialog", "拍卖"),
            QT_TRANSLATE_NOOP("ActionDialog", "检验"),
            QT_TRANSLATE_NOOP("ActionDialog", "检测"),
            QT_TRANSLATE_NOOP("ActionDialog", "检疫"),
            QT_TRANSLATE_NOOP("ActionDialog", "鉴定"),
        )
    ),
    days_label=QT_TRANSLATE_NOOP("ActionDialog", "预计所需："),
    text_label=QT_TRANSLATE_NOOP("ActionDialog", "理由："),
    text_required=lambda _: True,
    hint=QT_TRANSLATE_NOOP(
        "ActionDialog", "特别程序所需时间不计入审批期限，并书面告知申请人（行政许可法第四十五条）。"
    ),
)
SIMPLE_SERVICES = {
    Action.CLAIM: cases.claim,
    Action.RECEIVE_SUPPLEMENT: cases.receive_supplement,
    Action.START_INSPECTION: cases.start_inspection,
    Action.END_SPECIAL: cases.end_special,
    Action.ISSUE_CERTIFICATE: cases.issue_certificate,
}


def shortcut(action: Action) -> QKeySequence | None:
    key = SHORTCUTS.get(action)
    return QKeySequence(key) if key else None


def ask(
    action: Action, parent: QWidget, details: CaseDetails, draft: Answers | None = None
) -> tuple[Work, Answers | None] | None:
    """Ask for the action's inputs on the UI thread (starting from `draft`, what the user
    entered in an attempt that failed); return the work to run with the answers, or None."""
    case_id, version = details.id, details.version
    if action in SIMPLE_SERVICES:
        service = SIMPLE_SERVICES[action]
        return (lambda c: c.write(service, case_id, version)), None
    if action is Action.REQUEST_SUPPLEMENT and not details.material_ids_missing:
        QMessageBox.information(
            parent,
            details.number,
            QCoreApplication.translate(
                "ActionDialog", "请先在“材料”页把缺少的材料全部标为“缺少”，再一次性告知申请人。"
            ),
        )
        return None
    if action is Action.DELIVER:
        return _ask_receipt(parent, details)
    form = _form_for(action, details)
    if form is None:
        return None
    summary = f"{details.number} · {label(action)}"
    answers = ask_form(parent, details.number, summary, form, draft)
    return None if answers is None else (_work(action, details, answers), answers)


def _ask_receipt(parent: QWidget, details: CaseDetails) -> tuple[Work, None] | None:
    """Service of the result: who signs, their ID and capacity, how (送达回证)."""
    dialog = HandOverDialog(
        parent,
        details.number,
        details.applicant,
        details.applicant_kind,
        details.applicant_identifier,
    )
    if dialog.exec() != HandOverDialog.DialogCode.Accepted:
        return None
    receipt, case_id, version = dialog.receipt(), details.id, details.version
    return (lambda c: c.write(cases.deliver, case_id, version, receipt)), None


def _form_for(action: Action, details: CaseDetails) -> ActionForm | None:
    if action in REASON_FORMS:
        return REASON_FORMS[action]
    if action in (Action.ASSIGN, Action.TRANSFER):
        return ActionForm(
            choice_label=QT_TRANSLATE_NOOP("ActionDialog", "指派给："),
            choices=tuple((name, handler_id) for handler_id, name in details.assignees),
        )
    if action is Action.PROPOSE:
        return propose_form(details)
    if action is Action.TERMINATE:
        return terminate_form(details)
    return {
        Action.SIGN_OFF: OPINION_FORM,
        Action.APPROVE: OPINION_FORM,
        Action.REQUEST_SUPPLEMENT: SUPPLEMENT_FORM,
        Action.END_INSPECTION: INSPECTION_RESULT_FORM,
        Action.START_SPECIAL: SPECIAL_FORM,
    }.get(action)


def _work(action: Action, details: CaseDetails, a: Answers) -> Work:
    case_id, version = details.id, details.version
    if action in REASON_SERVICES:
        service = REASON_SERVICES[action]
        return lambda c: c.write(service, case_id, version, a.text)
    if action is Action.SIGN_OFF:
        return lambda c: c.write(cases.sign_off, case_id, version, a.text)
    if action is Action.APPROVE:
        return lambda c: c.write(cases.approve, case_id, version, a.text)
    if action is Action.PROPOSE:
        return lambda c: c.write(
            cases.propose,
            case_id,
            version,
            grant=a.choice,
            opinion=a.text,
            conditions=a.conditions,
            scope=a.scope,
            validity_years=a.validity_years,
        )
    if action is Action.TERMINATE:
        return lambda c: c.write(cases.terminate, case_id, version, a.text, a.basis)
    if action is Action.REQUEST_SUPPLEMENT:
        missing = details.material_ids_missing
        return lambda c: c.write(cases.request_supplement, case_id, version, missing, a.text)
    if action is Action.END_INSPECTION:
        return lambda c: c.write(cases.end_inspection, case_id, version, a.choice, a.text)
    if action is Action.START_SPECIAL:
        return lambda c: c.write(cases.start_special, case_id, version, a.choice, a.days, a.text)
    assert action in (Action.ASSIGN, Action.TRANSFER), action
    return lambda c: c.write(cases.assign, [case_id], a.choice)
