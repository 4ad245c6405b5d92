"""`approval-desk catalogue …`, `calendar …` and `frontdesk …`: the item catalogue as
XLSX, the holiday calendar from a text file, and front-desk hand-over files (one at a time,
or a watched folder)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from desktop.cli.common import cli_actor, sessions_for


def add_parsers(commands: Any) -> None:
    catalogue = commands.add_parser("catalogue", help="事项目录").add_subparsers(
        dest="catalogue_command", required=True
    )
    export = catalogue.add_parser("export", help="导出事项目录为 Excel（事项、材料两张表）")
    export.add_argument("file", type=Path)
    load = catalogue.add_parser("import", help="从 Excel 导入事项目录（逐行校验）")
    load.add_argument("file", type=Path)
    load.add_argument(
        "--only-good-rows", action="store_true", help="有错误行时仍导入无误的行（默认全部不导入）"
    )
    calendar = commands.add_parser("calendar", help="节假日安排").add_subparsers(
        dest="calendar_command", required=True
    )
    lines = calendar.add_parser(
        "import",
        help="从文本文件导入节假日安排（每行如“2027-01-01 休 元旦”或“2027-02-07 班”），"
        "并重算在办件的期限",
    )
    lines.add_argument("file", type=Path)
    frontdesk = commands.add_parser("frontdesk", help="前台受理文件").add_subparsers(
        dest="frontdesk_command", required=True
    )
    files = frontdesk.add_parser("import", help="导入前台受理文件（CSV 或 Excel）")
    files.add_argument("files", type=Path, nargs="+")
    watch = frontdesk.add_parser("watch", help="监视文件夹，自动导入放入的受理文件")
    watch.add_argument("folder", type=Path)
    watch.add_argument("--interval", type=float, default=10.0, help="检查间隔秒数（默认10）")
    watch.add_argument("--once", action="store_true", help="只检查一次")


def _catalogue(args: argparse.Namespace) -> int:
    from desktop.services.admin.catalogue_io import export_catalogue, import_catalogue
    from desktop.services.input_files import read_input

    data = read_input(args.file) if args.catalogue_command == "import" else b""
    sessions = sessions_for(args)
    if args.catalogue_command == "export":
        with sessions() as session:
            args.file.write_bytes(export_catalogue(session, cli_actor()))
        print(f"已导出到 {args.file}")
        return 0
    with sessions() as session, session.begin():
        report = import_catalogue(session, cli_actor(), data, only_good_rows=args.only_good_rows)
    print(f"读取事项 {report.items_read} 行、材料 {report.materials_read} 行")
    for problem in report.problems:
        print(f"有误 {problem}")
    if not report.written:
        print("有错误行，未导入任何内容：请修改后重新导入，或加 --only-good-rows 只导入无误的行")
        return 1
    print(f"新增 {len(report.added)} 项，更新 {len(report.updated)} 项")
    for kept in report.kept_materials:
        print(f"保留 {kept}（已有办件使用，未删除）")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from desktop.cli.admin import acting_person
    from desktop.domain.errors import DomainError
    from desktop.services.admin.calendar import import_calendar
    from desktop.services.input_files import read_input

    data = read_input(args.file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(
            "文件 {file} 不是 UTF-8 文本：请另存为 UTF-8 后再导入", file=args.file
        ) from None
    with sessions_for(args)() as session, session.begin():
        report = import_calendar(session, acting_person(session), text)
    print("\n".join(report.lines()))
    return 0


def _frontdesk(args: argparse.Namespace) -> int:
    from desktop.services.admin.frontdesk_folder import process_folder
    from desktop.services.admin.frontdesk_import import import_frontdesk_file
    from desktop.services.input_files import read_input

    if args.frontdesk_command == "import":
        files = [(path, read_input(path)) for path in args.files]  # all readable, or none
        sessions = sessions_for(args)
        bad = 0
        for path, data in files:
            with sessions() as session, session.begin():
                report = import_frontdesk_file(session, cli_actor(), path.name, data)
            print("\n".join(report.lines()))
            bad += len(report.rejected)
        return 1 if bad else 0
    sessions = sessions_for(args)
    while True:
        if args.once:
            _wait_for_settling(args.folder)
        results = process_folder(sessions, cli_actor(), args.folder)
        for result in results:
            print(result if isinstance(result, str) else "\n".join(result.lines()), flush=True)
        if args.once:
            if not results:
                print(f"文件夹 {args.folder} 中没有待导入的受理文件（.csv、.xlsx）")
            return 0
        time.sleep(args.interval)


def _wait_for_settling(folder: Path) -> None:
    """`--once` right after files are dropped: wait (and say so) until they are written."""
    from desktop.services.admin.frontdesk_folder import SETTLE_SECONDS, settling_files

    deadline, said = time.monotonic() + 6 * SETTLE_SECONDS, ""
    while settling := settling_files(folder):
        names = "、".join(path.name for path in settling)
        if time.monotonic() > deadline:
            print(f"仍在写入，本次未导入：{names}（写完后再运行一次）", flush=True)
            return
        if names != said:
            print(f"等待文件写入完成（{SETTLE_SECONDS} 秒内无改动再导入）：{names}", flush=True)
            said = names
        time.sleep(1.0)


HANDLERS = {"catalogue": _catalogue, "calendar": _calendar, "frontdesk": _frontdesk}
