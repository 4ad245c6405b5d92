"""The `approval-desk` command: the window by default, and headless commands for scripts."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date

from desktop import __version__, commands_documents, commands_inspections, commands_reference

STARTED = time.perf_counter()  # the smoke run reports times from here


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”无效，应为 YYYY-MM-DD") from None


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
        "（默认取环境变量 APPROVAL_DESK_DB，再默认为本机数据目录中的 SQLite 文件）",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="打开窗口前，若数据库中没有办件则生成演示数据（2000件）",
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

    db = commands.add_parser("db", help="数据库结构").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="将数据库升级到最新结构（新数据库同样由此创建）")
    db.add_parser("status", help="显示数据库位置与结构版本")

    demo = commands.add_parser("demo", help="生成确定性的演示数据（写入没有办件的数据库）")
    demo.add_argument("--cases", type=int, default=2000, help="办件数量（默认2000）")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子得到相同数据）")
    demo.add_argument(
        "--today",
        type=_parse_date,
        default=None,
        help="演示数据的“今天”（默认为今天），办件分布在此前两年",
    )

    case = commands.add_parser("case", help="办件").add_subparsers(
        dest="case_command", required=True
    )
    explain = case.add_parser("explain", help="说明办件的期限是如何计算的")
    explain.add_argument("number", help="受理编号")
    explain.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")

    stats = commands.add_parser(
        "stats", help="办件统计：受理、办结、办结率、按时办结率、平均用时、红黄牌"
    )
    stats.add_argument(
        "--from",
        dest="start",
        type=_parse_date,
        default=None,
        help="期间开始（默认：11个月前的月初）",
    )
    stats.add_argument(
        "--to", dest="end", type=_parse_date, default=None, help="期间结束（默认：今天）"
    )
    stats.add_argument(
        "--by",
        choices=("queue", "department", "item", "handler"),
        default="queue",
        help="分组：队列、部门、事项或承办人（默认：队列）",
    )
    stats.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")

    applicant = commands.add_parser("applicant", help="申请人").add_subparsers(
        dest="applicant_command", required=True
    )
    add = applicant.add_parser("add", help="登记申请人（校验身份证号码或统一社会信用代码）")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--person", action="store_true", help="自然人（居民身份证）")
    kind.add_argument(
        "--organisation", action="store_true", help="法人或其他组织（统一社会信用代码）"
    )
    add.add_argument("--name", required=True)
    add.add_argument("--id", dest="identifier", required=True, help="身份证号码或统一社会信用代码")
    add.add_argument("--phone", default="")
    add.add_argument("--contact", default="")
    add.add_argument("--address", default="")
    commands_reference.add_parsers(commands)
    commands_documents.add_parsers(commands)
    _users_parser(commands)
    audit = commands.add_parser("audit", help="审计记录").add_subparsers(
        dest="audit_command", required=True
    )
    audit.add_parser("verify", help="校验审计记录的哈希链，报告第一处断开")
    commands_inspections.add_parsers(commands)
    return parser


def _users_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser(
        "users", help="用户管理（PostgreSQL 上每位用户有自己的数据库账号）"
    ).add_subparsers(dest="users_command", required=True)
    users.add_parser("list", help="列出所有用户")
    add = users.add_parser("add", help="新建用户")
    add.add_argument("username", help="用户名（小写字母开头，字母、数字、下划线）")
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument("--roles", required=True, help="角色，逗号分隔，如 handler_engineering")
    for name, text in (("disable", "停用用户"), ("enable", "重新启用用户")):
        users.add_parser(name, help=text).add_argument("username")
    roles = users.add_parser("roles", help="设置用户的角色（替换原有角色）")
    roles.add_argument("username")
    roles.add_argument("--roles", required=True, help="角色，逗号分隔；空字符串表示不担任任何角色")
    password = users.add_parser("password", help="重设密码")
    password.add_argument("username")
    for parser in (add, password):
        parser.add_argument(
            "--password-stdin", action="store_true", help="从标准输入读取密码（供脚本使用）"
        )


def main(argv: Sequence[str] | None = None) -> int:
    # The demo simulates in a worker process; a frozen bundle must hand such children over.
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    from desktop.logs import setup_logging

    setup_logging()

    # Only what the chosen path needs: the window never imports the command bodies.
    handler: Callable[[argparse.Namespace], int]
    if args.smoke:
        from desktop.ui.smoke import run_smoke

        return run_smoke(STARTED)
    if args.command is None:
        from desktop.ui.app import run_app

        handler = run_app
    else:
        from desktop.commands import run_command

        handler = run_command
    return _guarded(handler, args)


def _guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Turn the errors people can act on into one clear line and a non-zero exit code."""
    from desktop.commands import explain_failure

    try:
        return handler(args)
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as error:
        message = explain_failure(error)
        if message is None:
            raise
        print(f"错误：{message}", file=sys.stderr)
        return 2
