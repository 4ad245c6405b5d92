"""What kind of fault an error is, for the command line and the windows alike: a rule or a
database state told to people, a refusal by the database's guards, or a lost connection."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa

from desktop.data.database import damaged
from desktop.data.faults import is_damaged_file, is_permission_denied, server_message
from desktop.domain.errors import Explained
from desktop.services.input_files import unreadable


class FaultKind(StrEnum):
    EXPLAINED = "explained"  # a broken rule or a database in the wrong state: its own words
    REFUSED = "refused"  # the database's guards said no (permission denied)
    CONNECTION = "connection"  # the connection failed or was lost: retry later


@dataclass(frozen=True)
class Fault:
    """`words`: the one Chinese line for a person; `detail`: the server's or driver's own
    first line (empty for an explained error)."""

    kind: FaultKind
    words: str
    detail: str = ""


def classify(error: BaseException) -> Fault | None:
    """The fault an error is, with its words; None for a real bug (show it, log it)."""
    if isinstance(error, Explained):
        return Fault(FaultKind.EXPLAINED, str(error))
    explained = as_explained(error)
    if explained is not None:
        return Fault(FaultKind.EXPLAINED, str(explained))
    if is_permission_denied(error):
        detail = server_message(error)
        return Fault(FaultKind.REFUSED, f"数据库拒绝了此操作（权限不足）：{detail}", detail)
    if isinstance(error, sa.exc.OperationalError | sa.exc.InterfaceError):
        detail = _first_line(error.orig if error.orig is not None else error)
        return Fault(
            FaultKind.CONNECTION, f"数据库操作失败：{detail}。请检查数据库连接后重试", detail
        )
    return None


def as_explained(error: BaseException) -> Explained | None:
    """The words for a failure that is the input's fault, not the program's: a file that
    cannot be read, an SQLite file that is no database or a damaged one."""
    if isinstance(error, OSError) and error.filename is not None:
        return unreadable(error)
    if is_damaged_file(error):
        return damaged(error)
    return None


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""
