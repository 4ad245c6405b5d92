"""The audit trail in words: one table of labels for every action code and record kind the
services and the database write, field names, and a change said as "字段：旧值 → 新值".

Labels are terms (translated by the UI); an unknown code shows as itself, so a new action
is never hidden, and a test checks that every code the services write has a label.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop.documents.model import DocumentType
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.inspections.draw_events import DrawEvent
from desktop.domain.phrases import Listing, Phrase, Term
from desktop.domain.workflow import MATERIAL_EVENT, Action

# Actions the services record by name (the workflow's actions and draw events come from
# their enums below).
NAMED_ACTIONS: dict[str, Term] = {
    "sign_in": Term("登录"),
    "sign_in_failed": Term("登录失败"),
    "create_first_admin": Term("建立首个管理员"),
    "add_user": Term("新增用户"),
    "set_roles": Term("修改角色"),
    "enable_user": Term("启用用户"),
    "disable_user": Term("停用用户"),
    "reset_password": Term("重设密码"),
    "save_profile": Term("修改单位信息"),
    "update_settings": Term("修改督办设置"),
    "set_signing_keys": Term("设置签章密钥"),
    "move_signing_keys_out": Term("移出签章私钥"),
    "set_calendar_year": Term("录入节假日"),
    "recount_due": Term("按新日历重算期限"),
    "save_item": Term("保存事项"),
    "retire_item": Term("停用事项"),
    "reinstate_item": Term("恢复事项"),
    "import_catalogue": Term("导入事项目录"),
    "import_frontdesk": Term("导入前台受理"),
    "accept": Term("受理"),
    "register": Term("登记申请人"),
    MATERIAL_EVENT: Term("材料收取"),
    "urge": Term("督办"),
    "acknowledge_urge": Term("确认督办"),
    "issue_document": Term("制发文书"),
    "record_licence": Term("登记许可证"),
    "void_document": Term("作废文书"),
    "print_copy": Term("打印副本"),
    "export_verifier": Term("导出核验网页"),
    "record_delivery": Term("登记送达"),
    "send_result_notice": Term("发送监管结果抄告"),
    "record_receipt": Term("登记抄告回执"),
    "open_ticket": Term("登记工单"),
    "reply_ticket": Term("答复工单"),
    "escalate_ticket": Term("升级工单"),
    "close_ticket": Term("办结工单"),
    "rate": Term("评价"),
    "fix_follow_up": Term("整改回访"),
    "answer_follow_up": Term("答复回访"),
    "add_inspector": Term("新增踏勘人员"),
    "edit_inspector": Term("修改踏勘人员"),
    "add_leave": Term("登记请假"),
    "remove_leave": Term("取消请假"),
    "add_recusal_tie": Term("新增回避关系"),
    "edit_recusal_tie": Term("修改回避关系"),
    "record_draw": Term("记录抽取"),
    "open_draw": Term("开启抽取"),
    "witness_draw": Term("登记见证"),
    "import_inspectors": Term("导入踏勘人才库"),
    "inspection_record_save": Term("填写现场踏勘记录"),
    "inspection_file_add": Term("添加踏勘附件"),
    "inspection_record_confirm": Term("踏勘人员确认记录"),
    "request_reinspection": Term("提请复查踏勘"),
    "join_inspections": Term("办件并入联合踏勘"),
    "register_project": Term("登记工程建设项目"),
    "advance_project_stage": Term("项目进入下一阶段"),
    "generate_demo": Term("生成演示数据"),
    "record_commitment": Term("登记告知承诺书"),
    "record_commitment_check": Term("登记告知承诺核查结果"),
    # Written by the database's own triggers (PostgreSQL)
    "insert": Term("新增记录"),
    "update": Term("修改记录"),
    "delete": Term("删除记录"),
}
DRAW_PREFIX = "draw_"
WORKFLOW = {action.value: action for action in Action}
DRAW_EVENTS = {event.value: event for event in DrawEvent}
STATUSES = {status.value: status for status in CaseStatus}
ROLES = {role.value: role for role in Role}
DOCUMENT_TYPES = {kind.value: kind for kind in DocumentType}

RECORDS: dict[str, Term] = {
    "case": Term("办件"),
    "cases": Term("办件"),
    "case_urge": Term("督办"),
    "applicant": Term("申请人"),
    "staff_user": Term("用户"),
    "staff_users": Term("用户"),
    "staff_roles": Term("用户角色"),
    "setting": Term("设置"),
    "settings": Term("设置"),
    "calendar": Term("节假日"),
    "item": Term("事项"),
    "issued_document": Term("文书"),
    "issued_documents": Term("文书"),
    "licence": Term("许可证"),
    "licences": Term("许可证"),
    "project": Term("工程建设项目"),
    "projects": Term("工程建设项目"),
    "commitment": Term("告知承诺"),
    "commitments": Term("告知承诺"),
    "inspections": Term("现场踏勘"),
    "clock_pauses": Term("计时暂停"),
    "inspector": Term("踏勘人员"),
    "recusal_tie": Term("回避关系"),
    "inspection_draw": Term("踏勘抽取"),
    "inspection_draw_log": Term("抽取记录"),
    "ticket": Term("工单"),
    "result_notice": Term("监管结果抄告"),
    "rating_follow_up": Term("评价回访"),
    "database": Term("数据库"),
    # The tables the database's triggers record (README, "Audit.").
    "case_events": Term("办件记录"),
    "case_materials": Term("材料清单"),
    "applicants": Term("申请人"),
    "inspection_members": Term("踏勘组成员"),
    "inspection_draws": Term("踏勘抽取"),
    "inspectors": Term("踏勘人员"),
    "inspector_specialties": Term("踏勘人员专业"),
    "inspector_unavailability": Term("踏勘人员请假"),
    "recusal_ties": Term("回避关系"),
    "inspection_draw_witnesses": Term("抽取见证"),
    "inspection": Term("现场踏勘"),
    "inspection_records": Term("现场踏勘记录"),
    "inspection_findings": Term("踏勘检查结果"),
    "inspection_files": Term("踏勘附件"),
    "item_check_points": Term("事项检查要点"),
    "case_urges": Term("督办"),
    "tickets": Term("工单"),
    "ticket_events": Term("工单记录"),
    "ratings": Term("评价记录"),
    "rating_follow_ups": Term("评价回访"),
    "result_notices": Term("监管结果抄告"),
    "result_notice_cases": Term("抄告办件"),
    "case_deliveries": Term("送达记录"),
    "case_promises": Term("容缺承诺"),
    "case_promise_receipts": Term("容缺材料补交"),
    "departments": Term("部门"),
    "specialties": Term("专业"),
    "items": Term("事项"),
    "item_materials": Term("事项材料"),
    "item_specialties": Term("事项所需专业"),
    "calendar_years": Term("节假日年份"),
    "calendar_days": Term("节假日"),
    "calendar_versions": Term("日历版本"),
}

# Settings are records named by their key.
SETTINGS: dict[str, Term] = {
    "bureau_profile": Term("单位信息"),
    "supervision": Term("督办设置"),
    "signing_keys": Term("签章密钥"),
}
# Fields that hold a staff member's id: said as the person's name.
PEOPLE_FIELDS = frozenset({"handler_id", "to_user_id", "assignee_id", "user_id"})
# Fields of no meaning to people (the optimistic-lock counter): left out of the change.
UNSAID = frozenset({"version"})

FIELDS: dict[str, Term] = {
    "status": Term("状态"),
    "version": Term("版本"),
    "number": Term("编号"),
    "item": Term("事项"),
    "item_id": Term("事项"),
    "material": Term("材料"),
    "received": Term("已收"),
    "level": Term("等级"),
    "roles": Term("角色"),
    "role": Term("角色"),
    "username": Term("用户名"),
    "full_name": Term("姓名"),
    "name": Term("名称"),
    "kind": Term("类型"),
    "type": Term("类型"),
    "identifier": Term("证件号码"),
    "reason": Term("原因"),
    "copy": Term("副本份数"),
    "case": Term("办件"),
    "case_id": Term("办件"),
    "cases": Term("办件数"),
    "handler_id": Term("承办人"),
    "active": Term("启用"),
    "holidays": Term("节假日"),
    "workdays": Term("调休上班日"),
    "urge_id": Term("督办"),
    "to_user_id": Term("转交给"),
    "department_id": Term("部门"),
    "digest": Term("摘要值"),
    "draw_id": Term("抽取"),
    "inspection_id": Term("踏勘"),
    "joint_of_id": Term("联合踏勘的主踏勘"),
    "joined": Term("并入的办件"),
    "qr_key_id": Term("二维码密钥"),
    "seed": Term("随机种子"),
    "today": Term("日期"),
    "void": Term("已作废"),
    "void_reason": Term("作废原因"),
    "due_date": Term("期限"),
    "promised_due": Term("承诺期限"),
    "statutory_due": Term("法定期限"),
    "claimed_at": Term("认领时间"),
    "decided_at": Term("决定时间"),
    "imported": Term("导入条数"),
    "added": Term("新增"),
    "updated": Term("更新"),
    "failed_logins": Term("登录失败次数"),
    "locked_until": Term("锁定至"),
}
YES, NO = Term("是"), Term("否")
NOTHING = Term("（无）")
TOO_LONG = 60  # a longer value is cut; the raw JSON stays in the row for the tooltip


def action_words(action: str) -> object:
    """A label for an action code: a workflow action, a draw event, or a named one."""
    if action in WORKFLOW:
        return WORKFLOW[action]
    event = action.removeprefix(DRAW_PREFIX)
    if action.startswith(DRAW_PREFIX) and event in DRAW_EVENTS:
        return DRAW_EVENTS[event]
    return NAMED_ACTIONS.get(action, action)


def record_words(entity: str) -> object:
    return RECORDS.get(entity, entity)


def _value(field: str, value: Any, people: Mapping[int, str]) -> object:
    if value is None or value == "" or value == []:
        return NOTHING
    if field in PEOPLE_FIELDS and isinstance(value, int):
        return people.get(value, str(value))
    if isinstance(value, bool):
        return YES if value else NO
    if field == "status" and isinstance(value, str) and value in STATUSES:
        return STATUSES[value]
    if field in ("type", "doc_type") and isinstance(value, str) and value in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[value]
    if field in ("roles", "role"):
        items = value if isinstance(value, list) else [value]
        return Listing(tuple(ROLES.get(r, r) if isinstance(r, str) else r for r in items))
    if isinstance(value, list):
        return Listing(tuple(str(v) for v in value))
    text = value if isinstance(value, str) else _compact(value)
    return text if len(text) <= TOO_LONG else text[: TOO_LONG - 1] + "…"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def people_in(*values: Any) -> set[int]:
    """The staff ids that `change_words` will name, for the caller to look up."""
    return {
        value[key]
        for value in values
        if isinstance(value, dict)
        for key in PEOPLE_FIELDS & value.keys()
        if isinstance(value[key], int)
    }


def change_words(old: Any, new: Any, people: Mapping[int, str] | None = None) -> tuple[Phrase, ...]:
    """One phrase per field: "字段：旧值 → 新值", or "字段：值" for a value set afresh;
    staff ids named from `people`."""
    people = people or {}
    before = old if isinstance(old, dict) else ({} if old is None else {"": old})
    after = new if isinstance(new, dict) else ({} if new is None else {"": new})
    lines = []
    for key in sorted((before.keys() | after.keys()) - UNSAID, key=_field_order):
        name = FIELDS.get(key, key) if key else Term("内容")
        if key in before and key in after:
            if before[key] == after[key]:
                continue
            lines.append(
                Phrase(
                    "{field}：{old} → {new}",
                    field=name,
                    old=_value(key, before[key], people),
                    new=_value(key, after[key], people),
                )
            )
        elif key in after:
            lines.append(Phrase("{field}：{new}", field=name, new=_value(key, after[key], people)))
        else:
            lines.append(
                Phrase(
                    "{field}：{old} → {new}",
                    field=name,
                    old=_value(key, before[key], people),
                    new=NOTHING,
                )
            )
    return tuple(lines)


def _field_order(key: str) -> tuple[int, str]:
    order = list(FIELDS)
    return (order.index(key) if key in FIELDS else len(order), key)


def known_actions() -> dict[str, object]:
    """Every action code with its label, for choosing in a filter."""
    codes: dict[str, object] = dict(WORKFLOW)
    codes |= {DRAW_PREFIX + code: event for code, event in DRAW_EVENTS.items()}
    codes |= NAMED_ACTIONS
    return codes


def codes_for(text: str, table: dict[str, object]) -> list[str]:
    """The codes a filter's text means: those whose label reads so, or the code itself."""
    text = text.strip()
    labelled = [code for code, words in table.items() if _chinese(words) == text]
    return labelled or [text]


def _chinese(words: object) -> str:
    label = getattr(words, "label", None)
    return str(label) if label is not None else str(words)
