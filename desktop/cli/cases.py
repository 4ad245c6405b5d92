"""`approval-desk case explain|terminate|window` and `applicant add`: one case's deadlines,
ending its review with the ground and legal basis, 窗口现场审批, a new applicant."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import cli_actor, sessions_for


def add_parsers(commands: Any) -> None:
    case = commands.add_parser("case", help="办件").add_subparsers(
        dest="case_command", required=True
    )
    explain = case.add_parser("explain", help="说明办件的期限是如何计算的")
    explain.add_argument("number", help="受理编号")
    explain.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    end = case.add_parser("terminate", help="终止审查（写明事实和法律依据）")
    end.add_argument("number", help="受理编号")
    end.add_argument(
        "--ground",
        choices=sorted(GROUNDS),
        default="other",
        help="终止情形：death 申请人死亡，dissolved 申请人依法终止，other 其他情形（默认）",
    )
    end.add_argument(
        "--reason", default="", help="查明的事实（death、dissolved 可不填，用默认表述）"
    )
    end.add_argument(
        "--basis",
        default="",
        help="法律依据，如“《中华人民共和国民法典》第五十九条”（death、dissolved 可不填）",
    )
    end.add_argument("--as", dest="username", required=True, help="以该工作人员（负责人）身份办理")

    window = case.add_parser(
        "window", help="窗口现场审批：受理、当场准予并制发决定书和许可证（须经授权的窗口人员）"
    )
    window.add_argument("number", help="受理编号（前台综合受理系统的编号）")
    window.add_argument("--item", required=True, help="事项编码（须为授权窗口现场审批的事项）")
    window.add_argument(
        "--applicant", required=True, help="已登记申请人的身份证号码或统一社会信用代码"
    )
    window.add_argument(
        "--materials-complete",
        action="store_true",
        help="确认申请材料已全部收取、齐全并符合法定形式（不加则不予办理）",
    )
    window.add_argument("--opinion", default="", help="审批意见（默认：材料齐全，当场准予许可）")
    window.add_argument("--out", default="", help="把制发的文书 PDF 存入该目录")
    window.add_argument("--as", dest="username", required=True, help="以该窗口人员身份办理")

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
    add.add_argument(
        "--accept-unknown-area",
        action="store_true",
        help="地址码不在历年行政区划代码中、但已核对证件无误时，仍然登记",
    )


def _applicant(args: argparse.Namespace) -> int:
    from desktop.domain.enums import ApplicantKind
    from desktop.services.cases.applicants import NewApplicant, register_applicant

    sessions = sessions_for(args)
    kind = ApplicantKind.PERSON if args.person else ApplicantKind.ORGANISATION
    data = NewApplicant(
        kind=kind,
        name=args.name,
        identifier=args.identifier,
        contact_name=args.contact,
        contact_phone=args.phone,
        address=args.address,
        accept_unknown_area=args.accept_unknown_area,
    )
    from desktop.domain.identifiers import UnknownAreaCode

    try:
        with sessions() as session, session.begin():
            applicant_id = register_applicant(session, cli_actor(), data)
    except UnknownAreaCode as warning:
        print(f"错误：{warning}（加 --accept-unknown-area）", file=sys.stderr)
        return 2
    print(f"已登记申请人 {args.name}（编号 {applicant_id}）")
    return 0


# The grounds by their command-line names (domain/terminations.py).
GROUNDS = {"death": "DEATH", "dissolved": "DISSOLVED", "other": "OTHER"}


def _terminate(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from desktop.data.models import Case
    from desktop.domain import terminations
    from desktop.services.cases import actions as cases
    from desktop.services.staff import actor_for

    ground = getattr(terminations, GROUNDS[args.ground])
    reason = args.reason.strip() or ground.reason
    if not reason:
        print("错误：请用 --reason 写明查明的事实", file=sys.stderr)
        return 2
    with sessions_for(args)() as session, session.begin():
        case = session.scalars(sa.select(Case).where(Case.number == args.number)).first()
        if case is None:
            print(f"错误：找不到受理编号为 {args.number} 的办件", file=sys.stderr)
            return 2
        actor = actor_for(session, args.username)
        basis = args.basis.strip() or ground.basis
        cases.terminate(session, actor, case.id, case.version, reason, basis)
    print(f"已终止审查：{args.number}（依据{basis}）")
    return 0


def _window(args: argparse.Namespace) -> int:
    """`case window`: one sitting at the window (services/documents/window_desk.py)."""
    from pathlib import Path

    import sqlalchemy as sa

    from desktop.data.models import Applicant
    from desktop.services.cases.window import DEFAULT_OPINION, WindowApplication
    from desktop.services.documents.window_desk import decide_at_window
    from desktop.services.staff import actor_for

    with sessions_for(args)() as session, session.begin():
        identifier = args.applicant.strip().upper()
        applicant_id = session.scalar(
            sa.select(Applicant.id).where(Applicant.identifier == identifier)
        )
        if applicant_id is None:
            print(
                f"错误：证件号码为 {identifier} 的申请人尚未登记：请先用 applicant add 登记",
                file=sys.stderr,
            )
            return 2
        application = WindowApplication(
            args.number,
            args.item,
            applicant_id,
            args.materials_complete,
            args.opinion.strip() or DEFAULT_OPINION,
        )
        sitting = decide_at_window(session, actor_for(session, args.username), application)
    print(f"已当场准予：{sitting.number}（{sitting.status.label}）")
    for document in sitting.documents:
        line = f"{document.kind.label}：{document.number}"
        if args.out:
            path = Path(args.out) / f"{sitting.number}-{document.kind.value}.pdf"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(document.pdf)
            line += f"（{path}）"
        print(line)
    return 0


def _case(args: argparse.Namespace) -> int:
    if args.case_command == "terminate":
        return _terminate(args)
    if args.case_command == "window":
        return _window(args)
    import json

    from desktop.services.cases.queries import explain_by_number

    with sessions_for(args)() as session:
        report = explain_by_number(session, args.number)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0


HANDLERS = {"applicant": _applicant, "case": _case}
