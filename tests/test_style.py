"""The code stays ruff-clean, every package is installed, and no note outside it is cited."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop", "tests", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_listed_for_installation():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "desktop").rglob("__init__.py")
    }
    assert found | {"desktop.resources"} == listed


def test_no_file_cites_a_document_outside_the_repository():
    # Docstrings cite the law or the README; these notes are not in the repository.
    # (The names are assembled so that this file does not mention them itself.)
    absent = [f"{name.upper()}.md".encode() for name in ("domain", "style")]
    citing = sorted(
        str(path.relative_to(ROOT))
        for folder in ("desktop", "tests", "packaging")
        for path in (ROOT / folder).rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and any(name in path.read_bytes() for name in absent)
    )
    assert citing == []
