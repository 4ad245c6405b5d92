"""The period report's words and tables, from the figures of `period_report`: the PDF's
content and the workbook's sheets are built here from the same numbers, so both say
what `approval-desk stats --json` says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.documents.period_report import ReportContent, ReportTable, Section, Trend, report_pdf
from desktop.documents.table_export import Table, to_xlsx
from desktop.domain.actor import Actor
from desktop.domain.errors import DomainError
from desktop.domain.supervision import RatingLevel
from desktop.services import timesource
from desktop.services.supervision.period_report import PeriodReport, period_report
from desktop.services.supervision.stats_definitions import Dimension, Period
from desktop.services.supervision.tables import percent

TITLE = "行政审批服务工作情况报告"
REPORT_KINDS = ("pdf", "xlsx")
NOTES = (
    "办结率（办结÷受理）：本期办结件数除以本期受理件数；办结件不论何时受理，均按送达之日计入"
    "当期，为通行的报送口径，可能超过100%。",
    "本期受理办结率：本期受理的办件中，截至期末已送达办结的比例；申请人撤回和终止审查的办件"
    "不计入基数，不超过100%，过去期间的数值不随时间改变。",
    "按时办结率：本期作出决定（准予或不予许可）的办件中，在承诺时限内作出决定的比例；承诺时限"
    "按工作日计算，已扣除补正材料、现场踏勘、特别程序等暂停的工作日，并计入批准的延期。",
    "事项数为报告生成时目录中在用的事项。“最多跑一次”占比的基数为全部在用事项。“承诺时限压缩"
    "一半以上”指承诺时限不超过法定时限的一半，只就行政许可事项计算：法定办理时限是行政许可的"
    "时限（《行政许可法》第四十二条），备案、行政确认、其他行政权力和公共服务事项没有可压缩的"
    "法定时限，故其占比的基数为在用的行政许可事项。已划转比例的基数为列入划转清单的事项。",
    "满意率：非常满意、满意、基本满意三级评价之和占评价总数的比例。",
    "受理当日作出决定：窗口授权事项中，作出决定之日即受理之日的办件，含窗口现场审批的办件。"
    "窗口现场审批：经授权的窗口工作人员受理后当场准予许可的办件，按作出决定之日计入当期。",
)


def _n(value: int) -> str:
    return f"{value:,}"


def _pct(rate: float | None) -> str:
    shown = percent(rate)
    return "—" if shown is None else f"{shown:.2f}%"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def key_figures(report: PeriodReport) -> list[tuple[str, int | float | None, str]]:
    """表1's rows: (figure, raw value, unit); rates as percentages with two decimals. The
    cases' figures first (the period's, then today's warnings, then the window's), the
    catalogue's from `CATALOGUE_FIRST` on: the PDF's two columns part there."""
    t, c, s = report.stats.total, report.catalogue.total, report.service
    return [
        ("受理", t.accepted, "件"),
        ("办结", t.completed, "件"),
        ("办结率（办结÷受理）", percent(t.completed_over_accepted), "%"),
        ("本期受理办结率", percent(t.completion_rate), "%"),
        ("作出决定", t.decided, "件"),
        ("按时决定", t.on_time, "件"),
        ("按时办结率", percent(t.on_time_rate), "%"),
        ("超期决定", t.late, "件"),
        ("平均用时", _rounded(t.average_used_days), "个工作日"),
        ("平均承诺时限", _rounded(t.average_limit_days), "个工作日"),
        ("在办超期（红牌）", t.overdue_now, "件"),
        ("在办即将到期（黄牌）", t.due_soon_now, "件"),
        ("在办环节超时", t.late_steps, "件"),
        ("在办环节临近到期", t.yellow_steps, "件"),
        ("窗口授权事项作出决定", s.window_decided, "件"),
        ("其中受理当日作出决定", s.same_day_decided, "件"),
        ("其中窗口现场审批", s.on_the_spot, "件"),
        (CATALOGUE_FIRST, c.items, "项"),
        ("“最多跑一次”事项", c.one_trip, "项"),
        ("“最多跑一次”事项占比", percent(c.one_trip_share), "%"),
        ("在用行政许可事项", c.licensing, "项"),
        ("其中承诺时限压缩一半以上", c.halved_limit, "项"),
        ("压缩一半以上占许可事项比例", percent(c.halved_limit_share), "%"),
        ("列入划转清单事项", c.transfer_planned, "项"),
        ("已划转事项", c.transferred, "项"),
        ("已划转比例", percent(c.transferred_share), "%"),
        ("评价", s.ratings, "件"),
        ("满意率", percent(s.satisfaction_rate), "%"),
        ("热线咨询", s.hotline_opened, "件"),
        ("投诉", s.complaints_opened, "件"),
        ("按时答复率", percent(s.tickets_in_time_rate), "%"),
        ("监管结果抄告函", s.notices_sent, "份"),
        ("抄告审批结果", s.notice_cases, "件"),
        ("已收到回执", s.notices_received, "份"),
    ]


CATALOGUE_FIRST = "在用事项"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def department_rows(report: PeriodReport) -> list[tuple[Any, ...]]:
    """Per supervising department: its items and its cases of the period."""
    cases = {row.key: row.figures for row in report.stats.rows(Dimension.DEPARTMENT)}
    rows = []
    for department in report.catalogue.departments:
        figures, counted = department.figures, cases.get(department.department_id)
        rows.append(
            (
                department.label,
                figures.items,
                figures.one_trip,
                figures.licensing,
                figures.halved_limit,
                figures.transferred,
                counted.accepted if counted else 0,
                counted.completed if counted else 0,
            )
        )
    return rows


DEPARTMENT_HEADERS = (
    "部门",
    "在用事项",
    "最多跑一次",
    "行政许可",
    "时限减半",
    "已划转",
    "受理",
    "办结",
)
MONTH_HEADERS = ("月份", "受理", "办结", "作出决定", "按时决定", "按时办结率（%）")


def _month_rows(report: PeriodReport) -> list[tuple[Any, ...]]:
    return [
        (m.month, m.accepted, m.completed, m.decided, m.on_time, percent(m.on_time_rate))
        for m in report.stats.months
    ]


def _rating_rows(report: PeriodReport) -> list[tuple[Any, ...]]:
    s = report.service
    return [
        (level.label, n, percent(n / s.ratings) if s.ratings else None)
        for level, n in zip(RatingLevel, s.ratings_by_level, strict=True)
    ]


def report_content(report: PeriodReport, made_on: date) -> ReportContent:
    """The words of the report: six sections, four tables, two charts, the notes."""
    t, c, s, period = report.stats.total, report.catalogue.total, report.service, report.period
    today = chinese_date(report.stats.today)
    overview = (
        f"本期共受理办件{_n(t.accepted)}件，办结{_n(t.completed)}件，办结率（办结÷受理）"
        f"{_pct(t.completed_over_accepted)}；本期受理的办件中，截至期末已办结"
        f"{_n(t.cohort_completed)}件，本期受理办结率{_pct(t.completion_rate)}。",
        f"本期作出决定{_n(t.decided)}件，其中在承诺时限内作出决定{_n(t.on_time)}件，按时办结率"
        f"{_pct(t.on_time_rate)}；提前决定{_n(t.early)}件，超期决定{_n(t.late)}件。平均用时"
        f"{_days(t.average_used_days)}个工作日，平均承诺时限{_days(t.average_limit_days)}个工作日。"
        f"截至{today}，在办超期（红牌）{_n(t.overdue_now)}件，即将到期（黄牌）"
        f"{_n(t.due_soon_now)}件；当前环节（审查、审批签发、制证、送达）超过环节时限"
        f"{_n(t.late_steps)}件，临近环节时限{_n(t.yellow_steps)}件。",
    )
    pending = c.transfer_planned - c.transferred
    reform = (
        f"目录在用事项{_n(c.items)}项，其中“最多跑一次”事项{_n(c.one_trip)}项，占"
        f"{_pct(c.one_trip_share)}。在用行政许可事项{_n(c.licensing)}项，其中承诺时限压缩至法定"
        f"时限一半及以下的{_n(c.halved_limit)}项，占行政许可事项的{_pct(c.halved_limit_share)}。",
        f"列入划转清单的事项{_n(c.transfer_planned)}项，已划转由本局实施审批{_n(c.transferred)}项，"
        f"占{_pct(c.transferred_share)}"
        + (f"，其余{_n(pending)}项正在推进。" if pending else "，已全部划转。"),
    )
    window = (
        f"本期窗口授权事项作出决定{_n(s.window_decided)}件，其中受理当日作出决定"
        f"{_n(s.same_day_decided)}件；经授权的窗口工作人员受理后当场准予许可（窗口现场审批）"
        f"{_n(s.on_the_spot)}件。",
    )
    levels = "、".join(
        f"{level.label}{_n(n)}件" for level, n in zip(RatingLevel, s.ratings_by_level, strict=True)
    )
    service = (
        f"本期收到办件评价{_n(s.ratings)}件（{levels}），满意率{_pct(s.satisfaction_rate)}；"
        f"差评{_n(s.poor_ratings)}件，均已生成整改回访任务，由承办人整改、督办人员回访。"
        if s.ratings
        else "本期未收到办件评价。",
        f"本期登记热线咨询{_n(s.hotline_opened)}件、投诉{_n(s.complaints_opened)}件；答复工单"
        f"{_n(s.tickets_answered)}件，其中按时答复{_n(s.tickets_in_time)}件，按时答复率"
        f"{_pct(s.tickets_in_time_rate)}。",
    )
    notices = (
        f"本期向行业主管部门发出监管结果抄告函{_n(s.notices_sent)}份，抄告审批结果"
        f"{_n(s.notice_cases)}件；已收到回执{_n(s.notices_received)}份，尚未回执"
        f"{_n(s.notices_sent - s.notices_received)}份。",
    )

    def text(value: Any, unit: str) -> str:
        if value is None:
            return "—"
        if unit == "%":
            return f"{value:.2f}%"
        return f"{_n(value) if isinstance(value, int) else value}{unit}"

    figures = ReportTable(
        "表1  主要指标",
        ("指标", "数值", "指标", "数值"),
        _two_columns([(name, text(v, unit)) for name, v, unit in key_figures(report)]),
        (0.32, 0.18, 0.32, 0.18),
        (0, 2),
    )
    departments = ReportTable(
        "表2  各部门事项与办件",
        DEPARTMENT_HEADERS,
        [(r[0], *(_n(v) for v in r[1:])) for r in department_rows(report)],
        (0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13),
    )
    ratings = ReportTable(
        "表3  好差评等级分布",
        ("评价等级", "件数", "占比"),
        [(r[0], _n(r[1]), "—" if r[2] is None else f"{r[2]:.2f}%") for r in _rating_rows(report)],
    )
    months = ReportTable(
        "表4  月度趋势",
        MONTH_HEADERS,
        [
            (m, _n(a), _n(b), _n(d), _n(o), "—" if r is None else f"{r:.2f}")
            for m, a, b, d, o, r in _month_rows(report)
        ],
    )
    trend = Trend(
        tuple(m.month for m in report.stats.months),
        tuple(m.accepted for m in report.stats.months),
        tuple(m.completed for m in report.stats.months),
        tuple(percent(m.on_time_rate) for m in report.stats.months),
    )
    return ReportContent(
        organ_name=report.organ_name,
        title=TITLE,
        period_line=f"统计期间：{chinese_date(period.start)}至{chinese_date(period.end)}",
        sections=(
            Section("一、办件总体情况", overview, (figures,)),
            Section("二、事项改革情况", reform, (departments,)),
            Section("三、窗口授权办理情况", window),
            Section("四、好差评与热线投诉", service, (ratings,)),
            Section("五、监管结果抄告", notices),
            Section("六、月度趋势", (), (months,), trend),
        ),
        notes=tuple(f"{n}. {note}" for n, note in enumerate(NOTES, 1)),
        made_line=f"{report.organ_name}　{chinese_date(made_on)}",
    )


def _two_columns(pairs: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """Cases on the left, the catalogue and the service on the right (a group is never
    parted between the columns)."""
    half = next(n for n, (name, _) in enumerate(pairs) if name == CATALOGUE_FIRST)
    rows = max(half, len(pairs) - half)
    left = pairs[:half] + [("", "")] * (rows - half)
    right = pairs[half:] + [("", "")] * (rows - len(pairs) + half)
    return [(*a, *b) for a, b in zip(left, right, strict=True)]


def report_tables(report: PeriodReport) -> list[Table]:
    """The workbook: the same figures as numbers, one sheet per table, the notes last."""
    return [
        Table("主要指标", ("指标", "数值", "单位"), key_figures(report)),
        Table("各部门事项与办件", DEPARTMENT_HEADERS, department_rows(report)),
        Table("好差评", ("评价等级", "件数", "占比（%）"), _rating_rows(report)),
        Table("月度趋势", MONTH_HEADERS, _month_rows(report)),
        Table(
            "说明",
            ("说明",),
            [(f"{report.organ_name} {TITLE}，统计期间 {report.period}",), *((n,) for n in NOTES)],
        ),
    ]


def make_report(
    session: Session,
    actor: Actor,
    period: Period,
    kind: str,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The report of the period as PDF or XLSX bytes (three steps, for a progress bar)."""
    if kind not in REPORT_KINDS:
        raise DomainError("报告格式应为 PDF 或 Excel（.pdf 或 .xlsx），实为“{kind}”", kind=kind)
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    report = period_report(session, actor, period)
    step(2, 3)
    if kind == "pdf":
        data = report_pdf(report_content(report, timesource.today()))
    else:
        data = to_xlsx(*report_tables(report))
    step(3, 3)
    return data
