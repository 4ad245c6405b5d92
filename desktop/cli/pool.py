"""`approval-desk inspectors …`: keep the inspector pool (踏勘人才库): list, add, retire,
record leave and recusal ties, and the pool as XLSX (row-checked like the catalogue)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import cli_actor, parse_date, sessions_for

KINDS = ("employment", "relative", "prior_involvement", "declared")


def add_parsers(commands: Any) -> None:
    pool = commands.add_parser("inspectors", help="踏勘人才库").add_subparsers(
        dest="inspectors_command", required=True
    )
    listing = pool.add_parser("list", help="列出踏勘人员及其请假和回避关系")
    listing.add_argument("--search", default="", help="按姓名查找")
    add = pool.add_parser("add", help="新增踏勘人员")
    add.add_argument("name", help="姓名")
    add.add_argument("--department", required=True, help="部门编码")
    add.add_argument("--specialties", required=True, help="专业编码，以“、”或逗号分隔")
    add.add_argument("--title", default="", help="职称")
    add.add_argument("--phone", default="", help="电话")
    add.add_argument("--capacity", type=int, default=2, help="每日踏勘上限（1至4，默认2）")
    retire = pool.add_parser("retire", help="移出人才库（停用，此后的抽取不再抽到）")
    retire.add_argument("inspector_id", type=int, help="踏勘人员编号")
    leave = pool.add_parser("leave", help="登记请假或公务（此后的抽取避开这些半天）")
    leave.add_argument("inspector_id", type=int, help="踏勘人员编号")
    leave.add_argument("--from", dest="first", type=parse_date, required=True, help="首日")
    leave.add_argument("--to", dest="last", type=parse_date, help="末日（默认首日）")
    leave.add_argument("--half", choices=("am", "pm"), default=None, help="只请上午或下午")
    leave.add_argument("--reason", required=True, help="事由")
    recuse = pool.add_parser("recuse", help="登记回避关系（此后的抽取回避）")
    recuse.add_argument("inspector_id", type=int, help="踏勘人员编号")
    recuse.add_argument("--kind", choices=KINDS, required=True, help="回避事由")
    recuse.add_argument("--applicant", type=int, default=None, help="申请人编号")
    recuse.add_argument("--project", default=None, help="项目名称")
    recuse.add_argument("--ended-on", type=parse_date, default=None, help="关系终止日")
    recuse.add_argument("--note", default="", help="说明")
    export = pool.add_parser("export", help="导出踏勘人才库为 Excel")
    export.add_argument("file", type=Path)
    load = pool.add_parser("import", help="从 Excel 导入踏勘人才库（逐行校验）")
    load.add_argument("file", type=Path)
    load.add_argument(
        "--only-good-rows", action="store_true", help="有错误行时仍导入无误的行（默认全部不导入）"
    )


def _list(args: argparse.Namespace) -> int:
    from desktop.services.inspections.pool_overview import pool_overview

    with sessions_for(args)() as session:
        members = pool_overview(session, cli_actor(), args.search)
    for member in members:
        line = member.inspector
        state = "在库" if line.active else "已移出"
        print(
            f"{line.id}  {line.name}  {line.department}  {'、'.join(line.specialties)}  "
            f"{line.title or '-'}  每日{line.daily_capacity}次  {state}"
        )
        for period in member.leave:
            print(f"    请假 {period}")
        for tie in member.ties:
            print(f"    回避 {tie}")
    print(f"共 {len(members)} 人")
    return 0


def _add(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from desktop.data import models as m
    from desktop.domain.errors import DomainError
    from desktop.services.inspections.pool import InspectorForm, save_inspector

    codes = [c.strip() for c in args.specialties.replace(",", "、").split("、") if c.strip()]
    with sessions_for(args)() as session, session.begin():
        department = session.scalar(
            sa.select(m.Department.id).where(m.Department.code == args.department)
        )
        if department is None:
            raise DomainError("部门编码 {code} 不存在", code=args.department)
        found = dict(
            session.execute(
                sa.select(m.Specialty.code, m.Specialty.id).where(m.Specialty.code.in_(codes))
            ).all()
        )
        unknown = [c for c in codes if c not in found]
        if unknown or not codes:
            raise DomainError("专业编码不存在：{codes}", codes="、".join(unknown) or "（未填写）")
        form = InspectorForm(
            None,
            args.name,
            department,
            tuple(found[c] for c in codes),
            args.title,
            args.phone,
            True,
            args.capacity,
        )
        inspector_id = save_inspector(session, cli_actor(), form)
    print(f"已新增踏勘人员 {inspector_id}  {args.name.strip()}")
    return 0


def _retire(args: argparse.Namespace) -> int:
    from desktop.services.inspections.pool import set_active

    with sessions_for(args)() as session, session.begin():
        line = set_active(session, cli_actor(), args.inspector_id, False)
    print(f"{line.name}已移出人才库：此后的抽取不再抽到")
    return 0


def _leave(args: argparse.Namespace) -> int:
    from desktop.domain.enums import HalfDay
    from desktop.services.inspections.leave import add_leave

    half = None if args.half is None else HalfDay(args.half)
    with sessions_for(args)() as session, session.begin():
        added = add_leave(
            session,
            cli_actor(),
            args.inspector_id,
            args.first,
            args.last or args.first,
            half,
            args.reason,
        )
    print(f"已登记 {added} 个半天：此后的抽取避开")
    return 0


def _recuse(args: argparse.Namespace) -> int:
    from desktop.domain.enums import RecusalKind
    from desktop.services.inspections.recusal_ties import TieForm, save_tie

    form = TieForm(
        None,
        args.inspector_id,
        RecusalKind(args.kind),
        args.applicant,
        args.project,
        args.ended_on,
        args.note,
    )
    with sessions_for(args)() as session, session.begin():
        tie_id = save_tie(session, cli_actor(), form)
    print(f"已登记回避关系 {tie_id}：此后的抽取回避")
    return 0


def _export(args: argparse.Namespace) -> int:
    from desktop.services.inspections.pool_sheet import export_pool

    with sessions_for(args)() as session:
        args.file.write_bytes(export_pool(session, cli_actor()))
    print(f"已导出到 {args.file}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop.services.input_files import read_input
    from desktop.services.inspections.pool_sheet import import_pool

    data = read_input(args.file)
    with sessions_for(args)() as session, session.begin():
        report = import_pool(session, cli_actor(), data, only_good_rows=args.only_good_rows)
    print(f"读取 {report.rows_read} 行")
    for problem in report.problems:
        print(f"有误 {problem}")
    if not report.written:
        print("有错误行，未导入任何内容：请修改后重新导入，或加 --only-good-rows 只导入无误的行")
        return 1
    print(f"新增 {len(report.added)} 人，更新 {len(report.updated)} 人，未变 {report.unchanged} 人")
    return 0


def _inspectors(args: argparse.Namespace) -> int:
    handlers = {
        "list": _list,
        "add": _add,
        "retire": _retire,
        "leave": _leave,
        "recuse": _recuse,
        "export": _export,
        "import": _import,
    }
    return handlers[args.inspectors_command](args)


HANDLERS = {"inspectors": _inspectors}
