"""A filing (备案) never gets a 行政许可证 from the command line: `document issue --type
licence` is refused in one line and registers nothing."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.data.database import make_engine, parse_url
from tests.test_cli import assert_one_line_error, run


def test_the_command_line_refuses_a_licence_for_a_filing(tmp_path):
    path = tmp_path / "filing.sqlite3"
    demo = run("demo", "--cases", "200", "--seed", "4", "--today", "2026-11-20", db=str(path))
    assert demo.returncode == 0, demo.stderr
    engine = make_engine(parse_url(str(path)))
    issued = sa.text("SELECT count(*) FROM issued_documents WHERE case_id = :c")
    with engine.connect() as connection:
        case_id, number = connection.execute(
            sa.text(
                "SELECT c.id, c.number FROM cases c JOIN items i ON i.id = c.item_id"
                " WHERE i.kind = 'filing' AND c.status = 'delivered' ORDER BY c.id LIMIT 1"
            )
        ).one()
        before = connection.execute(issued, {"c": case_id}).scalar_one()
    db, pdf = str(path), str(tmp_path / "x.pdf")
    licence = run(
        "document", "issue", number, "--type", "licence", "--out", pdf, "--as", "clerk1", db=db
    )
    assert_one_line_error(licence, "备案", "行政许可证")
    with engine.connect() as connection:
        assert connection.execute(issued, {"c": case_id}).scalar_one() == before
    engine.dispose()
