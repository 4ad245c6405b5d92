"""Finding bundled resources the same way in a checkout, an installed package and the bundle."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

UI_FONT = ("fonts", "wqy-microhei.ttc")


def resource(*parts: str) -> Traversable:
    """A resource file under `resources/` (installed as `desktop.resources`)."""
    node = files("desktop.resources")
    for part in parts:
        node = node.joinpath(part)
    if not node.is_file():
        raise FileNotFoundError(f"缺少资源文件 {'/'.join(parts)}：安装不完整，请重新安装审批工作台")
    return node


def resource_path(*parts: str) -> Path:
    """A real file path for libraries that need one (fonts for Qt and reportlab)."""
    with as_file(resource(*parts)) as path:
        # Installed packages and the one-folder bundle hold real files, so the path stays valid.
        return Path(path)
