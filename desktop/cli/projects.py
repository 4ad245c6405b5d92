"""`approval-desk project show`: a construction project as the case window's project panel
shows it (its stages with their clocks, and every case of it across departments)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import cli_actor, sessions_for

LEVELS = {"normal": "按时", "yellow": "预警", "red": "超期"}


def add_parsers(commands: Any) -> None:
    project = commands.add_parser("project", help="工程建设项目").add_subparsers(
        dest="project_command", required=True
    )
    show = project.add_parser("show", help="一个工程建设项目：各阶段的状态与时限、全部办件")
    show.add_argument("code", help="项目代码，如 2026-610502-47-01-000123")
    show.add_argument("--json", action="store_true", help="以 JSON 输出，供脚本使用")


def _day(day: Any) -> str:
    return day.isoformat() if day else "—"


def _show(args: argparse.Namespace) -> int:
    from desktop.services.cases.project_views import project_view

    with sessions_for(args)() as session:
        view = project_view(session, cli_actor(), args.code)
    if args.json:
        print(json.dumps(view.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"项目 {view.code}  {view.name}")
    print(f"建设单位：{view.builder}（{view.builder_code}）")
    print(f"建设地点：{view.address or '—'}")
    print(f"当前阶段：{view.stage.label}（自 {view.stage_since} 起，{view.state.label}）")
    for stage in view.stages:
        clock = ""
        if stage.started_on is not None:
            level = LEVELS[stage.level.value] if stage.level else ""
            clock = (
                f"  {stage.started_on} 起 {stage.limit_days} 个工作日，应于 {stage.due_on} 前"
                f"，已用 {stage.used_days} 个工作日，{level}"
            )
        print(f"{stage.stage.label}：{stage.state.label}，办件 {stage.cases} 件{clock}")
    print(f"办件 {len(view.cases)} 件：")
    for case in view.cases:
        refused = "（不予许可）" if case.refused else ""
        print(
            f"  {case.number}  {case.stage.label}  {case.department}  {case.item}"
            f"  {case.status.label}{refused}  承办人 {case.handler or '—'}"
            f"  承诺期限 {_day(case.promised_due_on)}  决定日 {_day(case.decided_on)}"
        )
    return 0


HANDLERS = {"project": _show}
