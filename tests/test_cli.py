"""The command line: clear one-line errors, non-zero exit codes, and nothing changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.data import schema_version
from desktop.data.database import make_engine, parse_url
from tests.support.pg_cluster import free_port

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop"]
    if db is not None:
        command += ["--db", db]
    return subprocess.run(
        [*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误：")
    for fragment in fragments:
        assert fragment in lines[0]


def counts(url: sa.URL) -> dict[str, int]:
    engine = make_engine(url)
    with engine.connect() as connection:
        result = {
            table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("applicants", "audit_log", "cases")
        }
    engine.dispose()
    return result


def test_help_and_version():
    assert "db" in run("--help").stdout
    assert run("--version").stdout.startswith("approval-desk ")


def test_upgrade_creates_a_new_database_and_status_reports_it(tmp_path):
    path = tmp_path / "new" / "desk.sqlite3"
    result = run("db", "upgrade", db=str(path))
    assert result.returncode == 0, result.stderr
    assert "空数据库" in result.stdout
    status = run("db", "status", db=str(path))
    assert "最新" in status.stdout


def test_status_of_a_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "typo.sqlite3"
    assert_one_line_error(run("db", "status", db=str(path)), "不存在")
    assert not path.exists()


@pytest.mark.parametrize(
    ("kind", "identifier", "rule"),
    [
        ("--person", "360426199101010072", "校验码"),
        ("--person", "12345", "应为18位"),
        ("--organisation", "91610500MA6Y123450", "统一社会信用代码"),
    ],
)
def test_bad_identifier_gives_one_line_and_changes_nothing(db_url, kind, identifier, rule):
    before = counts(db_url)
    url = db_url.render_as_string(hide_password=False)
    result = run("applicant", "add", kind, "--name", "张三", "--id", identifier, db=url)
    assert_one_line_error(result, identifier, rule)
    assert counts(db_url) == before


def test_good_identifier_registers_the_applicant_with_an_audit_entry(db_url):
    before = counts(db_url)
    url = db_url.render_as_string(hide_password=False)
    result = run(
        "applicant", "add", "--person", "--name", "张三", "--id", "360426199101010071", db=url
    )
    assert result.returncode == 0, result.stderr
    after = counts(db_url)
    assert after["applicants"] == before["applicants"] + 1
    # The service's entry; on PostgreSQL also the database's own record of the insert.
    own = 1 if db_url.get_backend_name() == "postgresql" else 0
    assert after["audit_log"] == before["audit_log"] + 1 + own
    again = run(
        "applicant", "add", "--person", "--name", "张三", "--id", "360426199101010071", db=url
    )
    assert_one_line_error(again, "已登记")
    assert counts(db_url) == after


@pytest.mark.parametrize("url", ["mysql://root@localhost/desk", "postgresql://u@host:notaport/db"])
def test_bad_database_url_gives_one_line(url):
    assert_one_line_error(run("db", "upgrade", db=url), "数据库")


def test_unreachable_server_gives_one_line():
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/desk"
    assert_one_line_error(run("db", "upgrade", db=url), "无法连接数据库", "127.0.0.1")


def test_database_at_a_newer_schema_is_refused_unchanged(db_url):
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    url = db_url.render_as_string(hide_password=False)
    for args in (
        ("db", "upgrade"),
        ("applicant", "add", "--person", "--name", "张三", "--id", "360426199101010071"),
    ):
        assert_one_line_error(run(*args, db=url), "9999_future", "升级")
    assert schema_version.current_revision(engine) == "9999_future"
    assert counts(db_url)["applicants"] == 0
    engine.dispose()


def test_demo_through_the_command_line(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = run("demo", "--cases", "300", "--seed", "2", "--today", "2026-11-20", db=str(path))
    assert result.returncode == 0, result.stderr
    assert "办件 300" in result.stdout and "Demo@2026" in result.stdout
    assert counts(parse_url(str(path)))["cases"] == 300
    again = run("demo", "--cases", "300", db=str(path))
    assert_one_line_error(again, "新数据库")


def test_case_explain_prints_words_or_json(tmp_path):
    import json

    path = tmp_path / "explain.sqlite3"
    assert (
        run(
            "demo", "--cases", "50", "--seed", "4", "--today", "2026-11-20", db=str(path)
        ).returncode
        == 0
    )
    engine = make_engine(parse_url(str(path)))
    with engine.connect() as connection:
        number = connection.execute(sa.text("SELECT number FROM cases LIMIT 1")).scalar_one()
    engine.dispose()
    words = run("case", "explain", number, db=str(path))
    assert words.returncode == 0 and "承诺时限" in words.stdout and "法定时限" in words.stdout
    data = json.loads(run("case", "explain", number, "--json", db=str(path)).stdout)
    assert data["number"] == number
    assert {"due", "provisional", "pauses"} <= set(data["promised"])
    assert data["warning"] in ("normal", "yellow", "red")
    assert_one_line_error(run("case", "explain", "NO-SUCH", db=str(path)), "NO-SUCH")


def test_catalogue_and_frontdesk_files_through_the_command_line(tmp_path):
    from datetime import datetime, timedelta

    from desktop.domain.frontdesk_rows import COLUMNS
    from desktop.domain.timezone import CHINA
    from desktop.services.sheets import write_csv

    path = tmp_path / "ref.sqlite3"
    db = str(path)
    assert run("demo", "--cases", "10", "--seed", "3", db=db).returncode == 0
    book = tmp_path / "catalogue.xlsx"
    assert run("catalogue", "export", str(book), db=db).returncode == 0
    again = run("catalogue", "import", str(book), db=db)
    assert again.returncode == 0 and "更新 320 项" in again.stdout, again.stdout + again.stderr
    engine = make_engine(parse_url(db))
    with engine.connect() as connection:
        code = connection.execute(sa.text("SELECT code FROM items LIMIT 1")).scalar_one()
    engine.dispose()
    accepted = (datetime.now(CHINA) - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    values = {"受理编号": "CLI0001", "事项编码": code, "申请人类型": "自然人", "申请人名称": "李四"}
    values |= {"证件号码": "11010519491231002X", "受理时间": accepted, "绿色通道": "否"}
    hand_over = tmp_path / "day.csv"
    hand_over.write_bytes(write_csv(COLUMNS, [[values.get(c, "") for c in COLUMNS]]))
    first = run("frontdesk", "import", str(hand_over), db=db)
    assert first.returncode == 0 and "新增 1 件" in first.stdout, first.stdout + first.stderr
    second = run("frontdesk", "import", str(hand_over), db=db)
    assert "新增 0 件" in second.stdout and "已导入" in second.stdout


def test_keys_documents_and_verify_through_the_command_line(tmp_path):
    path = tmp_path / "docs.sqlite3"
    db = str(path)
    assert (
        run("demo", "--cases", "300", "--seed", "5", "--today", "2026-11-20", db=db).returncode == 0
    )
    # The demo made trial keys, as `keys init` does; replacing them is deliberate.
    assert_one_line_error(run("keys", "init", db=db), "--replace")
    assert run("keys", "init", "--replace", db=db).returncode == 0
    engine = make_engine(parse_url(db))
    with engine.connect() as connection:
        number = connection.execute(
            sa.text(  # a new licence waiting for its certificate (not an act on one)
                "SELECT c.number FROM cases c JOIN items i ON i.id = c.item_id"
                " WHERE c.status = 'approved' AND c.kind = 'new' AND i.issues_licence"
                " ORDER BY c.id LIMIT 1"
            )
        ).scalar_one()
    engine.dispose()
    pdf = tmp_path / "licence.pdf"
    issued = run("document", "issue", number, "--type", "licence", "--out", str(pdf), db=db)
    assert issued.returncode == 0 and "许〔" in issued.stdout, issued.stdout + issued.stderr
    assert issued.stderr == ""  # no library warnings in normal use
    checked = run("verify", str(pdf), db=db)
    assert checked.returncode == 0 and checked.stdout.startswith("有效"), checked.stdout
    assert checked.stderr == ""
    flipped = bytearray(pdf.read_bytes())
    flipped[len(flipped) // 3] ^= 0x20
    (tmp_path / "forged.pdf").write_bytes(bytes(flipped))
    forged = run("verify", str(tmp_path / "forged.pdf"), db=db)
    assert forged.returncode == 1 and forged.stdout.startswith("无效"), forged.stdout
    licence_number = issued.stdout.split()[1]
    from desktop.documents.metadata import read_record

    # A QR code printed with the bureau's verification address reads as that URL.
    url = "https://zwfw.example.gov.cn/yz/#" + read_record(pdf.read_bytes()).qr_text
    by_url = run("verify", "--qr", url, db=db)
    assert by_url.returncode == 0 and by_url.stdout.startswith("有效"), by_url.stdout
    assert run("document", "void", licence_number, "--reason", "打印错误", db=db).returncode == 0
    assert run("verify", str(pdf), db=db).stdout.startswith("已作废")
    assert run("verify", "--qr", url, db=db).stdout.startswith("已作废")
    exported = run("verifier", "export", str(tmp_path / "site"), db=db)
    assert exported.returncode == 0 and "作废名单 1 份" in exported.stdout, exported.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert licence_number in (tmp_path / "site" / "voids.json").read_text(encoding="utf-8")


def test_stats_prints_the_same_figures_as_the_export(tmp_path):
    import json
    from datetime import date

    from desktop.data.database import session_factory
    from desktop.domain.actor import Actor
    from desktop.services.supervision.period_report import period_report
    from desktop.services.supervision.statistics import compute_statistics
    from desktop.services.supervision.stats_definitions import Dimension, Period
    from desktop.services.supervision.tables import figure_values, figures_table

    path = tmp_path / "stats.sqlite3"
    made = run("demo", "--cases", "400", "--seed", "5", "--today", "2026-11-20", db=str(path))
    assert made.returncode == 0, made.stderr
    window = ("--from", "2026-01-01", "--to", "2026-11-20")
    printed = run("stats", *window, "--by", "department", "--json", db=str(path))
    assert printed.returncode == 0, printed.stderr
    data = json.loads(printed.stdout)
    engine = make_engine(parse_url(str(path)))
    with session_factory(engine)() as session:
        period = Period(date(2026, 1, 1), date(2026, 11, 20))
        result = compute_statistics(session, Actor.system(), period)
        report = period_report(session, Actor.system(), period, result)
    engine.dispose()
    assert data == json.loads(json.dumps(report.as_dict(Dimension.DEPARTMENT)))
    assert {k: data[k] for k in ("period", "today", "total", "months", "by")} == json.loads(
        json.dumps(result.as_dict(Dimension.DEPARTMENT))
    )
    exported = figures_table(result, Dimension.DEPARTMENT).rows
    assert exported[-1][1:] == figure_values(result.total)
    assert [row[0] for row in exported[:-1]] == [row["label"] for row in data["by"]["department"]]
    assert data["total"]["accepted"] == exported[-1][1] > 0
    words = run("stats", *window, db=str(path))
    assert "合计" in words.stdout and "月度趋势" in words.stdout
    assert_one_line_error(run("stats", "--from", "2026-12-01", "--to", "2026-11-01", db=str(path)))


def test_an_unknown_area_code_is_registered_only_when_accepted(db_url):
    from desktop.domain.identifiers import resident_id_with_check_digit

    url = db_url.render_as_string(hide_password=False)
    odd = resident_id_with_check_digit("61059919840101001")
    add = ("applicant", "add", "--person", "--name", "钱七", "--id", odd)
    before = counts(db_url)
    assert_one_line_error(run(*add, db=url), "610599", "--accept-unknown-area")
    assert counts(db_url) == before
    accepted = run(*add, "--accept-unknown-area", db=url)
    assert accepted.returncode == 0, accepted.stderr
    assert counts(db_url)["applicants"] == before["applicants"] + 1
    born_before_code = resident_id_with_check_digit("61050219840101001")
    plain = run("applicant", "add", "--person", "--name", "孙八", "--id", born_before_code, db=url)
    assert plain.returncode == 0, plain.stderr


def test_unreadable_inputs_give_one_line_and_change_nothing(tmp_path):
    path = tmp_path / "inputs.sqlite3"
    db = str(path)
    assert run("demo", "--cases", "10", "--seed", "3", db=db).returncode == 0
    before = counts(parse_url(db))
    header = "受理编号,事项编码,申请人类型,申请人名称,证件号码,受理时间\n"
    huge = tmp_path / "huge.csv"
    huge.write_text(header + '"' + "x" * 131_073 + '",,,,,\n', encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text(header, encoding="utf-8")
    missing = str(tmp_path / "missing.csv")
    for args, words in [
        (("verify", str(tmp_path / "missing.pdf")), "不存在"),
        (("verify", str(tmp_path)), "文件夹"),
        (("catalogue", "import", str(tmp_path / "missing.xlsx")), "不存在"),
        (("catalogue", "import", str(tmp_path)), "文件夹"),
        (("frontdesk", "import", missing), "不存在"),
        (("frontdesk", "import", str(good), missing), "不存在"),  # none imported
        (("frontdesk", "import", str(tmp_path)), "文件夹"),
        (("frontdesk", "import", str(huge)), "131072"),
        (("frontdesk", "watch", str(tmp_path / "nowhere"), "--once"), "不存在"),
        (("frontdesk", "watch", str(good), "--once"), "不是文件夹"),
    ]:
        assert_one_line_error(run(*args, db=db), words)
    assert counts(parse_url(db)) == before


def test_a_file_that_is_not_a_database_gives_one_line_and_stays_unchanged(tmp_path):
    made = tmp_path / "made.sqlite3"
    assert run("demo", "--cases", "10", "--seed", "3", db=str(made)).returncode == 0
    whole = made.read_bytes()
    text, pdf, cut = tmp_path / "notes.txt", tmp_path / "scan.pdf", tmp_path / "cut.sqlite3"
    text.write_text("这不是数据库\n", encoding="utf-8")
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    cut.write_bytes(whole[: len(whole) // 2])
    for path in (text, pdf, cut):
        content = path.read_bytes()
        for args in (("db", "status"), ("db", "upgrade"), ("stats",), ("audit", "verify")):
            assert_one_line_error(run(*args, db=str(path)), "不是本程序的数据库或已经损坏")
        assert path.read_bytes() == content
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [
            path.name
        ]


def test_frontdesk_watch_once_says_what_it_waits_for(tmp_path):
    path = tmp_path / "watch.sqlite3"
    assert run("demo", "--cases", "10", "--seed", "3", db=str(path)).returncode == 0
    folder = tmp_path / "drop"
    folder.mkdir()
    empty = run("frontdesk", "watch", str(folder), "--once", db=str(path))
    assert empty.returncode == 0 and "没有待导入" in empty.stdout
    (folder / "day.csv").write_text("受理编号\n", encoding="utf-8")
    waited = run("frontdesk", "watch", str(folder), "--once", db=str(path))
    assert waited.returncode == 0, waited.stderr
    assert "等待文件写入完成" in waited.stdout and "day.csv" in waited.stdout
    assert (folder / "已处理" / "day.csv").exists()


def test_keys_go_to_a_token_or_a_key_file_and_old_keys_move_out(tmp_path, soft_token, monkeypatch):
    import json

    db = str(tmp_path / "keys.sqlite3")
    assert run("db", "upgrade", db=db).returncode == 0
    token = ("--pkcs11-module", soft_token.module, "--token-label", soft_token.label)
    monkeypatch.delenv("APPROVAL_DESK_TOKEN_PIN", raising=False)
    assert_one_line_error(run("keys", "init", *token, db=db), "APPROVAL_DESK_TOKEN_PIN")
    monkeypatch.setenv("APPROVAL_DESK_TOKEN_PIN", soft_token.pin)
    made = run("keys", "init", *token, db=db)
    assert made.returncode == 0 and "签章令牌" in made.stdout, made.stderr
    key_file = tmp_path / "custodian" / "seal.p12"
    moved = run("keys", "init", "--replace", "--key-file", str(key_file), db=db)
    assert moved.returncode == 0 and str(key_file) in moved.stdout, moved.stderr
    assert key_file.exists() and key_file.with_name("seal-qr.pem").exists()
    engine = make_engine(parse_url(db))
    with engine.connect() as connection:
        stored = connection.execute(
            sa.text("SELECT value FROM settings WHERE key = 'signing_keys'")
        ).scalar_one()
    engine.dispose()
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert stored["custody"] == "key_file" and "pkcs12" not in stored
    assert_one_line_error(run("keys", "move-out", db=db), "无需移出")


def test_calendar_import_stores_the_years_or_names_the_bad_line_and_writes_nothing(
    db_url, tmp_path
):
    url = db_url.render_as_string(hide_password=False)
    bad = tmp_path / "bad.txt"
    bad.write_text("2027-01-01 休 元旦\n2027-02-06 休 春节\n", encoding="utf-8")  # a Saturday
    engine = make_engine(db_url)
    with engine.connect() as connection:
        known = connection.execute(sa.text("SELECT count(*) FROM calendar_days")).scalar_one()
    assert_one_line_error(run("calendar", "import", str(bad), db=url), "第2行", "周末")
    good = tmp_path / "2027.txt"
    good.write_text(
        "2027-01-01 休 元旦\n\n2027-02-07 班 春节调休\n2028-01-03 休 元旦\n", encoding="utf-8"
    )
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM calendar_days")).scalar() == known
    result = run("calendar", "import", str(good), db=url)
    assert result.returncode == 0, result.stderr
    assert "2027、2028" in result.stdout and "期限已重算" in result.stdout
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT day, kind FROM calendar_days WHERE day >= '2027-01-01'")
        ).fetchall()
        versions = connection.execute(sa.text("SELECT what FROM calendar_versions")).fetchall()
    engine.dispose()
    assert {(str(day), kind) for day, kind in rows} == {
        ("2027-01-01", "holiday"),
        ("2027-02-07", "workday"),
        ("2028-01-03", "holiday"),
    }
    assert versions[-1] == ("calendar",)
