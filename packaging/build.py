"""Build the one-folder bundle with PyInstaller, then (with --smoke) run its smoke check and
(with --deb) wrap it into a Debian package.

    python packaging/build.py [--smoke] [--deb]     # needs: pip install '.[build]'

The package is first staged in its installed layout (resources/ as desktop/resources, as
pyproject.toml maps it), so the bundle finds its files exactly as an installed copy does.
Prints the build time and the bundle's size by part; the bundle is dist/approval-desk/, the
package dist/approval-desk_VERSION_amd64.deb (README, "Packaging").
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NAME = "approval-desk"
INSTALLED = Path("/opt") / NAME

# The Debian package's Depends: the system libraries the bundle loads but does not carry
# (the spec leaves them out; X11's client libraries must match the machine anyway). Derived at
# every build: readelf's NEEDED entries of every file in the bundle, those outside it resolved
# by ldd and mapped to their package by dpkg -S; a package missing from this table fails the
# build, so the table (and README, "Packaging") always says what each one is for.
DEPENDS = {
    # Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa): without any one of these, Qt stops
    # with "could not load the Qt platform plugin "xcb"" and no window
    "libxcb1": "the X11 connection",
    "libx11-6": "Xlib (Qt's X11 support)",
    "libx11-xcb1": "Xlib over xcb",
    "libxcb-cursor0": "mouse pointers (required since Qt 6.5)",
    "libxcb-icccm4": "window titles, sizes and hints",
    "libxcb-image0": "drawing images to the screen",
    "libxcb-keysyms1": "keyboard symbols",
    "libxcb-randr0": "screens and their resolution",
    "libxcb-render0": "anti-aliased drawing",
    "libxcb-render-util0": "render formats",
    "libxcb-shape0": "window shapes",
    "libxcb-shm0": "shared-memory images",
    "libxcb-sync1": "frame synchronisation",
    "libxcb-util1": "xcb helpers",
    "libxcb-xfixes0": "the clipboard and cursors",
    "libxcb-xkb1": "the keyboard layout",
    "libxcb-glx0": "OpenGL on X11 (the GLX integration)",
    "libxkbcommon0": "key maps",
    "libxkbcommon-x11-0": "key maps from the X server",
    # QtCore and QtGui
    "libegl1": "OpenGL context creation (linked by QtGui)",
    "libgl1": "OpenGL (linked by QtGui, the GLX integration)",
    "libfontconfig1": "finding the system's fonts",
    "libfreetype6": "drawing fonts",
    "libglib2.0-0": "the event loop shared with the desktop",
    "libdbus-1-3": "the desktop's accessibility and input-method (IBus) buses",
    "libbrotli1": "compressed fonts and replies (QtNetwork, which QtPdf links)",
    "libgssapi-krb5-2": "Kerberos sign-in (QtNetwork, which QtPdf links)",
    # printing
    "libcups2": "printers (Qt's CUPS print plugin)",
    # PostgreSQL: psycopg loads libpq through ctypes (not seen by readelf; listed by hand),
    # 14 or later for target_session_attrs=prefer-standby
    "libpq5 (>= 14)": "PostgreSQL connections (psycopg)",
    # Python's own modules
    "libssl3": "TLS and hashes (ssl, hashlib)",
    "libsqlite3-0": "SQLite databases (sqlite3)",
    "libffi8": "ctypes",
    "libuuid1": "uuid",
    "libreadline8": "the command line's line editing (readline)",
}


# Packages every Debian system has (the C and C++ runtimes, compression, ...): named in
# Depends when the bundle loads them, with no need to say what for.
BASE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "liblzma5", "libzstd1", "libbz2-1.0"}

# Libraries Qt's xcb plugin needs that a machine without X11 (a build server) may lack: ldd
# reports them "not found", so dpkg -S cannot name their package.
KNOWN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-util.so.1": "libxcb-util1",
}


def package_of(library: str, path: str | None) -> str:
    """The Debian package holding a library (by its resolved path, or by name)."""
    if path is None:
        if library in KNOWN_PACKAGES:
            return KNOWN_PACKAGES[library]
        raise RuntimeError(f"deb: {library} is missing here and has no known package")
    for query in (path, os.path.realpath(path), "*/" + library):
        found = subprocess.run(["dpkg", "-S", query], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0].strip()
    raise RuntimeError(f"deb: no package holds {path}")


def direct_needs(path: Path) -> set[str]:
    """The libraries an ELF file names itself (its NEEDED entries, by readelf)."""
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return {
        line.split("[", 1)[1].split("]", 1)[0]
        for line in dynamic.stdout.splitlines()
        if "(NEEDED)" in line
    }


def derived_depends(bundle: Path) -> dict[str, list[str]]:
    """Every library outside the bundle that its programs and libraries load directly (their
    NEEDED entries, resolved by ldd with the bundle's own folder first, as its loader sets
    it), by Debian package. What those libraries need in turn, their packages bring."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    needed: dict[str, str | None] = {}
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or not is_elf(path):
            continue
        direct = direct_needs(path)
        listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in listing.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if not where or name not in direct:
                continue
            if where.startswith("not found"):
                if not list(internal.rglob(name)):
                    needed.setdefault(name, None)
                continue
            resolved = where.split(" (")[0]
            if not Path(resolved).resolve().is_relative_to(bundle.resolve()):
                needed[name] = resolved
    packages: dict[str, list[str]] = {}
    for name, resolved in sorted(needed.items()):
        packages.setdefault(package_of(name, resolved), []).append(name)
    return packages


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


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
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def is_elf(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(4) == b"\x7fELF"


def strip_debug(bundle: Path) -> int:
    """Remove debugging information and unneeded symbols from the bundle's libraries
    (libpython and the Cython modules carry tens of MB of it). The libraries auditwheel
    vendored into `NAME.libs` folders were rewritten by patchelf and break when stripped
    (NumPy's OpenBLAS no longer loads), so they stay as they are; OR-Tools' own `.libs`
    strip fine (the smoke check draws a team with them)."""
    strip = shutil.which("strip")
    if strip is None or sys.platform != "linux":
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*")):
        vendored = path.parent.name.endswith(".libs") and path.parent.name != ".libs"
        if not path.is_file() or path.is_symlink() or vendored:
            continue
        if not is_elf(path) or path.parent == bundle:  # the programs carry their archive
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def part_of(relative: Path) -> str:
    text = relative.as_posix()
    if text.startswith("_internal/"):
        text = text[len("_internal/") :]
    if text.startswith(("PySide6/Qt/plugins/", "PySide6/Qt/translations/")):
        return "Qt plugins and translations"
    if text.startswith(("PySide6/", "shiboken6/")):
        return "Qt libraries (and their Python modules)"
    if text.startswith("desktop/"):
        return "our resources (fonts, translations, migrations, verifier)"
    if "/" not in text and not text.startswith("lib"):
        return "the program (all Python code, ours included, compiled)"
    if text.startswith(("libpython", "python3", "base_library")):
        return "Python"
    return "other libraries (" + text.split("/")[0] + ")"


def size_by_part(bundle: Path) -> None:
    parts: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            part = part_of(path.relative_to(bundle))
            parts[part] = parts.get(part, 0) + path.stat().st_size
    others = {k: v for k, v in parts.items() if k.startswith("other libraries (")}
    shown = {k: v for k, v in parts.items() if k not in others}
    shown["other libraries"] = sum(others.values())
    for part, size in sorted(shown.items(), key=lambda item: -item[1]):
        print(f"  {size / 1e6:6.1f} MB  {part}")
    largest = sorted(others.items(), key=lambda item: -item[1])[:8]
    print("           of which " + ", ".join(f"{k[17:-1]} {v / 1e6:.0f}" for k, v in largest))


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
    bundle = DIST / NAME
    saved = strip_debug(bundle)
    size = folder_size(bundle) / 1e6
    print(
        f"build: {time.perf_counter() - started:.0f} s, bundle {size:.0f} MB "
        f"({saved / 1e6:.0f} MB of debugging information and symbols stripped)"
    )
    size_by_part(bundle)
    return bundle


def smoke(bundle: Path) -> int:
    program = bundle / ("approval-desk.exe" if sys.platform == "win32" else NAME)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)  # the bundle must stand on its own
    started = time.perf_counter()
    result = subprocess.run([str(program), "--smoke"], env=env, cwd=bundle.parent, check=False)
    print(f"smoke: exit {result.returncode} after {time.perf_counter() - started:.1f} s")
    return result.returncode


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Approval Desk
Name[zh_CN]=审批工作台
GenericName=Administrative approval back office
GenericName[zh_CN]=行政审批后台
Comment=Back office of an administrative approval service bureau
Comment[zh_CN]=行政审批服务局后台审批
Exec=approval-desk
Icon=approval-desk
Terminal=false
Categories=Office;
StartupWMClass=approval-desk
"""


def draw_icon(size: int, target: Path) -> None:
    """The icon: a red round seal with 审 in the bundled font (no image file to keep)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPen

    _app = QGuiApplication.instance() or QGuiApplication([])
    font_file = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = QColor("#c8102e")
    margin = size * 0.06
    painter.setPen(QPen(red, size * 0.07))
    painter.setBrush(QColor("#fff8f0"))
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    font = QFont(family)
    font.setPixelSize(int(size * 0.52))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(red)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "审")
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise RuntimeError(f"could not write the icon {target}")


