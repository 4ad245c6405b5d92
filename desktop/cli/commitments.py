"""`approval-desk commitments list` and `commitments check`: the post-checks of 告知承诺制
as the supervision window's 告知承诺核查 tab shows them, and recording a department's check
(a 不实 opens the 撤销 case on the licence, as in the window)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import cli_actor, parse_date, sessions_for

STATES = ("open", "overdue", "true", "false", "waiting")
RESULTS = {"true": "属实", "false": "不实"}


def add_parsers(commands: Any) -> None:
    group = commands.add_parser("commitments", help="告知承诺核查").add_subparsers(
        dest="commitments_command", required=True
    )
    listing = group.add_parser("list", help="告知承诺及其核查（最早到期的在前）")
    listing.add_argument(
        "--state",
        choices=STATES,
        action="append",
        help="只列出某种状态：open 待核查、overdue 逾期未核查、true 属实、false 不实、"
        "waiting 待决定（可重复）",
    )
    listing.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")
    check = group.add_parser("check", help="登记核查部门的核查结果（不实的同时立案撤销）")
    check.add_argument("number", help="办件受理编号")
    check.add_argument(
        "--result", choices=tuple(RESULTS), required=True, help="true 属实，false 不实"
    )
    check.add_argument("--checker", required=True, help="核查部门的核查人员")
    check.add_argument("--findings", default="", help="核查情况；不实的须写明与承诺不符的事实")
    check.add_argument("--on", type=parse_date, default=None, metavar="YYYY-MM-DD", help="核查日期")
    check.add_argument("--as", dest="username", required=True, help="以该督办人员身份登记")


def row_json(row: Any) -> dict[str, Any]:
    """One check as `commitments list --json` prints it (README, "告知承诺制")."""
    day = lambda value: value.isoformat() if value else None  # noqa: E731
    return {
        "case_number": row.case_number,
        "item": row.item,
        "applicant": row.applicant,
        "signatory": row.signatory,
        "signed_on": day(row.signed_on),
        "conditions": list(row.conditions),
        "decided_on": day(row.decided_on),
        "department": row.department,
        "due_on": day(row.due_on),
        "state": row.state.value,
        "state_label": row.state.label,
        "checker": row.checker or None,
        "checked_on": day(row.checked_on),
        "findings": row.findings,
        "licence_no": row.licence_no,
        "revocation_case": row.revocation_case,
    }


def _print(row: Any) -> None:
    due = row.due_on.isoformat() if row.due_on else "—"
    print(f"{row.case_number}  {row.item}  {row.applicant}  核查期限 {due}  {row.state.label}")
    if row.checked_on:
        print(f"    {row.checked_on} {row.checker}：{row.findings}")
    if row.revocation_case:
        print(f"    已立案撤销：{row.revocation_case}（许可证 {row.licence_no}）")


def _list(args: argparse.Namespace) -> int:
    from desktop.domain.commitments import CheckState
    from desktop.services.supervision.commitment_checks import list_checks

    states = frozenset(CheckState(s) for s in args.state) if args.state else None
    with sessions_for(args)() as session:
        rows = list_checks(session, cli_actor(), states=states)
    if args.json:
        print(json.dumps([row_json(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    print(f"告知承诺：{len(rows)} 件")
    for row in rows:
        _print(row)
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop.domain.commitments import CheckResult
    from desktop.services.staff import actor_for
    from desktop.services.supervision.commitment_checks import find_check, record_check

    with sessions_for(args)() as session, session.begin():
        actor = actor_for(session, args.username)
        found = find_check(session, actor, args.number)
        row = record_check(
            session, actor, found.id, CheckResult(args.result), args.findings, args.checker, args.on
        )
    print(f"已登记核查结果：{row.case_number} {row.state.label}")
    if row.revocation_case:
        print(f"已立案撤销：{row.revocation_case}（许可证 {row.licence_no}）")
    return 0


def _commitments(args: argparse.Namespace) -> int:
    return _list(args) if args.commitments_command == "list" else _check(args)


HANDLERS = {"commitments": _commitments}
