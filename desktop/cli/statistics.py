"""`approval-desk stats`: the period's figures by queue, department, item or handler;
`approval-desk report`: the period's work report as PDF or XLSX."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import cli_actor, parse_date, sessions_for


def add_parsers(commands: Any) -> None:
    stats = commands.add_parser(
        "stats", help="办件统计：受理、办结、办结率、按时办结率、平均用时、红黄牌"
    )
    stats.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        default=None,
        help="期间开始（默认：11个月前的月初）",
    )
    stats.add_argument(
        "--to", dest="end", type=parse_date, default=None, help="期间结束（默认：今天）"
    )
    stats.add_argument(
        "--by",
        choices=("queue", "department", "item", "handler"),
        default="queue",
        help="分组：队列、部门、事项或承办人（默认：队列）",
    )
    stats.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    report = commands.add_parser(
        "report", help="工作情况报告：办件、事项改革、好差评、热线投诉、抄告与月度趋势"
    )
    report.add_argument("--from", dest="start", type=parse_date, required=True, help="期间开始")
    report.add_argument("--to", dest="end", type=parse_date, required=True, help="期间结束")
    report.add_argument(
        "--out", required=True, help="输出文件：.pdf 为报告，.xlsx 为数据表（同一组数字）"
    )


def _stats(args: argparse.Namespace) -> int:
    import json

    from desktop.documents.table_export import to_text
    from desktop.services import timesource
    from desktop.services.database import reporting_sessions
    from desktop.services.supervision.period_report import period_report
    from desktop.services.supervision.statistics import compute_statistics
    from desktop.services.supervision.stats_definitions import Dimension, Period
    from desktop.services.supervision.tables import figures_table, months_table

    sessions = reporting_sessions(sessions_for(args))  # a standby where there is one
    today = timesource.today()
    period = Period(args.start or Period.last_months(today).start, args.end or today)
    by = Dimension(args.by)
    with sessions() as session:
        result = compute_statistics(session, cli_actor(), period)
        report = period_report(session, cli_actor(), period, result) if args.json else None
    if report is not None:
        print(json.dumps(report.as_dict(by), ensure_ascii=False, indent=2))
    else:
        print(to_text(figures_table(result, by)))
        print()
        print(to_text(months_table(result)))
    return 0


def _report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services.database import reporting_sessions
    from desktop.services.supervision.report_content import make_report
    from desktop.services.supervision.stats_definitions import Period

    out = Path(args.out)
    kind = out.suffix.lower().lstrip(".")
    period = Period(args.start, args.end)
    with reporting_sessions(sessions_for(args))() as session:
        data = make_report(session, cli_actor(), period, kind)
    out.write_bytes(data)
    print(f"已生成 {period} 的工作情况报告：{out}")
    return 0


HANDLERS = {"stats": _stats, "report": _report}
