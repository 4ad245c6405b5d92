"""`approval-desk inspections …`: plan the pending requests by a recorded draw, and
replay a recorded draw to show it gives the identical plan."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from desktop.cli.common import cli_actor, parse_date, sessions_for
from desktop.domain.canonical import plain


def add_parsers(commands: Any) -> None:
    inspections = commands.add_parser("inspections", help="现场踏勘").add_subparsers(
        dest="inspections_command", required=True
    )
    plan = inspections.add_parser(
        "plan", help="抽取踏勘人员：为待安排的踏勘申请排定日期和人员（先登记种子）"
    )
    plan.add_argument(
        "--from", dest="first_day", type=parse_date, default=None, help="首个可安排日（默认明天）"
    )
    plan.add_argument("--days", type=int, default=5, help="安排的工作日数（默认5）")
    plan.add_argument("--seed", default=None, help="随机种子（默认随机生成，抽取前登记）")
    plan.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    replay = inspections.add_parser("replay", help="用登记的种子和快照重新计算，核验是否一致")
    replay.add_argument("draw_id", type=int, help="抽取编号")


def _plan(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from desktop.services import timesource
    from desktop.services.inspections.draws import plan_inspections

    sessions = sessions_for(args)
    first_day: date = args.first_day or timesource.today() + timedelta(days=1)
    outcome = plan_inspections(sessions, cli_actor(), first_day, args.days, args.seed)
    if args.json:
        print(json.dumps(plain(outcome), ensure_ascii=False, indent=2))
        return 0
    print(f"抽取编号 {outcome.draw_id}  种子 {outcome.seed}  规则版本 {outcome.rules_version}")
    print(f"快照摘要 {outcome.snapshot_hash}")
    print(f"结果摘要 {outcome.digest}")
    for line in outcome.planned:
        half = "上午" if line.half_day and line.half_day.value == "am" else "下午"
        team = "、".join(p.name for p in line.team)
        backups = "、".join(p.name for p in line.backups)
        print(f"{line.day}  {half}  {line.case_number}  {team}（备选：{backups or '无'}）")
    for line in outcome.unplanned:
        print(f"未安排  {line.case_number}  {line.unplanned}")
    fair = "已达计数下限，公平已证明" if outcome.fairness_proven else "未达计数下限"
    print(
        f"已安排 {len(outcome.planned)} 项，未安排 {len(outcome.unplanned)} 项；"
        f"最高负荷 {outcome.max_load}，计数下限 {outcome.load_floor}（{fair}）"
    )
    print(f"抽取编号：{outcome.draw_id}")
    return 0


def _replay(args: argparse.Namespace) -> int:
    from desktop.services.inspections.replay import load_recorded, replay

    sessions = sessions_for(args)
    with sessions() as session:
        recorded = load_recorded(session, cli_actor(), args.draw_id)
    report = replay(recorded)  # outside the session: no transaction while recomputing
    print("\n".join(report.lines()))
    return 0 if report.identical else 1


def _inspections(args: argparse.Namespace) -> int:
    return {"plan": _plan, "replay": _replay}[args.inspections_command](args)


HANDLERS = {"inspections": _inspections}
