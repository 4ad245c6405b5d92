"""Starting the program. `approval-desk --smoke` starts the whole window offscreen and opens
every main view. A start loads only what its first usable window needs: no PDF, signing,
scheduling or spreadsheet library, no window that only an action opens, no Alembic while
the database is at head; a real start is driven in a child process (the database check,
sign-in, the main window and its first rows), which then lists every module it imported."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.data.database import default_sqlite_path, make_engine, session_factory
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.demo.people import DEMO_PASSWORD
from tests.conftest import fresh_database_url

ROOT = Path(__file__).resolve().parents[1]


def run_offscreen(
    args: list[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run Python with `args` (the program, or a script driving it); it must exit 0."""
    result = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_smoke_run_opens_every_view_and_exits_zero():
    result = run_offscreen(["-m", "desktop", "--smoke"])
    assert "smoke: ok" in result.stdout
    assert "start to usable window" in result.stdout and "processor time" in result.stdout
    assert "social/all:" in result.stdout and "administration: 320 items" in result.stdout
    assert "inspections: 96 inspectors in the week" in result.stdout


# Imported at start, each would cost the first window time for nothing.
HEAVY = (
    "alembic",
    "reportlab",
    "pyhanko",
    "cryptography",
    "ortools",
    "numpy",
    "pandas",
    "openpyxl",
    "faker",
    "qrcode",
    "PIL",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "desktop.documents",
    "desktop.services.documents.issuing",
    "desktop.services.demo",
    "desktop.ui.workbench.window",
    "desktop.ui.supervision.window",
    "desktop.ui.admin.window",
    "desktop.ui.inspections.window",
    "desktop.ui.print_queue",
    "desktop.ui.verify_dialog",
)

# Signs in as admin when the sign-in dialog is up; once the main window has its first rows
# and the start's background work is done, prints the imported modules and quits.
DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.cli import main
from desktop.ui import operations

app = QApplication(sys.argv[:1])

def step():
    dialog = QApplication.activeModalWidget()
    if type(dialog).__name__ == "SignInDialog" and dialog.buttons.isEnabled():
        dialog.username.setText("admin")
        dialog.password.setText(sys.argv[1])
        dialog.try_sign_in()
    for window in QApplication.topLevelWidgets():
        if type(window).__name__ == "MainWindow" and window.isVisible():
            if window.model.rowCount() and not operations.under_way():
                print(json.dumps(sorted(sys.modules)))
                app.exit(0)

timer = QTimer()
timer.timeout.connect(step)
timer.start(20)
sys.exit(main(sys.argv[2:]))
"""


# The documents' plain data (types, numbers) is no weight; their making is.
LIGHT = {"desktop.documents", "desktop.documents.model"}


def heavy_in(modules: list[str]) -> list[str]:
    return [
        m for m in modules if m not in LIGHT and any(m == h or m.startswith(h + ".") for h in HEAVY)
    ]


def test_heavy_names_are_matched_as_packages():
    assert heavy_in(["PIL.Image", "desktop.ui.workbench.window", "PySide6.QtCore"]) == [
        "PIL.Image",
        "desktop.ui.workbench.window",
    ]
    assert heavy_in(["desktop.ui.workbenches", "PILLOW"]) == []


def start_modules(tmp_path: Path, args: list[str]) -> list[str]:
    env = {key: value for key, value in os.environ.items() if key != "APPROVAL_DESK_DB"}
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):  # settings, data and log of its own
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    result = run_offscreen(["-c", DRIVER, DEMO_PASSWORD, *args], env)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def demo_database(request, tmp_path) -> Path:
    url = fresh_database_url(request, "sqlite", tmp_path)
    engine = make_engine(url)
    generate_demo(session_factory(engine), DemoOptions(cases=40, seed=3))
    engine.dispose()
    return Path(str(url.database))


def test_start_with_a_chosen_database_imports_nothing_heavy(demo_database, tmp_path):
    modules = start_modules(tmp_path, ["--db", str(demo_database)])
    assert "desktop.ui.main_window" in modules and "sqlalchemy.orm" in modules
    assert heavy_in(modules) == []


def test_start_on_the_embedded_database_imports_nothing_heavy(demo_database, tmp_path, monkeypatch):
    """The embedded database is brought up to date at every start: at head, without Alembic."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    embedded = default_sqlite_path()
    embedded.parent.mkdir(parents=True)
    shutil.copy(demo_database, embedded)
    modules = start_modules(tmp_path, [])
    assert "desktop.services.admin.setup" in modules
    assert heavy_in(modules) == []


def test_the_workbench_leaves_the_pdf_stack_to_its_background_work():
    """Opening a case imports the workbench on the UI thread: without the PDF and signing
    libraries, which the documents tab's first background work imports."""
    script = "import json, sys, desktop.ui.workbench.window; print(json.dumps(sorted(sys.modules)))"
    modules = json.loads(run_offscreen(["-c", script]).stdout)
    assert "desktop.ui.workbench.documents_panel" in modules
    assert [m for m in heavy_in(modules) if m != "desktop.ui.workbench.window"] == []
