"""`approval-desk licence show` and `licence expiring`: the licence register as the window
shows it (one licence with its versions; those about to expire, to remind their holders)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import cli_actor, parse_date, sessions_for


def add_parsers(commands: Any) -> None:
    licence = commands.add_parser("licence", help="许可证登记").add_subparsers(
        dest="licence_command", required=True
    )
    show = licence.add_parser("show", help="一张许可证的各个版本（变更、延续、注销、撤销）")
    show.add_argument("number", help="许可证编号（或其任一版本的文号）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    expiring = licence.add_parser("expiring", help="即将到期的有效许可证（提醒持证人延续）")
    expiring.add_argument("--days", type=int, required=True, help="今后多少天内到期")
    expiring.add_argument("--today", type=parse_date, default=None, metavar="YYYY-MM-DD")
    expiring.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    expiring.add_argument("--xlsx", type=Path, default=None, help="另存为短信/信函用的 Excel")


def _validity(row: Any) -> str:
    end = row.valid_to.isoformat() if row.valid_to else "长期"
    return f"{row.valid_from.isoformat()} 至 {end}"


def _show(args: argparse.Namespace) -> int:
    from desktop.services.documents.licence_book import licence_versions

    with sessions_for(args)() as session:
        versions = licence_versions(session, cli_actor(), args.number)
    if args.json:
        current = versions[-1]
        print(
            json.dumps(
                {
                    "licence_no": current.licence_no,
                    "status": current.status.value,
                    "status_label": current.status.label,
                    "versions": [v.as_json() for v in versions],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    current = versions[-1]
    print(f"许可证 {current.licence_no}（{current.status.label}）")
    print(f"持证人：{current.holder}（{current.holder_identifier}）")
    print(f"事项：{current.item_name}（{current.item_code}）")
    for v in versions:
        document = v.document_number or "（本系统启用前发证）"
        print(f"第 {v.version} 版  {document}  {_validity(v)}  {v.status.label}")
        ended = ""
        if v.ended_by_case:
            ended = f"；{v.ended_on} 经办件 {v.ended_by_case}{v.status.label}"
        print(f"    办件 {v.case_number or '无'}{ended}")
        if v.scope:
            print(f"    许可范围：{v.scope}")
        for line in v.conditions:
            print(f"    附加条件：{line}")
    return 0


def _expiring(args: argparse.Namespace) -> int:
    from desktop.services.documents.licence_book import expiring, reminders_xlsx

    with sessions_for(args)() as session:
        rows = expiring(session, cli_actor(), args.days, args.today)
    if args.xlsx is not None:
        args.xlsx.write_bytes(reminders_xlsx(rows, args.days))
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
        return 0
    print(f"{args.days} 天内到期的有效许可证：{len(rows)} 张")
    for row in rows:
        v = row.version
        print(
            f"{v.licence_no}  {v.holder}  {v.item_name}  有效期至 {v.valid_to}"
            f"（剩 {row.days_left} 天，最迟 {row.renewal_deadline} 申请延续）"
            f"  {row.contact_name} {row.contact_phone}"
        )
    return 0


def _licence(args: argparse.Namespace) -> int:
    return _show(args) if args.licence_command == "show" else _expiring(args)


HANDLERS = {"licence": _licence}
