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
            "supervision_window.py",
            "dashboard_view.py",
            "stats_charts.py",
            "case_list_view.py",
            "tickets_view.py",
            "ticket_dialog.py",
            "follow_ups_view.py",
            "notices_view.py",
            "record_list_view.py",
            "export_actions.py",
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
    # Supervision
    "督办与统计 — 审批工作台": "Supervision — Approval Desk",
    "督办与统计": "Supervision",
    "统计看板、督办、热线投诉、好差评、抄告与绩效（Ctrl+Shift+T）": (
        "Dashboard, urging, hotline and complaints, ratings, result notices and "
        "performance (Ctrl+Shift+T)"
    ),
    "按队列": "By queue",
    "按部门": "By department",
    "按事项": "By item",
    "按承办人": "By handler",
    "统计看板": "Dashboard",
    "分组统计": "Breakdown",
    "办件清单": "Cases",
    "热线与投诉": "Hotline and complaints",
    "差评回访": "Poor ratings",
    "监管抄告": "Result notices",
    "督办记录": "Urges",
    "绩效考核": "Performance",
    "统计": "Statistics",
    " 期间：": " Period: ",
    "  分组：": "  Group: ",
    "导出 Excel": "Export Excel",
    "导出 CSV": "Export CSV",
    "正在统计……": "Counting…",
    "%1 的统计，用时 %2 秒": "Statistics for %1, took %2 s",
    "没有可导出的内容：请先刷新": "Nothing to export yet: refresh first",
    "受理": "Accepted",
    "办结": "Completed",
    "办结率 %": "Completion rate %",
    "本期受理的办件中，期末前已送达的比例；点击查看未办结的办件": (
        "Share of the period's accepted cases delivered by its end; click for those not completed"
    ),
    "按时办结率 %": "On-time rate %",
    "本期作出决定的办件中，未超承诺期限的比例；点击查看超期的办件": (
        "Share of the period's decisions within the promised limit; click for the late ones"
    ),
    "平均用时 / 时限（工作日）": "Average days used / limit (working days)",
    "暂停计时的日子不计；时限含延长的期限": (
        "Paused days do not count; the limit includes extensions"
    ),
    "提前决定": "Decided early",
    "超期决定": "Decided late",
    "当前红牌": "Red now",
    "当前黄牌": "Yellow now",
    "红牌（已超期）": "Red (overdue)",
    "黄牌（即将到期）": "Yellow (due soon)",
    "月度趋势：受理、办结与按时办结率": "Monthly trend: accepted, completed, on-time rate",
    "按队列：受理、办结、超期决定": "By queue: accepted, completed, decided late",
    "按部门：受理与办结": "By department: accepted and completed",
    "电子监察：当前红黄牌（承办人）": "Electronic supervision: red and yellow now (handlers)",
    "电子监察：当前红黄牌（部门）": "Electronic supervision: red and yellow now (departments)",
    "按时办结率（%）": "On-time rate (%)",
    "在“统计看板”或“分组统计”中点击一个数字，这里列出它包含的办件": (
        "Click a figure on the dashboard or in the breakdown to list its cases here"
    ),
    "打开办件": "Open case",
    "督办……": "Urge…",
    "向承办人发出督办通知（仅限黄牌、红牌办件）": (
        "Send an urge to the handler (yellow or red cases only)"
    ),
    "共 %1 件": "%1 cases",
    "督办": "Urge",
    "请先选择一件办件": "Select a case first",
    "督办 %1": "Urge %1",
    "督办意见（要求承办人何时完成什么）：": "Urge (what the handler must finish, by when):",
    "本件已超过（或即将超过）承诺时限，请抓紧办理并说明原因。": (
        "This case is past (or close to) its promised limit: please finish it and "
        "explain the delay."
    ),
    "未能督办": "Not urged",
    "已督办 %1，承办人将在办件记录中看到": "Urged %1: the handler sees it in the case history",
    "只看未办结": "Open only",
    "提示": "Note",
    "登记来电……": "Register call…",
    "答复……": "Reply…",
    "升级督办……": "Escalate…",
    "逾期工单全部升级": "Escalate all late tickets",
    "选择一张工单，这里显示它的办理经过": "Select a ticket to see its history here",
    "请先选择一张工单": "Select a ticket first",
    "已登记": "Registered",
    "答复 %1": "Reply to %1",
    "答复内容：": "Reply:",
    "已答复": "Replied",
    "全体督办人员": "All supervisors",
    "升级督办 %1": "Escalate %1",
    "升级给：": "Escalate to:",
    "理由：": "Reason:",
    "已升级督办": "Escalated",
    "已办结": "Closed",
    "已升级 %1 张逾期工单": "%1 late tickets escalated",
    "登记来电或投诉": "Register a call or complaint",
    "热线咨询": "Hotline question",
    "投诉": "Complaint",
    "受理编号、申请人名称或证件号码": "Case number, applicant name or ID",
    "查找": "Find",
    "（不关联办件）": "(no case)",
    "类型：": "Kind:",
    "来电人：": "Caller:",
    "电话：": "Phone:",
    "事由：": "Subject:",
    "详细内容：": "Details:",
    "查找办件：": "Find case:",
    "关联办件：": "Case:",
    "登记评价……": "Record rating…",
    "登记整改……": "Record fix…",
    "回访答复……": "Answer applicant…",
    "登记评价": "Record rating",
    "受理编号：": "Case number:",
    "非常满意": "Very satisfied",
    "满意": "Satisfied",
    "基本满意": "Fairly satisfied",
    "不满意": "Dissatisfied",
    "非常不满意": "Very dissatisfied",
    "申请人的评价：": "The applicant's rating:",
    "差评：申请人的具体意见（必填）：": "Poor rating: what the applicant said (required):",
    "已登记评价；差评已转入整改": "Rating recorded; a poor one goes to follow-up",
    "请先选择一条差评": "Select a poor rating first",
    "登记整改": "Record fix",
    "整改情况：": "What was fixed:",
    "已登记整改": "Fix recorded",
    "回访答复": "Answer applicant",
    "告知申请人的整改结果：": "What the applicant was told:",
    "已回访，本条差评办结": "Answered: this poor rating is closed",
    "发送本期抄告……": "Send notice for the period…",
    "登记回执……": "Record receipt…",
    "导出抄告清单……": "Export notice list…",
    "%1 的准予许可办件均已抄告": "Every approval of %1 has been reported",
    "待抄告（%1）：%2": "To report (%1): %2",
    "本期没有待抄告的办件": "Nothing to report for the period",
    "%1（%2 件）": "%1 (%2 cases)",
    "发送抄告": "Send result notice",
    "抄告部门：": "Department:",
    "已发送 %1，共 %2 件": "Sent %1 with %2 cases",
    "请先选择一份抄告": "Select a notice first",
    "登记回执 %1": "Receipt for %1",
    "部门签收人：": "Received by:",
    "已登记回执": "Receipt recorded",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "CSV 文件 (*.csv)": "CSV file (*.csv)",
    "导出": "Export",
    "已导出到 %1": "Exported to %1",
    "未能导出": "Not exported",
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
