"""`approval-desk inspections …`: open a draw (prints its commitment), draw it with the
witness's text, and replay a recorded draw to show it gives the identical plan. No
command takes a seed: it comes from the committed secret and the witness. `record show`
and `record list` print on-site records (现场踏勘记录)."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import Any

from desktop.cli.common import cli_actor, parse_date, sessions_for
from desktop.domain.canonical import plain
from desktop.domain.timezone import CHINA


def add_parsers(commands: Any) -> None:
    inspections = commands.add_parser("inspections", help="现场踏勘").add_subparsers(
        dest="inspections_command", required=True
    )
    opening = inspections.add_parser(
        "open", help="开启抽取：冻结待安排的申请和人才库快照，公布承诺值"
    )
    opening.add_argument(
        "--from", dest="first_day", type=parse_date, default=None, help="首个可安排日（默认明天）"
    )
    opening.add_argument("--days", type=int, default=5, help="安排的工作日数（默认5）")
    draw = inspections.add_parser(
        "draw", help="抽取：见证人看到承诺值后给出随机数，揭示秘密值并排定日期和人员"
    )
    draw.add_argument("draw_id", type=int, help="开启抽取时打印的抽取编号")
    draw.add_argument("--witness", required=True, help="见证人随机数（4至64个字符）")
    draw.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    replay = inspections.add_parser(
        "replay", help="核验抽取：承诺值、见证、快照和结果是否一致（重新计算）"
    )
    replay.add_argument("draw_id", type=int, help="抽取编号")
    record = inspections.add_parser("record", help="现场踏勘记录").add_subparsers(
        dest="record_command", required=True
    )
    show = record.add_parser("show", help="显示一次踏勘的记录：结论、逐项检查结果、附件、确认")
    show.add_argument("inspection_id", type=int, help="踏勘编号（record list 可查）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    listing = record.add_parser("list", help="列出办件的各次踏勘及其记录状态")
    listing.add_argument("case_number", help="办件编号")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")


def _open(args: argparse.Namespace) -> int:
    from desktop.services import timesource
    from desktop.services.inspections.draws import open_draw

    sessions = sessions_for(args)
    first_day: date = args.first_day or timesource.today() + timedelta(days=1)
    with sessions() as session, session.begin():
        ticket = open_draw(session, cli_actor(), first_day, args.days)
    print(f"抽取编号：{ticket.draw_id}")
    print(f"承诺值 {ticket.commitment}")
    print(f"快照摘要 {ticket.snapshot_hash}  规则版本 {ticket.rules_version}")
    print(f"待安排 {ticket.requests} 项，自 {ticket.first_day} 起 {ticket.days} 个工作日")
    print(
        f"请见证人看到承诺值后给出随机数，再运行：approval-desk inspections draw "
        f"{ticket.draw_id} --witness 随机数"
    )
    return 0


def _draw(args: argparse.Namespace) -> int:
    from desktop.services.inspections.draws import draw_with_witness

    sessions = sessions_for(args)
    outcome = draw_with_witness(sessions, cli_actor(), args.draw_id, args.witness)
    if args.json:
        print(json.dumps(plain(outcome), ensure_ascii=False, indent=2))
        return 0
    print(f"抽取编号 {outcome.draw_id}  规则版本 {outcome.rules_version}")
    print(f"承诺值 {outcome.commitment}")
    print(f"秘密值 {outcome.secret}")
    print(f"见证人随机数 {outcome.witness}")
    print(f"快照摘要 {outcome.snapshot_hash}")
    print(f"种子 {outcome.seed}")
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
    return 0


def _replay(args: argparse.Namespace) -> int:
    from desktop.services.inspections.replay import load_recorded, replay

    sessions = sessions_for(args)
    with sessions() as session:
        recorded = load_recorded(session, cli_actor(), args.draw_id)
    report = replay(recorded)  # outside the session: no transaction while recomputing
    print("\n".join(report.lines()))
    return 0 if report.identical else 1


def _record_state(record: Any) -> str:
    if record.conclusion is None:
        return "未填写"
    if record.confirmed:
        return f"{record.conclusion.label}（踏勘组已全体确认）"
    return f"{record.conclusion.label}（待踏勘人员确认）"


def _record_show(args: argparse.Namespace) -> int:
    from desktop.services.inspections.site_record import site_record

    with sessions_for(args)() as session:
        record = site_record(session, cli_actor(), args.inspection_id)
    if args.json:
        print(json.dumps(plain(record), ensure_ascii=False, indent=2))
        return 0
    print(f"踏勘 {record.inspection_id}  办件 {record.case_number}  {record.item_name}")
    print(f"申请人 {record.applicant}  地点 {record.address or '未填写'}")
    half = {"am": "上午", "pm": "下午"}.get(record.half_day.value if record.half_day else "", "")
    print(f"状态 {record.status.label}  踏勘日期 {record.day or '未安排'} {half}".rstrip())
    if record.follows_id is not None:
        print(
            f"复查：跟随踏勘 {record.follows_id}" + ("（沿用原踏勘组）" if record.same_team else "")
        )
    print(f"结论 {_record_state(record)}  申请人代表 {record.representative or '未填写'}")
    if record.rectify_due is not None:
        print(f"整改期限 {record.rectify_due}")
    if record.summary:
        print(f"踏勘情况 {record.summary}")
    for f in record.findings:
        major = "（重大事项）" if f.major else ""
        verdict = f.verdict.label if f.verdict else "未填写"
        print(f"  {f.seq}. {f.check_point}{major}：{verdict}" + (f"  {f.note}" if f.note else ""))
    for member in record.members:
        signed = (
            member.signed_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
            if member.signed_at
            else "未确认"
        )
        print(f"踏勘人员 {member.name}（{member.department}）  确认 {signed}")
    for file in record.files:
        kind = "照片" if file.photo else "附件"
        print(f"{kind} {file.name}  {file.size} 字节  SHA-256 {file.sha256}")
    return 0


def _record_list(args: argparse.Namespace) -> int:
    from desktop.services.inspections.record_view import case_records

    with sessions_for(args)() as session:
        records = case_records(session, cli_actor(), args.case_number)
    if args.json:
        print(json.dumps(plain(records), ensure_ascii=False, indent=2))
        return 0
    if not records:
        print(f"办件 {args.case_number} 没有现场踏勘")
    for record in records:
        print(
            f"踏勘 {record.inspection_id}  {record.status.label}  {record.day or '未安排'}  "
            f"记录 {_record_state(record)}"
        )
    return 0


def _record(args: argparse.Namespace) -> int:
    return {"show": _record_show, "list": _record_list}[args.record_command](args)


def _inspections(args: argparse.Namespace) -> int:
    commands = {"open": _open, "draw": _draw, "replay": _replay, "record": _record}
    return commands[args.inspections_command](args)


HANDLERS = {"inspections": _inspections}
