"""Keep the Qt translations current: extract with pyside6-lupdate, fill in the English
that `ENGLISH` knows, compile with pyside6-lrelease into resources/translations/*.qm.

    python packaging/translations.py
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "approval_desk_en.ts"
UI = ROOT / "desktop" / "ui"
SOURCES = [
    *sorted((ROOT / "forms").glob("*.ui")),
    *(
        UI / name
        for name in (
            "signin_dialog.py",
            "main_window.py",
            "navigation.py",
            "queue_model.py",
            "labels.py",
            "workbench.py",
            "coordinator_window.py",
            "week_calendar_model.py",
            "draw_explanation.py",
            "inspection_actions.py",
            "inspection_change_dialog.py",
        )
    ),
]

# The source language is Simplified Chinese; English is the second language.
ENGLISH = {
    "登录 — 审批工作台": "Sign in — Approval Desk",
    "审批工作台": "Approval Desk",
    "用户名：": "User name:",
    "密码：": "Password:",
    "数据库：%1": "Database: %1",
    "登录": "Sign in",
    "退出": "Quit",
    "请输入用户名和密码": "Please enter your user name and password",
    "正在验证……": "Checking…",
    # Main window
    "审批工作台 — %1": "Approval Desk — %1",
    "搜索：受理编号、申请人名称、身份证号码或统一社会信用代码（Ctrl+F）": (
        "Search: case number, applicant name, resident ID or credit code (Ctrl+F)"
    ),
    "操作": "Actions",
    "刷新": "Refresh",
    "搜索": "Search",
    "保存筛选": "Save filter",
    "删除筛选": "Delete filter",
    "我的筛选": "My filters",
    "名称：": "Name:",
    "（程序会自动重试）": " (retrying automatically)",
    "正在加载……": "Loading…",
    "已加载 %1 件": "%1 cases loaded",
    "办件队列": "Case queues",
    # Queue table
    "受理编号": "Case number",
    "事项": "Item",
    "申请人": "Applicant",
    "项目": "Project",
    "受理日期": "Accepted",
    "承诺期限": "Due (promised)",
    "剩余工作日": "Working days left",
    "预警": "Warning",
    "状态": "Status",
    "承办人": "Handler",
    "黄牌": "Yellow",
    "红牌": "Red",
    "【绿】": "[Green] ",
    "（暂定）": " (provisional)",
    "暂停计时": "Clock paused",
    "申请人：": "Applicant: ",
    "绿色通道：优先办理": "Green channel: handle first",
    "期限为暂定：所跨年份的节假日安排尚未公布": (
        "Provisional: the holiday calendar of a year it spans is not published yet"
    ),
    # Domain labels
    "工程建设类": "Engineering construction",
    "社会事务类": "Social affairs",
    "待认领": "Pool",
    "我的办件": "Mine",
    "待我审批": "Awaiting my sign-off",
    "补正中": "Supplement requested",
    "踏勘/特别程序": "Inspection / special procedure",
    "即将到期（黄牌）": "Due soon (yellow)",
    "已超期（红牌）": "Overdue (red)",
    "绿色通道": "Green channel",
    "全部办件": "All cases",
    "审查中": "Under review",
    "现场踏勘": "Site inspection",
    "特别程序": "Special procedure",
    "已拟决定": "Decision proposed",
    "待审批": "Awaiting sign-off",
    "准予许可": "Approved",
    "不予许可": "Rejected",
    "已制证": "Certificate issued",
    "已送达（办结）": "Delivered (completed)",
    "申请人撤回": "Withdrawn",
    "终止办理": "Terminated",
    # Actions and the workbench
    "认领": "Claim",
    "退回待认领": "Return to pool",
    "指派": "Assign",
    "转办": "Transfer",
    "一次性告知补正": "Request supplement",
    "补正材料已收": "Supplement received",
    "提请现场踏勘": "Request inspection",
    "踏勘结束": "Inspection done",
    "进入特别程序": "Start special procedure",
    "特别程序结束": "End special procedure",
    "拟定审查意见": "Propose decision",
    "审核同意": "Sign off",
    "退回承办人": "Send back",
    "延长期限": "Extend",
    "制证": "Issue certificate",
    "送达出件": "Deliver",
    "已收": "Received",
    "缺少": "Missing",
    "待核对": "To check",
    "办件": "Case",
    "重新加载": "Reload",
    "序号": "No.",
    "材料": "Material",
    "收到日期": "Received on",
    "时间": "Time",
    "办理人": "By",
    "环节": "Step",
    "原状态": "From",
    "新状态": "To",
    "说明": "Note",
    "层级": "Level",
    "意见": "Opinion",
    "签署人": "Signed by",
    "踏勘日期": "Inspection day",
    "结论": "Conclusion",
    "踏勘人员": "Inspectors",
    "发现情况": "Findings",
    "文号": "Number",
    "类型": "Type",
    "签发时间": "Issued",
    "作废": "Void",
    "材料（双击切换已收/缺少）": "Materials (double-click: received / missing)",
    "办理记录": "History",
    "期限说明": "Deadlines",
    "审批意见": "Opinions",
    "文书": "Documents",
    "当前没有您可以办理的操作": "Nothing you can do on this case now",
    "正在保存……": "Saving…",
    "未能办理": "Not done",
    "【绿色通道】": "[Green channel] ",
    "申请人：%1（%2）  联系：%3": "Applicant: %1 (%2)  Contact: %3",
    "项目：%1（%2）": "Project: %1 (%2)",
    "受理时间：%1  承办人：%2": "Accepted: %1  Handler: %2",
    "未认领": "unclaimed",
    "是": "yes",
    "正在办理“%1”……": "Working on “%1”…",
    "办件已变化": "Case changed",
    "现在重新加载吗？": "Reload it now?",
    "本件已被%1修改，显示的内容已过时。": "%1 changed this case: what you see is out of date.",
    # Coordinator window
    "踏勘协调": "Inspections",
    "踏勘日历、待安排申请、抽取与调整（Ctrl+Shift+T）": (
        "Inspection calendar, pending requests, draws and changes (Ctrl+Shift+T)"
    ),
    "踏勘日历": "Calendar",
    "◀ 上一周": "◀ Previous week",
    "本周": "This week",
    "下一周 ▶": "Next week ▶",
    "蓝色：踏勘　灰色：请假或公务　空白：可安排": (
        "Blue: inspection   Grey: leave or other duty   Blank: available"
    ),
    "待安排与抽取": "Pending and draw",
    "待安排的踏勘申请": "Pending inspection requests",
    "待安排的踏勘申请（%1 项）": "Pending inspection requests (%1)",
    "人工指定…": "Assign by hand…",
    "延期…": "Postpone…",
    "取消踏勘…": "Cancel inspection…",
    "抽取（双随机：种子在抽取前登记，可凭种子和数据快照重放）": (
        "Draw (the seed is recorded before drawing; seed and data snapshot replay it)"
    ),
    "自": "From",
    "起": "for",
    " 个工作日": " working days",
    "随机种子：": "Seed:",
    "换一个种子": "New seed",
    "抽取": "Draw",
    "抽取结果": "Draw results",
    "抽取记录：": "Draw:",
    "重放核验": "Replay and verify",
    "已安排": "Scheduled",
    "补抽替换…": "Replace member…",
    "改期…": "Reschedule…",
    "登记种子和数据快照……": "Recording the seed and data snapshot…",
    "正在抽取……": "Drawing…",
    "责任部门": "Responsible department",
    "所需专业": "Specialties needed",
    "时间窗": "Window",
    "人数": "Team size",
    "地点": "Address",
    "日期": "Date",
    "半天": "Half-day",
    "踏勘组": "Team",
    "备选人员": "Backups",
    "未安排原因": "Why not planned",
    "抽取编号": "Draw",
    "正在读取……": "Loading…",
    "正在办理……": "Working…",
    "抽取 %1 完成：安排 %2 项，未安排 %3 项": "Draw %1 done: %2 planned, %3 not planned",
    "公平已证明": "fairness proven",
    "未达计数下限": "above the counting floor",
    "抽取 %1 · 种子 %2 · 规则版本 %3 · 操作人 %4": "Draw %1 · seed %2 · rules version %3 · by %4",
    "结果摘要 %1… · 最高负荷 %2，计数下限 %3（%4）": (
        "Result digest %1… · highest load %2, counting floor %3 (%4)"
    ),
    "正在重放核验……": "Replaying…",
    "人工": "by hand",
    "请先选择一项踏勘": "Select an inspection first",
    "计算中": "computing",
    "上午": "morning",
    "下午": "afternoon",
    "未安排：": "Not planned: ",
    "备选人员（依次递补）": "Backups (in order of replacement)",
    "另有 %1 人符合条件，未被抽中（种子权重较低，或会超出本次最高负荷）": (
        "%1 other eligible inspectors were not drawn (lower seeded weight, or above this "
        "draw's highest load)"
    ),
    "不符合条件的人员及原因": "Not eligible, and why",
    "责任部门人员": "responsible department",
    "专业：": "specialties: ",
    "权重 %1": "weight %1",
    "安排后负荷 %1": "load after %1",
    "%1：无人可以递补，已退回待安排，请重新抽取或人工指定": (
        "%1: nobody can step in; the request is pending again: draw again or assign by hand"
    ),
    "%1：%2 由 %3 递补": "%1: %3 replaces %2",
    "%1：已办理": "%1: done",
    "不能参加的组员：": "Member who cannot go:",
    "原因类别：": "Cause:",
    "日期：": "Date:",
    "时间窗 ": "Window ",
    "踏勘组（勾选）：": "Team (tick):",
    "理由：": "Reason:",
    "无法参加（拒绝、生病等）": "Cannot go (declined, ill, …)",
    "申报利害关系，需回避": "Declared a conflict of interest",
    "新时间窗自：": "New window from:",
    "办理": "Do it",
    "取消": "Cancel",
    "补抽替换": "Replace member",
    "人工指定踏勘组": "Assign the team by hand",
    "改期": "Reschedule",
    "延期": "Postpone",
    "取消踏勘": "Cancel inspection",
    "按本次抽取公布的备选顺序递补，其余安排不变；申报回避的将记入回避关系。": (
        "The first backup in the draw's published order steps in; nothing else changes. A "
        "declared conflict is recorded as a recusal tie."
    ),
    (
        "人工指定须符合全部规则（人数、责任部门、专业、回避、请假、冲突、每日上限），理由记入抽"
        "取记录。"
    ): (
        "A team set by hand must keep every rule (size, department, specialties, recusal, "
        "leave, clashes, daily limit); the reason goes into the draw log."
    ),
    "原踏勘组改到时间窗内的另一个半天，须全体有空。": (
        "The same team at another half-day of the window; everyone must be free."
    ),
    "退回待安排，按新的时间窗参加下一次抽取。": (
        "Back to the pending requests; the next draw plans it in the new window."
    ),
    "取消后不再安排；记录保留。": "No longer planned; the record stays.",
    "周一": "Mon",
    "周二": "Tue",
    "周三": "Wed",
    "周四": "Thu",
    "周五": "Fri",
    "周六": "Sat",
    "周日": "Sun",
    "部门": "Department",
    "已停用": "inactive",
}


def main() -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            *map(str, SOURCES),
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            "-no-obsolete",
            "-ts",
            str(TS),
        ],
        check=True,
    )
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in ENGLISH:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    if missing:
        print("no English yet for: " + "、".join(missing))


if __name__ == "__main__":
    main()
