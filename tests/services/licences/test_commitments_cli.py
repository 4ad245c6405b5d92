"""`approval-desk commitments list|check`: the checks as the window lists them, recording
one, and a bad request refused with a clear message and nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.commitments import CheckResult
from tests.services.licences.test_commitments import FINDINGS, commitment_of, decided, licensed

ROOT = Path(__file__).resolve().parents[3]
on_sqlite = pytest.mark.parametrize("backend", ["sqlite"])


def cli(db_url, *args: str) -> subprocess.CompletedProcess[str]:
    url = db_url.render_as_string(hide_password=False)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", url, "commitments", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@on_sqlite
def test_commitments_are_listed_and_checked_from_the_command_line(promising, db_url):
    bureau = promising
    true_case, false_case = decided(bureau), decided(bureau)
    licensed(bureau, false_case)
    listed = json.loads(cli(db_url, "list", "--json").stdout)
    numbers = {row["case_number"]: row for row in listed}
    true_number, false_number = bureau.case(true_case).number, bureau.case(false_case).number
    assert set(numbers) == {true_number, false_number}
    # (the command runs on the machine's clock, past the test bureau's due day)
    assert numbers[true_number]["state"] in ("open", "overdue")
    assert numbers[true_number]["conditions"] == [
        "已取得营业执照",
        "经营场所符合卫生要求",
        "从业人员持有健康证明",
    ]

    refused = cli(
        db_url, "check", false_number, "--result", "false", "--checker", "王五", "--as", "super1"
    )
    assert refused.returncode != 0 and "不符的事实" in refused.stderr
    assert commitment_of(bureau, false_case).result is None
    refused = cli(
        db_url, "check", true_number, "--result", "true", "--checker", "李", "--as", "clerk1"
    )
    assert refused.returncode != 0 and "督办人员" in refused.stderr

    done = cli(
        db_url, "check", true_number, "--result", "true", "--checker", "李四", "--as", "super1"
    )
    assert done.returncode == 0 and "属实" in done.stdout
    done = cli(
        db_url,
        "check",
        false_number,
        "--result",
        "false",
        "--checker",
        "王五",
        "--findings",
        FINDINGS,
        "--as",
        "super1",
    )
    assert done.returncode == 0 and "已立案撤销" in done.stdout
    assert commitment_of(bureau, true_case).result is CheckResult.TRUE
    (row,) = json.loads(cli(db_url, "list", "--state", "false", "--json").stdout)
    assert row["case_number"] == false_number and row["revocation_case"]
    printed = cli(db_url, "list").stdout
    assert "不实" in printed and row["revocation_case"] in printed
