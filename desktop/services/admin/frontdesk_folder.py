"""A watched folder for front-desk files: each new file is imported, then moved with its
report into 已处理/ (imported) or 未能导入/ (unreadable file), so nothing is read twice."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from desktop.data.errors import DatabaseError
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.services.admin.frontdesk_import import FrontDeskImport, import_frontdesk_file

DONE, FAILED = "已处理", "未能导入"
SUFFIXES = {".csv", ".xlsx"}
SETTLE_SECONDS = 5  # a file the front desk is still writing is left for the next round


def _move(path: Path, folder: Path, report: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if target.exists():  # the same name again: keep both
        target = folder / f"{path.stem}-{time.strftime('%Y%m%d%H%M%S')}{path.suffix}"
    path.rename(target)
    target.with_name(target.name + ".report.txt").write_text("\n".join(report), encoding="utf-8")
    return target


def process_folder(
    sessions: sessionmaker[Session], actor: Actor, folder: Path, *, settle: float = SETTLE_SECONDS
) -> list[FrontDeskImport | str]:
    """Import every settled file in `folder`; returns each report (or the failure text)."""
    results: list[FrontDeskImport | str] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
        if time.time() - path.stat().st_mtime < settle:
            continue
        try:
            with sessions() as session, session.begin():
                report = import_frontdesk_file(session, actor, path.name, path.read_bytes())
        except DatabaseError:
            raise  # the database is away: leave the file where it is and try again later
        except DomainError as error:
            _move(path, folder / FAILED, [f"文件：{path.name}", f"未能导入：{error}"])
            results.append(f"{path.name}：{error}")
            continue
        _move(path, folder / DONE, report.lines())
        results.append(report)
    return results
