"""`approval-desk stats`: the period's figures by queue, department, item or handler."""

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


def _stats(args: argparse.Namespace) -> int:
    import json

    from desktop.documents.table_export import to_text
    from desktop.services import timesource
    from desktop.services.supervision.statistics import compute_statistics
    from desktop.services.supervision.stats_definitions import Dimension, Period
    from desktop.services.supervision.tables import figures_table, months_table

    sessions = sessions_for(args)
    today = timesource.today()
    period = Period(args.start or Period.last_months(today).start, args.end or today)
    by = Dimension(args.by)
    with sessions() as session:
        result = compute_statistics(session, cli_actor(), period)
    if args.json:
        print(json.dumps(result.as_dict(by), ensure_ascii=False, indent=2))
    else:
        print(to_text(figures_table(result, by)))
        print()
        print(to_text(months_table(result)))
    return 0


HANDLERS = {"stats": _stats}
