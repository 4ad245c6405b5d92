"""Keep the Qt translations current: extract the UI's texts with pyside6-lupdate, add the
texts composed below the UI (composed_texts.py), fill in the English that `ENGLISH` knows,
compile with pyside6-lrelease into resources/translations/*.qm.

    python packaging/translations.py
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from composed_texts import Found, scan
from english_batch_retry import BATCH_RETRY_ENGLISH
from english_chinese_ui import CHINESE_UI_ENGLISH
from english_composed import COMPOSED_ENGLISH
from english_daily import DAILY_ENGLISH
from english_dates_current import DATES_CURRENT_ENGLISH
from english_demo_figures import DEMO_FIGURES_ENGLISH
from english_demo_real import DEMO_REAL_ENGLISH
from english_desk import DESK_ENGLISH
from english_dialogs import DIALOGS_ENGLISH
from english_guard_audit import GUARD_AUDIT_ENGLISH
from english_guard_duties import GUARD_DUTIES_ENGLISH
from english_guard_seal import GUARD_SEAL_ENGLISH
from english_guard_time import GUARD_TIME_ENGLISH
from english_i18finish import I18FINISH_ENGLISH
from english_i20record import I20RECORD_ENGLISH
from english_i20rest import I20REST_ENGLISH
from english_i21joint import I21JOINT_ENGLISH
from english_i21licence2 import I21LICENCE2_ENGLISH
from english_i21project import I21PROJECT_ENGLISH
from english_i21promise import I21PROMISE_ENGLISH
from english_i21rongque import I21RONGQUE_ENGLISH
from english_i21stages import I21STAGES_ENGLISH
from english_i21window import I21WINDOW_ENGLISH
from english_i22ha import I22HA_ENGLISH
from english_i22rest import I22REST_ENGLISH
from english_i23late import I23LATE_ENGLISH
from english_inputs import INPUTS_ENGLISH
from english_inspections import INSPECTIONS_ENGLISH
from english_item_kinds import ITEM_KINDS_ENGLISH
from english_legal import LEGAL_ENGLISH
from english_licence_life import LICENCE_LIFE_ENGLISH
from english_period_report import PERIOD_REPORT_ENGLISH
from english_pool_draw import POOL_DRAW_ENGLISH
from english_register import REGISTER_ENGLISH
from english_supervision import SUPERVISION_ENGLISH
from english_trust import TRUST_ENGLISH
from english_ui import UI_ENGLISH
from english_verifier import VERIFIER_ENGLISH

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "approval_desk_en.ts"
UI = ROOT / "desktop" / "ui"
# Every Designer form and every UI module (the generated forms are covered by their .ui).
SOURCES = [
    *sorted((ROOT / "forms").glob("*.ui")),
    *sorted(p for p in UI.rglob("*.py") if "forms_generated" not in p.parts),
]

# The source language is Simplified Chinese; English is the second language. A key is the
# Chinese source, or (context, source) where one Chinese word needs other English there.
ENGLISH: dict[str | tuple[str, str], str] = {
    **UI_ENGLISH,
    **I20RECORD_ENGLISH,
    **I20REST_ENGLISH,
    **DESK_ENGLISH,
    **SUPERVISION_ENGLISH,
    **TRUST_ENGLISH,
    **INSPECTIONS_ENGLISH,
    **COMPOSED_ENGLISH,
    **INPUTS_ENGLISH,
    **DAILY_ENGLISH,
    **DEMO_REAL_ENGLISH,
    **DEMO_FIGURES_ENGLISH,
    **ITEM_KINDS_ENGLISH,
    **LICENCE_LIFE_ENGLISH,
    **I21JOINT_ENGLISH,
    **I21PROJECT_ENGLISH,
    **I18FINISH_ENGLISH,
    **CHINESE_UI_ENGLISH,
    **BATCH_RETRY_ENGLISH,
    **GUARD_DUTIES_ENGLISH,
    **GUARD_TIME_ENGLISH,
    **DATES_CURRENT_ENGLISH,
    **GUARD_AUDIT_ENGLISH,
    **REGISTER_ENGLISH,
    **DIALOGS_ENGLISH,
    **LEGAL_ENGLISH,
    **GUARD_SEAL_ENGLISH,
    **PERIOD_REPORT_ENGLISH,
    **VERIFIER_ENGLISH,
    **POOL_DRAW_ENGLISH,
    **I23LATE_ENGLISH,
    **I21WINDOW_ENGLISH,
    **I22HA_ENGLISH,
    **I22REST_ENGLISH,
    **I21LICENCE2_ENGLISH,
    **I21RONGQUE_ENGLISH,
    **I21PROMISE_ENGLISH,
    **I21STAGES_ENGLISH,
}
# {field} (composed texts) and %1 (Qt) placeholders: a translation must keep every one.
PLACEHOLDER = re.compile(r"\{\w+\}|%\d")


def english(context: str, source: str) -> str | None:
    return ENGLISH.get((context, source), ENGLISH.get(source))


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def add_composed(tree: ET.ElementTree, texts: list[Found]) -> None:
    """Add the templates and terms composed below the UI, which lupdate cannot see."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    seen = {(name, m.findtext("source")) for name, c in contexts.items() for m in c.iter("message")}
    touched = []
    for found in texts:
        if (found.context, found.text) in seen:
            continue
        seen.add((found.context, found.text))
        context = contexts.get(found.context)
        if context is None:
            context = contexts[found.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = found.context
        touched.append(context)
        message = ET.SubElement(context, "message")
        where = found.path.relative_to(ROOT).as_posix()
        ET.SubElement(message, "location", filename=f"../../{where}", line=str(found.line))
        ET.SubElement(message, "source").text = found.text
        ET.SubElement(message, "translation", type="unfinished")
    for context in touched:  # laid out as lupdate lays out its own contexts
        ET.indent(context, space="    ")
        context.tail = "\n"


def fill_in(tree: ET.ElementTree) -> list[str]:
    """Put the known English into every message; returns the sources that have none."""
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = english(name, source)
            if text is None:
                missing.append(source)
                continue
            if placeholders(text) != placeholders(source):
                raise SystemExit(f"placeholders differ: {source!r} -> {text!r}")
            translation.text = text
            translation.attrib.pop("type", None)
    return missing


def main() -> None:
    texts, problems = scan()
    for found in problems:
        print(f"not translatable, pass a literal: {found.path}:{found.line}: {found.text}")
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
    add_composed(tree, texts)
    missing = fill_in(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    if missing:
        print("no English yet for: " + "、".join(missing))
    if problems or missing:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
