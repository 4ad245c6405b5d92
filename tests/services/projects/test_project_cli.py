"""`approval-desk project show CODE [--json]` prints what the case window's project panel
shows: the project, its stages with their clocks, and every case of it."""

from __future__ import annotations

import json

import pytest

from tests.services.projects.conftest import CODE, decided
from tests.test_cli import assert_one_line_error, run

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def test_project_show_prints_words_or_json(projects, db_url):
    bureau = projects
    granted = bureau.case(decided(bureau, "plan")).number
    refused = bureau.case(decided(bureau, "fire", grant=False)).number
    url = db_url.render_as_string(hide_password=False)
    words = run("project", "show", CODE, db=url)
    assert words.returncode == 0, words.stderr
    for text in (CODE, "渭南高新区测试综合楼", "渭南测试有限公司", "立项用地规划许可", "受阻"):
        assert text in words.stdout
    assert (
        granted in words.stdout and f"{refused}" in words.stdout and "（不予许可）" in words.stdout
    )
    data = json.loads(run("project", "show", CODE, "--json", db=url).stdout)
    assert (data["code"], data["stage"], data["state"]) == (CODE, "land_planning", "blocked")
    assert [c["number"] for c in data["cases"]] == [granted, refused]
    assert [c["refused"] for c in data["cases"]] == [False, True]
    first = data["stages"][0]
    assert first["limit_days"] == 20 and first["cases"] == 2 and first["open_cases"] == 0
    assert first["started_on"] == bureau.clock.now.date().isoformat()
    assert first["level"] in ("normal", "yellow", "red")
    assert [s["state"] for s in data["stages"][1:]] == ["waiting"] * 3
    assert_one_line_error(run("project", "show", "2026-610502-47-01-999999", db=url), "未登记")
    assert_one_line_error(run("project", "show", "abc", db=url), "格式不对")
