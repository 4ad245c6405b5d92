"""The distributable's pieces that need no PyInstaller build (README, "Packaging"): the
bundle's size parts, the Debian package's menu entry, icon and dependency table, and the
pandas stand-in. CI builds, installs and smoke-checks the real package (.ci/run)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
sys.path.insert(0, str(PACKAGING))

import build  # noqa: E402


def test_each_file_of_the_bundle_falls_in_its_part():
    def part(name: str) -> str:
        return build.part_of(Path(name))

    assert part("_internal/PySide6/Qt/lib/libQt6Core.so.6").startswith("Qt libraries")
    assert part("_internal/PySide6/QtWidgets.abi3.so").startswith("Qt libraries")
    assert part("_internal/PySide6/Qt/plugins/platforms/libqxcb.so").startswith("Qt plugins")
    assert part("_internal/desktop/resources/fonts/uming.ttc").startswith("our resources")
    assert part("approval-desk").startswith("the program")
    assert part("_internal/libpython3.11.so.1.0") == "Python"
    assert part("_internal/python3.11/lib-dynload/_ssl.so") == "Python"
    assert part("_internal/ortools/.libs/libortools.so.9") == "other libraries (ortools)"


def test_the_menu_entry_is_valid_and_named_in_chinese(tmp_path):
    entry = tmp_path / "approval-desk.desktop"
    entry.write_text(build.DESKTOP_ENTRY, encoding="utf-8")
    assert "Name[zh_CN]=审批工作台\n" in build.DESKTOP_ENTRY
    assert "Exec=approval-desk\n" in build.DESKTOP_ENTRY
    assert "Icon=approval-desk\n" in build.DESKTOP_ENTRY
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-utils is not installed")
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout, result.stdout


def test_the_icon_is_drawn_at_each_size(qapp, tmp_path):  # qapp: a QApplication, first
    from PySide6.QtGui import QImage

    build.draw_icon(48, tmp_path / "48.png")
    image = QImage(str(tmp_path / "48.png"))
    assert (image.width(), image.height()) == (48, 48)
    assert image.pixelColor(0, 0).alpha() == 0  # round, on a transparent ground
    assert image.pixelColor(24, 3).red() > 150  # the red ring


def test_the_xcb_libraries_behind_qts_platform_plugin_error_are_dependencies():
    for package in (
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxcb-image0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-randr0",
    ):
        assert build.DEPENDS[package]
    assert all(text for text in build.DEPENDS.values())
    assert "libpq5 (>= 14)" in build.DEPENDS  # loaded through ctypes, not seen by readelf


def test_a_library_missing_here_is_named_by_the_known_table_or_fails():
    assert build.package_of("libxcb-icccm.so.4", None) == "libxcb-icccm4"
    with pytest.raises(RuntimeError, match="no known package"):
        build.package_of("libnowhere.so.1", None)


def test_the_pandas_stand_in_imports_and_refuses_to_work():
    spec = importlib.util.spec_from_file_location(
        "pandas_stand_in", PACKAGING / "stubs" / "pandas" / "__init__.py"
    )
    stand_in = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stand_in)
    assert isinstance(stand_in.Series, type) and isinstance(stand_in.Index, type)
    with pytest.raises(ImportError, match="not part of the Approval Desk bundle"):
        stand_in.Series([1, 2])
    with pytest.raises(AttributeError):
        stand_in.read_csv  # noqa: B018
    assert not hasattr(stand_in, "__wrapped__")  # inspect probes it (shiboken at import)
