"""Addresses of a primary and its standbys (README, "A standby"): libpq's multi-host form
through SQLAlchemy and psycopg, the reporting address, the listener's connection string."""

from __future__ import annotations

import os

import pytest

from desktop.data.database import make_engine, parse_url, reporting_url, server_hosts
from desktop.data.errors import BadDatabaseUrl
from desktop.data.notifications import libpq_conninfo
from desktop.services.database import REPORTING_ENV_VAR, server_url

BOTH = "postgresql://desk:pw@db1:5432,db2:5433/approval?sslmode=require"


def test_libpq_multi_host_form_reaches_psycopg_as_its_lists():
    url = parse_url(BOTH)
    assert server_hosts(url) == ["db1:5432", "db2:5433"]
    assert url.query["target_session_attrs"] == "read-write"  # whichever is primary
    assert url.query["sslmode"] == "require"
    _, arguments = make_engine(url).dialect.create_connect_args(url)
    assert (arguments["host"], arguments["port"]) == ("db1,db2", "5432,5433")
    assert arguments["target_session_attrs"] == "read-write"
    assert (arguments["user"], arguments["password"], arguments["dbname"]) == (
        "desk",
        "pw",
        "approval",
    )


def test_sqlalchemys_own_form_and_a_chosen_target_are_kept():
    url = parse_url(
        "postgresql://desk@/approval?host=db1:5432&host=db2:5432&target_session_attrs=any"
    )
    assert server_hosts(url) == ["db1:5432", "db2:5432"]
    assert url.query["target_session_attrs"] == "any"


def test_one_host_is_left_as_it_was():
    url = parse_url("postgresql://desk@db1:5432/approval")
    assert server_hosts(url) == ["db1:5432"]
    assert "target_session_attrs" not in url.query
    assert reporting_url(url, {}) is None  # no standby named: the reports read here


def test_the_listener_gets_libpqs_comma_lists():
    conninfo = libpq_conninfo(parse_url(BOTH))
    assert "host=db1,db2" in conninfo and "port=5432,5433" in conninfo
    assert "target_session_attrs=read-write" in conninfo


def test_reports_prefer_a_standby_of_the_same_servers():
    reporting = reporting_url(parse_url(BOTH), {})
    assert reporting is not None
    assert server_hosts(reporting) == ["db1:5432", "db2:5433"]
    assert reporting.query["target_session_attrs"] == "prefer-standby"
    assert (reporting.username, reporting.password) == ("desk", "pw")


def test_a_reporting_address_is_tried_first_with_the_persons_own_login():
    environ = {REPORTING_ENV_VAR: "postgresql://report-db:5432/approval"}
    reporting = reporting_url(parse_url("postgresql://desk:pw@db1:5432/approval"), environ)
    assert reporting is not None
    assert server_hosts(reporting) == ["report-db:5432", "db1:5432"]  # then the primary
    assert reporting.query["target_session_attrs"] == "prefer-standby"
    assert (reporting.username, reporting.password) == ("desk", "pw")


def test_a_reporting_address_that_is_no_server_is_refused():
    environ = {REPORTING_ENV_VAR: "/tmp/reports.sqlite3"}
    with pytest.raises(BadDatabaseUrl) as raised:
        reporting_url(parse_url(BOTH), environ)
    assert "报表服务器地址" in str(raised.value)


def test_sqlite_has_no_reporting_address():
    assert reporting_url(parse_url("/tmp/x.sqlite3"), {REPORTING_ENV_VAR: BOTH}) is None


def test_the_first_run_dialogs_host_field_takes_several_servers():
    url = server_url(
        username="desk", password=None, host="db1, db2:5433", port=5432, database="ad", tls="prefer"
    )
    again = parse_url(url.render_as_string(hide_password=False))  # as it is remembered
    assert server_hosts(again) == ["db1:5432", "db2:5433"]
    assert again.query["target_session_attrs"] == "read-write"
    one = server_url(
        username="d", password=None, host="db1", port=5432, database="ad", tls="prefer"
    )
    assert server_hosts(one) == ["db1:5432"]


def test_the_command_line_hands_the_reporting_address_to_the_reports(monkeypatch, tmp_path):
    from desktop.cli import main

    monkeypatch.delenv(REPORTING_ENV_VAR, raising=False)  # restored after the test
    path = tmp_path / "desk.sqlite3"
    assert main(["--db", str(path), "db", "upgrade"]) == 0
    reporting = "postgresql://report-db:5432/approval"
    assert main(["--reporting-db", reporting, "--db", str(path), "db", "status"]) == 0
    assert os.environ[REPORTING_ENV_VAR] == reporting
    # On SQLite there is no standby: the reports read the file itself.
    assert reporting_url(parse_url(str(path))) is None