def deb(bundle: Path) -> Path:
    """Wrap the bundle into dist/approval-desk_VERSION_amd64.deb with dpkg-deb."""
    started = time.perf_counter()
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / INSTALLED.relative_to("/"), symlinks=True)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / NAME).symlink_to(INSTALLED / NAME)
    applications = usr / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{NAME}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    for size in (48, 128, 256):
        icons = usr / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        draw_icon(size, icons / f"{NAME}.png")
    installed_kb = folder_size(root) // 1024
    packages = derived_depends(bundle)
    documented = {entry.split()[0] for entry in DEPENDS}
    unexplained = sorted(set(packages) - documented - BASE)
    if unexplained:  # the README and the table above say what each dependency is for
        details = "; ".join(f"{p}: {', '.join(packages[p])}" for p in unexplained)
        raise RuntimeError(f"deb: new system libraries, add them to DEPENDS: {details}")
    depends = sorted(set(DEPENDS) | (set(packages) - documented))
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {version()}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Maintainer: Approval Desk <approval-desk@localhost>\n"
        "Description: 审批工作台 Approval Desk\n"
        " The back office of an administrative approval service bureau: queues,\n"
        " workbench, documents with electronic seals, inspections and supervision.\n",
        encoding="utf-8",
    )
    # The menus and the icon cache pick up the new entry and icon (both tools are optional).
    script = (
        "#!/bin/sh\nset -e\n"
        "if command -v update-desktop-database >/dev/null 2>&1; then"
        " update-desktop-database -q /usr/share/applications || true; fi\n"
        "if command -v gtk-update-icon-cache >/dev/null 2>&1; then"
        " gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi\n"
    )
    for name in ("postinst", "postrm"):
        (control / name).write_text(script)
        (control / name).chmod(0o755)
    target = DIST / f"{NAME}_{version()}_amd64.deb"
    # gzip: 13 s for 120 MB here; xz -6 makes 90 MB but takes three minutes on two cores
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(
        f"deb: {target.name}, {target.stat().st_size / 1e6:.0f} MB "
        f"({installed_kb / 1024:.0f} MB installed) in {time.perf_counter() - started:.0f} s"
    )
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="run the bundle's --smoke check")
    parser.add_argument("--deb", action="store_true", help="wrap the bundle into a .deb")
    args = parser.parse_args()
    bundle = build()
    if args.smoke and (code := smoke(bundle)) != 0:
        return code
    if args.deb:
        deb(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
