"""Build the one-folder bundle with PyInstaller, then (with --smoke) run its smoke check.

    python packaging/build.py [--smoke]     # needs: pip install '.[build]'

The package is first staged in its installed layout (resources/ as desktop/resources, as
pyproject.toml maps it), so the bundle finds its files exactly as an installed copy does.
Prints the build time and the bundle's size; the bundle is dist/approval-desk/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def stage() -> Path:
    target = BUILD / "stage"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        ROOT / "desktop", target / "desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(
        ROOT / "resources",
        target / "desktop" / "resources",
        ignore=shutil.ignore_patterns("__pycache__", "*.ts"),
    )
    return target


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build() -> Path:
    started = time.perf_counter()
    staged = stage()
    env = {**os.environ, "APPROVAL_DESK_STAGE": str(staged)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "approval-desk.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    bundle = DIST / "approval-desk"
    size = folder_size(bundle) / 1e6
    print(f"build: {time.perf_counter() - started:.0f} s, bundle {size:.0f} MB")
    return bundle


def smoke(bundle: Path) -> int:
    program = bundle / ("approval-desk.exe" if sys.platform == "win32" else "approval-desk")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)  # the bundle must stand on its own
    started = time.perf_counter()
    result = subprocess.run([str(program), "--smoke"], env=env, cwd=bundle.parent, check=False)
    print(f"smoke: exit {result.returncode} after {time.perf_counter() - started:.1f} s")
    return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="run the bundle's --smoke check")
    args = parser.parse_args()
    bundle = build()
    return smoke(bundle) if args.smoke else 0


if __name__ == "__main__":
    sys.exit(main())
