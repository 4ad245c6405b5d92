"""The supervision tables as plain rows with Chinese headers: what the window shows, what
the export writes and what the command line prints, from the same results."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.documents.table_export import Table
from desktop.domain.clock import WarningLevel
from desktop.domain.supervision import TICKET_KIND_LABELS, TICKET_STATUS_LABELS
from desktop.services.cases.queues import QueueRow
from desktop.services.cases.urging import UrgeLine
from desktop.services.supervision.performance import PerformanceRow
from desktop.services.supervision.ratings import FollowUpLine
from desktop.services.supervision.result_notices import NoticeLetter, NoticeLine
from desktop.services.supervision.scoring import BASE, Measure, Scoreboard, ScoredRow
from desktop.services.supervision.statistics import Figures, StatsResult
from desktop.services.supervision.stats_definitions import Dimension, Period
from desktop.services.supervision.tickets import TicketLine

TOTAL = "合计"
FIGURE_HEADERS = (
    "受理",
    "办结",
    "办结率（%）",
    "作出决定",
    "按时决定",
    "按时办结率（%）",
    "提前决定",
    "超期决定",
    "平均用时（工作日）",
    "平均时限（工作日）",
    "当前红牌",
    "当前黄牌",
    "当前环节超时",
    "当前环节临近到期",
)


def percent(rate: float | None) -> float | None:
    """A rate as a percentage with two decimals (97.93), None when there is no base."""
    return None if rate is None else round(rate * 100, 2)


def days(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def figure_values(figures: Figures) -> tuple[int | float | None, ...]:
    """The numbers of one row, in the order of FIGURE_HEADERS."""
    return (
        figures.accepted,
        figures.completed,
        percent(figures.completion_rate),
        figures.decided,
        figures.on_time,
        percent(figures.on_time_rate),
        figures.early,
        figures.late,
        days(figures.average_used_days),
        days(figures.average_limit_days),
        figures.overdue_now,
        figures.due_soon_now,
        figures.late_steps,
        figures.yellow_steps,
    )


def figures_table(result: StatsResult, by: Dimension) -> Table:
    rows = [(row.label, *figure_values(row.figures)) for row in result.rows(by)]
    rows.append((TOTAL, *figure_values(result.total)))
    return Table(f"按{by.label}统计 {result.period}", (by.label, *FIGURE_HEADERS), rows)


def months_table(result: StatsResult) -> Table:
    return Table(
        f"月度趋势 {result.period}",
        ("月份", "受理", "办结", "作出决定", "按时决定", "按时办结率（%）"),
        [
            (m.month, m.accepted, m.completed, m.decided, m.on_time, percent(m.on_time_rate))
            for m in result.months
        ],
    )


def performance_table(rows: Sequence[PerformanceRow], period: Period) -> Table:
    return Table(
        f"绩效考核 {period}",
        (
            "姓名",
            "作出决定",
            "按时决定",
            "按时办结率（%）",
            "超期决定",
            "当前红牌",
            "当前黄牌",
            "被督办",
            "答复工单",
            "按时答复",
            "按时答复率（%）",
            "被投诉",
            "评价数",
            "平均评价",
            "差评",
        ),
        [
            (
                r.name,
                r.decided,
                r.on_time,
                percent(r.on_time_rate),
                r.late,
                r.overdue_now,
                r.due_soon_now,
                r.urges,
                r.tickets_answered,
                r.tickets_in_time,
                percent(r.tickets_in_time_rate),
                r.complaints,
                r.ratings,
                None if r.average_rating is None else round(r.average_rating, 2),
                r.poor_ratings,
            )
            for r in rows
        ],
    )


def tickets_table(lines: Sequence[TicketLine]) -> Table:
    return Table(
        "热线与投诉",
        (
            "工单号",
            "类型",
            "状态",
            "来电人",
            "电话",
            "事由",
            "关联办件",
            "首问责任人",
            "承办人",
            "受理时间",
            "答复期限",
            "答复时间",
            "逾期",
            "已升级",
            "答复内容",
        ),
        [
            (
                t.number,
                TICKET_KIND_LABELS[t.kind.value],
                TICKET_STATUS_LABELS[t.status.value],
                t.caller_name,
                t.caller_phone,
                t.subject,
                t.case_number,
                t.first_contact,
                t.assignee,
                t.opened_at,
                t.due_on,
                t.answered_at,
                "是" if t.late else "",
                t.escalated_to if t.escalated else "",
                t.reply,
            )
            for t in lines
        ],
    )


def follow_ups_table(lines: Sequence[FollowUpLine]) -> Table:
    return Table(
        "差评整改回访",
        (
            "办件",
            "评价",
            "申请人意见",
            "评价时间",
            "整改责任人",
            "期限",
            "状态",
            "整改情况",
            "回访答复",
        ),
        [
            (
                f.case_number,
                f.level.label,
                f.comment,
                f.rated_at,
                f.assignee,
                f.due_on,
                f.status.label + ("（逾期）" if f.late else ""),
                f.fix_note,
                f.answer,
            )
            for f in lines
        ],
    )


def notices_table(lines: Sequence[NoticeLine]) -> Table:
    return Table(
        "监管结果抄告",
        ("文号", "部门", "期间", "办件数", "发送时间", "发送人", "回执时间", "签收人", "回执状态"),
        [
            (
                n.number,
                n.department,
                str(n.period),
                n.case_count,
                n.sent_at,
                n.sent_by,
                n.received_at,
                n.received_by,
                "已签收" if n.received_at else ("逾期未确认" if n.unconfirmed_late else "待确认"),
            )
            for n in lines
        ],
    )


def notice_cases_table(letter: NoticeLetter) -> Table:
    """The list that goes with a result notice letter."""
    return Table(
        f"{letter.department}抄告清单",
        ("序号", "受理编号", "事项", "申请人", "证件号码", "项目", "决定日期"),
        [
            (n, c.number, c.item, c.applicant, c.identifier, c.project, c.decided_on)
            for n, c in enumerate(letter.cases, 1)
        ],
    )


def case_rows_table(title: str, rows: Sequence[QueueRow]) -> Table:
    """The cases behind a figure (drill-down), as listed: with the current step, its due
    day and its warning, the handler and the item's department."""
    return Table(
        title,
        (
            "受理编号",
            "事项",
            "申请人",
            "受理日期",
            "承诺期限",
            "状态",
            "承办人",
            "部门",
            "当前环节",
            "环节期限",
            "环节预警",
        ),
        [
            (
                r.number,
                r.item,
                r.applicant,
                r.accepted_on,
                r.promised_due_on,
                r.status.label,
                r.handler,
                r.department,
                r.step.label if r.step else "",
                r.step_due_on,
                STEP_WARNING_WORDS.get(r.step_warning, ""),
            )
            for r in rows
        ],
    )


