"""The draw explanation in words: identical exclusions in one line with their count, the
seeded weight as a drawing order and the load as recent inspections, never raw numbers."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

from desktop.domain.enums import HalfDay
from desktop.domain.inspections.draw import draw_plan
from desktop.domain.inspections.draw_result import Pick
from desktop.domain.inspections.pool_codec import snapshot_to_json
from desktop.services.inspections.draw_outcome import ExclusionLine, PlanLine, outcome_of
from desktop.ui.inspections.draw_explanation import explain, grouped
from tests.support.draw_pools import PoolShape, seeded_pool

NO_SPECIALTY = "专业不符且非责任部门（所需专业：消防）"


def plan_line() -> PlanLine:
    team = (
        Pick(1, "张一", True, ("消防",), 900_000_001, 3),
        Pick(2, "李二", False, ("消防",), 4_000_000_000, 1),
    )
    backups = (Pick(3, "王三", False, ("消防",), 17, 2),)
    alike = [ExclusionLine(10 + n, f"人员{n:02d}", (NO_SPECIALTY,)) for n in range(70)]
    exclusions = (
        *alike,
        ExclusionLine(90, "赵九", ("回避：任职或持股（某公司）",)),
        ExclusionLine(91, "钱十", ("已停用", NO_SPECIALTY)),
    )
    return PlanLine(5, "GX1", date(2026, 11, 23), HalfDay.AM, team, backups, "", exclusions)


def test_identical_reasons_are_one_line_with_a_count(qapp):
    groups = grouped(plan_line().exclusions)
    assert [(reasons, len(names)) for reasons, names in groups] == [
        (NO_SPECIALTY, 70),
        ("回避：任职或持股（某公司）", 1),
        ("已停用；" + NO_SPECIALTY, 1),
    ]
    text = _plain(explain(plan_line(), 80))
    assert text.count(NO_SPECIALTY + "：70 人") == 1
    assert "人员00、人员01" in text and "人员69" in text
    assert "赵九" in text and "钱十" in text


def test_weights_and_loads_are_said_in_words(qapp):
    text = _plain(explain(plan_line(), 80))
    assert "权重" not in text and "900000001" not in text and "4000000000" not in text
    assert "李二（专业：消防；近期工作量 1 次（含本次）；" in text
    assert "抽签排序第 1（本组及备选共 3 人）" in text  # 李二 has the heaviest weight
    assert "抽签排序第 3（本组及备选共 3 人）" in text  # 王三 the lightest
    assert "任何人不能选定，任何人可凭抽取记录复算" in text and "近 90 天" in text


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_a_compact_record_and_an_old_one_explain_every_exclusion_alike(qapp):
    snapshot = seeded_pool(5, PoolShape(inspectors=40, requests=30, days=5, inactive_share=0.1))
    result = draw_plan(snapshot, "explained")
    draw = SimpleNamespace(
        id=1,
        snapshot=snapshot_to_json(snapshot).decode("utf-8"),
        snapshot_hash=snapshot.snapshot_hash(),
        commitment="",
        rules_version=result.rules_version,
        operator="coord1",
        created_at=datetime(2026, 12, 7, 9, 0),
        first_day=snapshot.working_days[0],
        days=len(snapshot.working_days),
    )
    outcomes = [
        outcome_of(draw, SimpleNamespace(data={"result": result.as_dict(f)}, digest=""))
        for f in (1, 2)
    ]
    old, compact = ([explain(line, o.pool_size) for line in o.lines] for o in outcomes)
    assert compact == old
    for line, value in zip(outcomes[1].lines, (*result.planned, *result.unplanned), strict=False):
        assert line.inspection_id == value.request_id
        text = _plain(explain(line, outcomes[1].pool_size))
        for e in value.exclusions:  # every ineligible inspector, with every reason
            assert snapshot.inspector(e.inspector_id).name in text
            assert e.reason.label in text
