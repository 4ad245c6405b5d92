"""`approval-desk case terminate`: the ground, the facts and the legal basis from the command
line, refused in one line when the basis is missing or malformed, printed in the decision."""

from __future__ import annotations

import re
import subprocess

import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url
from tests.test_cli import assert_one_line_error, run


def test_terminate_from_the_command_line_cites_its_basis(tmp_path):
    path = tmp_path / "terminate.sqlite3"
    demo = run("demo", "--cases", "50", "--seed", "4", "--today", "2026-11-20", db=str(path))
    assert demo.returncode == 0, demo.stderr
    engine = make_engine(parse_url(str(path)))
    status = sa.text("SELECT status FROM cases WHERE number = :n")
    with engine.connect() as connection:
        number, kind = connection.execute(
            sa.text(
                "SELECT c.number, a.kind FROM cases c JOIN applicants a ON a.id = c.applicant_id"
                " WHERE c.status = 'under_review' ORDER BY c.id LIMIT 1"
            )
        ).one()
    db = str(path)
    no_basis = run("case", "terminate", number, "--reason", "事项已取消", "--as", "head1", db=db)
    assert_one_line_error(no_basis, "请写明终止审查的法律依据")
    vague = ("case", "terminate", number, "--reason", "事项已取消", "--basis", "有关规定")
    assert_one_line_error(run(*vague, "--as", "head1", db=db), "书名号")
    with engine.connect() as connection:
        assert connection.execute(status, {"n": number}).scalar_one() == "under_review"

    ground = "death" if kind == "person" else "dissolved"
    done = run("case", "terminate", number, "--ground", ground, "--as", "head1", db=db)
    assert done.returncode == 0, done.stderr
    article = "第十三条" if ground == "death" else "第五十九条、第一百零八条"
    assert f"《中华人民共和国民法典》{article}" in done.stdout
    with engine.connect() as connection:
        assert connection.execute(status, {"n": number}).scalar_one() == "terminated"
    engine.dispose()
    pdf = tmp_path / "termination.pdf"
    issued = run(
        "document",
        "issue",
        number,
        "--type",
        "termination",
        "--out",
        str(pdf),
        "--as",
        "clerk1",
        db=db,
    )
    assert issued.returncode == 0, issued.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert f"根据《中华人民共和国民法典》{article}的规定，本机关决定" in flat
    assert "第三十二条" not in flat
