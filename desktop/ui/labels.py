"""Domain labels (statuses, actions, roles, queues...) in the user's language.

The domain names things in Simplified Chinese; the UI translates them in the "labels"
context (actions in "actions"). The QT_TRANSLATE_NOOP list lets pyside6-lupdate find every
label.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.workflow import Action

CONTEXT = "labels"
ACTIONS = "actions"

_KNOWN = (
    QT_TRANSLATE_NOOP("labels", "工程建设类"),
    QT_TRANSLATE_NOOP("labels", "社会事务类"),
    QT_TRANSLATE_NOOP("labels", "待认领"),
    QT_TRANSLATE_NOOP("labels", "我的办件"),
    QT_TRANSLATE_NOOP("labels", "待我审批"),
    QT_TRANSLATE_NOOP("labels", "补正中"),
    QT_TRANSLATE_NOOP("labels", "踏勘/特别程序"),
    QT_TRANSLATE_NOOP("labels", "即将到期（黄牌）"),
    QT_TRANSLATE_NOOP("labels", "已超期（红牌）"),
    QT_TRANSLATE_NOOP("labels", "环节临近到期"),
    QT_TRANSLATE_NOOP("labels", "环节超时"),
    QT_TRANSLATE_NOOP("labels", "绿色通道"),
    QT_TRANSLATE_NOOP("labels", "全部办件"),
    QT_TRANSLATE_NOOP("labels", "待制证"),
    QT_TRANSLATE_NOOP("labels", "待送达"),
    QT_TRANSLATE_NOOP("labels", "待安排踏勘"),
    QT_TRANSLATE_NOOP("labels", "审查中"),
    QT_TRANSLATE_NOOP("labels", "现场踏勘"),
    QT_TRANSLATE_NOOP("labels", "特别程序"),
    QT_TRANSLATE_NOOP("labels", "已拟决定"),
    QT_TRANSLATE_NOOP("labels", "待审批"),
    QT_TRANSLATE_NOOP("labels", "准予许可"),
    QT_TRANSLATE_NOOP("labels", "不予许可"),
    QT_TRANSLATE_NOOP("labels", "已制证"),
    QT_TRANSLATE_NOOP("labels", "已送达（办结）"),
    QT_TRANSLATE_NOOP("labels", "申请人撤回"),
    QT_TRANSLATE_NOOP("labels", "终止办理"),
    # Actions: their own context, as some share the Chinese of the status they lead to
    QT_TRANSLATE_NOOP("actions", "认领"),
    QT_TRANSLATE_NOOP("actions", "退回待认领"),
    QT_TRANSLATE_NOOP("actions", "指派"),
    QT_TRANSLATE_NOOP("actions", "转办"),
    QT_TRANSLATE_NOOP("actions", "一次性告知补正"),
    QT_TRANSLATE_NOOP("actions", "补正材料已收"),
    QT_TRANSLATE_NOOP("actions", "提请现场踏勘"),
    QT_TRANSLATE_NOOP("actions", "踏勘结束"),
    QT_TRANSLATE_NOOP("actions", "取消踏勘"),
    QT_TRANSLATE_NOOP("actions", "进入特别程序"),
    QT_TRANSLATE_NOOP("actions", "特别程序结束"),
    QT_TRANSLATE_NOOP("actions", "拟定审查意见"),
    QT_TRANSLATE_NOOP("actions", "审核同意"),
    QT_TRANSLATE_NOOP("actions", "退回承办人"),
    QT_TRANSLATE_NOOP("actions", "延长期限"),
    QT_TRANSLATE_NOOP("actions", "制证"),
    QT_TRANSLATE_NOOP("actions", "送达出件"),
    QT_TRANSLATE_NOOP("actions", "准予许可"),
    QT_TRANSLATE_NOOP("actions", "不予许可"),
    QT_TRANSLATE_NOOP("actions", "申请人撤回"),
    QT_TRANSLATE_NOOP("actions", "终止办理"),
    # Roles
    QT_TRANSLATE_NOOP("labels", "承办人（工程建设类）"),
    QT_TRANSLATE_NOOP("labels", "承办人（社会事务类）"),
    QT_TRANSLATE_NOOP("labels", "审核人"),
    QT_TRANSLATE_NOOP("labels", "批准人（分管负责人）"),
    QT_TRANSLATE_NOOP("labels", "踏勘协调员"),
    QT_TRANSLATE_NOOP("labels", "制证员"),
    QT_TRANSLATE_NOOP("labels", "督办"),
    QT_TRANSLATE_NOOP("labels", "系统管理员"),
    QT_TRANSLATE_NOOP("labels", "窗口现场审批（授权）"),
    # Inspections
    QT_TRANSLATE_NOOP("labels", "待安排"),
    QT_TRANSLATE_NOOP("labels", "已安排"),
    QT_TRANSLATE_NOOP("labels", "已完成"),
    QT_TRANSLATE_NOOP("labels", "已取消"),
    QT_TRANSLATE_NOOP("labels", "合格"),
    QT_TRANSLATE_NOOP("labels", "限期整改"),
    QT_TRANSLATE_NOOP("labels", "不合格"),
    QT_TRANSLATE_NOOP("labels", "符合"),
    QT_TRANSLATE_NOOP("labels", "不符合"),
    QT_TRANSLATE_NOOP("labels", "不适用"),
    # Opinion levels
    QT_TRANSLATE_NOOP("labels", "承办"),
    QT_TRANSLATE_NOOP("labels", "窗口现场审批"),
    QT_TRANSLATE_NOOP("labels", "审核"),
    QT_TRANSLATE_NOOP("labels", "批准"),
    QT_TRANSLATE_NOOP("labels", "退回"),
    QT_TRANSLATE_NOOP("labels", "审批"),
    # Documents
    QT_TRANSLATE_NOOP("labels", "受理通知书"),
    QT_TRANSLATE_NOOP("labels", "不予受理决定书"),
    QT_TRANSLATE_NOOP("labels", "补正材料通知书"),
    QT_TRANSLATE_NOOP("labels", "现场踏勘通知书"),
    QT_TRANSLATE_NOOP("labels", "现场踏勘记录"),
    QT_TRANSLATE_NOOP("labels", "延期通知书"),
    QT_TRANSLATE_NOOP("labels", "特别程序告知书"),
    QT_TRANSLATE_NOOP("labels", "准予行政许可决定书"),
    QT_TRANSLATE_NOOP("labels", "不予行政许可决定书"),
    QT_TRANSLATE_NOOP("labels", "行政许可证"),
    QT_TRANSLATE_NOOP("labels", "备案通知书"),
    QT_TRANSLATE_NOOP("labels", "不予备案通知书"),
    QT_TRANSLATE_NOOP("labels", "办结通知书"),
    QT_TRANSLATE_NOOP("labels", "不予办理决定书"),
    QT_TRANSLATE_NOOP("labels", "终止审查决定书"),
    QT_TRANSLATE_NOOP("labels", "准予撤回申请决定书"),
    QT_TRANSLATE_NOOP("labels", "送达回证"),
    QT_TRANSLATE_NOOP("labels", "监管结果抄告函"),
    QT_TRANSLATE_NOOP("labels", "注销行政许可决定书"),
    QT_TRANSLATE_NOOP("labels", "撤销行政许可决定书"),
    # What a case asks for, and where a licence stands (domain/licence_life.py)
    QT_TRANSLATE_NOOP("labels", "新办"),
    QT_TRANSLATE_NOOP("labels", "变更"),
    QT_TRANSLATE_NOOP("labels", "延续"),
    QT_TRANSLATE_NOOP("labels", "注销"),
    QT_TRANSLATE_NOOP("labels", "撤销"),
    QT_TRANSLATE_NOOP("labels", "有效"),
    QT_TRANSLATE_NOOP("labels", "已变更"),
    QT_TRANSLATE_NOOP("labels", "已延续"),
    QT_TRANSLATE_NOOP("labels", "已注销"),
    QT_TRANSLATE_NOOP("labels", "已撤销"),
    QT_TRANSLATE_NOOP("labels", "已过期"),
    # Construction projects: their stages and where a stage stands (domain/projects.py)
    QT_TRANSLATE_NOOP("labels", "立项用地规划许可"),
    QT_TRANSLATE_NOOP("labels", "工程建设许可"),
    QT_TRANSLATE_NOOP("labels", "施工许可"),
    QT_TRANSLATE_NOOP("labels", "竣工验收"),
    QT_TRANSLATE_NOOP("labels", "尚未受理"),
    QT_TRANSLATE_NOOP("labels", "并联审批中"),
    QT_TRANSLATE_NOOP("labels", "受阻（有办件不予许可）"),
    QT_TRANSLATE_NOOP("labels", "本阶段办结"),
    # Items' transfer to the bureau (事项划转)
    QT_TRANSLATE_NOOP("labels", "不涉及"),
    QT_TRANSLATE_NOOP("labels", "拟划转"),
    QT_TRANSLATE_NOOP("labels", "已划转"),
    # 告知承诺制: a check's result and where it stands
    QT_TRANSLATE_NOOP("labels", "属实"),
    QT_TRANSLATE_NOOP("labels", "不实"),
    QT_TRANSLATE_NOOP("labels", "待决定"),
    QT_TRANSLATE_NOOP("labels", "待核查"),
    QT_TRANSLATE_NOOP("labels", "逾期未核查"),
    # Urges
    QT_TRANSLATE_NOOP("labels", "黄牌督办"),
    QT_TRANSLATE_NOOP("labels", "红牌督办"),
    # 容缺受理 promises (domain/promises.py)
    QT_TRANSLATE_NOOP("labels", "未到期"),
    QT_TRANSLATE_NOOP("labels", "按期补交"),
    QT_TRANSLATE_NOOP("labels", "逾期补交"),
    QT_TRANSLATE_NOOP("labels", "逾期未交"),
)


def label(value: StrEnum) -> str:
    """The translated label of a domain value that has a `label` (in Chinese)."""
    context = ACTIONS if isinstance(value, Action) else CONTEXT
    return QCoreApplication.translate(context, value.label)  # type: ignore[attr-defined]
