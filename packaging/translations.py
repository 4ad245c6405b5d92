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
SOURCES = [*sorted((ROOT / "forms").glob("*.ui")), ROOT / "desktop" / "ui" / "signin_dialog.py"]

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
}


def main() -> None:
    subprocess.run(["pyside6-lupdate", *map(str, SOURCES), "-source-language", "zh_CN",
                    "-target-language", "en", "-no-obsolete", "-ts", str(TS)], check=True)
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
