"""The front-desk file's 项目代码 column: a row names its construction project; a new code is
registered from the row (its 项目名称 and 项目地址, the applicant as builder), a known one
takes only its builder's cases of items of its current stage; a bad code, another builder
or an item of another stage rejects the row with the reason, and nothing of it is written."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.frontdesk_rows import COLUMNS, PROJECT_COLUMN
from desktop.domain.projects import ProjectStage
from desktop.services.admin.frontdesk_import import import_frontdesk_file
from desktop.services.sheets import write_csv
from tests.services.projects.conftest import CODE

HEADER = (*COLUMNS, PROJECT_COLUMN)
NEW_CODE = "2026-610502-48-01-000321"


def _row(bureau, number: str, code: str, item="plan", person=False, project="", **more):
    at = bureau.clock.now - timedelta(hours=1)
    values = {
        "受理编号": number,
        "事项编码": item,
        "申请人类型": "自然人" if person else "法人或其他组织",
        "申请人名称": "张三" if person else "渭南测试有限公司",
        "证件号码": "360426199101010071" if person else "91610500MA6Y12345A",
        "项目名称": project,
        "项目地址": more.get("address", ""),
        "受理时间": at.strftime("%Y-%m-%d %H:%M"),
        PROJECT_COLUMN: code,
    }
    return [values.get(column, "") for column in HEADER]


def test_front_desk_rows_name_their_project(projects):
    bureau = projects
    data = write_csv(
        HEADER,
        [
            _row(bureau, "F1", CODE),  # the registered project: its builder's case
            _row(bureau, "F2", NEW_CODE, project="渭南新区综合楼", address="新区1号"),
            _row(bureau, "F3", NEW_CODE, item="fire"),  # the project registered by F2
            _row(bureau, "F4", "2026-61"),  # a malformed code
            _row(bureau, "F5", CODE, person=True),  # another applicant
            _row(bureau, "F6", "2026-610502-48-01-000999"),  # new, but no name given
            _row(bureau, "F7", "2026-610502-48-01-000998", person=True, project="自建房"),
            _row(bureau, "F8", CODE, item="fire2"),  # an item of a later stage
            _row(bureau, "F9", NEW_CODE, item="two"),  # an item of no stage
        ],
    )
    report = bureau.as_staff("clerk1", import_frontdesk_file, "前台.csv", data)
    assert report.added == ["F1", "F2", "F3"]
    reasons = {line: " ".join(why) for line, why in report.rejected}
    assert "“项目代码”格式不对" in reasons[5]
    assert "建设单位不是本行的申请人" in reasons[6]
    assert "项目名称" in reasons[7]
    assert "不能是自然人" in reasons[8]
    assert "属于“工程建设许可”阶段" in reasons[9]
    assert "不属于工程建设项目审批阶段" in reasons[10]
    with bureau.sessions() as session:
        cases = {
            c.number: c for c in session.scalars(sa.select(m.Case).where(m.Case.number.like("F%")))
        }
        made = session.scalar(sa.select(m.Project).where(m.Project.code == NEW_CODE))
        codes = set(session.scalars(sa.select(m.Project.code)))
    assert set(cases) == {"F1", "F2", "F3"}
    assert (made.name, made.address) == ("渭南新区综合楼", "新区1号")
    assert made.builder_id == bureau.applicant_id
    assert made.stage is ProjectStage.LAND_PLANNING
    assert cases["F2"].project_id == cases["F3"].project_id == made.id
    assert cases["F3"].project_name == "渭南新区综合楼"  # read from the project
    assert cases["F1"].project_stage is ProjectStage.LAND_PLANNING
    assert codes == {CODE, NEW_CODE}
