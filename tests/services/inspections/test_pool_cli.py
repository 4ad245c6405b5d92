"""`approval-desk inspectors …` through the real command line."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tests.test_cli import assert_one_line_error, run


def test_the_pool_is_kept_from_the_command_line(pool, db_url, tmp_path):
    url = db_url.render_as_string(hide_password=False)
    added = run(
        "inspectors", "add", "吴十一", "--department", "XF", "--specialties", "S0,S1", db=url
    )
    assert added.returncode == 0, added.stderr
    new_id = re.search(r"已新增踏勘人员 (\d+)", added.stdout).group(1)
    day = (date.today() + timedelta(days=14)).isoformat()  # the command's own today
    last = (date.today() + timedelta(days=20)).isoformat()
    left = run(
        "inspectors",
        "leave",
        new_id,
        "--from",
        day,
        "--to",
        last,
        "--half",
        "pm",
        "--reason",
        "体检",
        db=url,
    )
    assert left.returncode == 0 and "个半天" in left.stdout, left.stderr
    tied = run(
        "inspectors", "recuse", new_id, "--kind", "prior_involvement", "--project", "旧项目", db=url
    )
    assert tied.returncode == 0, tied.stderr
    listed = run("inspectors", "list", "--search", "吴十一", db=url)
    assert f"{new_id}  吴十一  消防  土木建筑、消防" in listed.stdout
    assert (
        re.search(r"请假 \S+.* 体检", listed.stdout)
        and "回避 曾参与同一项目：旧项目" in listed.stdout
    )
    retired = run("inspectors", "retire", new_id, db=url)
    assert retired.returncode == 0 and "已移出" in run("inspectors", "list", db=url).stdout
    file = tmp_path / "pool.xlsx"
    assert run("inspectors", "export", str(file), db=url).returncode == 0
    again = run("inspectors", "import", str(file), db=url)
    assert again.returncode == 0 and "未变 11 人" in again.stdout, again.stdout
    assert_one_line_error(
        run("inspectors", "add", "某", "--department", "NOPE", "--specialties", "S0", db=url),
        "NOPE",
    )
    assert_one_line_error(run("inspectors", "retire", "999", db=url), "999")


def test_an_import_with_a_bad_row_writes_nothing_unless_asked(pool, db_url, tmp_path):
    from tests.services.inspections.test_pool_keeping import sheet

    url = db_url.render_as_string(hide_password=False)
    file = tmp_path / "pool.xlsx"
    file.write_bytes(
        sheet(
            (None, "新人甲", "ZJ", "S0", "", "", 2, "是"),
            (None, "新人乙", "ZJ", "S0", "", "", 7, "是"),
        )
    )
    refused = run("inspectors", "import", str(file), db=url)
    assert refused.returncode == 1 and "有误 踏勘人员第3行" in refused.stdout
    assert "新人甲" not in run("inspectors", "list", db=url).stdout
    partly = run("inspectors", "import", str(file), "--only-good-rows", db=url)
    assert partly.returncode == 0 and "新增 1 人" in partly.stdout
    assert "新人甲" in run("inspectors", "list", db=url).stdout
