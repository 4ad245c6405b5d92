"""`approval-desk inspections record show|list` through the real command line: a saved,
confirmed record in words and as JSON; an unknown inspection or case in one line."""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.enums import InspectionConclusion
from desktop.services.inspections.confirmations import confirm_record
from desktop.services.inspections.site_record import attach_file, save_record
from desktop.services.staff import actor_for
from tests.support.site_records import ACCOUNTS, TEAM, form, prepare_site
from tests.test_cli import assert_one_line_error, run


def test_record_show_and_list_print_the_record(pool, db_url):
    site = prepare_site(pool, db_url)
    record = form(InspectionConclusion.RECTIFY, failing=1, rectify_due=date(2026, 12, 1))
    bureau = site.bureau
    bureau.run(save_record, bureau.actors["coord1"], site.inspection_id, record)
    bureau.run(attach_file, bureau.actors["coord1"], site.inspection_id, "检测报告.pdf", b"%PDF")
    with bureau.sessions() as session, session.begin():
        confirm_record(session, actor_for(session, ACCOUNTS[TEAM[0]]), site.inspection_id)
    case_number = bureau.case(site.case_id).number
    url = db_url.render_as_string(hide_password=False)

    shown = run("inspections", "record", "show", str(site.inspection_id), db=url)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert "结论 限期整改（待踏勘人员确认）" in text and "申请人代表 王五" in text
    assert "1. 建设地点与申请材料所附总平面图一致：不符合  消防车通道被材料堆放占用" in text
    assert "2. 消防车通道畅通，未被占用或堵塞（重大事项）：符合" in text
    assert f"踏勘人员 {TEAM[1]}" in text and "确认 未确认" in text and "附件 检测报告.pdf" in text

    as_json = run("inspections", "record", "show", str(site.inspection_id), "--json", db=url)
    data = json.loads(as_json.stdout)
    assert data["conclusion"] == "rectify" and data["representative"] == "王五"
    assert [f["verdict"] for f in data["findings"]] == ["fails", "meets", "meets"]
    assert sum(m["signed_at"] is not None for m in data["members"]) == 1
    assert data["files"][0]["sha256"] and data["files"][0]["size"] == 4

    listed = run("inspections", "record", "list", case_number, db=url)
    assert listed.returncode == 0, listed.stderr
    assert f"踏勘 {site.inspection_id}" in listed.stdout and "待踏勘人员确认" in listed.stdout
    assert_one_line_error(run("inspections", "record", "show", "99999", db=url), "99999")
    assert_one_line_error(run("inspections", "record", "list", "NOSUCH", db=url), "NOSUCH")
