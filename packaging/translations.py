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
