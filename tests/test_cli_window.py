"""`approval-desk case window`: 窗口现场审批 from the command line, refused in one line when
the materials are not confirmed, the item is not authorised or the clerk is not, writing
nothing; done, it prints the documents and saves their PDFs."""

from __future__ import annotations

import re
import subprocess

import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url
from tests.test_cli import assert_one_line_error, run


def test_a_window_clerk_decides_on_the_spot_from_the_command_line(tmp_path):
    path = tmp_path / "window.sqlite3"
    demo = run("demo", "--cases", "50", "--seed", "4", "--today", "2026-11-20", db=str(path))
    assert demo.returncode == 0, demo.stderr
    engine = make_engine(parse_url(str(path)))
    cases = sa.text("SELECT count(*) FROM cases")
    with engine.connect() as connection:
        window_item = connection.execute(
            sa.text(
                "SELECT code FROM items WHERE window_authorised AND kind = 'licensing'"
                " AND issues_licence AND case_kind = 'new' AND active ORDER BY code LIMIT 1"
            )
        ).scalar_one()
        other_item = connection.execute(
            sa.text("SELECT code FROM items WHERE NOT window_authorised ORDER BY code LIMIT 1")
        ).scalar_one()
        identifier = connection.execute(
            sa.text("SELECT identifier FROM applicants ORDER BY id LIMIT 1")
        ).scalar_one()
        before = connection.execute(cases).scalar_one()
    db = str(path)
    sitting = ("case", "window", "CK20260001", "--applicant", identifier)
    out = ("--out", str(tmp_path / "out"))
    refusals = (
        ((*sitting, "--item", window_item, "--as", "window1"), "申请材料未全部齐全"),
        (
            (*sitting, "--item", other_item, "--materials-complete", "--as", "window1"),
            "未列入窗口现场审批的事项",
        ),
        ((*sitting, "--item", window_item, "--materials-complete", "--as", "clerk1"), "授权"),
    )
    for args, words in refusals:
        assert_one_line_error(run(*args, db=db), words)
    with engine.connect() as connection:
        assert connection.execute(cases).scalar_one() == before
    done = run(
        *sitting, "--item", window_item, "--materials-complete", *out, "--as", "window1", db=db
    )
    assert done.returncode == 0, done.stderr
    assert "已当场准予：CK20260001（已制证）" in done.stdout
    assert "准予行政许可决定书：" in done.stdout and "行政许可证：" in done.stdout
    with engine.connect() as connection:
        status, full_name = connection.execute(
            sa.text(
                "SELECT c.status, u.full_name FROM cases c JOIN case_events e ON e.case_id = c.id"
                " JOIN staff_users u ON u.id = e.actor_id"
                " WHERE c.number = 'CK20260001' AND e.action = 'approve'"
            )
        ).one()
    engine.dispose()
    assert status == "certificate_issued"
    grant = tmp_path / "out" / "CK20260001-grant.pdf"
    text = subprocess.run(["pdftotext", str(grant), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    # (the seal's characters cut into the line's end, as pdftotext reads it)
    assert f"本决定由本机关授权的窗口工作人员{full_name}于受理当日" in flat
