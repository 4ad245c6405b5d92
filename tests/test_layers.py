"""The headless layers import and run without PySide6, and import-linter's contracts hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_headless_layers_import_without_pyside6():
    # A meta-path finder that makes any PySide6 import fail, then import every headless module.
    script = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome', 'qtpy'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
import desktop
for layer in ('domain', 'data', 'services', 'documents'):
    package = importlib.import_module('desktop.' + layer)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        if '.migrations' not in info.name:  # Alembic loads these itself
            importlib.import_module(info.name)
print('ok')
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_import_linter_contracts_hold():
    # `python -m importlinter.cli` runs nothing, so call the command's function itself.
    script = (
        "import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename='pyproject.toml'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout, result.stdout
