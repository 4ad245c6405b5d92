"""A watched folder for front-desk files: each new file is imported, then moved with its
report into 已处理/ (imported) or 未能导入/ (a file that cannot be imported, with the reason),
so nothing is read twice and one bad file never holds up the files after it."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from desktop.data.errors import DatabaseError
from desktop.domain.actor import Actor
from desktop.services.admin.frontdesk_import import FrontDeskImport, import_frontdesk_file
from desktop.services.faults import FaultKind, classify
from desktop.services.input_files import read_input, unreadable

DONE, FAILED = "已处理", "未能导入"
SUFFIXES = {".csv", ".xlsx"}
SETTLE_SECONDS = 5  # a file the front desk is still writing is left for the next round
log = logging.getLogger("desktop.services.frontdesk")


def _move(path: Path, folder: Path, report: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if target.exists():  # the same name again: keep both
        target = folder / f"{path.stem}-{time.strftime('%Y%m%d%H%M%S')}{path.suffix}"
    path.rename(target)
    target.with_name(target.name + ".report.txt").write_text("\n".join(report), encoding="utf-8")
    return target


def waiting_files(folder: Path) -> list[Path]:
    """The front-desk files in `folder`, oldest name first (or UnreadableFile for the folder)."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    except OSError as error:
        raise unreadable(error, folder) from None


def settling_files(folder: Path, settle: float = SETTLE_SECONDS) -> list[Path]:
    """The files changed within the last `settle` seconds: perhaps still being written."""
    now = time.time()
    return [p for p in waiting_files(folder) if now - p.stat().st_mtime < settle]


def process_folder(
    sessions: sessionmaker[Session], actor: Actor, folder: Path, *, settle: float = SETTLE_SECONDS
) -> list[FrontDeskImport | str]:
    """Import every settled file in `folder`; returns each report (or the failure text).

    A file that cannot be imported (unreadable, not a front-desk file, or one that trips
    a fault in the program) is moved to 未能导入 with the reason and the next file is
    taken; only a database that is away stops the round, leaving the file for the next."""
    results: list[FrontDeskImport | str] = []
    settling = set(settling_files(folder, settle))
    for path in waiting_files(folder):
        if path in settling:
            continue
        try:
            data = read_input(path)
            with sessions() as session, session.begin():
                report = import_frontdesk_file(session, actor, path.name, data)
        except DatabaseError:
            raise  # the database is away or wrong: leave the file where it is, try later
        except Exception as error:
            fault = classify(error)
            if fault is not None and fault.kind is not FaultKind.EXPLAINED:
                raise  # a lost connection or a refusal: the file is not to blame
            if fault is None:
                log.exception("front-desk file %s failed", path.name)
            words = fault.words if fault is not None else f"程序错误：{error!r}（已记入日志）"
            results.append(f"{path.name}：未能导入，已移入“{FAILED}”：{words}")
            _set_aside(path, folder, words, results)
            continue
        _move(path, folder / DONE, report.lines())
        results.append(report)
    return results


def _set_aside(path: Path, folder: Path, words: str, results: list[FrontDeskImport | str]) -> None:
    try:
        _move(path, folder / FAILED, [f"文件：{path.name}", f"未能导入：{words}"])
    except OSError as error:  # cannot even move it: say so; it is tried again next round
        results.append(f"{path.name}：无法移入“{FAILED}”：{unreadable(error)}")
