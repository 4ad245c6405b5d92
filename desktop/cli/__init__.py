"""The `approval-desk` command: the window by default, and headless commands for scripts.

Each command group (database, cases, statistics, reference, documents, inspections, pool,
admin)
declares its parsers and the handlers of its commands; their bodies import what they need
when they run, so that the window's start loads none of it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Sequence

from desktop import __version__
from desktop.cli import (
    admin,
    cases,
    commitments,
    database,
    documents,
    inspections,
    licences,
    pool,
    projects,
    reference,
    statistics,
)
from desktop.cli.common import parse_date

STARTED = time.perf_counter()  # the smoke run reports times from here

Handler = Callable[[argparse.Namespace], int]
GROUPS = (
    database,
    cases,
    statistics,
    reference,
    documents,
    licences,
    projects,
    commitments,
    admin,
    inspections,
    pool,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="approval-desk",
        description="审批工作台：行政审批服务局后台审批系统。不带子命令时打开窗口。",
    )
    parser.add_argument("--version", action="version", version=f"approval-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="数据库：postgresql://用户@主机:端口/库名 或 SQLite 文件路径"
        "（默认取环境变量 APPROVAL_DESK_DB，再默认为本机数据目录中的 SQLite 文件）；"
        "主备服务器可一并写出：postgresql://用户@主机1:端口,主机2:端口/库名，自动连接当前主库",
    )
    parser.add_argument(
        "--reporting-db",
        metavar="URL",
        help="统计、报告与审计查询所用的备用服务器地址 postgresql://主机:端口/库名"
        "（默认取环境变量 APPROVAL_DESK_REPORTING_DB；连不上时改用 --db 的服务器）",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="打开窗口前，若数据库中没有办件则生成演示数据（约一年的办件）",
    )
    parser.add_argument(
        "--today",
        type=parse_date,
        metavar="YYYY-MM-DD",
        default=None,
        help="与 --demo 同用：演示数据与窗口都以该日为“今天”（队列、统计看板、踏勘安排）",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="自检：在临时数据库上启动完整窗口（不显示），打开各主要界面后退出",
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="界面语言：zh 简体中文（默认），en English（会被记住）",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(commands)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run the headless command the arguments name, by its group's handler."""
    handlers: dict[str, Handler] = {}
    for group in GROUPS:
        handlers.update(group.HANDLERS)
    return handlers[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    # The demo simulates in a worker process; a frozen bundle must hand such children over.
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and args.today is not None and not args.demo:
        parser.error("--today 只能与 --demo 一起使用")
    from desktop.logs import setup_logging

    setup_logging()
    if args.reporting_db:  # read where the reports' sessions are made (README, "A standby")
        from desktop.services.database import REPORTING_ENV_VAR

        os.environ[REPORTING_ENV_VAR] = args.reporting_db

    # Only what the chosen path needs: the window never imports the command bodies.
    handler: Handler
    if args.smoke:
        from desktop.ui.smoke import run_smoke

        return run_smoke(STARTED)
    if args.command is None:
        from desktop.ui.app import run_app

        handler = run_app
    else:
        handler = run_command
    return _guarded(handler, args)


def _guarded(handler: Handler, args: argparse.Namespace) -> int:
    """Turn the errors people can act on into one clear line and a non-zero exit code."""
    from desktop.services.faults import classify

    try:
        return handler(args)
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as error:
        fault = classify(error)
        if fault is None:
            raise
        print(f"错误：{fault.words}", file=sys.stderr)
        return 2
