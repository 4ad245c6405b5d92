"""`approval-desk db …` and `demo`: the schema (upgrade, status) and the demo bureau."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop.cli.common import open_engine, parse_date


def add_parsers(commands: Any) -> None:
    db = commands.add_parser("db", help="数据库结构").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="将数据库升级到最新结构（新数据库同样由此创建）")
    db.add_parser("status", help="显示数据库位置与结构版本")

    demo = commands.add_parser("demo", help="生成确定性的演示数据（写入没有办件的数据库）")
    demo.add_argument("--cases", type=int, default=None, help="办件数量（默认约一年的受理量）")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子得到相同数据）")
    demo.add_argument(
        "--today",
        type=parse_date,
        default=None,
        help="演示数据的“今天”（默认为今天），办件分布在此前约一年（办件多时至多两年）",
    )


def _db(args: argparse.Namespace) -> int:
    from desktop.data import schema_version
    from desktop.services.admin.setup import prepare_database
    from desktop.services.database import describe

    engine = open_engine(args, require_current=False, create=args.db_command == "upgrade")
    if args.db_command == "status":
        revision = schema_version.current_revision(engine)
        head = schema_version.head_revision()
        state = "最新" if revision == head else ("未初始化" if revision is None else "需要升级")
        print(f"数据库：{describe(engine.url)}")
        print(f"结构版本：{revision or '无'}（程序版本 {head}，{state}）")
        return 0
    report = prepare_database(engine)
    before = report.revision_before or "空数据库"
    print(f"数据库：{describe(engine.url)}")
    print(f"结构版本：{before} → {report.revision_after}")
    if report.calendar_years_added:
        years = report.calendar_years_added
        print(f"已导入国务院节假日安排：{years[0]}—{years[-1]} 年（共 {len(years)} 年）")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from desktop.services.admin.setup import prepare_database
    from desktop.services.database import session_factory
    from desktop.services.demo.generate import DemoOptions, generate_demo

    engine = open_engine(args, require_current=False, create=True)
    prepare_database(engine)
    started = time.perf_counter()
    options = DemoOptions(seed=args.seed, today=args.today)
    if args.cases is not None:
        options = replace(options, cases=args.cases)
    summary = generate_demo(session_factory(engine), options, progress=_progress_printer())
    print(file=sys.stderr)
    print(summary.describe())
    print(f"用时 {time.perf_counter() - started:.1f} 秒")
    return 0


def _progress_printer() -> Callable[[str, int, int], None]:
    interactive = sys.stderr.isatty()

    def show(step: str, done: int, total: int) -> None:
        if interactive:
            print(f"\r{step} {done}/{total}", end="", file=sys.stderr, flush=True)

    return show


HANDLERS = {"db": _db, "demo": _demo}
