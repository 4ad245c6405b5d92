"""`approval-desk inspections plan` and `replay` through the real command line."""

from __future__ import annotations

import re

import sqlalchemy as sa

from tests.services.inspections.test_draw_services import bypass_append_only
from tests.support.inspection_bureau import DAYS, FIRST_DAY
from tests.test_cli import assert_one_line_error, run


def test_plan_prints_the_plan_and_the_draw_id_and_replay_confirms_it(pool, db_url):
    url = db_url.render_as_string(hide_password=False)
    args = ["inspections", "plan", "--from", FIRST_DAY.isoformat(), "--days", str(DAYS)]
    result = run(*args, "--seed", "cli-seed", db=url)
    assert result.returncode == 0, result.stderr
    draw_id = int(re.search(r"抽取编号：(\d+)", result.stdout).group(1))
    assert "种子 cli-seed" in result.stdout
    assert all(f"T0000{n}" in result.stdout for n in (1, 2, 3))
    assert "已安排 3 项，未安排 0 项" in result.stdout
    replayed = run("inspections", "replay", str(draw_id), db=url)
    assert replayed.returncode == 0, replayed.stderr
    assert "结论：完全一致" in replayed.stdout
    assert_one_line_error(run(*args, db=url), "没有待安排的踏勘申请")

    def tamper(session):
        bypass_append_only(session, "inspection_draws")
        session.execute(sa.text("UPDATE inspection_draws SET seed = 'other'"))

    pool.bureau.run(tamper)
    tampered = run("inspections", "replay", str(draw_id), db=url)
    assert tampered.returncode == 1 and "结论：不一致" in tampered.stdout
    assert_one_line_error(run("inspections", "replay", "999", db=url), "999")
