"""Compile Designer forms (forms/*.ui) into desktop/ui/forms_generated/ with pyside6-uic.

python packaging/compile_forms.py          # write the generated modules
python packaging/compile_forms.py --check  # exit 1 if any is out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
TARGET = ROOT / "desktop" / "ui" / "forms_generated"
HEADER = "# Generated from forms/{name} by packaging/compile_forms.py: do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6")
    return found


def compiled(form: Path) -> str:
    result = subprocess.run(
        [uic(), "--no-autoconnection", str(form)], capture_output=True, text=True, check=True
    )
    # uic stamps its own version and the form's path; keep only what the form decides.
    body = (
        "\n".join(line for line in result.stdout.splitlines() if not line.startswith("##")).strip()
        + "\n"
    )
    return HEADER.format(name=form.name) + body


def main(check: bool) -> int:
    TARGET.mkdir(exist_ok=True)
    stale = []
    for form in sorted(FORMS.glob("*.ui")):
        module = TARGET / f"ui_{form.stem}.py"
        text = compiled(form)
        if module.exists() and module.read_text(encoding="utf-8") == text:
            continue
        stale.append(module.name)
        if not check:
            module.write_text(text, encoding="utf-8")
    init = TARGET / "__init__.py"
    if not init.exists() and not check:
        init.write_text('"""Modules generated from forms/*.ui: do not edit."""\n')
    if check and stale:
        print("out of date: " + ", ".join(stale) + " (run packaging/compile_forms.py)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main("--check" in sys.argv))
