"""A non-editable install finds its migrations and resources without the source tree."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from desktop.data.schema_version import head_revision

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_install_runs_help_upgrade_and_finds_the_font(tmp_path):
    # The package itself is built and installed as a wheel into a fresh virtual environment,
    # and run from outside the checkout. Its dependencies come from the environment running
    # the tests, which may itself be a virtual environment (whose packages a new one's
    # system_site_packages would not see): a path file lists that environment's folders.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    inner_site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    outer_sites = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (Path(inner_site) / "outer-environment.pth").write_text("\n".join(outer_sites) + "\n")
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(ROOT)],
        check=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    script = python.parent / ("approval-desk.exe" if sys.platform == "win32" else "approval-desk")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *args], cwd=tmp_path, capture_output=True, text=True, check=False
        )

    assert run("--help").returncode == 0
    database = tmp_path / "installed.sqlite3"
    upgraded = run("--db", str(database), "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"→ {head_revision()}" in upgraded.stdout
    located = subprocess.run(
        [
            python,
            "-c",
            "import desktop, desktop.assets as a;"
            "from desktop.services.demo.catalogue import build_catalogue;"
            "print(desktop.__file__); print(a.resource_path('fonts', 'wqy-microhei.ttc'));"
            "print(len(build_catalogue()))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert str(ROOT) not in located[0], "imported the checkout instead of the installed package"
    assert Path(located[1]).is_file()
    assert located[2] == "320", "the demo catalogue (resources/demo/catalogue.json) was not found"
