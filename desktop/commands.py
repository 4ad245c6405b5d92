"""Bodies of the headless commands: open the database, call a service, print the result."""

from __future__ import annotations

import argparse
import getpass
import sys
import time

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.data import schema_version
from desktop.data.database import (
    check_reachable,
    describe,
    make_engine,
    resolve_url,
    session_factory,
)
from desktop.data.errors import DatabaseError
from desktop.data.faults import is_permission_denied, server_message
from desktop.domain.actor import Actor
from desktop.domain.enums import ApplicantKind
from desktop.domain.errors import DomainError


def explain_failure(error: BaseException) -> str | None:
    """The one line to show for an error people can act on; None for a real bug."""
    if isinstance(error, DatabaseError | DomainError):
        return str(error)
    if is_permission_denied(error):
        return f"数据库拒绝了此操作（权限不足）：{server_message(error)}"
    if isinstance(error, sa.exc.OperationalError):
        first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        return f"数据库操作失败：{first}。请检查数据库连接后重试"
    return None


def cli_actor() -> Actor:
    """Headless commands act as the operating-system user, recorded in the audit trail."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor.system(f"cli:{name}")


def open_engine(
    args: argparse.Namespace, *, require_current: bool = True, create: bool = False
) -> Engine:
    engine = make_engine(resolve_url(args.db), create=create)
    check_reachable(engine)
    if require_current:
        schema_version.ensure_current(engine)
    return engine


def run_command(args: argparse.Namespace) -> int:
    from desktop.admin_commands import run_audit, run_users

    handlers = {
        "db": _db,
        "demo": _demo,
        "applicant": _applicant,
        "case": _case,
        "stats": _stats,
        "users": run_users,
        "audit": run_audit,
    }
    from desktop import commands_documents, commands_inspections, commands_reference

    handlers.update(commands_reference.HANDLERS)
    handlers.update(commands_documents.HANDLERS)
    handlers.update(commands_inspections.HANDLERS)
    return handlers[args.command](args)


def _db(args: argparse.Namespace) -> int:
    from desktop.services.admin.setup import prepare_database

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
    from desktop.services.demo.generate import DemoOptions, generate_demo

    engine = open_engine(args, require_current=False, create=True)
    prepare_database(engine)
    started = time.perf_counter()
    options = DemoOptions(cases=args.cases, seed=args.seed, today=args.today)
    summary = generate_demo(session_factory(engine), options, progress=_progress_printer())
    print(file=sys.stderr)
    print(summary.describe())
    print(f"用时 {time.perf_counter() - started:.1f} 秒")
    return 0


def _progress_printer():  # type: ignore[no-untyped-def]
    interactive = sys.stderr.isatty()

    def show(step: str, done: int, total: int) -> None:
        if interactive:
            print(f"\r{step} {done}/{total}", end="", file=sys.stderr, flush=True)

    return show


def _applicant(args: argparse.Namespace) -> int:
    from desktop.services.cases.applicants import NewApplicant, register_applicant

    engine = open_engine(args)
    kind = ApplicantKind.PERSON if args.person else ApplicantKind.ORGANISATION
    data = NewApplicant(
        kind=kind,
        name=args.name,
        identifier=args.identifier,
        contact_name=args.contact,
        contact_phone=args.phone,
        address=args.address,
    )
    Session = session_factory(engine)
    with Session() as session, session.begin():
        applicant_id = register_applicant(session, cli_actor(), data)
    print(f"已登记申请人 {args.name}（编号 {applicant_id}）")
    return 0


def _case(args: argparse.Namespace) -> int:
    import json

    from desktop.services.cases.queries import explain_by_number

    engine = open_engine(args)
    with session_factory(engine)() as session:
        report = explain_by_number(session, args.number)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0


def _stats(args: argparse.Namespace) -> int:
    import json

    from desktop.documents.table_export import to_text
    from desktop.services import timesource
    from desktop.services.supervision.statistics import compute_statistics
    from desktop.services.supervision.stats_definitions import Dimension, Period
    from desktop.services.supervision.tables import figures_table, months_table

    engine = open_engine(args)
    today = timesource.today()
    period = Period(args.start or Period.last_months(today).start, args.end or today)
    by = Dimension(args.by)
    with session_factory(engine)() as session:
        result = compute_statistics(session, cli_actor(), period)
    if args.json:
        print(json.dumps(result.as_dict(by), ensure_ascii=False, indent=2))
    else:
        print(to_text(figures_table(result, by)))
        print()
        print(to_text(months_table(result)))
    return 0
