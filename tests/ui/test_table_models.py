"""The table models on their bases, without a database: the queue's declared columns, the
two paged models and the two whole-list models, each through pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from desktop.documents.table_export import Table
from desktop.domain.clock import WarningLevel
from desktop.domain.enums import CaseStatus, Category
from desktop.domain.phrases import Phrase, Term
from desktop.services.audit_trail import PAGE, AuditFilter, AuditRow
from desktop.services.cases.queues import Page, QueueQuery, QueueRow, SortKey
from desktop.ui.admin.audit_model import CHANGE, AuditModel
from desktop.ui.operations import under_way
from desktop.ui.plain_table import ROW_ROLE, PlainTableModel
from desktop.ui.queues.queue_model import (
    COLUMNS,
    OBJECT_ROLE,
    URGE_COLUMN,
    WARNING_COLUMN,
    QueueModel,
    sort_indicator,
)
from desktop.ui.rows_model import SORT_ROLE, sort_key
from desktop.ui.table_model import TableModel

HEADERS = (
    "受理编号",
    "事项",
    "申请人",
    "项目",
    "受理日期",
    "承诺期限",
    "剩余工作日",
    "预警",
    "状态",
    "承办人",
    "督办",
    "环节",
)


def queue_row(case_id: int, **changes) -> QueueRow:
    row = QueueRow(
        id=case_id,
        number=f"QT{case_id:04d}",
        item="建筑工程施工许可",
        applicant="某建设公司",
        project="某小区",
        accepted_on=date(2026, 11, 2),
        promised_due_on=date(2026, 11, 20),
        remaining_days=5,
        warning=WarningLevel.NORMAL,
        status=CaseStatus.RECEIVED,
        handler="张三",
        green_channel=False,
        provisional=False,
        version=1,
        urged=False,
    )
    return replace(row, **changes)


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: under_way() == 0, timeout=5000)


def test_the_queue_columns_keep_their_headers_order_and_sql_sorts():
    assert tuple(column.header for column in COLUMNS) == HEADERS
    assert (COLUMNS[WARNING_COLUMN].key, COLUMNS[URGE_COLUMN].key) == ("warning", "urge")
    sorts = {c: column.sort for c, column in enumerate(COLUMNS) if column.sort is not None}
    assert sorts == {0: SortKey.NUMBER, 4: SortKey.ACCEPTED, 5: SortKey.DUE, 8: SortKey.STATUS}
    for column, key in sorts.items():
        for descending in (False, True):
            query = QueueQuery(Category.ENGINEERING, sort=key, descending=descending)
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            assert sort_indicator(query) == (column, order)


def test_a_late_or_yellow_step_is_named_in_the_step_column(qtbot):
    from desktop.domain.steps import Step
    from desktop.ui.queues.queue_model import COLUMN, URGE_COLOUR

    rows = [
        queue_row(1, status=CaseStatus.DECISION_PROPOSED, step=Step.SIGNOFF),
        queue_row(
            2, status=CaseStatus.APPROVED, step=Step.CERTIFICATE, step_warning=WarningLevel.RED
        ),
        queue_row(
            3, status=CaseStatus.UNDER_REVIEW, step=Step.REVIEW, step_warning=WarningLevel.YELLOW
        ),
    ]
    model = QueueModel(lambda query, after: Page(rows, None))
    model.set_query(QueueQuery(Category.ENGINEERING))
    wait_idle(qtbot)
    column = COLUMN["step"]
    texts = [model.index(r, column).data() for r in range(3)]
    assert texts == ["", "制证超时", "审查临近到期"]
    red = model.index(1, column).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color() == URGE_COLOUR


def test_the_queue_model_pages_sorts_and_passes_the_model_tester(qtbot, qtmodeltester):
    asked: list[tuple[QueueQuery, object]] = []

    def loader(query: QueueQuery, after):
        asked.append((query, after))
        if after is None:
            return Page([queue_row(1), queue_row(2)], ("k", 2))
        return Page([queue_row(2), queue_row(3)], None)  # row 2 again: shown once

    model = QueueModel(loader)
    model.set_query(QueueQuery(Category.ENGINEERING))
    wait_idle(qtbot)
    assert model.canFetchMore()
    model.fetchMore()
    wait_idle(qtbot)
    assert model.loaded_ids() == [1, 2, 3] and not model.canFetchMore()
    assert asked[1][1] == ("k", 2)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(OBJECT_ROLE) == queue_row(1)

    model.sort(1, Qt.SortOrder.AscendingOrder)  # 事项 sorts nowhere
    model.sort(URGE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert len(asked) == 2
    model.sort(0, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot)
    assert asked[-1] == (replace(asked[0][0], sort=SortKey.NUMBER, descending=True), None)


def test_the_queue_cells_read_as_before(qtbot):
    rows = [
        queue_row(1, green_channel=True, provisional=True, urged=True, warning=WarningLevel.RED),
        queue_row(2, remaining_days=None, status=CaseStatus.INSPECTION, promised_due_on=None),
        queue_row(3, remaining_days=None, status=CaseStatus.RECEIVED),
    ]
    model = QueueModel(lambda query, after: Page(rows, None))
    model.set_query(QueueQuery(Category.ENGINEERING))
    wait_idle(qtbot)
    cells = [[model.index(r, c).data() for c in range(len(COLUMNS))] for r in range(3)]
    assert cells[0][0] == "【绿】QT0001"
    assert cells[0][5] == "2026-11-20（暂定）"
    assert cells[0][6] == "5"
    assert cells[0][WARNING_COLUMN] == "红牌"
    assert cells[0][URGE_COLUMN] == "待确认"
    assert cells[1][5] == "" and cells[1][6] == "暂停计时" and cells[1][URGE_COLUMN] == ""
    assert cells[2][6] == ""
    assert cells[2][4] == "2026-11-02"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    aligned = [model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in range(11)]
    assert aligned == [None] * 6 + [right] + [None] * 4
    assert model.index(0, URGE_COLUMN).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, URGE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "绿色通道" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_a_failed_queue_page_waits_for_retry(qtbot):
    answers: list[object] = [RuntimeError("连接中断"), Page([queue_row(1)], None)]

    def loader(query, after):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    model = QueueModel(loader)
    failures: list[Exception] = []
    model.failed.connect(failures.append)
    model.set_query(QueueQuery(Category.ENGINEERING))
    wait_idle(qtbot)
    assert [str(e) for e in failures] == ["连接中断"]
    assert not model.canFetchMore() and not model.loading
    assert model.retry()
    wait_idle(qtbot)
    assert model.loaded_ids() == [1]


def audit_row(entry_id: int) -> AuditRow:
    at = datetime(2026, 11, 20, 1, 2, 3, tzinfo=UTC)
    long = (Phrase("{field}：{new}", field=Term("内容"), new="x" * 300),)
    return AuditRow(entry_id, at, "admin", "sign_in", "user", "1", "", "x" * 300, change=long)


def test_the_audit_model_pages_back_and_passes_the_model_tester(qtbot, qtmodeltester):
    asked: list[int | None] = []

    def loader(audit_filter: AuditFilter, before: int | None) -> list[AuditRow]:
        asked.append(before)
        top = before if before is not None else PAGE + 11
        return [audit_row(i) for i in range(top - 1, max(top - 1 - PAGE, 0), -1)]

    model = AuditModel(loader)
    loaded: list[int] = []
    model.loaded.connect(loaded.append)
    model.set_filter(AuditFilter())
    wait_idle(qtbot)
    assert model.canFetchMore()
    model.fetchMore()
    wait_idle(qtbot)
    assert asked == [None, 11] and loaded == [PAGE, PAGE + 10]
    assert not model.canFetchMore()
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "2026-11-20 09:02:03"
    assert model.index(0, CHANGE).data().endswith("…")
    assert model.index(0, CHANGE).data(Qt.ItemDataRole.ToolTipRole).endswith("x" * 300)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "序号"


def test_the_whole_list_models_sort_alike_and_pass_the_model_tester(qtbot, qtmodeltester):
    rows = [("乙", 3, None), ("甲", 10, date(2026, 1, 2)), ("丙", 2.5, date(2025, 1, 2))]
    table = TableModel()
    table.set_table(Table("表", ("名称", "数", "日期"), rows), ["b", "a", "c"])
    plain = PlainTableModel(("名称", "数", "日期"))
    plain.set_rows(list(rows))
    for model in (table, plain):
        qtmodeltester.check(model)
        model.sort(1, Qt.SortOrder.AscendingOrder)
        assert [model.index(r, 1).data() for r in range(3)] == ["2.5", "3", "10"]
        model.sort(2, Qt.SortOrder.AscendingOrder)  # blanks last
        assert [model.index(r, 0).data() for r in range(3)] == ["丙", "甲", "乙"]
        assert model.index(0, 2).data(SORT_ROLE) == sort_key(date(2025, 1, 2))
    assert [table.object_at(r) for r in range(3)] == ["c", "a", "b"]
    assert plain.index(0, 0).data(ROW_ROLE) == rows[2]
    table.set_table(Table("表", ("名称", "数", "日期"), rows))  # the order chosen stays
    assert [table.index(r, 0).data() for r in range(3)] == ["丙", "甲", "乙"]
