"""`approval-desk --smoke` starts the whole window offscreen and opens every main view."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_run_opens_every_view_and_exits_zero():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke: ok" in result.stdout
    assert "start to usable window" in result.stdout
    assert "social/all:" in result.stdout and "administration: 320 items" in result.stdout
    assert "inspections: 96 inspectors in the week" in result.stdout
