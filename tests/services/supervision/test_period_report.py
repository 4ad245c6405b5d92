"""The period report on a demo bureau, on both backends: `stats --json` carries 办结/受理 and
the catalogue figures, checked against a count over the tables in Python; the PDF and the
workbook that `approval-desk report` writes say the same numbers as `stats --json`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from desktop.data import models as m
from desktop.data.database import make_engine, session_factory
from desktop.domain.actor import Actor
from desktop.domain.clock import WarningLevel
from desktop.domain.enums import CaseStatus, Category, Role, TransferStatus
from desktop.domain.guards import NotAllowed
from desktop.domain.item_kinds import ItemKind
from desktop.domain.steps import step_warning
from desktop.services import timesource
from desktop.services.cases.queues import QueueView, count_views
from desktop.services.demo.generate import DemoOptions, generate_demo
from desktop.services.supervision.late_steps import late_steps
from desktop.services.supervision.period_report import period_report
from desktop.services.supervision.report_content import key_figures
from desktop.services.supervision.statistics import compute_statistics
from desktop.services.supervision.stats_cases import (
    FigureQuery,
    count_figure_cases,
    fetch_figure_page,
)
from desktop.services.supervision.stats_definitions import Figure, Period
from tests.conftest import fresh_database_url

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 20)
WINDOW = ("--from", "2026-01-01", "--to", "2026-11-20")
PERIOD = Period(date(2026, 1, 1), TODAY)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def demo(request, tmp_path_factory):
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
    url = fresh_database_url(request, request.param, tmp_path_factory.mktemp("report"))
    engine = make_engine(url)
    generate_demo(session_factory(engine), DemoOptions(cases=600, seed=4, today=TODAY))
    yield engine, url.render_as_string(hide_password=False)
    engine.dispose()


def run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", db, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def stats_json(demo) -> dict:
    printed = run("stats", *WINDOW, "--json", db=demo[1])
    assert printed.returncode == 0, printed.stderr
    return json.loads(printed.stdout)


def test_stats_json_carries_the_published_ratio_and_the_catalogue_counted_over_the_tables(
    demo, stats_json
):
    engine, _ = demo
    with engine.connect() as connection:
        items = connection.execute(
            sa.select(
                m.Item.active,
                m.Item.at_most_one_trip,
                m.Item.promised_limit_days,
                m.Item.statutory_limit_days,
                m.Item.transfer_status,
                m.Item.kind,
            )
        ).all()
        cases = connection.execute(
            sa.select(m.Case.accepted_on, m.Case.status, m.Case.closed_on)
        ).all()
    in_use = [i for i in items if i.active]
    one_trip = sum(1 for i in in_use if i.at_most_one_trip)
    # The halved limit is counted over the licensing items only: the others have no
    # statutory decision limit to halve.
    licensing = [i for i in in_use if i.kind == ItemKind.LICENSING]
    halved = sum(1 for i in licensing if i.promised_limit_days * 2 <= i.statutory_limit_days)
    assert 0 < len(licensing) < len(in_use)  # the demo has other kinds too
    planned = sum(1 for i in in_use if i.transfer_status != TransferStatus.NONE)
    transferred = sum(1 for i in in_use if i.transfer_status == TransferStatus.TRANSFERRED)
    catalogue = stats_json["catalogue"]
    assert (catalogue["items"], catalogue["one_trip"], catalogue["halved_limit"]) == (
        len(in_use),
        one_trip,
        halved,
    )
    assert (catalogue["transfer_planned"], catalogue["transferred"]) == (planned, transferred)
    assert catalogue["one_trip_share"] == round(one_trip / len(in_use), 4)
    assert catalogue["licensing_items"] == len(licensing)
    assert catalogue["halved_limit_share"] == round(halved / len(licensing), 4)
    assert catalogue["transferred_share"] == round(transferred / planned, 4)
    assert 0 < transferred < planned < len(in_use)  # the demo has all three kinds
    assert sum(d["items"] for d in catalogue["by_department"]) == len(in_use)

    def within(day: date | None) -> bool:
        return day is not None and PERIOD.start <= day <= PERIOD.end

    accepted = sum(1 for c in cases if within(c.accepted_on))
    completed = sum(1 for c in cases if c.status == CaseStatus.DELIVERED and within(c.closed_on))
    total = stats_json["total"]
    assert (total["accepted"], total["completed"]) == (accepted, completed)
    assert total["completed_over_accepted"] == round(completed / accepted, 4)
    assert total["completion_rate"] != total["completed_over_accepted"]  # two figures


def test_the_report_says_what_stats_json_says(demo, stats_json, tmp_path):
    _, url = demo
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    for out in (pdf, xlsx):
        made = run("report", *WINDOW, "--out", str(out), db=url)
        assert made.returncode == 0, made.stderr
        assert str(out) in made.stdout
    book = load_workbook(io.BytesIO(xlsx.read_bytes()), read_only=True)
    assert [ws.title for ws in book.worksheets] == [
        "主要指标",
        "各部门事项与办件",
        "好差评",
        "月度趋势",
        "说明",
    ]
    shown = {
        name: value for name, value, _ in list(book["主要指标"].iter_rows(values_only=True))[1:]
    }
    total, catalogue, service = stats_json["total"], stats_json["catalogue"], stats_json["service"]

    def pct(rate: float) -> float:
        return round(rate * 100, 2)

    assert shown["受理"] == total["accepted"] and shown["办结"] == total["completed"]
    assert shown["办结率（办结÷受理）"] == pct(total["completed_over_accepted"])
    assert shown["本期受理办结率"] == pct(total["completion_rate"])
    assert shown["按时办结率"] == pct(total["on_time_rate"])
    assert shown["“最多跑一次”事项"] == catalogue["one_trip"]
    assert shown["在用行政许可事项"] == catalogue["licensing_items"]
    assert shown["其中承诺时限压缩一半以上"] == catalogue["halved_limit"]
    assert shown["压缩一半以上占许可事项比例"] == pct(catalogue["halved_limit_share"])
    assert shown["在办环节超时"] == total["late_steps"]
    assert shown["在办环节临近到期"] == total["yellow_steps"]
    assert shown["已划转事项"] == catalogue["transferred"]
    assert shown["评价"] == service["ratings"] > 0
    assert shown["满意率"] == pct(service["satisfaction_rate"])
    assert shown["监管结果抄告函"] == service["notices_sent"]
    assert shown["已收到回执"] == service["notices_received"]
    months = list(book["月度趋势"].iter_rows(values_only=True))[1:]
    assert [row[:3] for row in months] == [
        (mo["month"], mo["accepted"], mo["completed"]) for mo in stats_json["months"]
    ]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for words in (
        f"受理办件{total['accepted']:,}件，办结{total['completed']:,}件",
        f"办结率（办结÷受理）{pct(total['completed_over_accepted']):.2f}%",
        f"本期受理办结率{pct(total['completion_rate']):.2f}%",
        f"按时办结率{pct(total['on_time_rate']):.2f}%",
        f"“最多跑一次”事项{catalogue['one_trip']:,}项",
        f"在用行政许可事项{catalogue['licensing_items']:,}项，其中承诺时限压缩至法定时限一半及以下的"
        f"{catalogue['halved_limit']:,}项，占行政许可事项的{pct(catalogue['halved_limit_share']):.2f}%",
        "只就行政许可事项计算",
        f"超过环节时限{total['late_steps']:,}件",
        "其占比的基数为在用的行政许可事项",
        f"满意率{pct(service['satisfaction_rate']):.2f}%",
        f"监管结果抄告函{service['notices_sent']:,}份",
        "图1各月受理与办结件数",
        "注：",
    ):
        assert words in flat, words


def test_only_supervisors_get_the_report_and_a_wrong_kind_is_refused(demo, tmp_path):
    engine, url = demo
    clerk = Actor(None, "clerk", "窗口", frozenset({Role.CLERK}))
    with session_factory(engine)() as session, pytest.raises(NotAllowed):
        period_report(session, clerk, PERIOD)
    with session_factory(engine)() as session:
        report = period_report(session, Actor.system(), PERIOD)
    assert len(key_figures(report)) == 34
    # 窗口现场审批 counted over the history in Python: grants straight from 待认领.
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(m.Case.decided_on)
            .join(m.CaseEvent, m.CaseEvent.case_id == m.Case.id)
            .where(m.CaseEvent.action == "approve", m.CaseEvent.from_status == "received")
        ).all()
    spot = sum(1 for (day,) in rows if PERIOD.start <= day <= PERIOD.end)
    assert report.service.on_the_spot == spot > 0
    wrong = run("report", *WINDOW, "--out", str(tmp_path / "report.docx"), db=url)
    assert wrong.returncode != 0 and not (tmp_path / "report.docx").exists()
    assert wrong.stderr.strip().startswith("错误：报告格式应为 PDF 或 Excel")


def step_warnings(engine, today: date) -> tuple[list, set[int], set[int]]:
    """The cases with their handler and department, and those whose current step is red and
    yellow on `today`, from the stored step days read in Python."""
    with engine.connect() as connection:
        cases = connection.execute(
            sa.select(
                m.Case.id,
                m.Case.status,
                m.Case.step_due_on,
                m.Case.step_warn_on,
                m.Case.handler_id,
                m.Item.department_id,
            ).join(m.Item, m.Item.id == m.Case.item_id)
        ).all()
    warned = {c.id: step_warning(c.status, c.step_due_on, c.step_warn_on, today) for c in cases}
    red = {n for n, level in warned.items() if level is WarningLevel.RED}
    yellow = {n for n, level in warned.items() if level is WarningLevel.YELLOW}
    return cases, red, yellow


def test_late_steps_agree_in_stats_json_breakdowns_queue_views_and_the_drill_down(demo, stats_json):
    """One count of late (and yellow) steps, whoever shows it: `stats --json` in total, by
    handler and by department, the queues' step views, the late-steps ranking and the list
    behind the figure, checked against the stored step days read in Python: today (the
    command) and on the demo's own day, when some steps are yellow."""
    engine, _ = demo
    _, red, yellow = step_warnings(engine, date.fromisoformat(stats_json["today"]))
    total = stats_json["total"]
    assert red and (total["late_steps"], total["yellow_steps"]) == (len(red), len(yellow))
    system = Actor.system()
    timesource.stand_on(TODAY)
    try:
        cases, red, yellow = step_warnings(engine, TODAY)
        assert red and yellow  # the demo has both on its own day
        with session_factory(engine)() as session:
            result = compute_statistics(session, system, PERIOD).as_dict()  # what --json prints
        total = result["total"]
        assert (total["late_steps"], total["yellow_steps"]) == (len(red), len(yellow))
        for dimension, of in (("handler", "handler_id"), ("department", "department_id")):
            for figure, cases_of in (("late_steps", red), ("yellow_steps", yellow)):
                expected = Counter(getattr(c, of) for c in cases if c.id in cases_of)
                shown = {row["key"]: row[figure] for row in result["by"][dimension]}
                assert {k: n for k, n in shown.items() if n} == dict(expected), dimension
        with session_factory(engine)() as session:
            for figure, cases_of, level in (
                (Figure.LATE_STEPS, red, WarningLevel.RED),
                (Figure.YELLOW_STEPS, yellow, WarningLevel.YELLOW),
            ):
                query = FigureQuery(PERIOD, figure)
                assert count_figure_cases(session, system, query) == len(cases_of)
                listed, after = [], None
                while True:
                    page = fetch_figure_page(session, system, query, after)
                    listed += page.rows
                    if page.after is None:
                        break
                    after = page.after
                assert {row.id for row in listed} == cases_of
                assert all(row.step_warning is level and row.step for row in listed)
                assert all(row.step_due_on and row.department for row in listed)
            views = [
                count_views(
                    session, system, category, (QueueView.STEP_OVERDUE, QueueView.STEP_DUE_SOON)
                )
                for category in Category
            ]
            assert sum(v[QueueView.STEP_OVERDUE] for v in views) == len(red)
            assert sum(v[QueueView.STEP_DUE_SOON] for v in views) == len(yellow)
            ranking = late_steps(session, system)
            assert (ranking.red, ranking.yellow) == (len(red), len(yellow))
    finally:
        timesource.stand_on(None)