STEP_WARNING_WORDS = {WarningLevel.RED: "超时", WarningLevel.YELLOW: "临近到期"}


def urges_table(lines: Sequence[UrgeLine]) -> Table:
    return Table(
        "督办记录",
        ("督办时间", "受理编号", "事项", "承办人", "督办人", "级别", "督办意见", "承办人确认"),
        [
            (
                u.urged_at,
                u.case_number,
                u.item,
                u.handler,
                u.urged_by,
                u.level.label,
                u.message,
                u.acknowledged_at,
            )
            for u in lines
        ],
    )


def score_table(board: Scoreboard, departments: bool = False) -> Table:
    """The ranking: rank, name, department (people) or people (departments), score, and
    each measure's points."""
    rows = board.departments if departments else board.people
    second = "人数" if departments else "部门"
    return Table(
        f"绩效考核得分（{'部门' if departments else '人员'}） {board.period}",
        (
            "名次",
            "部门" if departments else "姓名",
            second,
            "得分",
            *(f"{m.label}（分）" for m in Measure),
        ),
        [
            (
                rank,
                row.name,
                row.people if departments else row.department,
                row.score,
                *(round(p.points, 2) for p in row.parts),
            )
            for rank, row in enumerate(rows, 1)
        ],
    )


def score_parts_table(row: ScoredRow) -> Table:
    """One score taken apart: each measure's count, weight and points, then the total."""
    per = "（人均）" if row.department == row.name else ""  # a department's row
    return Table(
        f"{row.name} 得分构成",
        ("考核项", f"数量{per}", "权重（分）", "加减分"),
        [
            ("基础分", None, None, BASE),
            *(
                (
                    p.measure.label,
                    round(p.count, 2),
                    p.weight,
                    round(p.points, 2),
                )
                for p in row.parts
            ),
            ("得分", None, None, row.score),
        ],
    )


def all_score_parts_table(board: Scoreboard, departments: bool = False) -> Table:
    """Every score's parts, one line per person (or department) and measure, for export."""
    rows = board.departments if departments else board.people
    return Table(
        f"得分构成 {board.period}",
        ("部门" if departments else "姓名", "考核项", "数量", "权重（分）", "加减分"),
        [
            (row.name, p.measure.label, round(p.count, 2), p.weight, round(p.points, 2))
            for row in rows
            for p in row.parts
        ],
    )
