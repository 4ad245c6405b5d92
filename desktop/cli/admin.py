"""`approval-desk users …` and `audit verify`: user administration and the audit chain check
without a SQL tool."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import cli_actor, sessions_for
from desktop.domain.actor import Actor
from desktop.domain.enums import Role
from desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from desktop.services.database import Session


def add_parsers(commands: Any) -> None:
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

    audit = commands.add_parser("audit", help="审计记录").add_subparsers(
        dest="audit_command", required=True
    )
    audit.add_parser("verify", help="校验审计记录的哈希链，报告第一处断开")


def acting_person(session: Session) -> Actor:
    """On PostgreSQL the staff member whose login the URL names; else (the DBA, or SQLite)
    the operating-system user, acting as the system."""
    if session.get_bind().dialect.name == "postgresql":
        from desktop.services.server_signin import actor_of_session

        actor = actor_of_session(session)
        if actor is not None:
            return actor
    return cli_actor()


def parse_roles(text: str) -> list[Role]:
    try:
        return [Role(part.strip()) for part in text.split(",") if part.strip()]
    except ValueError:
        known = "、".join(role.value for role in Role)
        raise DomainError("角色“{text}”无效，可用：{known}", text=text, known=known) from None


def read_password(args: argparse.Namespace) -> str:
    """From stdin with --password-stdin (scripts), else asked twice without echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise DomainError("两次输入的密码不一致")
    return first


def _users(args: argparse.Namespace) -> int:
    from desktop.services.admin import users
    from desktop.services.transactions import run_read, run_write

    sessions = sessions_for(args)
    with sessions() as session:
        actor = acting_person(session)
    command = args.users_command
    if command == "list":
        for account in run_read(sessions, actor, users.list_accounts):
            roles = ",".join(role.value for role in account.roles) or "-"
            state = "在职" if account.active else "停用"
            print(f"{account.username}\t{account.full_name}\t{roles}\t{state}")
        return 0
    if command == "add":
        roles, password = parse_roles(args.roles), read_password(args)
        run_write(sessions, actor, users.add_account, args.username, args.name, roles, password)
        print(f"已创建用户 {args.username}")
    elif command in ("disable", "enable"):
        run_write(sessions, actor, users.set_active, args.username, command == "enable")
        print(f"已{'启用' if command == 'enable' else '停用'}用户 {args.username}")
    elif command == "roles":
        run_write(sessions, actor, users.set_roles, args.username, parse_roles(args.roles))
        print(f"已设置用户 {args.username} 的角色：{args.roles}")
    elif command == "password":
        run_write(sessions, actor, users.reset_password, args.username, read_password(args))
        print(f"已重设用户 {args.username} 的密码")
    return 0


def _audit(args: argparse.Namespace) -> int:
    from desktop.services.audit_chain import verify_chain

    with sessions_for(args)() as session:
        report = verify_chain(session)
    if report.intact:
        print(f"审计链完整：共 {report.checked} 条记录")
        if report.last_id is not None:
            print(f"最后一条 #{report.last_id}，哈希 {report.last_hash}（可另行记下，供日后比对）")
        return 0
    print(f"审计链在第 #{report.broken_id} 条记录处断开：{report.problem}", file=sys.stderr)
    print(f"此前 {report.checked} 条记录完好", file=sys.stderr)
    return 1


HANDLERS = {"users": _users, "audit": _audit}
