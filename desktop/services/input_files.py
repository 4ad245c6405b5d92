"""Reading a file a person names (an import, a PDF to verify, a certificate): every way it
can fail becomes one sentence that says what to do."""

from __future__ import annotations

import errno
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.phrases import Term

MISSING = Term("不存在，请检查路径")
A_FOLDER = Term("是一个文件夹，请选择其中的文件")
NOT_A_FOLDER = Term("不是文件夹，请给出文件夹的路径")
NO_PERMISSION = Term("没有读取权限，请检查文件的权限或换一个位置")
CANNOT_READ = Term("无法读取（文件可能已损坏、被占用或在已断开的网络位置），请换一份文件重试")


class UnreadableFile(DomainError):
    code = "unreadable_file"


def unreadable(error: OSError, path: Path | str | None = None) -> UnreadableFile:
    """The failure to read `path` (else the file the error names) in words."""
    if isinstance(error, FileNotFoundError):
        rule = MISSING
    elif isinstance(error, IsADirectoryError):
        rule = A_FOLDER
    elif isinstance(error, NotADirectoryError):
        rule = NOT_A_FOLDER
    elif isinstance(error, PermissionError) or error.errno == errno.EACCES:
        rule = NO_PERMISSION
    else:
        rule = CANNOT_READ
    name = path if path is not None else (error.filename or "")
    return UnreadableFile("文件“{path}”{rule}", path=str(name), rule=rule)


def read_input(path: Path | str) -> bytes:
    """The bytes of the file a person named, or UnreadableFile saying why not."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise unreadable(error, path) from None
