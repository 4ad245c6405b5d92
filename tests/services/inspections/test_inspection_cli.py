"""`approval-desk inspections open`, `draw` and `replay` through the real command line."""

from __future__ import annotations

import re

import sqlalchemy as sa

from tests.services.inspections.test_draw_services import bypass_append_only
from tests.support.inspection_bureau import DAYS, FIRST_DAY
from tests.test_cli import assert_one_line_error, run


def test_open_shows_the_commitment_draw_takes_the_witness_and_replay_confirms_it(pool, db_url):
    url = db_url.render_as_string(hide_password=False)
    args = ["inspections", "open", "--from", FIRST_DAY.isoformat(), "--days", str(DAYS)]
    opened = run(*args, db=url)
    assert opened.returncode == 0, opened.stderr
    draw_id = int(re.search(r"抽取编号：(\d+)", opened.stdout).group(1))
    commitment = re.search(r"承诺值 ([0-9a-f]{64})", opened.stdout).group(1)
    assert "秘密值" not in opened.stdout
    drawn = run("inspections", "draw", str(draw_id), "--witness", "监督员-8341", db=url)
    assert drawn.returncode == 0, drawn.stderr
    assert f"承诺值 {commitment}" in drawn.stdout and "见证人随机数 监督员-8341" in drawn.stdout
    assert re.search(r"秘密值 [0-9a-f]{64}", drawn.stdout)
    assert all(f"T0000{n}" in drawn.stdout for n in (1, 2, 3))
    assert "已安排 3 项，未安排 0 项" in drawn.stdout
    again = run("inspections", "draw", str(draw_id), "--witness", "another-1", db=url)
    assert_one_line_error(again, "只能抽取一次")
    replayed = run("inspections", "replay", str(draw_id), db=url)
    assert replayed.returncode == 0, replayed.stderr
    assert "结论：完全一致" in replayed.stdout and commitment in replayed.stdout
    assert_one_line_error(run(*args, db=url), "没有待安排的踏勘申请")

    def tamper(session):
        bypass_append_only(session, "inspection_draw_witnesses")
        session.execute(sa.text("UPDATE inspection_draw_witnesses SET witness = 'other'"))

    pool.bureau.run(tamper)
    tampered = run("inspections", "replay", str(draw_id), db=url)
    assert tampered.returncode == 1 and "结论：不一致" in tampered.stdout
    assert_one_line_error(run("inspections", "replay", "999", db=url), "999")


def test_no_command_takes_a_seed(pool, db_url):
    url = db_url.render_as_string(hide_password=False)
    for args in (
        ("inspections", "open", "--days", "5", "--seed", "x"),
        ("inspections", "draw", "1", "--witness", "abcd", "--seed", "x"),
        ("inspections", "plan", "--seed", "x"),
    ):
        result = run(*args, db=url)
        assert result.returncode == 2 and ("--seed" in result.stderr or "plan" in result.stderr)
    opened = run("inspections", "open", "--from", FIRST_DAY.isoformat(), db=url)
    draw_id = re.search(r"抽取编号：(\d+)", opened.stdout).group(1)
    assert_one_line_error(run("inspections", "draw", draw_id, "--witness", "abc", db=url), "4至64")
